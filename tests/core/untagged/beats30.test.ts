// Figures the thirtieth beats wave's dev part showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"estimated from 8 to 20 kilometers across", "measuring from 2 to 5 cm": a size given as a range, not a change from one to the other', () => {
  assert.deepEqual(found('The moon is estimated from eight to twenty kilometers across. Leaves measuring from 2 to 5 cm fell. Sales rose from 8 to 20 units.'), ['eight to twenty kilometers', '2 to 5 cm', '8', '20']);
});

test('"one" before a reflexive or "instead" stands for a thing named before ("I may buy one myself")', () => {
  assert.deepEqual(found('Tablets are cheaper now, so I may buy one myself. They took one instead. She bought one tablet.'), ['one']);
});

test('a title-case headline\'s verb after a plural subject is no model name: "Astronomers Discover 5 New Planets"', () => {
  assert.deepEqual(found('Astronomers Discover 5 New Planets'), ['5']);
  assert.deepEqual(found('Rebels Kill 12 Soldiers'), ['12']);
});

test('"run from about 3.2 days to 4.9 days": a span of values, one range', () => {
  assert.deepEqual(found('The orbits run from about 3.2 days to 4.9 days.'), ['about 3.2 days to 4.9 days']);
});

test('oil\'s flow "a day" is part of the figure: "30 million barrels a day", "two million barrels of oil a day", "one-and-one-half million barrels a day"', () => {
  assert.deepEqual(found('OPEC pumps 30 million barrels a day, two million barrels of oil a day and one-and-one-half million barrels a day more than agreed.'), ['30 million barrels a day', 'two million barrels of oil a day', 'one-and-one-half million barrels a day']);
  const r = readFigure('one-and-one-half million barrels a day');
  assert.ok(r.ok && r.value.low === 1.5e6 && r.value.unit === 'bbl/day');
});

test('a multiple before a comparative adjective keeps "times": "10 million times fainter", "100 times brighter"', () => {
  assert.deepEqual(found('It sees objects up to 10 million times fainter than the star and 100 times brighter ones.'), ['up to 10 million times', '100 times']);
});

test('a decimal said in words is one figure: "three point seven billion dollars", "two-point-six percent"', () => {
  assert.deepEqual(found('Facebook raised three point seven billion dollars; rates rose two-point-six percent; women have two point six children. One point of view.'), ['three point seven billion dollars', 'two-point-six percent', 'two point six']);
  const r = readFigure('three point seven billion dollars');
  assert.ok(r.ok && r.value.low === 3.7e9 && r.value.unit === 'USD');
  const h = readFigure('two-point-six percent');
  assert.ok(h.ok && h.value.low === 2.6 && h.value.unit === 'percent');
});
