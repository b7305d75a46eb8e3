// Drafting cases the twenty-eighth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"Wage figures released today by the Bureau show" is the Bureau\'s say, not "Wage"\'s', () => {
  const find = drafted('Pay holds up\nWage figures released today by the Statistics Bureau show that weekly pay rose 2.4 per cent in March.\n', '2014-04-17');
  assert.match(find('2.4 per cent')?.actor ?? '', /statistics-bureau/);
});
