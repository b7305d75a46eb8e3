// readFigure on the sixth beats wave's dev cases (beats wave 5), in figures written for these
// tests: each row is a figure text and "<low>..<high> <unit>" (unit '' for a plain count).
import { test } from 'node:test';
import { check } from './readRows';

test('beats wave 6: fractions of a unit with a denominator in digits or as "one-hundredths"', () => check([
  ['three-100ths of a second', '0.03..0.03 s'], ['three one-hundredths of a second', '0.03..0.03 s'], ['five hundredths of a second', '0.05..0.05 s'],
  ['two-tenths of a second', '0.2..0.2 s'], ['a hundredth of a second', '0.01..0.01 s'], ['seven-1,000ths of a second', '0.007..0.007 s'],
]));

test('beats wave 6: two-word units hyphened as a modifier', () => check([
  ['4,000-square-foot', '4000..4000 ft2'], ['50-basis-point', '50..50 bp'], ['2,500-square-mile', '2500..2500 mi2'], ['5-square-kilometer', '5..5 km2'],
  ['10-percentage-point', '10..10 pp'],
]));

test('beats wave 6: basis points and litres glued', () => check([['25bp', '25..25 bp'], ['25 bp', '25..25 bp'], ['10bps', '10..10 bp'], ['2.5L', '2.5..2.5 l']]));

test('beats wave 6: megapixels, watts, inches glued, money hyphened to its scale', () => check([
  ['48MP', '48..48 MP'], ['12-megapixel', '12..12 MP'], ['12 megapixels', '12..12 MP'], ['65W', '65..65 W'], ['100-watt', '100..100 W'], ['6.7in', '6.7..6.7 in'],
  ['$5-million', '5000000..5000000 USD'], ['$4.99', '4.99..4.99 USD'],
]));


test('a fraction of one percent is that much of a percent', () => check([
  ['seven-tenths of one percent', '0.7..0.7 percent'], ['half of one percent', '0.5..0.5 percent'], ['four-tenths of a percent', '0.4..0.4 percent'],
]));
