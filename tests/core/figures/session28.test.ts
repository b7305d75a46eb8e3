// Session 28 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

const interval = (figure: string) => {
  const r = readFigure(figure);
  return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
};

test('a bare number before a range end in cents or pence counts cents too ("7 to 42 cents", "between 12 and 30 pence")', () => {
  assert.equal(interval('7 to 42 cents'), '0.07..0.42 USD');
  assert.equal(interval('between 12 and 30 pence'), '0.12..0.3 GBP');
  assert.equal(interval('8-15p'), '0.08..0.15 GBP');
  // (an end that names its own currency keeps it; no cents, no change)
  assert.equal(interval('$2 to 80 cents'), '0.8..2 USD');
  assert.equal(interval('3 to 9 dollars'), '3..9 USD');
});

test('a bound after a unit\'s bracketed abbreviation or what a price is per is the figure\'s ("40 kilowatts (kW) or more", "9 cents per therm or less")', () => {
  const before = (figure: string, next: string) => {
    const r = readFigureBefore(figure, next);
    return r.ok ? `${r.value.kind} ${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
  };
  assert.equal(before('40 kilowatts', ' (kW) or more were built'), 'lower-bound 40..Infinity kW');
  assert.equal(before('12 terabytes', ' (TB) or greater.'), 'lower-bound 12..Infinity TB');
  assert.equal(before('9 cents', ' per therm or less since'), 'upper-bound 0..0.09 USD');
  // (no unit, or a bracket that is no abbreviation: the figure stays as written)
  assert.equal(before('12', ' (TB) or more'), 'exact 12..12');
  assert.equal(before('5 km', ' (3 miles) or more'), 'exact 5..5 km');
});
