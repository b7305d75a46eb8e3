// Figures the beats corpus's dev part showed in the thirteenth session, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"a 45-cent rise", "a 20-euro fee": money in cents or euros written as a modifier is a figure, as "a 5-dollar bill" is', () => {
  assert.deepEqual(found('Fares saw a 45-cent rise and a 20-euro fee.'), ['45-cent', '20-euro']);
  const r = readFigure('45-cent');
  assert.ok(r.ok && Math.abs(r.value.low - 0.45) < 1e-9 && r.value.unit === 'USD');
});

test('"its 4-billion mile trip", "a 2-million-mile orbit": a scale hyphened to the number, then the unit; "the 15-hundred meter run" names a race', () => {
  assert.deepEqual(found('The probe began its 4-billion mile trip on a 2-million-mile orbit. She won the 15-hundred meter run.'), ['4-billion mile', '2-million-mile']);
  const r = readFigure('4-billion mile');
  assert.ok(r.ok && r.value.low === 4e9 && r.value.unit === 'mi');
});

test('"is one such event" picks out an example; "the 2 millionth photo" is an ordinal; "nearly 300-thousand kilometers" is a distance', () => {
  assert.deepEqual(found('The fair is one such event. The 2 millionth photo came in. It flew nearly 300-thousand kilometers.'), ['nearly 300-thousand kilometers']);
  const r = readFigure('nearly 300-thousand kilometers');
  assert.ok(r.ok && r.value.high === 300000 && r.value.unit === 'km');
  // a fraction keeps its number: "3 millionths of a second"
  assert.deepEqual(found('It took 3 millionths of a second.'), ['3']);
});

test('"Embargo: 11.30 am", "at 9.45pm": a clock time written with a dot is no figure; "11.30 percent" and "11.30 amid" are', () => {
  assert.deepEqual(found('Embargo: 11.30 am (Canberra time). At 9.45pm it rose 11.30 percent. It was 11.30 amid fears.'), ['11.30 percent', '11.30']);
});

test('"50.5 bvm": road traffic in billion vehicle miles, as UK statistics write it', () => {
  assert.deepEqual(found('Traffic rose to 50.5 bvm, up 3.3 bvm on the year.'), ['50.5 bvm', '3.3 bvm']);
  const r = readFigure('50.5 bvm');
  assert.ok(r.ok && r.value.low === 50.5 && r.value.unit === 'bvm');
});
