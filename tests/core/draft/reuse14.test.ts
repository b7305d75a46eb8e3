// Registry reuse cases the dev splits' errors showed (reuse14), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a pronoun or "still" after the counted noun opens a clause about them: "two ferries they run", "3,100 tenants still" count ferries, tenants', () => {
  const registry = 'facts:\n  harbour-ferries:\n    label: Ferries the harbour company operates\n    unit: ferries\n    kind: level\n  lakeland-tenants-waiting:\n    label: Tenants waiting for repairs in Lakeland\n    unit: tenants\n    kind: level\n';
  const find = drafted('Harbour\nThe owners said the two ferries they run in the harbour would stay in service.\n', '2026-09-01', registry);
  assert.equal(find('two')?.fact, 'harbour-ferries');
  const waiting = drafted('Repairs\nThe council said 3,100 tenants still waited for repairs in Lakeland.\n', '2026-09-01', registry);
  assert.equal(waiting('3,100')?.fact, 'lakeland-tenants-waiting');
});

test('of two figures a registry fact fits that cannot both hold, one printed first that fits only by its unit ("$2 million in grants") yields the fact to a later one that fits it better', () => {
  const registry = 'facts:\n  lakeland-library-budget:\n    label: Budget of the new Lakeland library\n    unit: USD\n    kind: level\n';
  const find = drafted('Library\nThe city gave $2 million in grants to shops near the new library. The budget of the new Lakeland library is $30 million, the mayor said.\n', '2026-09-01', registry);
  assert.equal(find('$30 million')?.fact, 'lakeland-library-budget');
  assert.notEqual(find('$2 million')?.fact, 'lakeland-library-budget');
  // (a figure its counted noun names as the fact's keeps it, printed first: the later one moves)
  const first = drafted('Library\nThe budget of the new Lakeland library is $30 million. The city gave $2 million in grants to shops near the new Lakeland library.\n', '2026-09-01', registry);
  assert.equal(first('$30 million')?.fact, 'lakeland-library-budget');
});

test('a verb of change with its object before a figure makes it a change: "cut its base rate a sharp 0.75 percentage points" fits the rate\'s change, not the rate', () => {
  const registry = 'facts:\n  lakeland-bank-rate:\n    label: Base rate of Lakeland Bank\n    unit: percent\n    kind: level\n  lakeland-bank-rate-change:\n    label: Change in the base rate of Lakeland Bank at a decision\n    unit: percentage points\n    kind: event\n';
  const find = drafted('Rates\nLakeland Bank cut its base rate a sharp 0.75 percentage points on Tuesday, taking the rate to 2.5 percent.\n', '2026-09-01', registry);
  assert.equal(find('0.75 percentage points')?.fact, 'lakeland-bank-rate-change');
  assert.equal(find('2.5 percent')?.fact, 'lakeland-bank-rate');
});

test('"the number of ..." in a figure\'s clause says what it counts: "the number of children waiting for a school place ... fell over the summer holidays to 1,200" counts children', () => {
  const registry = 'facts:\n  lakeland-children-waiting-places:\n    label: Children waiting for a school place in Lakeland\n    kind: level\n';
  const find = drafted('Schools\nThe number of children waiting for a school place in Lakeland fell over the summer holidays to 1,200, the council said.\n', '2026-09-01', registry);
  assert.equal(find('1,200')?.fact, 'lakeland-children-waiting-places');
});

test('a verb right after a form of "be" after the figure is its own: "another 25 are missing" counts the missing, though "dead" comes before it', () => {
  const registry = 'facts:\n  harbour-storm-deaths:\n    label: People killed by the Lakeland harbour storm\n    unit: people\n    kind: cumulative\n  harbour-storm-missing:\n    label: People missing after the Lakeland harbour storm\n    unit: people\n    kind: cumulative\n';
  const find = drafted('Storm\nAt least 40 people are dead and another 25 are missing after the Lakeland harbour storm, officials said.\n', '2026-09-01', registry);
  assert.equal(find('25')?.fact, 'harbour-storm-missing');
  assert.equal(find('At least 40')?.fact, 'harbour-storm-deaths');
});

test('a figure with no noun counts the subject before a verb of reaching: "Lakeland flu deaths could reach 300" counts deaths ("deaths" is a noun, "reach" names nothing)', () => {
  const registry = 'facts:\n  lakeland-flu-deaths:\n    label: People killed by flu in Lakeland this winter\n    unit: people\n    kind: cumulative\n';
  const find = drafted('Flu\nLakeland flu deaths could reach 300 by March, health officials warned.\n', '2026-09-01', registry);
  assert.equal(find('300')?.fact, 'lakeland-flu-deaths');
});
