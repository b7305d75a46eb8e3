// Numbers the eighty-eighth beats wave's dev part showed to say where or which, not how many, in
// sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a storm\'s position, "near latitude 17.5 North, longitude 61.2 West", is no figure; its winds are', () => {
  assert.deepEqual(found('The center of Storm Ada was located near latitude 17.5 North, longitude 61.2 West, with winds near 45 mph.'), ['near 45 mph']);
});

test('"the 30-yard line" is a place on the field; "a 30-yard pass" is a figure', () => {
  assert.deepEqual(found('He threw a 30-yard pass to reach the Eagles\' 30-yard line.'), ['30-yard']);
});

test('a weight class ("the 198-pound weight class", "the 75 kilo class") names the division; the lift is the figure', () => {
  assert.deepEqual(found('She won the women\'s 198-pound weight class by lifting 402 pounds. He took the 75 kilo class.'), ['402 pounds']);
});

test('"News ID: 90211" and "ID #4410" name a page, not a count', () => {
  assert.deepEqual(found('Posted 04.02.2012. News ID: 90211. Record ID #4410 lists 12 teams.'), ['12']);
});

test('"the 50m and 200m records": race names before "records"', () => {
  assert.deepEqual(found('She broke the 200m records twice.'), []);
});

test('"1-31st FA commander", "1-503rd lost": a battalion\'s number before its regiment\'s names the unit', () => {
  assert.deepEqual(found('Lt. Col. Ann Ray, 2-44th FA commander, watched 1-503rd win 3 games.'), ['3']);
});

test('"301,000 MWh/d" and "265,000 megawatthours per day" are energy per day', () => {
  const text = 'Generation averaged 301,000 MWh/d, or 265,000 megawatthours per day.';
  const spans = found(text);
  assert.deepEqual(spans, ['301,000 MWh/d', '265,000 megawatthours per day']);
  for (const s of spans) { const r = readFigure(s); assert.ok(r.ok); assert.equal(r.ok && r.value.unit, 'MWh/day'); }
});

test('"near 65 mph" in a storm advisory is approximate, "near" inside the figure', () => {
  assert.deepEqual(found('The storm is moving toward the north near 9 mph with winds near 65 mph.'), ['near 9 mph', 'near 65 mph']);
  const r = readFigure('near 65 mph');
  assert.ok(r.ok && r.value.kind === 'approximate');
});

test('"3 points just a minute into the half": an adverb breaks a rate ("a minute" is when, not per what)', () => {
  assert.deepEqual(found('He scored 3 points just a minute into the half.'), ['3']);
});

test('"(EUR 2.7 billion)": an ISO code in brackets before its amount is its currency', () => {
  assert.deepEqual(found('This reflected surpluses in goods (EUR 2.7 billion) and services [USD 1.3 billion].'), ['EUR 2.7 billion', 'USD 1.3 billion']);
  const r = readFigure('EUR 2.7 billion');
  assert.ok(r.ok && r.value.unit === 'EUR');
});
