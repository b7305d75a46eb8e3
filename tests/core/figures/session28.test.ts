// Session 28 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';

const interval = (figure: string) => {
  const r = readFigure(figure);
  return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
};

test('a bare number before a range end in cents or pence counts cents too ("7 to 42 cents", "between 12 and 30 pence")', () => {
  assert.equal(interval('7 to 42 cents'), '0.07..0.42 USD');
  assert.equal(interval('between 12 and 30 pence'), '0.12..0.3 GBP');
  assert.equal(interval('8-15p'), '0.08..0.15 GBP');
  // (an end that names its own currency keeps it; no cents, no change)
  assert.equal(interval('$2 to 80 cents'), '0.8..2 USD');
  assert.equal(interval('3 to 9 dollars'), '3..9 USD');
});
