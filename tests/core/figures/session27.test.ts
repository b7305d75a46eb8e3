// Session 27 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';
import { unitInfo } from '../../../server/src/core/figures/units';

const interval = (figure: string) => {
  const r = readFigure(figure);
  return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
};

test('"Ggal/d" and "Mgal/d" are billions and millions of gallons a day, as "bgd" and "mgd" are; "BkWh" is a billion kilowatthours', () => {
  assert.equal(interval('31.4 Ggal/d'), '31.4..31.4 Bgal/day');
  assert.equal(interval('75 Mgal/d'), '75..75 Mgal/day');
  assert.equal(interval('about 19 BkWh'), '19..19 BkWh');
  assert.equal(unitInfo('BkWh')!.toBase, unitInfo('kWh')!.toBase * 1e9);
});

test('a number before its partner shares the partner\'s unit also when spelled ("five and ten megahertz"), in a list ("5, 10 or 20 MHz") or with a slashed unit ("9.5 and 5.3 Ggal/d")', () => {
  const before = (figure: string, next: string) => {
    const r = readFigureBefore(figure, next);
    return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
  };
  assert.equal(before('three', ' and six kilometers wide'), '3..3 km');
  assert.equal(before('six', ', or nine kilometers.'), '6..6 km');
  assert.equal(before('15', ', 30 or 45 MHz slices'), '15..15 MHz');
  assert.equal(before('12.5', ' and 7.1 Ggal/d, between'), '12.5..12.5 Bgal/day');
  // (a count's partner writes no unit; a year before a list is no part of it; "and a half" is no partner)
  assert.equal(before('three', ' or four people came'), '3..3');
  assert.equal(before('2021', ', 4 and 8 percent of'), '2021..2021');
  assert.equal(before('two', ' and a half miles'), '2..2');
  // (a figure restated in another unit after a comma, "210, or 30% of", and a player's points keep their own reading)
  assert.equal(before('210', ', or 30% of the total'), '210..210');
  assert.equal(before('four', ' and eleven points in'), '4..4');
});

test('"quadrillion" and "quintillion" scale a number; "Btu" is energy, a British thermal unit', () => {
  assert.equal(interval('11.9 quadrillion Btu'), '11900000000000000..11900000000000000 Btu');
  assert.equal(interval('three quintillion'), '3000000000000000000..3000000000000000000');
  assert.equal(unitInfo('Btu')!.dimension, unitInfo('kWh')!.dimension);
  // (a supercomputer's "calculations per second" are its FLOPS)
  assert.equal(interval('about a quintillion calculations per second'), '1000000000000000000..1000000000000000000 FLOPS');
});

test('a number whose thousands comma a copy spaced before a zero-led group ("843, 000") reads as one', () => {
  assert.equal(interval('843, 000'), '843000..843000');
  assert.equal(interval('57, 091 permits'), '57091..57091');
});
