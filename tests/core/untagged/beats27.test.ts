// Figures the twenty-seventh beats wave's dev part showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('an engine\'s cubic centimetres are millilitres, glued or spaced ("a 250cc bike", "500-600cc", "a 650 cc engine")', () => {
  assert.deepEqual(found('Start with a 250cc bike or a 500-600cc one, not a 650 cc engine.'), ['250cc', '500-600cc', '650 cc']);
  const r = readFigure('500-600cc');
  assert.ok(r.ok && r.value.unit === 'ml' && r.value.low === 500 && r.value.high === 600);
});

test('micrometres, with the micro sign or the Greek mu, and microns', () => {
  assert.deepEqual(found('Each scale is 65 µm long, 2 μm thick and 100 microns wide.'), ['65 µm', '2 μm', '100 microns']);
  const r = readFigure('65 µm');
  assert.ok(r.ok && r.value.unit === 'um' && r.value.low === 65);
});

test('a glued "No.6" is a rank or a place in an order, no count', () => {
  assert.deepEqual(found('He came in at No.6 and lasted eight balls; promoted to No.3 later.'), ['eight']);
});

test('"one" standing for a noun before a dash or a clause\'s subject: "an informed one—and", "a great one he should"', () => {
  assert.deepEqual(found('The best buyer is an informed one—and there is more. It was a great one he should be proud of.'), []);
  assert.deepEqual(found('The team won one game.'), ['one']);
});
