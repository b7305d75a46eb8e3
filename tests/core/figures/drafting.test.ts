// readFigure on the kinds the drafting corpus's dev waves (tests/corpus/dev, dev2, dev3) showed
// (figures written for these tests): each row is a figure text and "<low>..<high> <unit>".
import { test } from 'node:test';
import { check } from './readRows';

test('a fraction of one unit is that much of the unit, not a share in percent', () => check([
  ['four-tenths of a percent', '0.4..0.4 percent'], ['two-tenths of a percent', '0.2..0.2 percent'], ['half a mile', '0.5..0.5 mi'],
  ['a third of a mile', '0.333333333333..0.333333333333 mi'], ['half a cent', '0.005..0.005 USD'],
  ['half an hour', '0.5..0.5 h'], ['half a million', '500000..500000'], ['a third', '33.3333333333..33.3333333333 percent'],
]));

test('a hedged comparative bounds as the comparative does', () => check([
  ['a bit less than 400,000', '0..400000'], ['slightly more than half', '50..Infinity percent'], ['a little over 3%', '3..Infinity percent'],
  ['slightly below 2 percent', '0..2 percent'],
]));

test('a mixed number written with hyphens', () => check([
  ['two-and-a-half million', '2500000..2500000'], ['two-and-a-half', '2.5..2.5'], ['one-and-a-half hours', '1.5..1.5 h'],
]));
