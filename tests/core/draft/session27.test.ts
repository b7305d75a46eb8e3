// Drafting cases the twenty-seventh session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"in Quarter 2 2018" is that quarter, as "Q2 2018" is', () => {
  const find = drafted('Ferry Travel\nFerry crossings were 1.25 million in Quarter 2 2017.\nThey rose to 1.31 million in Quarter 2, 2018.\n', '2018-09-14');
  assert.equal(find('1.25 million')?.asof, '2017-04..2017-06');
  assert.equal(find('1.31 million')?.asof, '2018-04..2018-06');
});
