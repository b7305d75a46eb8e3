// Ranges: "10,000 to 12,000", "200-300", "between 3,000 and 4,000", "from 200 to 300",
// "$1-2 billion" (unit and scale shared by both ends), "10 to 12 million".
import { readQuantity, type Quantity } from './quantity';
import { unitInfo } from './units';

/** The two ends of a range, already sharing unit and scale; undefined when `text` is no range. */
export interface RangeEnds { low: Quantity; high: Quantity }

const HAS_DIGIT = /\d/;

/** Where `text` may split into two ends: every occurrence of each separator. */
function splitPoints(text: string, separators: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const points: [number, number][] = [];
  for (const sep of separators) {
    for (let at = lower.indexOf(sep, 1); at > 0; at = lower.indexOf(sep, at + 1)) points.push([at, sep.length]);
  }
  return points.sort((a, b) => a[0] - b[0]);
}

/** A plain hyphen splits a range only between numerals ("200-300", "$1-2 billion"), never in "twenty-five" or "3-inch". */
function hyphenSplits(left: string, right: string): boolean {
  return HAS_DIGIT.test(left) && /^\s*[-+]?[$£€¥₽₴₹]?\s*[\d.]/.test(right);
}

/** A bare "m" read as metres that the other end shows to be million ("between 1m and 2m people", "$1m-2m"). */
function metresAsMillion(q: Quantity, other: Quantity): Quantity {
  const otherIsMoney = other.unit !== undefined && /^[A-Z]{3}$/.test(other.unit);
  // "3m-4m tonnes": the other end is a million of a unit that is no length
  const otherIsMillion = other.scale === 1e6 && (other.unit === undefined || unitInfo(other.unit)?.dimension !== 'length');
  if (q.unit !== 'm' || q.scale !== 1 || !(otherIsMoney || otherIsMillion)) return q;
  return { ...q, value: q.value * 1e6, scale: 1e6, unit: other.unit };
}

/** An end written in a currency's hundredth, "35 cents", "99p", "40 sen" (its number first). */
const SUBUNIT_END = /^[\d.,]+\s?(?:cents?|pence|p|¢|sen)\b/i;

/** Shares unit and scale between ends: "$1-2 billion" = $1bn-$2bn, "200-300 meters" = 200 m-300 m. */
function shareEnds(a: Quantity, b: Quantity): RangeEnds | { error: string } {
  const left = metresAsMillion(a, b);
  const right = metresAsMillion(b, a);
  // "between 1/4 and 1/2 mile": a bare fraction (read as a share) takes the other end's unit
  for (const [f, o] of [[left, right], [right, left]] as const) {
    if (f.pureFraction && f.unit === 'percent' && o.unit !== undefined && o.unit !== 'percent') { f.value /= 100; f.unit = o.unit; }
  }
  if (left.unit === undefined) left.unit = right.unit;
  if (right.unit === undefined) right.unit = left.unit;
  // "R20bn to R50bn per year": the period written once at the end is both ends'
  if (right.unit !== left.unit && right.unit?.startsWith(`${left.unit}/`)) left.unit = right.unit;
  if (left.unit !== right.unit) return { error: `the ends of the range have different units (${a.unit ?? 'none'}, ${b.unit ?? 'none'})` };
  if (left.scale === 1 && right.scale > 1 && left.value < right.value / right.scale) {
    left.value *= right.scale;
    left.scale = right.scale;
  }
  return left.value <= right.value ? { low: left, high: right } : { low: right, high: left };
}

/** Reads `text` as a range, or returns undefined (not a range) or an error (a range that cannot be read). */
export function readRange(text: string): RangeEnds | { error: string } | undefined {
  const lower = text.toLowerCase();
  let body = text;
  // " or ": alternatives read as the range they span ("six or seven dollars", "two or three weeks")
  let separators = [' to ', ' through ', ' thru ', ' till ', ' until ', ' or ', '–', '~', '-'];
  // ("between about 300,000 and 500,000": an approximation of both ends)
  if (lower.startsWith('between ')) { body = text.slice(8).replace(/^(?:about|around|roughly|approximately|some)\s+/i, ''); separators = [' and ', ' to ', '–', '-']; }
  else if (lower.startsWith('from ')) { body = text.slice(5); separators = [' to ', ' through ', ' till ', ' until ', '–', '-']; }
  let firstError: string | undefined;
  for (const [at, len] of splitPoints(body, separators)) {
    const left = body.slice(0, at);
    const right = body.slice(at + len);
    if (len === 1 && body[at] === '-' && !hyphenSplits(left, right)) continue;
    const a = readQuantity(left.trim());
    const b = readQuantity(right.trim());
    if (a.ok && b.ok) {
      // "5 to 35 cents", "between 46 and 99 cents": a bare number before cents counts cents too
      const low = a.q.unit === undefined && b.q.unit !== undefined && SUBUNIT_END.test(right.trim()) ? { ...a.q, value: a.q.value / 100 } : a.q;
      const ends = shareEnds(low, b.q);
      if ('error' in ends) firstError ??= ends.error;
      else return ends;
    }
  }
  if (firstError) return { error: firstError };
  return body !== text ? { error: `"${text}" has no two ends` } : undefined;
}
