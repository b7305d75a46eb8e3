// Figures the twenty-fourth session's dev waves showed read wrongly, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

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

test('"about twice as much", "at least twice a week": a bound makes "twice" a figure; "scored twice", "twice the size" stay words', () => {
  assert.deepEqual(found('Use was about twice as much as in 2016. She trains at least twice a week.'), ['about twice', 'at least twice']);
  assert.deepEqual(found('He scored twice in the game. The park is twice the size of the old one.'), []);
  const often = readFigureBefore('at least twice', ' a week at the gym', undefined, 'She trains ');
  assert.ok(often.ok);
  assert.equal(often.ok && often.value.unit, undefined);
  const multiple = readFigure('about twice');
  assert.equal(multiple.ok && multiple.value.unit, 'times');
});

test('"greater than 35 million cubic yards" keeps its unit, a volume', () => {
  assert.deepEqual(found('The lake holds greater than 35 million cubic yards of lava.'), ['greater than 35 million cubic yards']);
  const reading = readFigure('greater than 35 million cubic yards');
  assert.equal(reading.ok && reading.value.unit, 'yd3');
});

test('"1.Headline statistics": a section\'s number glued to its heading is no figure; "1.5%" still is one', () => {
  assert.deepEqual(found('Index summary: April 2017 1.Headline statistics for April. 2.Economic statement Prices rose 1.5% in 3 regions.'), ['1.5%', '3']);
});
