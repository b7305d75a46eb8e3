// readFigure on issue 14's failure kinds (figures written for these tests, not taken from any
// article): each row is a figure text and "<low>..<high> <unit>" (unit '' for a plain count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './readRows';
import { printedHalfStep } from '../../../server/src/core/figures/precision';


test('issue 14: scale suffixes and signs', () => check([
  ['40m smart speakers', '40000000..40000000'], ['£3.1m', '3100000..3100000 GBP'], ['8.4m tonnes', '8400000..8400000 t'], ['2.2m barrels', '2200000..2200000 bbl'],
  ['5.6M', '5600000..5600000'], ['$-12.4bn', '-12400000000..-12400000000 USD'], ['25m', '25..25 m'], ['-2.4%', '-2.4..-2.4 percent'],
  ['minus-7 yards', '-7..-7 yd'], ['minus 40 Celsius', '-40..-40 degC'], ['$-3.2bn', '-3200000000..-3200000000 USD'], ['-0.7 to +5.7 percent', '-0.7..5.7 percent'],
]));

test('issue 14: trade units, money sub-units and currency codes', () => check([
  ['7kW', '7..7 kW'], ['13.5kWh', '13.5..13.5 kWh'], ['128GB', '128..128 GB'], ['100Mbps', '100..100 Mbps'], ['144Hz', '144..144 Hz'], ['3.2GHz', '3.2..3.2 GHz'],
  ['500bhp', '500..500 hp'], ['250-hp', '250..250 hp'], ['70 mph', '70..70 mi/h'], ['5000 mAh', '5000..5000 mAh'], ['850 sq m', '850..850 m2'], ['1,200 sq ft', '1200..1200 ft2'],
  ['10 ppb', '10..10 ppb'], ['95degF', '95..95 degF'], ['35deg C', '35..35 degC'], ['87.5p', '0.875..0.875 GBP'], ['40 sen', '0.4..0.4 MYR'], ['29 cents', '0.29..0.29 USD'],
  ['10.9 million b/d', '10900000..10900000 bbl/day'], ['21.0 mpg', '21..21 mpg'], ['20.6 to 21.0 miles per gallon', '20.6..21 mpg'],
  ['USD25m', '25000000..25000000 USD'], ['EUR8m', '8000000..8000000 EUR'], ['AUD2.4m', '2400000..2400000 AUD'], ['INR5 trillion', '5000000000000..5000000000000 INR'],
  ['RM45', '45..45 MYR'], ['HK$1.2 billion', '1200000000..1200000000 HKD'], ['S$3mil', '3000000..3000000 SGD'], ['$US40 trillion', '40000000000000..40000000000000 USD'],
  ['¥800 billion', '800000000000..800000000000 JPY'],
]));

test('issue 14: alternatives, multiples, proportions, powers of ten, bound verbs', () => check([
  ['six or seven dollars', '6..7 USD'], ['two or three weeks', '2..3 week'], ['several hundred', '200..1000'], ['fourfold', '4..4 times'], ['tripled', '3..3 times'],
  ['almost quadrupled', '4..4 times'], ['1 in 4', '25..25 percent'], ['6.02×10²³', '6.02e+23..6.02e+23'], ['3.1×10−5', '0.000031..0.000031'],
  ['crosses 2,000', '2000..Infinity'], ['top 500 tonnes', '500..Infinity t'], ['passes 40,000', '40000..Infinity'], ['nears 1,000', '0..1000'],
  ['exceeds $1 trillion', '1000000000000..Infinity USD'], ['Breaks 11,000', '11000..Infinity'], ['80%-90%', '80..90 percent'],
]));

test('issue 14: a printed figure carries the precision of its digits', () => {
  assert.equal(printedHalfStep('74.6 miles', 74.6), 0.05);
  assert.equal(printedHalfStep('9 miles', 9), 0.5);
  assert.equal(Math.round(printedHalfStep('1.2 million tonnes', 1.2e6)), 50000);
  assert.equal(printedHalfStep('nine miles', 9), 0);
});
