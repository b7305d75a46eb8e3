// Figures the beats corpus's dev part showed in the fourteenth session, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"19.4 °C", "up to 4 ° F": a degree sign spaced from its number is the figure\'s unit, as a glued one is', () => {
  assert.deepEqual(found('The high was 19.4 °C at noon, up to 4 ° F warmer than 12°C.'), ['19.4 °C', 'up to 4 ° F', '12°C']);
  const r = readFigure('19.4 °C');
  assert.ok(r.ok && r.value.low === 19.4 && r.value.unit === 'degC');
});

test('"a fall of 5.3pp", "2.8 pp", "0.4ppts": percentage points glued or spaced are the figure\'s unit; "pp 12-14" before a number still cites pages', () => {
  assert.deepEqual(found('Punctuality fell 5.3pp on the year and 2.8 pp on 2020, up 0.4ppts in the quarter. See pp 12-14.'), ['5.3pp', '2.8 pp', '0.4ppts']);
  const r = readFigure('5.3pp');
  assert.ok(r.ok && r.value.low === 5.3 && r.value.unit === 'pp');
});

test('"-$5 million", "+$1.57": a sign glued before the currency is the figure\'s; "(+$1.57 to $31.67)" is a change then a level, no range', () => {
  assert.deepEqual(found('Net income was -$5 million; wages rose 5.2% (+$1.57 to $31.67) on the year.'), ['-$5 million', '5.2%', '+$1.57', '$31.67']);
  const r = readFigure('-$5 million');
  assert.ok(r.ok && r.value.low === -5e6 && r.value.unit === 'USD');
  // an unsigned "from $2 to $3" stays one range
  assert.deepEqual(found('Fares cost $2 to $3.'), ['$2 to $3']);
});

test('"moons 17b, 17c and 17d": one number glued to several lower-case letters names things in a series; "$4b and $9b" are still sums', () => {
  assert.deepEqual(found('The star has three moons, 17b, 17c and 17d. Deals hit $4b and $9b.'), ['three', '$4b', '$9b']);
});

test('"scored off of three pointers": a three- or two-pointer is a kind of shot; "hit two 3-pointers" counts two', () => {
  assert.deepEqual(found('She scored off of three pointers and hit two 3-pointers for 14 points.'), ['two', '14']);
});

test('"with 1:10 left in the half", "led at the half,": the half a game is in is no share; "half of the club" is', () => {
  assert.deepEqual(found('It was tied with 1:10 left in the half. Navy led at the half, and owns half of the club.'), ['half']);
});

test('"the gap widened £1.2 billion to £3.4 billion": a change then a level; "adding up to 91.5%" is a sum, no bound', () => {
  assert.deepEqual(found('The gap widened £1.2 billion to £3.4 billion, and narrowed 2% to 9% later. Rain came to 210mm, adding up to 91.5% of average.'), ['£1.2 billion', '£3.4 billion', '2%', '9%', '210mm', '91.5%']);
  assert.deepEqual(found('Save up to 40% today.'), ['up to 40%']);
});

test('"between about 300,000 and 500,000 cubic meters": both ends approximate, one range read whole', () => {
  assert.deepEqual(found('Lava covered between about 30,000 and 50,000 cubic meters a day.'), ['between about 30,000 and 50,000 cubic meters']);
  const r = readFigure('between about 30,000 and 50,000 cubic meters');
  assert.ok(r.ok && r.value.low === 30000 && r.value.high === 50000 && r.value.unit === 'm3');
});

test('"just under two thirds (62%) of the average": a spelled fraction whose bracket gives its share is one, as before "of"', () => {
  assert.deepEqual(found('Rain came to just under two thirds (62%) of the average; the first three quarters (to June) grew.'), ['just under two thirds', '62%', 'three']);
});

test('"410 grams per mile", "388 g/mi": emissions per mile are a unit (g/mi), as g/km is; "categories 3-5" names storm classes', () => {
  assert.deepEqual(found('Emissions fell to 410 grams per mile, then 388 g/mi. Storms of categories 3-5 are major.'), ['410 grams per mile', '388 g/mi']);
  const r = readFigure('388 g/mi');
  assert.ok(r.ok && r.value.low === 388 && r.value.unit === 'g/mi');
});

test('"2500 mi2", "40mi2": square miles written with the power digit are an area, as km2 is', () => {
  assert.deepEqual(found('The plume covered 2500 mi2 (6475 km2), and 40mi2 more.'), ['2500 mi2', '6475 km2', '40mi2']);
});

test('"rose 0.2 pts to 5.9 per cent": "pts" after a rate\'s move is percentage points, as ABS writes them', () => {
  assert.deepEqual(found('The rate rose 0.2 pts to 5.9 per cent.'), ['0.2 pts', '5.9 per cent']);
  const r = readFigure('0.2 pts');
  assert.ok(r.ok && r.value.low === 0.2 && r.value.unit === 'pp');
});
