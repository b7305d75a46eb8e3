// The beats corpus's twentieth wave (ABS, MBIE, USGS): the detector and reader cases its dev
// errors showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

test('energy in gigawatt hours and terawatt hours, spelt or abbreviated', () => {
  check('Generation was ⟦F|43,488 Gigawatt hours⟧, with ⟦F|296 GWh⟧ from wind and a ⟦F|2.5 TWh⟧ rise.');
  const r = readFigure('43,488 Gigawatt hours');
  assert.ok(r.ok && r.value.low === 43488 && r.value.unit === 'GWh');
});

test('fuel used per distance reads in L/100km, spelt out in four words or written with a slash', () => {
  check('Cars used ⟦F|14.0 litres per hundred kilometres⟧, or ⟦F|4.6 L/100 km⟧.');
  const r = readFigure('4.6 L/100 km');
  assert.ok(r.ok && r.value.low === 4.6 && r.value.unit === 'L/100km');
});

test('tonnes a day written t/d', () => {
  check('Emissions were ⟦F|4,100 to 7,000 t/d⟧ last week.');
  const r = readFigure('4,100 to 7,000 t/d');
  assert.ok(r.ok && r.value.low === 4100 && r.value.high === 7000 && r.value.unit === 't/day');
});

test('"six times that of", "six times its size" are multiples; "six times that year" counts occasions', () => {
  check('Trucks travelled ⟦F|more than six times⟧ that of cars, ⟦F|six times⟧ its size.');
  const r = readFigure('more than six times');
  assert.ok(r.ok && r.value.low === 6 && r.value.unit === 'times');
  check('It happened ⟦F|six⟧ times that year.');
});

test('pounds converted to or from kilograms, or a spacecraft\'s "Mass:", are a weight, not money', () => {
  const read = (text: string, next: string, before = '') => readFigureBefore(text, next, undefined, before);
  const a = read('2,260 pounds', ' (1,025 kilograms) on Earth');
  assert.ok(a.ok && a.value.unit === 'lb');
  const b = read('4,806 pounds', ') total at launch', 'Spacecraft Mass: 2,180 kg (');
  assert.ok(b.ok && b.value.unit === 'lb');
  const money = read('500 pounds', ' (about $600) a month');
  assert.ok(money.ok && money.value.unit === 'GBP');
});

test('a fraction hyphened to a whole number before "percent" is one mixed number ("1 to 1-1/4 percent")', () => {
  check('The target range is ⟦F|1 to 1-1/4 percent⟧, up from ⟦F|2-1/2 percent⟧.');
  const r = readFigure('1 to 1-1/4 percent');
  assert.ok(r.ok && r.value.low === 1 && r.value.high === 1.25 && r.value.unit === 'percent');
});

test('a number before its partner shares the partner\'s unit ("cut by 150 and 180 basis points")', () => {
  const r = readFigureBefore('150', ' and 180 basis points');
  assert.ok(r.ok && r.value.low === 150 && r.value.unit === 'bp');
  const alone = readFigureBefore('150', ' and rising');
  assert.ok(alone.ok && alone.value.unit === undefined);
});

test('an electric car\'s economy in MPGe is no mpg ("140 mpg-equivalent", "120 MPGe")', () => {
  check('It is rated at ⟦F|140 mpg-equivalent⟧, or ⟦F|120 MPGe⟧, against ⟦F|30 mpg⟧ for petrol.');
  const r = readFigure('140 mpg-equivalent');
  assert.ok(r.ok && r.value.unit === 'MPGe');
});
