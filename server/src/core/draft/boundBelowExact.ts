// A bound well short of an exact value of one article ("$750 billion" and "more than $525
// billion", "111,750" and "over 78,000"): a writer bounding the exact value's quantity again would
// bound it near that value ("more than $700 billion"), so the two are two quantities.
import { readFigure } from '../figures/read';
import { boundOf } from './bounds';

/**
 * True when one of two figures of one unit is an exact value and the other a bound that leaves a
 * quarter of it or more out: a lower bound at most 0.8 of it ("more than $16.2 billion" beside
 * "$23.1 billion"), an upper bound at least 1.25 times it.
 */
export function boundShortOfExact(a: string, b: string): boolean {
  const [bound, other] = boundOf(a) ? [boundOf(a)!, readFigure(b)] : [boundOf(b), readFigure(a)];
  if (!bound || !other.ok || other.value.low !== other.value.high || other.value.unit !== bound.unit || bound.value <= 0 || other.value.low <= 0) return false;
  const ratio = bound.value / other.value.low;
  return bound.kind === 'lower-bound' ? ratio <= 0.8 : ratio >= 1.25;
}
