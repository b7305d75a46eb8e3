// The value of a whole number phrase: cardinals, decimals ("two point five"), fractions
// ("two-thirds", "1/5", "one over three", "2 in 5"), mixed numbers ("one and a half",
// "2 1/4", "3 million and a half") and fractions of a scale ("half a million").
import { evalCardinal, evalDecimalDigits, type Item } from './cardinal';

/** A number phrase's value. `pureFraction`: a fraction with no whole part ("a third", "1/5"). */
export interface PhraseValue {
  value: number;
  pureFraction: boolean;
  /** The trailing multiplier ("million" in "12 million"), 1 when none: lets "10 to 12 million" share it. */
  scale: number;
}

function isWord(item: Item | undefined, ...classes: string[]): boolean {
  return item?.kind === 'word' && classes.includes(item.wc.cls);
}
function isScaleItem(item: Item | undefined): boolean {
  return isWord(item, 'scale', 'dozen', 'hundred');
}
function scaleValue(item: Item): number {
  if (item.kind !== 'word') return 1;
  return item.wc.cls === 'scale' ? item.wc.value : item.wc.cls === 'hundred' ? 100 : item.wc.cls === 'dozen' ? 12 : 1;
}

/** A cardinal, allowing a lone article ("a" fifth) as one. */
function numerator(items: Item[]): number | undefined {
  if (items.length === 1 && isWord(items[0], 'article')) return 1;
  return evalCardinal(items);
}

/** "two thirds", "one hundred thirty fifths" (=100/35), "a twenty-first", "one one hundred fifth" (=1/105). */
export function evalFraction(items: Item[]): number | undefined {
  const last = items[items.length - 1];
  if (!last || last.kind !== 'word' || last.wc.cls !== 'ordinal') return undefined;
  const d0 = last.wc.value;
  const before = items.slice(0, -1);
  if (before.length === 0) return last.word === 'half' || last.word === 'quarter' ? 1 / d0 : undefined;
  const compoundOnly = d0 < 3 && last.word !== 'half' && last.word !== 'halves';
  const tens = before[before.length - 1];
  // a units ordinal right after tens makes a compound denominator when a numerator is left: "twenty twenty-fifths"
  if (tens?.kind === 'word' && tens.wc.cls === 'tens' && d0 < 10 && !isWord(before[before.length - 2], 'and')) {
    const rest = before.slice(0, -1);
    const n = rest.length > 0 ? numerator(rest) : undefined;
    if (n !== undefined) return n / (tens.wc.value + d0);
    if (compoundOnly) return undefined;
  }
  if (compoundOnly) return undefined;
  const n = numerator(before);
  if (n !== undefined) return n / d0;
  // "one one hundred fifth": the denominator takes words until what is left is a numerator
  for (let k = before.length - 1; k >= 1; k--) {
    const denomWords = before.slice(k).filter((item) => !isWord(item, 'and'));
    const d = evalCardinal(denomWords);
    const m = numerator(before.slice(0, k));
    if (d !== undefined && m !== undefined) return m / (d + d0);
  }
  return undefined;
}

/** A fraction optionally followed by "of a" + scale: "half a million", "two thirds of a million". */
function fractionWithScale(items: Item[]): { frac: number; scale: number } | undefined {
  let end = items.length;
  let scale = 1;
  while (end > 0 && isScaleItem(items[end - 1])) scale *= scaleValue(items[--end]!);
  if (scale !== 1) {
    while (end > 0 && (isWord(items[end - 1], 'article') || indexOfWord([items[end - 1]!], 'of') === 0)) end--;
  }
  const frac = evalFraction(items.slice(0, end));
  return frac === undefined ? undefined : { frac, scale };
}

/** Index of the first item whose word is `word`. */
function indexOfWord(items: Item[], ...words: string[]): number {
  return items.findIndex((item) => item.kind === 'word' && words.includes(item.word));
}

/** The value of a number phrase, or undefined when its items make no number. */
export function evalPhrase(items: Item[]): PhraseValue | undefined {
  if (items.length === 0) return undefined;
  // "1/5", "2 1/4", "one over three", "2 in 5", "two out of five hundred"
  const slash = indexOfWord(items, '/', 'over', 'in', 'out');
  if (slash > 0) {
    // ("7 out of every 10": "every" is no part of the denominator)
    const afterOf = items[slash]!.kind === 'word' && (items[slash] as { word: string }).word === 'out' ? slash + 2 : slash + 1;
    const rightStart = items[afterOf]?.kind === 'word' && (items[afterOf] as { word: string }).word === 'every' ? afterOf + 1 : afterOf;
    // "1½ million", "2 1/2 billion": a scale after the denominator multiplies the whole number
    let rightEnd = items.length;
    let scale = 1;
    if (items[rightStart]?.kind === 'lit') while (rightEnd > rightStart + 1 && isScaleItem(items[rightEnd - 1])) scale *= scaleValue(items[--rightEnd]!);
    const den = evalCardinal(items.slice(rightStart, rightEnd));
    const left = items.slice(0, slash);
    // "2 1/4": a whole numeral before the numerator
    const [whole, part] = left;
    if (left.length === 2 && whole?.kind === 'lit' && part?.kind === 'lit' && den) {
      return { value: (whole.value + part.value / den) * scale, pureFraction: false, scale };
    }
    if (scale !== 1) return undefined;
    const num = evalCardinal(left);
    return num !== undefined && den ? { value: num / den, pureFraction: true, scale: 1 } : undefined;
  }
  const hasOrdinal = items.some((item) => isWord(item, 'ordinal'));
  if (hasOrdinal) return evalFractionPhrase(items);
  const point = indexOfWord(items, 'point');
  if (point >= 0) {
    const whole = point === 0 ? 0 : evalCardinal(items.slice(0, point));
    // ("three point seven billion dollars": a scale after the spoken decimal scales all of it)
    let last = items.length;
    let scale = 1;
    while (last > point + 2 && isScaleItem(items[last - 1])) scale *= scaleValue(items[--last]!);
    const digits = evalDecimalDigits(items.slice(point + 1, last));
    return whole !== undefined && digits !== undefined ? { value: Number(`${whole}.${digits}`) * scale, pureFraction: false, scale } : undefined;
  }
  const value = evalCardinal(items);
  if (value === undefined) return undefined;
  let scale = 1;
  for (let i = items.length - 1; i > 0 && isScaleItem(items[i]); i--) scale *= scaleValue(items[i]!);
  return { value, pureFraction: false, scale };
}

/** Phrases with an ordinal: whole fractions, fractions of a scale, and mixed numbers joined by "and". */
function evalFractionPhrase(items: Item[]): PhraseValue | undefined {
  // mixed: "one and a half", "twenty and three fifths", "3 million and a half", "five and a half million"
  for (let j = items.length - 2; j > 0; j--) {
    if (!isWord(items[j], 'and')) continue;
    const left = items.slice(0, j);
    const whole = evalCardinal(left);
    const fr = fractionWithScale(items.slice(j + 1));
    // a proper fraction after "and" is the fractional part; "one hundred and thirty fifths" is 130/5
    if (whole === undefined || !fr || fr.frac >= 1) continue;
    const leftScale = left[left.length - 1]!;
    const leftEndsInBigScale = isWord(leftScale, 'scale');
    if (fr.scale !== 1) {
      const value = leftEndsInBigScale ? whole + fr.frac * fr.scale : (whole + fr.frac) * fr.scale;
      return { value, pureFraction: false, scale: fr.scale };
    }
    const value = leftEndsInBigScale ? whole + fr.frac * scaleValue(leftScale) : whole + fr.frac;
    return { value, pureFraction: false, scale: 1 };
  }
  const fr = fractionWithScale(items);
  if (!fr) return undefined;
  return fr.scale !== 1
    ? { value: fr.frac * fr.scale, pureFraction: false, scale: fr.scale }
    : { value: fr.frac, pureFraction: true, scale: 1 };
}
