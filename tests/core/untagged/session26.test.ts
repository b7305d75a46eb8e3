// Session 26 (issue 14): what the beats corpus's dev errors showed the untagged-figure detector,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a paired spectrum block ("1755-1760/2155-2160 MHz") is the block\'s name, as a single band is; its width is a figure', () => {
  assert.deepEqual(found('Block K: 1780-1790/2180-2190 MHz (20 MHz)\nThe 824-849/869-894 megahertz pair sold for $5 million.'), ['20 MHz', '$5 million']);
  assert.deepEqual(found('Bidders paid $1.2 billion for 10 MHz, and 3-4 MHz went unsold.'), ['$1.2 billion', '10 MHz', '3-4 MHz']);
});

test('an archive entry\'s four-digit number opening a line that ends with the entry\'s date is its serial, no count', () => {
  const archive = '2207 Trucks Burned 9% Less Diesel in 2021 March 7, 2022\n2206 Ten States Had Most Chargers Feb. 28, 2022\n';
  assert.deepEqual(found(archive), ['9%', 'Ten']);
  // (a count that opens a headline, or a serial on a line with no date, stays a figure)
  assert.deepEqual(found('240 Runners Finished the Race October 5, 2018\n2207 Trucks Burned Less Diesel'), ['240', '2207']);
});

test('"or" between two amounts each with its own unit ("40 miles or 64 kilometers") gives two figures, no range', () => {
  assert.deepEqual(found('The path runs 40 miles or 64 kilometers, and the river carried 3.1 bgd or 4 times its usual flow.'), ['40 miles', '64 kilometers', '3.1 bgd', '4 times']);
  // (alternatives of one unit, or with the unit once, stay one range)
  assert.deepEqual(found('It took 5 or 6 hours, then 2 million tonnes or 3 million tonnes.'), ['5 or 6 hours', '2 million tonnes or 3 million tonnes']);
});

test('a race named by its distance glued to "m" after "the" ("won the 200m", "the S10 50m and 400m titles") is an event, no length', () => {
  assert.deepEqual(found('Kerr won the 200m and 400m, and in the 800m she was third. He took the S10 50m and 100m titles.'), []);
  // (a length, or "m" for million, keeps its figure)
  assert.deepEqual(found('The 200m people who swam the 50m pool reached the 400m mark, 100m from the end.'), ['200m', '50m', '400m', '100m']);
});

test('a year with a footnote mark glued after the sentence\'s period ("the third quarter of 2011.2 Loans") is no figure', () => {
  assert.deepEqual(found('Charge-offs fell from the third quarter of 2011.2 Loans rose 3% in 2012.'), ['3%']);
  // (a decimal after a verb, or before a lower-case word, stays a figure)
  assert.deepEqual(found('The index closed at 2011.2 Points were lost in 2011.4 trading.'), ['2011.2', '2011.4']);
});

test('"a minimum of" and "a maximum of" bound the figure after them, with or without "of"', () => {
  assert.deepEqual(found('Each club must field a minimum of 11 players and may name a maximum 5 substitutes.'), ['a minimum of 11', 'a maximum 5']);
  assert.deepEqual(found('The minimum wage rose by 4% and the maximum fine is $500.'), ['4%', '$500']);
  // (after "from", "to" or "reaching" the word names the extreme itself: no bound)
  assert.deepEqual(found('Ranges ran from a minimum of 40 miles to a maximum of 300 miles, reaching a maximum of 2,100 feet.'), ['40 miles', '300 miles', '2,100 feet']);
});

test('a decimal count of "times" is a multiple ("or 1.8 times, the usual flow", "sales rose 2.5 times."); a whole one may be occasions', () => {
  assert.deepEqual(found('The river ran at 190% of, or 1.9 times, its usual flow. Sales rose 2.5 times. She was fined 3 times.'), ['190%', '1.9 times', '2.5 times', '3']);
});

test('one coin after a change noun and "of" ("a jump of a dime", "an increase of a penny") is the change in a price', () => {
  assert.deepEqual(found('Diesel rose to $3.10 a gallon, a jump of a dime; kerosene saw an increase of a penny. Not a dime of it was spent.'), ['$3.10', 'a dime', 'a penny']);
});
