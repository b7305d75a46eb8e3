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

test('a table row "Canada $45.4 billion January to September 2017 -0.1%": money before a month is no day, and a minus after a year is a sign', () => {
  assert.deepEqual(found('Receipts — Canada $45.4 billion January to September 2017 -0.1% — Nova Scotia $388.8 million January to September 2017 -10.0%'), ['$45.4 billion', '-0.1%', '$388.8 million', '-10.0%']);
  // a day before a month stays a date, and years joined by a dash stay years
  assert.deepEqual(found('On 12 January 2024 the seasons 2016 -2017 ended; in the June 2024 year, 300 people came.'), ['300']);
});

test('"1.06 degrees F", "0.99 degree F", "20 degrees C": the scale\'s letter after "degrees" is part of the temperature', () => {
  assert.deepEqual(found('The ocean was 1.06 degrees F above average and 0.99 degree F warmer; the air 20 degrees C. It turned 5 degrees. France won.'), ['1.06 degrees F', '0.99 degree F', '20 degrees C', '5 degrees']);
  const r = readFigure('0.99 degree F');
  assert.ok(r.ok && r.value.low === 0.99 && r.value.unit === 'degF');
});

test('"15 microkelvins", "500 nanokelvins": cold atoms\' temperatures, in kelvins\' dimension', () => {
  assert.deepEqual(found('Atoms were cooled to 15 microkelvins, then 500 nanokelvins.'), ['15 microkelvins', '500 nanokelvins']);
  const r = readFigure('15 microkelvins');
  assert.ok(r.ok && r.value.low === 15 && r.value.unit === 'uK');
});

test('"200 terabits", "a 1 gigabit link": data in bits; "the front nine", "the back nine" name a golf round\'s halves', () => {
  assert.deepEqual(found('The orbiter sent 200 terabits over a 1 gigabit link. He was even for the front nine and birdied three on the back nine.'), ['200 terabits', '1 gigabit', 'three']);
  const r = readFigure('200 terabits');
  assert.ok(r.ok && r.value.low === 200 && r.value.unit === 'Tbit');
});

test('"coincides with quarter 1 in 2017" names a quarter; "the rest of the half was evenly matched" is a match\'s half; "Half the voters" is a share', () => {
  assert.deepEqual(found('It coincides with quarter 1 in 2017. The rest of the half was evenly matched. Half the voters agreed.'), ['Half']);
});
