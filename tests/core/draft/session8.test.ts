// Drafting cases the eighth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

const published = '2026-04-25';

test('two whole dates joined by "to" bound one stretch, with no "from" or "between" before them', () => {
  const find = drafted('Results\nThe agency’s 2025 fiscal year—which spanned October 1, 2024 to September 30, 2025—saw fines of $13.7 billion.\n', published);
  assert.equal(find('$13.7 billion')?.asof, '2024-10-01..2025-09-30');
  // (a day alone is still a day: "on September 30, 2025, fines reached $2 billion")
  const one = drafted('Results\nOn September 30, 2025, fines reached $2 billion.\n', published);
  assert.equal(one('$2 billion')?.asof, '2025-09-30');
});
