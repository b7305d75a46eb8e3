// Figures the beats corpus's dev part showed in the fifteenth session, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));
const reads = (text: string) => { const r = readFigure(text); return r.ok ? `${r.value.low} ${r.value.unit}` : r.reason; };

test('"89¢ a litre": cents by their sign are a hundredth of a dollar', () => {
  assert.deepEqual(found('Diesel cost 89¢ a litre, down from 95¢.'), ['89¢', '95¢']);
  assert.equal(reads('89¢'), '0.89 USD');
});

test('"150 gigatons of ice a year", "12 megatonnes of coal per year": a measure of a stuff per period is a flow, the period in the span; "410 meters a second" a speed', () => {
  assert.deepEqual(found('The sheet lost 150 gigatons of ice a year, and the mines shipped 12 megatonnes of coal per year and 90 gigatons in all. The probe flew at 410 meters a second.'),
    ['150 gigatons of ice a year', '12 megatonnes of coal per year', '90 gigatons', '410 meters a second']);
  assert.equal(reads('150 gigatons of ice a year'), '150 Gt/year');
  assert.equal(reads('12 megatonnes of coal per year'), '12 Mt/year');
  // a time back, a schedule and weight-or-money keep the plain measure
  assert.deepEqual(found('It held 300 tonnes of grain a year ago; staff work four days a week; he ate 30 pounds of rice a month.'), ['300 tonnes', 'four days', '30 pounds']);
});

test('"a 2,139-kilowatt-hour surplus": energy hyphened as a modifier keeps its hour; "quadruples" is a multiple as "quadrupled" is', () => {
  assert.deepEqual(found('The house quadruples its surplus: a 1,870-kilowatt-hour surplus from a 9-kilowatt array.'), ['quadruples', '1,870-kilowatt-hour', '9-kilowatt']);
  assert.equal(reads('1,870-kilowatt-hour'), '1870 kWh');
  assert.equal(reads('quadruples'), '4 times');
});

test('"6.3 km/sec", "10 m/sec": speeds with their seconds abbreviated "sec" keep the whole unit', () => {
  assert.deepEqual(found('The probe flew past at 6.3 km/sec; the wind gusted at 10 m/sec.'), ['6.3 km/sec', '10 m/sec']);
  assert.equal(reads('6.3 km/sec'), '6.3 km/s');
});

test('"impact position was 54.4 N, 210.1 E": coordinates spaced from their numbers name a place; "mat 2", "Periods 2 and 3" number things', () => {
  assert.deepEqual(found('The lander hit at 12.5 N, 33.9 W after 40 minutes. Army met Navy on mat 2, winning Periods 2 and 3 by 6 points.'), ['40 minutes', '6']);
});
