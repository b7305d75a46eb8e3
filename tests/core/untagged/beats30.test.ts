// Figures the thirtieth beats wave's dev part showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"estimated from 8 to 20 kilometers across", "measuring from 2 to 5 cm": a size given as a range, not a change from one to the other', () => {
  assert.deepEqual(found('The moon is estimated from eight to twenty kilometers across. Leaves measuring from 2 to 5 cm fell. Sales rose from 8 to 20 units.'), ['eight to twenty kilometers', '2 to 5 cm', '8', '20']);
});

test('"one" before a reflexive or "instead" stands for a thing named before ("I may buy one myself")', () => {
  assert.deepEqual(found('Tablets are cheaper now, so I may buy one myself. They took one instead. She bought one tablet.'), ['one']);
});
