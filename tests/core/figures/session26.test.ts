// Session 26 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';

const interval = (figure: string) => {
  const r = readFigure(figure);
  return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
};

test('"a minimum" and "a maximum" without "of" are bounds, as with it', () => {
  assert.equal(interval('a minimum 11 players'), '11..Infinity');
  assert.equal(interval('a maximum 5 substitutes'), '0..5');
  assert.equal(interval('a maximum of 40 hours'), '0..40 h');
});
