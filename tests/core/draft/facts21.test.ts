// Drafting cases the twenty-first round's same-fact and registry-reuse dev errors showed, in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

const HEALTH = 'facts:\n  harbour-total-health-spending:\n    label: Total health spending in Harbourland\n    unit: USD\n    kind: level\n';

test('a far bound after an exact value of one registry fact is another quantity: a part, not the whole restated', () => {
  const find = drafted('Harbourland budget lifts health spending\nHealth spending in Harbourland reached $41.3 billion this year, the health minister said.\n'
    + 'That includes over $2 billion of health spending on hospital buildings this year.\n', '2025-05-20', HEALTH);
  assert.equal(find('$41.3 billion')?.fact, 'harbour-total-health-spending');
  assert.notEqual(find('over $2 billion')?.fact, 'harbour-total-health-spending');
  // (a bound printed first keeps the fact: it may be the fact's own figure)
  const first = drafted('Health spending\nHealth spending in Harbourland was over $40 billion this year, the health minister said.\n'
    + 'That includes $1.5 billion of health spending on hospital buildings this year.\n', '2025-05-20', HEALTH);
  assert.equal(first('over $40 billion')?.fact, 'harbour-total-health-spending');
});
