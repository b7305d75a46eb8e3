// Figures the beats corpus's dev part showed in the sixteenth session, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));
const reads = (text: string) => { const r = readFigure(text); return r.ok ? `${r.value.low} ${r.value.unit}` : r.reason; };

test('"12 degrees north latitude", "40 degrees west longitude": coordinates in words name a place, a temperature stays a figure', () => {
  assert.deepEqual(found('The probe landed at 12 degrees north latitude and 40 degrees west longitude, some 30 degrees north of the equator; it was 40 degrees in the south.'), ['40 degrees']);
});

test('"4.2 AU from the Sun" and "310 watt-hours": astronomical units in capitals and watt-hours are units; "30 AU members" are a union\'s', () => {
  assert.deepEqual(found('The craft was 4.2 AU from the Sun, or 0.8 astronomical units beyond Mars, and its panels made 310 watt-hours (90 Wh at night); 30 AU members voted.'),
    ['4.2 AU', '0.8 astronomical units', '310 watt-hours', '90 Wh', '30']);
  assert.equal(reads('4.2 AU'), '4.2 AU');
  assert.equal(reads('310 watt-hours'), '310 Wh');
});

test('"400,000 bbl/d" is barrels a day; "the 3 months to February 2016" is a stretch named by its last month; "standby mode 3" a label', () => {
  assert.deepEqual(found('Output rose 400,000 bbl/d to 7.4 million bbl/d. Jobs rose 176,000 on the 3 months to February 2016 and in the 12 months ending in June. He worked 3 months to June. The probe went to standby mode 3.'),
    ['400,000 bbl/d', '7.4 million bbl/d', '176,000', '3 months']);
  assert.equal(reads('400,000 bbl/d'), '400000 bbl/day');
});

test('"39 mph or greater", "74 mph or higher", "5 or lower": a bound after the figure is in its span and reading', () => {
  assert.deepEqual(found('Winds of 39 mph or greater and 74 mph or higher; scores of 5 or lower; 3 or greater than 4.'), ['39 mph or greater', '74 mph or higher', '5 or lower', '3', 'greater than 4']);
  assert.equal(reads('39 mph or greater'), '39 mi/h');
});

test('"decreased by £0.7 billion to £5.9 billion": a change "by" an amount, then the level it reached, are two figures; "rose by 2 to 3 percent" stays a range', () => {
  assert.deepEqual(found('Borrowing decreased by £0.7 billion to £5.9 billion in September. Prices rose by 2 to 3 percent.'), ['£0.7 billion', '£5.9 billion', '2 to 3 percent']);
});
