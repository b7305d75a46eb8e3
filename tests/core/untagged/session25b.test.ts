// Session 25b (issue 14): what the beats corpus's dev errors showed the untagged-figure detector,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"the first three quarters (January-September)": quarters a bracket names by their months are a period, no count', () => {
  assert.deepEqual(found('Sales fell in the first three quarters (January-September) and in the last 2 quarters (July–December) of the year.'), []);
  assert.deepEqual(found('Sales fell in three quarters (April to December).'), ['three']);
});

test('a footnote mark glued after a sentence\'s period ("measures.2 Higher") is no figure', () => {
  assert.deepEqual(found('Earnings improved on most measures.2 Higher fees added 4 percent.'), ['4 percent']);
});

test('"short tons" are a weight\'s unit, inside the span', () => {
  assert.deepEqual(found('The mill burned 3 million short tons of coal in 2010 and 450,000 short tons in 2020.'), ['3 million short tons', '450,000 short tons']);
});

test('a race told by a decimal length ("a 13.1-mile race", "the 26.2-mile race") is a distance; "the 400-meter dash" still names an event', () => {
  assert.deepEqual(found('Lee ran a 13.1-mile race in May and the 26.2-mile race in the fall.'), ['13.1-mile', '26.2-mile']);
  assert.deepEqual(found('Lee won the 400-meter dash and the 100m race.'), []);
});

test('"lbs." keeps its dot where the sentence goes on after it; at a sentence\'s or a line\'s end the dot is the sentence\'s', () => {
  assert.deepEqual(found('She pulled 410 lbs. on her third try and 425 lbs., a record, then rested.\nHer squat: 300 lbs.\nHe did 200 lbs. The crowd cheered.'), ['410 lbs.', '425 lbs.', '300 lbs', '200 lbs']);
});

test('"up" or "down" a copy ran into an amount with its unit ("up0.2 million tons") leaves a figure; a word glued to a bare number is still a code', () => {
  assert.deepEqual(found('Stocks: 9.5 million tons\nup0.2 million tons from last week\ndown1.4 percent from last year\nthe setup2 screen'), ['9.5 million tons', '0.2 million tons', '1.4 percent']);
});

test('plain "bits" are data, as "terabits" are: "1 billion bits" is one figure', () => {
  assert.deepEqual(found('The probe stored 3 billion bits, sent at 1,200 bits per second; it was a bit slow.'), ['3 billion bits', '1,200 bits per second']);
});
