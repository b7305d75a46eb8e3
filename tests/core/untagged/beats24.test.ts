// The beats corpus's twenty-fourth wave (outlets' news: markets, baseball, an archaeology find, a
// presidential jet): the detector and reader cases its dev errors showed, in sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

test('a year of an era is no figure, with a qualifier or a thousands comma: "around 500 BC", "5,316 BCE"', () => {
  check('The walls date to around 500 BC; the pottery to 5,316 BCE; the coins to A.D. 800 and 950; the hoard held ⟦F|500⟧ coins.');
});

test('a Boeing model number near a word of flying is a name; a count of what follows it is not', () => {
  check('Air Force One is no mere 747. The airline flies Boeing 747 jets and a 737 Max; a plane carried ⟦F|747⟧ passengers and scored ⟦F|747⟧ points.');
});

test('an ordinal in a run ("a third day", "a fifth straight week") is no fraction; "a third of" still is', () => {
  check('European shares advanced for a third day, a fifth straight week, while ⟦F|a third⟧ of investors sold and ⟦F|a third of a day⟧ was lost.');
});

test('"-plus" after a unit or scale bounds the figure from below, inside its span', () => {
  check('It reaches ⟦F|99 percent-plus⟧ of homes after a ⟦F|$5 million-plus⟧ build.');
  const r = readFigure('99 percent-plus');
  assert.ok(r.ok && r.value.low === 99 && r.value.high === Infinity && r.value.unit === 'percent');
});

test('a singular "euro" after a scale is the currency', () => {
  check('The bank sold a ⟦F|15 billion euro⟧ bond.');
});

test('"one" standing for a noun before an aside is no count: "a misguided one (well, ...)"', () => {
  check('The answer I expect is a misguided one (well, they all are), from ⟦F|one⟧ reader of ⟦F|20⟧.');
});

test('a named part of a period, an emergency number and "zero in on" are no figures', () => {
  check('Output rose over the first three months of the year and will fall in the last three months of 2026; he worked for ⟦F|three months⟧ of the year.');
  check('A tip to 911 led police there; she dialled 999; 911 dispatchers and detectives zero in on him; the index rose to ⟦F|911⟧ points.');
});

test('a height in feet and inches is one figure read in inches: "5’6”", "6\' 7\\""', () => {
  check('A ⟦F|5’6”⟧ man and a ⟦F|6\' 7"⟧ forward; he said \'5\' twice.');
  const r = readFigure('5’6”');
  assert.ok(r.ok && r.value.low === 66 && r.value.unit === 'in');
});

test('an hour "in the morning", "Call 9-1-1" and a capital "One" after a colon are no figures', () => {
  check('Just before 8 in the morning on Monday, phones buzzed: Call 9-1-1 if seen. They took ⟦F|two⟧ tests: One measured belonging.');
});

test('"only one" counts unless it is "the only one"; "matched one in an arrest record" is a pronoun', () => {
  check('⟦F|Only one⟧ of the ⟦F|three⟧ bombs went off. He is the only one who came. A print matched one in an arrest record; ⟦F|One in four⟧ agreed.');
});

test('a scale word glued to the digits ("$77million", "£157million") is a figure; "Nine News" and "not one for" are not', () => {
  check('A ⟦F|$77million⟧ mansion, a ⟦F|£157million⟧ fund and ⟦F|40million⟧ viewers. He told Nine News he is not one for crying; ⟦F|Nine⟧ people died.');
});

test('a name hyphened to a lower-case word is an adjective, not a name before a model number: "an MLB-worst 17 times"', () => {
  check('He was caught stealing an MLB-worst ⟦F|17⟧ times; the Su-34 and F-16 jets flew.');
});

test('"within" bounds a figure from above and is part of it; "within one household" picks a thing out', () => {
  check('The alert came ⟦F|within 15 minutes⟧; activities within one household.');
  const r = readFigure('within 15 minutes');
  assert.ok(r.ok && r.value.high === 15 && r.value.unit === 'min');
});
