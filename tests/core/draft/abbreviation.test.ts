// A short name and the whole name a text prints for it (abbreviation.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expansionIn, shortFormIn } from '../../../server/src/core/draft/abbreviation';

test('initials and clippings find the whole name a text prints', () => {
  assert.equal(expansionIn('Stats NZ', 'Arrivals rose, Statistics New Zealand said today.'), 'Statistics New Zealand');
  assert.equal(expansionIn('StatCan', 'Statistics Canada said on Friday.'), 'Statistics Canada');
  assert.equal(expansionIn('ABS', 'The Australian Bureau of Statistics reported a rise.'), 'Australian Bureau of Statistics');
});

test('a name printed as given, or words that only share letters, are no expansion', () => {
  assert.equal(expansionIn('Stats NZ', 'Stats NZ said today.'), undefined);
  assert.equal(expansionIn('Stats NZ', 'Sales in New Zealand rose.'), undefined);
  assert.equal(expansionIn('Treasury', 'The Treasury Board said.'), undefined);
});

test('a short form the text prints for a whole name', () => {
  assert.equal(shortFormIn('Statistics New Zealand', 'Guest nights rose, Statistics NZ said today.'), 'Statistics NZ');
  assert.equal(shortFormIn('Statistics Canada', 'StatCan said on Friday.'), 'StatCan');
  assert.equal(shortFormIn('Statistics New Zealand', 'Statistics New Zealand said today.'), undefined);
  assert.equal(shortFormIn('Statistics New Zealand', 'Sales in New Zealand rose.'), undefined);
});
