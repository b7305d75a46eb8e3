// The beats corpus's ninth dev batch (beats wave 8, d64-d67: NASA and Wikinews science, Census
// housing, Wikinews disaster headlines): the detector cases its dev errors showed, in sentences
// written for these tests. Labels as in the corpus: the detector must report exactly the F spans,
// and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';
import { buildArticle } from '../../../server/src/core/api';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a star named by its number and constellation, a catalogue number with its leading zero': [
    'the planet ⟦N|55⟧ Cancri e circles a star', 'light from ⟦N|61⟧ Cygni reached', 'the cluster MS ⟦N|075⟧ is far away',
    'it found ⟦F|55⟧ Cancers in the survey', 'it found ⟦F|55⟧ planets'],
  'a rating on a named scale is a grade': [
    'corrected downward to ⟦N|zero⟧ on the Torino scale', 'first rated ⟦N|2 out of 10⟧ on the Torino scale', 'a ⟦F|7.1⟧-magnitude quake',
    'the index rose ⟦F|2 percent⟧ on the day'],
  'verbs that bound a figure: "approach", and a participle after its comma': [
    'the toll might eventually ⟦F|approach 80,000⟧ in all', 'the toll continues to rise, ⟦F|passing 80,000⟧ people', 'the toll rose, ⟦F|80,000⟧ in all',
    'as they approach the ⟦F|80,000⟧ mark'],
  'kelvin spelled out is a temperature unit': ['hotter than ⟦F|2,000 Kelvin⟧ at noon', '⟦F|more than 5,000 kelvins⟧ inside'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}

test('the reader reads kelvin and the bounds "approach" and "passing"', () => {
  const k = readFigure('more than 2,000 Kelvin');
  assert.ok(k.ok && k.value.unit === 'K' && k.value.low === 2000 && !k.value.lowInclusive);
  const near = readFigure('approach 80,000');
  assert.ok(near.ok && near.value.high === 80000 && near.value.low === 0);
  const passing = readFigure('passing 80,000');
  assert.ok(passing.ok && passing.value.low === 80000 && passing.value.high === Infinity);
});

test('a yield keeps its area: "171.7 bushels per acre" is one figure in bu/acre, a price per gallon is its money', () => {
  check('yields are expected to average ⟦F|171.7 bushels per acre⟧, up');
  check('Yield is ⟦F|803 pounds per harvested acre⟧, down');
  check('gasoline cost ⟦F|$2.14⟧ per gallon today');
  const y = readFigure('171.7 bushels per acre');
  assert.ok(y.ok && y.value.unit === 'bu/acre');
  const lb = readFigure('803 pounds per harvested acre');
  assert.ok(lb.ok && lb.value.unit === 'lb/acre');
  const t = readFigure('2.5 tonnes per hectare');
  assert.ok(t.ok && t.value.unit === 't/ha');
});

test('drafting waves\' dev cases: "7 out of every 10", a label list "Category 3, 4, or 5", a page name under two namespaces', () => {
  check('while ⟦F|7 out of every 10⟧ Americans die of them');
  check('major hurricanes (Category ⟦N|3, 4, or 5⟧). The outlook');
  check('pupils in Grade ⟦N|3⟧ and ⟦F|45⟧ students came');
  check('Wikinews:Briefs/April ⟦N|21⟧, ⟦N|2012⟧ China backed the plan');
  const share = readFigure('7 out of every 10');
  assert.ok(share.ok && share.value.low === 70 && share.value.unit === 'percent');
});

test('"20 through 100" is a range as "20 to 100" is; "half a dozen" is one figure', () => {
  check('The number range is ⟦F|20 through 100⟧ today');
  check('⟦F|about half a dozen⟧ people came');
  const r = readFigure('about half a dozen');
  assert.ok(r.ok && r.value.low === 6);
});

test('a reporting verb in a title-case headline names nothing: "WHO Reports 3 New Swine Flu Deaths"', () => {
  check('WHO Reports ⟦F|3⟧ New Swine Flu Deaths');
  check('Agency Sees ⟦F|2 Percent⟧ Growth');
  check('the Boeing ⟦N|737⟧ flew');
});

test('a rate keeps a counted noun of a few words ("new wired voice customers per week", "emails a year"); "3MBs"; "one step closer"', () => {
  check('it adds ⟦F|about 10 thousand new wired voice customers per week⟧ now');
  check('he gets ⟦F|up to four million emails a year⟧ from them');
  check('the ⟦F|two⟧ teams met a year ago');
  check('⟦F|about three megabytes⟧ (⟦F|3MBs⟧) of data');
  check('flights are ⟦N|one⟧ step closer today');
  const r = readFigure('up to four million emails a year');
  assert.ok(r.ok && r.value.unit === 'count/year' && r.value.high === 4e6);
});

test('a race named by its hyphened distance, a relay and a time zone are names', () => {
  check("won a silver medal in the men's ⟦N|5,000-meter⟧ run on Saturday");
  check("swam the second leg of the women's ⟦N|4×100⟧ medley relay");
  check('Japanese time (UTC+⟦N|9⟧). The');
  check('a ⟦F|400-meter⟧ track and a ⟦F|36,000-acre⟧ fire');
});

test('a glued "m" read in its text: "[2.7m] people" is 2.7 million, "[2.7m] tall" 2.7 metres', () => {
  const reading = (after: string) => readFigureBefore('2.7m', after);
  const people = reading(' people last year');
  assert.ok(people.ok && people.value.low === 2.7e6 && people.value.unit === undefined);
  const tall = reading(' tall');
  assert.ok(tall.ok && tall.value.unit === 'm');
  // a claim reads the word after its brackets the same way
  const a = buildArticle('file:///w/m.claims.txt', 'It affected [2.7m]{fact=affected} people and stood [2.7m]{fact=height} tall.\n');
  const [affected, height] = a.claims.map((c) => c.reading);
  assert.ok(affected?.ok && affected.value.low === 2.7e6);
  assert.ok(height?.ok && height.value.unit === 'm');
});

test('"over 5,000 pounds of hypergolic propellant" and "weighs 10,956 pounds" weigh; "500 million pounds of investment" is money', () => {
  const fuel = readFigureBefore('over 5,000 pounds', ' of hypergolic propellant');
  assert.ok(fuel.ok && fuel.value.unit === 'lb');
  const money = readFigureBefore('500 million pounds', ' of investment');
  assert.ok(money.ok && money.value.unit === 'GBP');
  // (a spelled "pounds" weighs unless money is spoken of around it: docs/format.md)
  const fined = readFigureBefore('500 pounds', ', the court said', undefined, 'He was fined ');
  assert.ok(fined.ok && fined.value.unit === 'GBP');
  const fish = readFigureBefore('500 pounds', ' all the more exciting', undefined, 'the landing of a fish that can grow to ');
  assert.ok(fish.ok && fish.value.unit === 'lb');
  const weighs = readFigureBefore('10,956 pounds', '.', undefined, 'The satellite now weighs a total of ');
  assert.ok(weighs.ok && weighs.value.unit === 'lb', 'what a thing weighs is a weight');
  const sold = readFigureBefore('10,956 pounds', '.', undefined, 'The satellite was sold for ');
  assert.ok(sold.ok && sold.value.unit === 'GBP');
});

test('"29.9 inches Hg" is a pressure; "as close as 93 miles" keeps its qualifier; "only" is an emphasis in the span, and no bound', () => {
  check('the altimeter setting was ⟦F|29.9 inches Hg⟧.');
  check('it came ⟦F|as close as 93 miles⟧ to the planet');
  check('⟦F|only two⟧ of them survived');
  check('the ⟦N|only⟧ ⟦F|two⟧ survivors');
  const only = readFigure('only about six grams');
  assert.ok(only.ok && only.value.low === 6 && only.value.high === 6 && only.value.unit === 'g');
  const hg = readFigure('29.9 inches Hg');
  assert.ok(hg.ok && hg.value.unit === 'inHg');
});
