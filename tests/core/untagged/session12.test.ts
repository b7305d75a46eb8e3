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

test('"483 more kilometers", "two more years": the unit after "more" is the figure\'s; "no more than 5 km" keeps its bound', () => {
  assert.deepEqual(found('It goes 483 more kilometers on petrol. He will serve two more years. They scored 3 more goals.'), ['483 more kilometers', 'two more years', '3']);
  const r = readFigure('483 more kilometers');
  assert.ok(r.ok && r.value.low === 483 && r.value.unit === 'km');
  const bound = readFigure('no more than 5 km');
  assert.ok(bound.ok && bound.value.high === 5 && bound.value.unit === 'km');
});

test('"a 16 kilowatt battery": a singular power unit used as a modifier is the figure\'s unit', () => {
  assert.deepEqual(found('The car has a 16 kilowatt battery.'), ['16 kilowatt']);
  const r = readFigure('16 kilowatt');
  assert.ok(r.ok && r.value.unit === 'kW');
});

test('"the round of 16" names a stage of a tournament, no figure; "a round of 16 matches" counts', () => {
  assert.deepEqual(found('The round of 16 starts Saturday. They reached the Round of 32. He won a round of 16 matches.'), ['16']);
});

test('"pages 17-19 of this report", "pages 17 and 18" are page labels; "300 pages" counts', () => {
  assert.deepEqual(found('They are compared on pages 17-19 of this report and on pages 17 and 18. The book has 300 pages.'), ['300']);
});

test('"I must find one in order to get home": "one" the object of a getting verb stands for a thing named before; "need one more win" counts', () => {
  assert.deepEqual(found('I must find one in order to get home. We bought one for her. They need one more win.'), ['one']);
});

test('"$0.5 billion or less than 0.1 percent": "less than" opens the next figure; "10 or more" and "$5 or less" stay bounds', () => {
  assert.deepEqual(found('Exports increased $0.5 billion or less than 0.1 percent. We need 10 or more. It costs $5 or less.'), ['$0.5 billion', 'less than 0.1 percent', '10 or more', '$5 or less']);
});

test('"More than 2000 people", "close to 2000 points": a bound on a count of a plural noun is no year; "around 1976 levels", "Since 2000 prices rose" name years', () => {
  assert.deepEqual(found('More than 2000 people stayed in shelters. The index reached close to 2000 points. Rivers are still around 1976 levels. Since 2000 prices rose.'), ['More than 2000', 'close to 2000']);
});

test('"two thousand one hundred people" is 2,100 and "in two thousand one." a year; "two million one-time payments" keeps "one-time" apart', () => {
  assert.deepEqual(found('It had two thousand one hundred people. Windows XP came out in two thousand one. They made two million one-time payments. The mill sold twenty million bales.'), ['two thousand one hundred', 'two million', 'twenty million bales']);
  const r = readFigure('twenty million bales');
  assert.ok(r.ok && r.value.unit === 'bale');
});

test('"one-point-five-million kilometers" is a spoken decimal with its scale; "a 6-foot-3-inch blocker" is one height, 75 inches', () => {
  assert.deepEqual(found('It orbits one-point-five-million kilometers away. The 6-foot-3-inch blocker and a 6-foot-3 guard met a 6-foot wall.'), ['one-point-five-million kilometers', '6-foot-3-inch', '6-foot-3', '6-foot']);
  const a = readFigure('6-foot-3-inch');
  assert.ok(a.ok && a.value.low === 75 && a.value.unit === 'in');
  const b = readFigure('one-point-five-million kilometers');
  assert.ok(b.ok && b.value.low === 1.5e6 && b.value.unit === 'km');
});
