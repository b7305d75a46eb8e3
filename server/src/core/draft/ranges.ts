// A range beside another value of one quantity in one article: a writer gives a quantity either as
// a range ("11 to 16 named storms", a forecast) or as one value ("15 named storms", an average
// season), so the two are two quantities, though the value lies in the range and both could hold.
import { readFigure } from '../figures/read';

/**
 * True when one figure is a range and the other another range or one value, no bound ("11 to 16"
 * and "15"; "9 to 15" and "15 to 16"): two quantities, as drafting reads one article. A bound may
 * sum a range up: "Up to 3 Million" and "2 to 3 million", "more than half" and "between 56 and 58 percent".
 */
export function rangeBeside(a: string, b: string): boolean {
  const x = readFigure(a);
  const y = readFigure(b);
  if (!x.ok || !y.ok || (x.value.kind !== 'range' && y.value.kind !== 'range')) return false;
  if (![x.value.kind, y.value.kind].every((k) => k === 'range' || k === 'exact' || k === 'approximate')) return false;
  return x.value.kind !== y.value.kind || x.value.low !== y.value.low || x.value.high !== y.value.high;
}
