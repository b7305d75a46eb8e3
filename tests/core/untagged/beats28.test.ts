// Figures the twenty-eighth beats wave's dev part showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a currency sign spaced from its digits keeps them: "€ 1.3 million", "$ 5", "HK$ 5"', () => {
  assert.deepEqual(found('Bettors won € 1.3 million; tickets cost $ 5 or HK$ 5.'), ['€ 1.3 million', '$ 5', 'HK$ 5']);
  const r = readFigure('€ 1.3 million');
  assert.ok(r.ok && r.value.unit === 'EUR' && r.value.low === 1.3e6);
});

test('a race named by its distance after whose it is ("the women\'s 100 meters") is a name; a distance run is a figure', () => {
  assert.deepEqual(found('She won the women\'s 100 meters and the girls\' 1,500 metres final. The men\'s team ran 400 meters.'), ['400 meters']);
});

test('"after winning the 10,000 meters": a race its winner won; "won the 500 meters of road" is a length', () => {
  assert.deepEqual(found('He doubled after winning the 10,000 meters on Monday. They won the 500 meters of road in court.'), ['500 meters']);
});

test('a year said in words after "late", "early" or "for" is a year, and one followed by a verb ("for twenty twenty is")', () => {
  assert.deepEqual(found('Travel has dropped since late two thousand six. Another goal for twenty twenty is faster speeds. They sold two thousand ten tickets.'), ['two thousand ten']);
});

test('a window of time counted from the day told is no figure ("over the next three years"); a duration is ("for the next two days")', () => {
  assert.deepEqual(found('The bank will cut 30,000 jobs over the next three years. Sales rose in the past 12 months. He was locked in for the next two days.'), ['30,000', 'two days']);
});

test('"a" joins a scale word or a dozen, not a number of its own ("a nineteen percent drop" is "nineteen percent")', () => {
  assert.deepEqual(found('Sales show a nineteen percent drop, a dozen stores closed and a hundred jobs went.'), ['nineteen percent', 'a dozen', 'a hundred']);
});
