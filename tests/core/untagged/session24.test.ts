// Figures the twenty-fourth session's dev waves showed read wrongly, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"G.17 (419)" names a statistical release and its catalogue number: no figures; a count in brackets elsewhere still is one', () => {
  assert.deepEqual(found('STATISTICAL RELEASE G.17 (419) Industrial production fell 0.6 percent.'), ['0.6 percent']);
  assert.deepEqual(found('The H.15 release (weekly) lists rates for 12 maturities (3 of them new).'), ['12', '3']);
});

test('"778 million megawatthours": the unit written as one word stays in the figure and is read', () => {
  assert.deepEqual(found('Reactors generated 778 million megawatthours last year.'), ['778 million megawatthours']);
  const reading = readFigure('778 million megawatthours');
  assert.ok(reading.ok);
  assert.equal(reading.ok && reading.value.unit, 'MWh');
});
