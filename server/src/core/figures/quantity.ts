// One quantity without qualifiers: sign, currency, number phrase, unit, rate and an ignored
// counted noun ("$2.5 billion", "-4/5", "984 square kilometers", "1,200 troops per day").
import { evalPhrase } from './fraction';
import { classifyWord } from './numberWords';
import { scanPhrase } from './phrase';
import { tokenize, type Token } from './tokens';
import { isCurrency, normalizePeriod, normalizeUnit, rateUnit, unitInfo } from './units';

/** A quantity read from text. `pureFraction` values are already in percent when unit is 'percent'. */
export interface Quantity {
  value: number;
  /** The trailing multiplier ("million" in "12 million"), 1 when none. */
  scale: number;
  unit?: string;
  /** The number was a fraction with no whole part ("a third", "1/5"). */
  pureFraction: boolean;
}

/** A quantity, or why the text is not one. */
export type QuantityResult = { ok: true; q: Quantity } | { ok: false; reason: string };

const RATE_MARKERS = new Set(['per', 'a', 'an', 'each', 'every', '/']);
const IGNORED_SYMBOLS = new Set(['-', "'", '’', '.', ',']);

/** The text from token a to token b (inclusive), as written. */
function span(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b]!.end);
}

/** What follows the number of a rand amount: a scale ("bn", " billion", "m", " million"). */
export const RAND_SCALE = /^\s?(?:bn|billion|m|mn|million|trillion|tn)\b/;

/** A currency written before the number ("$", "US$", "€", "USD"): its id and how many tokens it used. */
function currencyPrefix(text: string, tokens: Token[], i: number): { unit: string; used: number } | undefined {
  // South Africa's rand: a capital "R" glued to an amount with a scale ("R4bn", "R7.5 billion", "R20m")
  if (tokens[i]?.raw === 'R' && tokens[i + 1]?.kind === 'num' && !tokens[i + 1]!.spaced && RAND_SCALE.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 10))) return { unit: 'ZAR', used: 1 };
  // "US $6.9 billion": the country spaced from its "$"
  if (tokens[i]?.raw === 'US' && tokens[i + 1]?.text === '$' && tokens[i + 2]?.kind === 'num') return { unit: 'USD', used: 2 };
  for (const used of [2, 1]) {
    if (i + used > tokens.length) continue;
    const last = tokens[i + used - 1]!;
    if (used === 2 && last.spaced) continue;
    const unit = normalizeUnit(span(text, tokens, i, i + used - 1));
    if (isCurrency(unit)) return { unit: unit!, used };
  }
  return undefined;
}

/** The unit written after the number: the longest run of tokens that names a unit. */
function unitSuffix(text: string, tokens: Token[], i: number): { unit: string; next: number } | undefined {
  for (let end = Math.min(tokens.length, i + 5) - 1; end >= i; end--) {
    const unit = normalizeUnit(span(text, tokens, i, end));
    // a rate built from a noun ("troops per day") is handled by the rate tail, not here
    if (unit && !(unit.startsWith('count/'))) return { unit, next: end + 1 };
  }
  return undefined;
}

/** Periods written as one adverb: "annually", "monthly". */
const EVERY_PERIOD: Record<string, string> = { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day' };

/** A rate tail at the very end ("per day", "a day", "/day"): its period and where it starts. */
function rateTail(tokens: Token[], from: number): { period: string; start: number } | undefined {
  const n = tokens.length;
  // "470 million tonnes annually": a period in one word
  const every = n - from >= 1 ? EVERY_PERIOD[tokens[n - 1]!.text] : undefined;
  if (every) return { period: every, start: n - 1 };
  if (n - from < 2) return undefined;
  const period = normalizePeriod(tokens[n - 1]!.text);
  // ("a 315-kilometer-per-hour wind", "60-mile-an-hour gusts": the rate joined by hyphens)
  const at = tokens[n - 2]!.text === '-' && n - from >= 3 ? n - 3 : n - 2;
  return period && RATE_MARKERS.has(tokens[at]!.text) ? { period, start: at } : undefined;
}

/** Multiples written as one word ("fourfold", "tripled"): read as a factor in the unit 'times'. */
const MULTIPLES: Record<string, number> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, tenfold: 10, hundredfold: 100,
  doubled: 2, double: 2, doubles: 2, twice: 2, triple: 3, triples: 3, tripled: 3, trebled: 3, quadrupled: 4, quintupled: 5, quadruple: 4, quadruples: 4, quintuple: 5, quintuples: 5,
};

/** US coins named for their worth in dollars ("a nickel lower", "about a penny"). */
const COINS: Record<string, number> = { penny: 0.01, cent: 0.01, nickel: 0.05, dime: 0.1 };

/** Money written in its hundredth ("29 cents", "87.5p", "40 sen"): the currency it is a hundredth of. */
const SUBUNITS: Record<string, string> = { cent: 'USD', cents: 'USD', '¢': 'USD', pence: 'GBP', p: 'GBP', sen: 'MYR' };

/** "6.02×10²³", "3.1 x 10^-5", "3.1×10−5": a number times a power of ten, and the rest of the text. */
// (an exponent written plain needs its caret or its minus: "1920x1080" is a screen's size, not 1920 × 10⁸⁰)
const POWER = /^(\d+(?:\.\d+)?) ?[×x*] ?10(?:\^([-−]?\d+)|([-−]\d+)|([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))(.*)$/;
const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "2^28", "16^4": a small base and its power after a caret, and the rest of the text. */
const CARET_POWER = /^([2-9]|1[0-6])\^(\d{1,3})(?![\d.^])(.*)$/;

function powerOfTen(text: string): { value: number; rest: string } | undefined {
  const m = POWER.exec(text);
  // ("2^28": a small base raised to a power with a caret)
  const caret = m ? undefined : CARET_POWER.exec(text);
  if (caret) return { value: Number(caret[1]) ** Number(caret[2]), rest: caret[3]! };
  if (!m) return undefined;
  const plain = m[2] ?? m[3];
  const exp = plain !== undefined ? Number(plain.replace('−', '-')) : Number([...m[4]!].map((c) => (c === '⁻' ? '-' : String(SUPER.indexOf(c)))).join(''));
  return Number.isFinite(exp) ? { value: Number(`${m[1]}e${exp}`), rest: m[5]! } : undefined;
}

function isSign(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'sym' && (t.text === '-' || t.text === '+')) || t.text === 'minus' || t.text === 'negative');
}

/** Reads one quantity from `text` (no qualifier words). Never throws. */
export function readQuantity(text: string): QuantityResult {
  const multiple = MULTIPLES[text.toLowerCase()];
  if (multiple !== undefined) return { ok: true, q: { value: multiple, scale: 1, unit: 'times', pureFraction: false } };
  // "a factor of ten": a multiple written as a noun phrase
  const factor = /^a factor of\s+/i.exec(text);
  if (factor) {
    const r = readQuantity(text.slice(factor[0].length));
    return r.ok && r.q.unit === undefined ? { ok: true, q: { ...r.q, unit: 'times' } } : r;
  }
  const tokens = tokenize(text);
  let i = 0;
  let sign = 1;
  let prefixUnit: string | undefined;
  const first = tokens[0];
  if (isSign(first)) {
    if (first!.text !== '+') sign = -1;
    i++;
    // "minus-7 yards"
    if (first!.kind === 'word' && tokens[i]?.text === '-') i++;
  }
  const currency = currencyPrefix(text, tokens, i);
  if (currency) { prefixUnit = currency.unit; i += currency.used; }
  // "$-3.2bn": the sign after the currency
  if (currency && sign === 1 && isSign(tokens[i]) && tokens[i]!.kind === 'sym') { if (tokens[i]!.text === '-') sign = -1; i++; }
  const power = tokens[i]?.kind === 'num' ? powerOfTen(text.slice(tokens[i]!.start)) : undefined;
  if (power) {
    const restTokens = tokenize(power.rest);
    return finishQuantity(power.rest, restTokens, 0, { value: power.value * sign, scale: 1, pureFraction: false }, prefixUnit);
  }
  // "percent of 10", "per cent of twenty-two": the unit written first
  if (!currency) {
    const of = tokens.findIndex((t, k) => k > i && k <= i + 2 && t.text === 'of');
    if (of > i && normalizeUnit(span(text, tokens, i, of - 1).replace(/s$/i, '')) === 'percent') { prefixUnit = 'percent'; i = of + 1; }
  }
  // "nearly an inch", "more than a foot": one of a unit (only with the unit: "a dozen" reads as ever)
  // ("a penny", "about a nickel": one coin, in dollars)
  const coin = tokens[i]?.text === 'a' && i + 2 === tokens.length ? COINS[tokens[i + 1]!.text] : undefined;
  if (!currency && coin !== undefined) return { ok: true, q: { value: sign * coin, scale: 1, unit: 'USD', pureFraction: false } };
  if (!currency && (tokens[i]?.text === 'a' || tokens[i]?.text === 'an') && i + 1 < tokens.length) {
    const one = readQuantity(`1${text.slice(tokens[i]!.end)}`);
    if (one.ok && one.q.unit !== undefined && one.q.value === 1) return { ok: true, q: { ...one.q, value: sign } };
  }
  const phrase = scanPhrase(tokens, i, currency !== undefined);
  const value = evalPhrase(phrase.items);
  if (phrase.items.length === 0) {
    const at = tokens[i];
    if (at?.kind === 'word') return { ok: false, reason: `"${at.raw}" is neither a number nor a qualifier (in "${text}")` };
    return { ok: false, reason: at ? `no number where "${text.slice(at.start)}" begins` : `no number in "${text}"` };
  }
  if (!value) return { ok: false, reason: `"${span(text, tokens, i, Math.max(i, phrase.next - 1))}" is not a number` };
  return finishQuantity(text, tokens, phrase.next, { ...value, value: value.value * sign }, prefixUnit);
}

/** The second part of a compound measure ("2 inches" after "5 feet", ", 8 minutes and 1 second" after "2 hours"), converted into `unit`. */
function compoundPart(text: string, tokens: Token[], i: number, unit: string): { value: number } | undefined {
  const comma = tokens[i]?.text === ',' ? i + 1 : i;
  const start = tokens[comma]?.text === 'and' ? comma + 1 : comma;
  if (tokens[start]?.kind !== 'num') return undefined;
  const part = readQuantity(text.slice(tokens[start]!.start, tokens[tokens.length - 1]!.end));
  const a = unitInfo(unit);
  const b = part.ok && part.q.unit ? unitInfo(part.q.unit) : undefined;
  if (!part.ok || !a || !b || a.dimension !== b.dimension || a.dimension.startsWith('currency:')) return undefined;
  return { value: (part.q.value * b.toBase) / a.toBase };
}

/** Reads what follows the number: unit, rate tail, ignored noun words. */
function finishQuantity(text: string, tokens: Token[], from: number, read: { value: number; scale: number; pureFraction: boolean }, prefixUnit: string | undefined): QuantityResult {
  let value = read;
  let i = from;
  // "3-inch", "six-mile": a hyphen joins number and unit
  if (tokens[i]?.text === '-' && tokens[i + 1]?.kind === 'word') i++;
  // "20 (kg)": a bracketed unit
  const open = tokens[i]?.text;
  const close = { '(': ')', '[': ']', '<': '>', '{': '}' }[open ?? ''];
  let end = tokens.length;
  if (close && tokens[end - 1]?.text === close) { i++; end--; }
  const rest = tokens.slice(0, end);
  let unit: string | undefined;
  // "half a mile", "four-tenths of a percent": a fraction of one unit is that much of the unit,
  // not a share in percent
  if (value.pureFraction && !prefixUnit) {
    let j = rest[i]?.text === 'of' ? i + 1 : i;
    // ("a quarter-point cut", "three-quarters of a point": a fraction of a percentage point, no share)
    const point = (k: number) => rest[k]?.text === 'point' && k + 1 === rest.length;
    if (point(i) || ((rest[j]?.text === 'a' || rest[j]?.text === 'one') && point(j + 1))) return { ok: true, q: { value: value.value, scale: value.scale, unit: 'pp', pureFraction: false } };
    // ("seven-tenths of one percent")
    if (rest[j]?.text === 'a' || rest[j]?.text === 'an' || (j > i && rest[j]?.text === 'one')) {
      j++;
      const cent = rest[j]?.kind === 'word' && j + 1 === rest.length ? SUBUNITS[rest[j]!.text] : undefined;
      if (cent) return { ok: true, q: { value: value.value / 100, scale: value.scale, unit: cent, pureFraction: false } };
      const one = rest[j]?.kind === 'word' && !SUBUNITS[rest[j]!.text] ? unitSuffix(text, rest, j) : undefined;
      if (one && one.next === rest.length) return { ok: true, q: { value: value.value, scale: value.scale, unit: one.unit, pureFraction: false } };
    }
  }
  const sub = rest[i]?.kind === 'word' || rest[i]?.text === '¢' ? SUBUNITS[rest[i]!.text] : undefined;
  if (rest[i]?.text === '%') { unit = 'percent'; i++; }
  // "35C", "-12C", "95F": a capital C or F glued to the number is a temperature
  else if (rest[i]?.kind === 'word' && rest[i]!.glued && (rest[i]!.raw === 'C' || rest[i]!.raw === 'F')) { unit = rest[i]!.raw === 'C' ? 'degC' : 'degF'; i++; }
  else if (sub && (!prefixUnit || prefixUnit === sub)) { unit = sub; value = { ...value, value: value.value / 100 }; i++; }
  else {
    const suffix = unitSuffix(text, rest, i);
    if (suffix) { unit = suffix.unit; i = suffix.next; }
  }
  if (prefixUnit && unit && unit !== prefixUnit && !unit.startsWith(prefixUnit + '/')) {
    return { ok: false, reason: `two units in "${text}"` };
  }
  unit = unit ?? prefixUnit;
  // "5 feet 2 inches", "12 ft and 2 in": a second amount of the same dimension adds on
  const extra = unit && i < rest.length ? compoundPart(text, rest, i, unit) : undefined;
  if (extra) { value = { ...value, value: value.value + extra.value }; i = rest.length; }
  const tail = !unit?.includes('/') ? rateTail(rest, i) : undefined;
  const nounEnd = tail ? tail.start : rest.length;
  for (let k = i; k < nounEnd; k++) {
    const t = rest[k]!;
    const wc = t.kind === 'word' ? classifyWord(t.text) : undefined;
    if ((t.kind === 'word' && !(wc && ['unit', 'teen', 'tens', 'hundred', 'scale'].includes(wc.cls))) || IGNORED_SYMBOLS.has(t.text)) continue;
    return { ok: false, reason: `unexpected "${text.slice(t.start, rest[rest.length - 1]!.end)}" after the number` };
  }
  // "half an hour", "a third of a day": a fraction of one period is a duration, not a rate
  const ofOne = tail && value.pureFraction && unit === undefined && tail.start === i && (rest[tail.start]!.text === 'a' || rest[tail.start]!.text === 'an');
  if (ofOne) return { ok: true, q: { value: value.value, scale: value.scale, unit: tail.period, pureFraction: false } };
  if (tail) unit = rateUnit(unit, tail.period);
  let v = value.value;
  if (value.pureFraction && unit === undefined) { unit = 'percent'; v *= 100; }
  return { ok: true, q: { value: v, scale: value.scale, unit, pureFraction: value.pureFraction } };
}
