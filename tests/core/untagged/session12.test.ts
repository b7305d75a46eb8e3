// Figures the beats corpus's dev part showed in the twelfth session, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"N times better", "at ten times current speeds": a multiple; "arrested 3 times after" is a count', () => {
  assert.deepEqual(found('The new clock is roughly 10 times better. Homes get ten times current speeds. He was arrested 3 times after that.'), ['roughly 10 times', 'ten times', '3']);
  const r = readFigure('roughly 10 times');
  assert.ok(r.ok && r.value.low === 10 && r.value.unit === 'times');
});

test('"by a factor of ten" is a multiple, read as 10 times', () => {
  assert.deepEqual(found('It sharpens the view by a factor of ten.'), ['a factor of ten']);
  const r = readFigure('a factor of ten');
  assert.ok(r.ok && r.value.low === 10 && r.value.high === 10 && r.value.unit === 'times');
});
