// Session 25b (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';

test('"short tons" read as tons', () => {
  const r = readFigure('3 million short tons');
  assert.ok(r.ok);
  assert.equal(r.value.low, 3e6);
  assert.equal(r.value.unit, 't');
});
