// The figure reader on every beat (issue 14, figs20): typeset minus signs, decimal commas,
// coins, multiples after a qualifier, a length's rate, trends per decade, fractions of a point
// and New Zealand's regions, in figures and sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { dollarOfText } from '../../../server/src/core/figures/localDollar';

const reads = (text: string, low: number, high: number, unit: string | undefined) => {
  const r = readFigure(text);
  assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
  assert.equal(r.value.low, low, text);
  assert.equal(r.value.high, high, text);
  assert.equal(r.value.unit, unit, text);
};

test('an en dash set before a number is its minus sign', () => {
  reads('–4.2%', -4.2, -4.2, 'percent');
  reads('3–5%', 3, 5, 'percent');
});

test('a decimal comma before a percent sign', () => {
  reads('38,4%', 38.4, 38.4, 'percent');
  reads('only 9,25%', 9.25, 9.25, 'percent');
  reads('1,200%', 1200, 1200, 'percent');
});

test('a coin is its worth in dollars', () => {
  reads('a dime', 0.1, 0.1, 'USD');
  reads('about a nickel', 0.05, 0.05, 'USD');
  reads('more than a penny', 0.01, Infinity, 'USD');
});

test('"double", "twice" and "triple" after a qualifier are multiples', () => {
  reads('nearly double', 2, 2, 'times');
  reads('close to twice', 2, 2, 'times');
  reads('more than triple', 3, Infinity, 'times');
});

test('millimetres or metres per period are a length\'s rate, not millions', () => {
  reads('3.4 mm per year', 3.4, 3.4, 'mm/year');
  reads('2 mm a year', 2, 2, 'mm/year');
  reads('5 m per second', 5, 5, 'm/s');
  reads('40m people', 40e6, 40e6, undefined);
});

test('a trend per decade or per century', () => {
  reads('0.2 °C per decade', 0.2, 0.2, 'degC/decade');
  reads('30 centimeters per century', 30, 30, 'cm/century');
});

test('a fraction of a point is a fraction of a percentage point, no share ("a quarter-point cut")', () => {
  reads('a quarter-point', 0.25, 0.25, 'pp');
  reads('three-quarters of a point', 0.75, 0.75, 'pp');
  reads('half a mile', 0.5, 0.5, 'mi');
  reads('a fifth', 20, 20, 'percent');
});

test('"half a point" is half a percentage point', () => {
  reads('half a point', 0.5, 0.5, 'pp');
  reads('half a million', 5e5, 5e5, undefined);
});

test('a story that names New Zealand\'s regions over and over writes its dollar "$"', () => {
  assert.equal(dollarOfText('Consents in Waikato rose $20 million. Otago and Canterbury fell, while Waikato led the regions.'), 'NZD');
  assert.equal(dollarOfText('The firm in Canterbury spent $2 million in New York and Texas.'), undefined);
});
