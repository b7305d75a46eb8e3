// Drafting cases the twenty-first round's same-fact and registry-reuse dev errors showed, in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
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

test('a headline\'s percentage and an equal one of the body are one fact only when the body names nothing the headline does not', () => {
  const d = drafted('Wheat Harvest Up 5 Percent\nThe barley harvest is forecast at 180 million bushels, up 5 percent from July.\n', '2014-08-12');
  assert.notEqual(d('5 Percent')?.fact, d('5 percent')?.fact);
  // (the body's own crop, named in the headline, is one fact)
  const same = drafted('Wheat Harvest Up 5 Percent\nThe wheat harvest is forecast at 2.1 billion bushels, up 5 percent from July.\n', '2014-08-12');
  assert.equal(same('5 Percent')?.fact, same('5 percent')?.fact);
});

test('percentage points are a difference between two rates, no level of a rate in percent', () => {
  const registry = 'facts:\n  harbour-poverty-rate:\n    label: Poverty rate in Harbourland by the alternative measure in a year\n    unit: percent\n    kind: level\n';
  const find = drafted('Poverty report\nThe alternative measure put the poverty rate at 0.4 percentage points above the official measure in 2016. '
    + 'By the alternative measure, the poverty rate was 13.5 percent in 2016.\n', '2017-09-12', registry);
  assert.notEqual(find('0.4 percentage points')?.fact, 'harbour-poverty-rate');
  assert.equal(find('13.5 percent')?.fact, 'harbour-poverty-rate');
});

test('a headline\'s figure with its last digits cut restates the body\'s more precise one ("28 Million" over "28.9 million")', () => {
  const registry = 'facts:\n  harbour-radio-weekly-audience:\n    label: Harbour Radio weekly audience in a fiscal year\n    unit: listeners\n    kind: level\n';
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', '28 Million Global Users for Harbour Radio\n'
    + 'Harbour Radio added 1.2 million weekly listeners during fiscal year 2019, reaching a weekly audience of 28.9 million listeners, the broadcaster said.\n'), new DraftContext(readRegistry(registry)));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)?.fact;
  assert.equal(fact('28 Million'), 'harbour-radio-weekly-audience');
  assert.equal(fact('28.9 million'), 'harbour-radio-weekly-audience');
});
