// When two figures state one value: the same number with any qualifier ("21,320" and "at least
// 21,320"), a headline's round figure that the body prints to more digits, and values too
// particular to repeat by chance. Drafting groups restatements by these (grouping.ts).
import { readFigure } from '../figures/read';
import { unitInfo } from '../figures/units';
import { printedHalfStep, printedWithScale } from '../figures/precision';

/** A figure read as printed, or lower-cased when a title-case headline hides its unit ("58 Months"). */
export function readTitled(text: string): ReturnType<typeof readFigure> {
  const r = readFigure(text);
  if (r.ok && r.value.unit === undefined && /\s\p{Lu}\p{Ll}/u.test(text)) {
    const lower = readFigure(text.replace(/(\s)(\p{Lu})(\p{Ll})/gu, (_m, sp: string, a: string, b: string) => sp + a.toLowerCase() + b));
    if (lower.ok && lower.value.unit !== undefined) return lower;
  }
  return r;
}

/** "3.6 degrees": a temperature whose scale is left out. */
export const scaleless = (text: string, unit: string | undefined) => unit === undefined && /\bdegrees?$/i.test(text);
/** True for a unit of temperature in a named scale. */
const isTemperature = (unit: string | undefined) => unit !== undefined && !!unitInfo(unit)?.dimension.startsWith('temperature:');

/** One number stated twice, even with another qualifier ("21,320" and "at least 21,320"). */
export function sameValue(a: string, b: string, read: (text: string) => ReturnType<typeof readFigure> = readTitled): boolean {
  const x = read(a);
  const y = read(b);
  // ("7.2 degrees" restates "7.2 degrees Fahrenheit")
  if (!x.ok || !y.ok || (x.value.unit !== y.value.unit && !(scaleless(a, x.value.unit) && isTemperature(y.value.unit)) && !(scaleless(b, y.value.unit) && isTemperature(x.value.unit)))) return false;
  if (x.value.kind === 'range' || y.value.kind === 'range') return x.value.low === y.value.low && x.value.high === y.value.high;
  const ys = statedEnds(y.value);
  return statedEnds(x.value).some((v) => ys.includes(v));
}

/** The stated number of a bound only: an upper bound's floor of 0 is no value stated, "up to 10,000" is not "nears 5,000". */
function statedEnds(v: Extract<ReturnType<typeof readFigure>, { ok: true }>['value']): number[] {
  return (v.kind === 'upper-bound' ? [v.high] : v.kind === 'lower-bound' ? [v.low] : [v.low, v.high]).filter(Number.isFinite);
}

/**
 * A headline's round figure that a body figure states to more digits: "Visitation Tops 318
 * Million" and "318,211,833 recreation visits", "318.2 million"; "More Than 330 Million" and
 * "330,882,751" (within the headline's last printed digit, above its bound).
 */
export function roundedIn(headline: string, body: string, read: (text: string) => ReturnType<typeof readFigure>): boolean {
  const h = read(headline);
  const b = read(body);
  if (!printedWithScale(headline) || !h.ok || !b.ok || h.value.unit !== b.value.unit || b.value.low !== b.value.high) return false;
  const base = h.value.kind === 'upper-bound' ? h.value.high : h.value.low;
  const half = printedHalfStep(headline, base);
  const v = b.value.low;
  if (half === 0 || v === base) return false;
  if (h.value.kind === 'lower-bound') return v > base && v < base + 2 * half;
  if (h.value.kind === 'upper-bound') return v < base && v > base - 2 * half;
  // (headlines cut digits as often as they round: "$116 Million" over "$116.9 million")
  return h.value.low === h.value.high && (Math.abs(v - base) <= half || (v > base && v < base + 2 * half));
}

/**
 * A value too particular to be stated twice by chance in one article (23.1 percent, 21,320,
 * $15.7 billion), unlike 11 percent or three: two such figures are one quantity restated.
 */
export function distinctive(text: string): boolean {
  const r = readFigure(text);
  if (!r.ok) return false;
  // the stated number: an upper bound's ("as many as 10,000") is its high end
  const v = r.value.kind === 'upper-bound' ? r.value.high : r.value.low;
  if (!Number.isInteger(v)) return true;
  return r.value.unit !== 'percent' && Math.abs(v) >= 20;
}
