// Drafting cases the eleventh round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a pronoun with a verb glued on ("He’s said") is the pronoun: the person who spoke before, no actor named "he"', () => {
  const find = drafted('Budget\nMayor John Smith said the city had no money. He’s said the city lost $40 million last year.\n', '2026-04-24');
  assert.match(find('$40 million')?.actor ?? '', /smith/);
});
