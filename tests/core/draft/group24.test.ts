// Fact grouping cases the dev splits' pair errors showed (group24), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { drafted } from './drafted';

/** The fact drafted on each figure of `body`, in order (a value printed twice is listed twice). */
function factsOf(body: string, registry = ''): { text: string; fact: string }[] {
  return draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: 2026-09-01\n---\n${body}`), new DraftContext(readRegistry(registry))).claims.map((c) => ({ text: c.text, fact: c.fact }));
}

test('"nationwide" after a counted noun says where, not what is counted: "12,500 homes nationwide" counts homes', () => {
  const registry = 'facts:\n  homes-completed:\n    label: New homes completed in a year\n    unit: homes\n    kind: event\n';
  const find = drafted('Housing\nBuilders completed 12,500 homes nationwide in 2025, the ministry said.\n', '2026-09-01', registry);
  assert.equal(find('12,500')?.fact, 'homes-completed');
});

test('a value restated with another place is one quantity: "1,250 people ... in Carlow", "The 1,250 people displaced in Leinster"', () => {
  const facts = factsOf('Floods\nRiver floods forced 1,250 people from their homes in Carlow, the county council said.\nThe 1,250 people displaced in Leinster were housed in schools.\n');
  assert.equal(facts.length, 2);
  assert.equal(facts[0]!.fact, facts[1]!.fact);
  // (figures of two places that are two values stay two quantities: "killed in Gaza", "killed in Rafah")
  const two = factsOf('Floods\nRiver floods forced 1,250 people from their homes in Carlow, the county council said.\nFloods forced 300 people from their homes in Wexford.\n');
  assert.notEqual(two[0]!.fact, two[1]!.fact);
});

test('equal percentages of two counted nouns are two shares, however particular the value: "2.5% of farmers", "2.5% of landlords"', () => {
  const facts = factsOf('Rural survey\nThe survey found that 2.5% of farmers had sold land this year.\nIt also found that 2.5% of landlords had raised rents.\n');
  assert.equal(facts.length, 2);
  assert.notEqual(facts[0]!.fact, facts[1]!.fact);
  // (one share restated stays one: "2.5% of farmers" twice)
  const once = factsOf('Rural survey\nThe survey found that 2.5% of farmers had sold land this year.\nThe share, 2.5% of farmers, was the highest on record.\n');
  assert.equal(once[0]!.fact, once[1]!.fact);
});

test('a thousands separator ends no clause: "fell by 12,000 to 1.4 million in March" counts what "the number of ..." before it names', () => {
  const registry = 'facts:\n  private-renting-households:\n    label: Households renting privately\n    unit: households\n    kind: level\n';
  const find = drafted('Renting\nThe number of households renting privately fell by 12,000 to 1.4 million in March, the statistics office said.\n', '2026-09-01', registry);
  assert.equal(find('1.4 million')?.fact, 'private-renting-households');
  // ("from X in 2007 to Y in 2015": the second figure counts what the first does)
  const span = factsOf('Surgery\nThe number of patients treated in day clinics rose from about 118,000 in 2007 to 167,000 in 2015, the ministry said.\n');
  assert.equal(span[0]!.fact, span[1]!.fact);
});

test('"through the year" after a figure is when, not what it counts: "2.1 per cent through the year" is the growth the clause names', () => {
  const registry = 'facts:\n  mill-output-annual-growth:\n    label: Growth of the mills\' output through the year\n    unit: percent\n    kind: change\n'
    + '  mill-output-quarterly-growth:\n    label: Growth of the mills\' output in a quarter, on the previous quarter\n    unit: percent\n    kind: change\n';
  const find = drafted('Mills\nMill output grew again, the bureau said. That growth was 0.4 per cent for the quarter and 2.1 per cent through the year.\n', '2026-09-01', registry);
  assert.equal(find('0.4 per cent')?.fact, 'mill-output-quarterly-growth');
  assert.equal(find('2.1 per cent')?.fact, 'mill-output-annual-growth');
});

test('a verb of change whose "by" comes later in the clause makes a change: "rose in October by 9,800"', () => {
  const registry = 'facts:\n  mill-employment-monthly-change:\n    label: Change in mill employment over a month\n    unit: people\n    kind: change\n';
  const find = drafted('Mills\nMill employment rose in October by 9,800, the bureau said.\n', '2026-11-10', registry);
  assert.equal(find('9,800')?.fact, 'mill-employment-monthly-change');
});
