// REFERENCE: a frozen copy of server/src/core/conflicts/numbers.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// Interval arithmetic for conflict checks: comparisons with a tiny relative epsilon (so unit
// conversion and tolerance products such as 1100 * 0.9 do not miss a boundary), and the
// "cannot overlap" tests that respect open and closed ends.

/** Values closer than this, relative to the larger magnitude, count as equal. */
export const RELATIVE_EPSILON = 1e-9;

/** An interval with open or closed ends; sides may be +/-Infinity. */
export interface Interval {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** True when a and b are the same number up to floating-point noise. */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** True when a is below b by more than floating-point noise. */
export function clearlyLess(a: number, b: number): boolean {
  return a < b && !nearlyEqual(a, b);
}

/**
 * True when an interval whose upper end is (high, highInclusive) lies wholly below one whose
 * lower end is (low, lowInclusive): [1,2] and [2,3] touch (not below); [0,2) and [2,3] do not.
 */
export function endsBelow(high: number, highInclusive: boolean, low: number, lowInclusive: boolean): boolean {
  if (clearlyLess(high, low)) return true;
  return nearlyEqual(high, low) && !(highInclusive && lowInclusive) && Number.isFinite(high);
}

/** True when no value lies in both intervals. */
export function cannotOverlap(a: Interval, b: Interval): boolean {
  return endsBelow(a.high, a.highInclusive, b.low, b.lowInclusive) || endsBelow(b.high, b.highInclusive, a.low, a.lowInclusive);
}

/**
 * Widens an approximate figure by the relative tolerance t: x covers [x - |x|t, x + |x|t],
 * closed on both ends. Infinite ends stay infinite.
 */
export function widen(v: Interval, tolerance: number): Interval {
  const t = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  return {
    low: Number.isFinite(v.low) ? v.low - Math.abs(v.low) * t : v.low,
    high: Number.isFinite(v.high) ? v.high + Math.abs(v.high) * t : v.high,
    lowInclusive: Number.isFinite(v.low) ? true : v.lowInclusive,
    highInclusive: Number.isFinite(v.high) ? true : v.highInclusive,
  };
}
