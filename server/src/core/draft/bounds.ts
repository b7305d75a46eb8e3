// Bounds far apart in one article ("more than $929,000" and "more than $334,000", "over $1 billion"
// beside "$32.7 billion"): an article bounds one quantity at one time once, so such figures are
// two quantities, not one restated.
import { readFigure } from '../figures/read';

/** The number a bound states ("more than $929,000": 929,000), undefined for a figure that is no bound. */
export function boundOf(text: string): { kind: string; unit?: string; value: number } | undefined {
  const r = readFigure(text);
  if (!r.ok || (r.value.kind !== 'lower-bound' && r.value.kind !== 'upper-bound')) return undefined;
  return { kind: r.value.kind, unit: r.value.unit, value: r.value.kind === 'lower-bound' ? r.value.low : r.value.high };
}

/**
 * Two bounds of one direction and unit more than twice apart ("more than $929,000", "more than
 * $334,000"): an article bounds one quantity at one time once, so these are two quantities.
 */
export function farBounds(a: string, b: string): boolean {
  const x = boundOf(a);
  const y = boundOf(b);
  if (!x || !y || x.kind !== y.kind || x.unit !== y.unit || x.value <= 0 || y.value <= 0) return false;
  return Math.max(x.value, y.value) / Math.min(x.value, y.value) > 2;
}

/** A bound and an exact value of one unit, both above zero: the bound's kind and number and the value; undefined for any other pair. */
function boundAndExact(a: string, b: string): { kind: string; bound: number; exact: number } | undefined {
  const [bound, other] = boundOf(a) ? [boundOf(a)!, readFigure(b)] : [boundOf(b), readFigure(a)];
  if (!bound || !other.ok || other.value.low !== other.value.high || other.value.unit !== bound.unit || bound.value <= 0 || other.value.low <= 0) return undefined;
  return { kind: bound.kind, bound: bound.value, exact: other.value.low };
}

/** A bound and an exact value of one unit more than twice apart ("over $1 billion", "$32.7 billion"): two quantities of one article. */
export function boundFarFromExact(a: string, b: string): boolean {
  const pair = boundAndExact(a, b);
  return pair !== undefined && Math.max(pair.bound, pair.exact) / Math.min(pair.bound, pair.exact) > 2;
}

/**
 * A bound well short of an exact value of one unit ("more than $525 billion" beside "$750 billion"): a
 * lower bound at most 0.8 of it, an upper bound at least 1.25 times it. A writer bounding the exact
 * value's quantity again would bound it near that value ("more than $700 billion"), so the two are two quantities.
 */
export function boundShortOfExact(a: string, b: string): boolean {
  const pair = boundAndExact(a, b);
  return pair !== undefined && (pair.kind === 'lower-bound' ? pair.bound / pair.exact <= 0.8 : pair.bound / pair.exact >= 1.25);
}

/**
 * True when `earlier` states a value exactly and `later` is a bound ("$32.7 billion", then "over
 * $1 billion"): a registry fact its exact value holds gives a later far bound up as another
 * quantity (a bound printed first may be the fact's own: it keeps it).
 */
export function exactThenBound(earlier: string, later: string): boolean {
  return boundOf(earlier) === undefined && boundOf(later) !== undefined;
}
