// readFigure: a claim's figure text -> interval, kind and unit (docs/format.md, "Figures").
// Order: normalise; two bounds joined ("more than 10 and less than 40"); else one qualifier
// pair around a core that is a range, a vague amount or one quantity. Never throws.
import { matchPrefix, matchSuffix, startsWithBound, type Qualifier } from './qualifiers';
import { readQuantity, type Quantity } from './quantity';
import { readRange } from './range';
import { normalizeUnit } from './units';
import { readVague } from './vague';
import { classifyWord } from './numberWords';
import type { FigureReading, FigureValue } from './value';
import { inLocalDollars } from './localDollar';
import { inStatedScale } from './statedScale';
import { inPartnersUnit } from './sharedUnit';

/** A figure is a few words; longer text is refused before the (quadratic) range and bound splitting. */
const MAX_FIGURE_LENGTH = 200;

/** A reading plus whether its percent came from a fraction word ("a third"), for unit overrides. */
type Inner = { ok: true; value: FigureValue; fromFraction: boolean } | { ok: false; reason: string };

/**
 * Spaces, dashes and trailing punctuation folded so the readers see one spelling: the text as
 * given when none of normaliseAll's rules can change it (most figures: "about 2,232", "$1.5
 * billion"), which spares a figure read for the first time fourteen regex passes.
 */
export function normalise(text: string): string {
  return isNormalised(text) ? text : normaliseAll(text);
}

/**
 * True when normaliseAll(text) is `text`: ASCII letters, digits, ',', '.', '$' and '%' with single
 * spaces between, none at either end, no ',' or '.' last (trailing punctuation), and no digit
 * followed by a 't' ("100ths"), no comma two or three characters before a '%' ("42,7%"). Every other rule needs a character outside that set (a dash,
 * '/', '\\', a quote, a special space).
 */
function isNormalised(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32) return false;
  const last = text.charCodeAt(n - 1);
  if (last === 32 || last === 44 || last === 46) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!(digit || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 44 || c === 46 || c === 36 || c === 37 || c === 32)) return false;
    if (c === 32 && prev === 32) return false;
    if ((c === 116 || c === 84) && prev >= 48 && prev <= 57) return false;
    // ("42,7%": a decimal comma, which normaliseAll writes as a point)
    if (c === 37 && (text.charCodeAt(i - 2) === 44 || text.charCodeAt(i - 3) === 44)) return false;
    prev = c;
  }
  return true;
}

/** normalise's every rule, in order (tests/core/figures/normalise.test.ts holds the two equal). */
export function normaliseAll(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\u2007\u2002\u2003\t\r\n]/g, ' ')
    .replace(/[\u2212\u2010\u2011]/g, '-')
    // "13\\1/2\\ minutes": the Government Publishing Office's mixed fraction
    .replace(/(\d)\\(\d)\/(\d)\\/g, '$1 $2/$3')
    // "1-1/4 percent": the same with a hyphen
    .replace(/\b(\d{1,2})-([1-7])\/([248])(?= ?(?:percent|per cent|%))/g, '$1 $2/$3')
    .replace(/[\u2012\u2014\u2015]/g, '–')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .replace(/(?<![.\d])[.,;:!?]+$/, '')
    .trim()
    // "–5.0%": an en dash set before a number is its minus sign, as typeset tables print it
    .replace(/^–(?=\d)/, '-')
    // "42,7%": a decimal comma before a percent sign (a thousands group has three digits)
    .replace(/(\d),(\d{1,2})%/g, '$1.$2%')
    // "240.5** billion": a footnote's stars after the number say nothing of its value
    .replace(/(\d)\*{1,3}(?= )/g, '$1')
    // "two-and-a-half million": the mixed number written with hyphens reads as "two and a half million"
    .replace(/\b([A-Za-z]+)-and-(an?|one|two|three)-(half|quarters?|thirds?)\b/gi, '$1 and $2 $3')
    // "two-point-six": a spoken decimal written with hyphens (VOA Special English)
    .replace(/\b([A-Za-z]+)-point-([A-Za-z]+)\b/gi, '$1 point $2')
    // "a $5-million grant": a scale hyphened to the number reads as the scale
    .replace(/(\d)-(thousand|million|billion|trillion)\b/gi, '$1 $2')
    // "4,000-square-foot", "50-basis-point": a two-word unit hyphened as a modifier reads as the unit
    .replace(/(\d)-(square|cubic|basis|percentage)-([a-z]+)\b/gi, '$1 $2 $3')
    // "2/100ths", "1/100th": a slashed denominator's ordinal ending adds nothing
    .replace(/(\d\/\d+)(?:th|st|nd|rd)s?\b/g, '$1')
    // "three-100ths": a denominator written in digits reads as its word
    .replace(/(?<=^|[\s-])(10|100|1,?000)(ths?)\b/gi, (_m, d: string, th: string) => `${d === '10' ? 'ten' : d === '100' ? 'hundred' : 'thousand'}${th.toLowerCase()}`)
    // "three one-hundredths": "one-" before a denominator scale belongs to the denominator (3/100, not 3/101)
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?) one-(hundredths?|thousandths?)\b/gi, '$1 $2');
}

function single(q: Quantity, kind: 'exact' | 'approximate'): FigureValue {
  return { low: q.value, high: q.value, lowInclusive: true, highInclusive: true, kind, unit: q.unit };
}

/** The interval of a bound: (v, ∞), [v, ∞), [0, v), [0, v]; an upper bound at or below 0 is open below. */
function bound(q: Quantity, side: 'lower' | 'upper', inclusive: boolean): FigureValue {
  if (side === 'lower') return { low: q.value, high: Infinity, lowInclusive: inclusive, highInclusive: false, kind: 'lower-bound', unit: q.unit };
  const low = q.value > 0 ? 0 : -Infinity;
  return { low, high: q.value, lowInclusive: low === 0, highInclusive: inclusive, kind: 'upper-bound', unit: q.unit };
}

/** Merges a prefix and a suffix qualifier ("less than 5000 or equal", "equal to 5000 or more"). */
function combine(prefix: Qualifier | undefined, suffix: Qualifier | undefined): Qualifier | { error: string } {
  if (!suffix) return prefix ?? { kind: 'exact' };
  if (suffix.kind === 'or-equal') {
    return prefix && (prefix.kind === 'lower' || prefix.kind === 'upper') ? { kind: prefix.kind, inclusive: true } : { error: '"or equal" without "more than" or "less than"' };
  }
  if (!prefix || prefix.kind === 'exact' || prefix.kind === 'approximate') return suffix.kind === 'exact' ? prefix ?? suffix : suffix;
  if (suffix.kind === 'approximate') return prefix;
  if (suffix.kind === prefix.kind) return prefix.kind === 'lower' || prefix.kind === 'upper' ? { kind: prefix.kind, inclusive: true } : prefix;
  return { error: 'a lower and an upper bound on one number' };
}

/** One qualified figure: qualifiers around a range, a vague amount or a quantity. */
function readBounded(text: string): Inner {
  const pre = matchPrefix(text);
  let afterPrefix = pre ? pre.rest : text;
  // "over a 100", "more than a 10%": the article before digits adds nothing
  if (pre && /^an? [\d.]/.test(afterPrefix)) afterPrefix = afterPrefix.replace(/^an? /, '');
  // "200+ mph", "430+ people": a plus glued to the number bounds it as "or more" does
  const plus = /^(.*\d)\+ (\D.*)$/.exec(afterPrefix);
  if (plus) afterPrefix = `${plus[1]} ${plus[2]} +`;
  // "5’6”", "6' 7\"": feet and inches, read as inches
  const height = /^(\d)\s?[’'′]\s?(1[01]|\d)\s?(?:[”"″]|'')?$/.exec(afterPrefix);
  if (height) afterPrefix = `${Number(height[1]) * 12 + Number(height[2])} in`;
  const suf = matchSuffix(afterPrefix);
  const core = suf ? suf.rest : afterPrefix;
  const q = combine(pre?.q, suf?.q);
  if ('error' in q) return { ok: false, reason: `${q.error} in "${text}"` };
  if (core === '') return { ok: false, reason: `no number in "${text}"` };
  const range = readRange(core);
  if (range && 'error' in range) return { ok: false, reason: range.error };
  const vague = range ? undefined : readVague(core);
  if (range || vague) {
    if (q.kind === 'lower' || q.kind === 'upper' || q.kind === 'or-equal') return { ok: false, reason: `a bound on a range in "${text}"` };
    if (vague) return { ok: true, fromFraction: false, value: { low: vague.low, high: vague.high, lowInclusive: true, highInclusive: false, kind: 'range' } };
    const { low, high } = range!;
    return {
      ok: true,
      fromFraction: low.pureFraction || high.pureFraction,
      value: { low: low.value, high: high.value, lowInclusive: true, highInclusive: true, kind: 'range', unit: low.unit },
    };
  }
  const read = readQuantity(core);
  if (!read.ok) return read;
  const value = q.kind === 'lower' || q.kind === 'upper' ? bound(read.q, q.kind, q.inclusive) : single(read.q, q.kind === 'approximate' ? 'approximate' : 'exact');
  return { ok: true, value, fromFraction: read.q.pureFraction };
}

/** "more than 10 and less than 40", "at most 100 and at least 20", "above 1000, below 1500": two bounds make a range. */
function readTwoBounds(text: string): Inner | undefined {
  if (!/ and | but |,/.test(text) || !startsWithBound(text)) return undefined;
  for (const sep of [' and ', ' but ', ', ', ',']) {
    for (let at = text.indexOf(sep, 1); at > 0; at = text.indexOf(sep, at + 1)) {
      const right = text.slice(at + sep.length).trim();
      if (!startsWithBound(right)) continue;
      const a = readBounded(text.slice(0, at).trim());
      const b = readBounded(right);
      if (!a.ok || !b.ok) continue;
      const [lo, hi] = a.value.kind === 'lower-bound' ? [a.value, b.value] : [b.value, a.value];
      if (lo.kind !== 'lower-bound' || hi.kind !== 'upper-bound') continue;
      if (lo.unit !== undefined && hi.unit !== undefined && lo.unit !== hi.unit) continue;
      return {
        ok: true,
        fromFraction: a.fromFraction || b.fromFraction,
        value: { low: lo.low, high: hi.high, lowInclusive: lo.lowInclusive, highInclusive: hi.highInclusive, kind: 'range', unit: lo.unit ?? hi.unit },
      };
    }
  }
  return undefined;
}

/** "three dollars and seven cents", "2 pounds and 50 pence": a sum and its hundredths, one amount. */
function readDollarsAndCents(text: string): Inner | undefined {
  const m = /^(.+?\b(?:dollars?|pounds?|euros?))\s+and\s+(.+?\b(?:cents?|pence))$/i.exec(text);
  if (!m) return undefined;
  const a = readBounded(m[1]!);
  const b = readBounded(m[2]!);
  if (!a.ok || !b.ok || a.value.unit === undefined || a.value.unit !== b.value.unit || a.value.low !== a.value.high) return undefined;
  return { ok: true, fromFraction: false, value: { ...a.value, low: a.value.low + b.value.low, high: a.value.high + b.value.high } };
}

/** Sets the unit from a claim's `unit=`; a fraction read as percent goes back to a plain ratio under another unit. */
function override(inner: Inner, unitOverride: string): FigureReading {
  if (!inner.ok) return inner;
  const unit = normalizeUnit(unitOverride);
  if (!unit) return { ok: false, reason: `unknown unit "${unitOverride}"` };
  const v = { ...inner.value, unit };
  if (inner.fromFraction && inner.value.unit === 'percent' && unit !== 'percent') { v.low /= 100; v.high /= 100; }
  return { ok: true, value: v };
}

/**
 * Reads a figure's text ("about 3,000", "over 40%", "$2.5 billion", "between 3,000 and 4,000")
 * into an interval, a kind and a unit. `unitOverride` (a claim's `unit=`) sets the unit.
 * Fractions ("one-fifth", "1/5") read as percent (20) so they compare with "20%".
 * Never throws: text that is no figure gives `{ ok: false, reason }`.
 */
export function readFigure(text: string, unitOverride?: string): FigureReading {
  if (text.length > MAX_MEMO_TEXT) return readUncached(text, unitOverride);
  // Two maps, and the unit's length in its keys, so that no two argument pairs share a key.
  const memo = unitOverride === undefined ? plainMemo : unitMemo;
  const key = unitOverride === undefined ? text : `${unitOverride.length}:${unitOverride}${text}`;
  let reading = memo.get(key);
  if (reading === undefined) {
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    reading = frozen(readUncached(text, unitOverride));
    memo.set(key, reading);
  }
  return reading;
}

/**
 * Readings of recent figure texts. readFigure is a pure function of its arguments, and a
 * workspace repeats figure texts ("about 3,000", "12", "some 1,200"): one reading per text
 * saves reading it again (a quarter of building an article) and the memory of a copy per
 * claim. Results are frozen because claims share them. Bounded: cleared when full.
 */
const plainMemo = new Map<string, FigureReading>();
const unitMemo = new Map<string, FigureReading>();
const MAX_MEMO_ENTRIES = 20_000;
/** Longer texts are read each time (they rarely repeat, and a key would keep them alive). */
const MAX_MEMO_TEXT = 64;

function frozen(reading: FigureReading): FigureReading {
  // frozen as a copy made by assignment: V8 gives a spread-built value, once frozen, a hidden
  // class of its own, which made every read of a value's fields megamorphic
  if (reading.ok && !Object.isFrozen(reading)) reading.value = Object.freeze(Object.assign({}, reading.value));
  return Object.freeze(reading);
}

/** A value as printed digits give it: "4.1 million" is 4,100,000, not the 4,099,999.9999999995 that 4.1 × 10⁶ makes in binary. */
function printed<T extends number | null>(n: T): T {
  // an integer of at most 15 digits is its own 15 significant digits (toPrecision and Number() are a string each)
  if (typeof n === 'number' && Number.isInteger(n) && n < 1e15 && n > -1e15) return n;
  return (typeof n === 'number' && Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(15)) : n) as T;
}

/** readFigure without the memo: the reading itself (benchmarks measure this; readFigure's results equal it). */
export function readUncached(text: string, unitOverride?: string): FigureReading {
  try {
    // ("483 more kilometers", "four to six more years": what is added is measured in the unit after "more")
    // ("6-foot-3-inch", "6-foot-3": a height in feet and inches, written as "6' 3\"" for the height reader below, no range)
    const s = slashDash(normalise(text)).replace(MORE_BEFORE_UNIT, (all: string, word: string) => (endsNumber(word) ? `${word} ` : all)).replace(HYPHENED_HEIGHT, '$1\' $2"');
    if (s === '') return { ok: false, reason: 'empty figure' };
    if (s.length > MAX_FIGURE_LENGTH) return { ok: false, reason: `too long for a figure (${s.length} characters; at most ${MAX_FIGURE_LENGTH})` };
    // ("one every seven seconds", "one birth every 8 seconds": a rate told by its stretch, read as the stretch)
    const every = ONE_EVERY.exec(s);
    const inner = every ? readBounded(every[1]!) : readTwoBounds(s) ?? readDollarsAndCents(s) ?? readBounded(s);
    if (unitOverride !== undefined) return override(inner, unitOverride);
    return inner.ok ? { ok: true, value: { ...inner.value, low: printed(inner.value.low), high: printed(inner.value.high) } } : inner;
  } catch (e) {
    // the readers are written not to throw; this guards the contract against a bug
    return { ok: false, reason: `cannot read "${text}" (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * "4m/-", "10,000/- to 15,000/-": an amount closed by "/-" is money, Tanzanian shillings when no sign names
 * another ("Rs 500/-", "KSh 2,000/-": the sign's), as the Tanzanian press writes them.
 */
function slashDash(s: string): string {
  if (!s.includes('/-')) return s;
  const named = /(?:Rs\.?|KSh|TSh|UGX|KES|TZS|INR|PKR|₹)\s?\d/i.test(s);
  return s.replace(/(?<![\w.,])(\d[\d.,]*(?:[mk]|bn)?)\/-(?!\w)/gi, named ? '$1' : 'TSh $1');
}

/** "one every seven seconds", "One birth every 8 seconds": the stretch after "every". */
const ONE_EVERY = /^one\b[^.;]{0,40}?\bevery\s+(.+)$/i;

/** A height in feet and inches joined by hyphens ("6-foot-3-inch", "6-foot-3"). */
const HYPHENED_HEIGHT = /^(\d)-(?:foot|feet)-(1[01]|\d)(?:-inch(?:es)?)?$/i;

/** "more", "additional" or "extra" after a word, before a word (not "no more than"): dropped when the word before is a number. */
const MORE_BEFORE_UNIT = /(\S+)\s+(?:more|additional|extra)\s+(?!than\b)(?=\p{L})/giu;

/** True when a word ends a number: digits, or a number word ("four", "forty-five", "million"). */
function endsNumber(word: string): boolean {
  if (/\d$/.test(word)) return true;
  const cls = classifyWord(word.toLowerCase().split('-').pop()!)?.cls;
  return cls === 'unit' || cls === 'teen' || cls === 'tens' || cls === 'hundred' || cls === 'dozen' || cls === 'scale';
}

/** Words of a distance run or driven in the text before a lower-case "10k", which make it kilometres. */
const KM_NEAR = /\b(?:kilomet(?:er|re)s?|km|marathons?|half-marathon|races?|runners?|ran|miles|driven|drove)\b/i;

/** What pounds of which are money: "500 million pounds of investment". */
const MONEY_NOUNS = new Set(['investment', 'investments', 'funding', 'funds', 'money', 'spending', 'aid', 'debt', 'debts', 'cuts', 'revenue', 'sales', 'profit', 'profits', 'tax', 'taxes',
  'damage', 'savings', 'income', 'assets', 'loans', 'bonds', 'shares', 'stock', 'cash', 'subsidies', 'grants', 'fines', 'compensation', 'contracts', 'business', 'trade', 'exports', 'imports', 'public', 'taxpayers', 'the']);

/** Money spoken of before a figure in pounds: "will spend", "a fine of", "worth", "cost". */
const MONEY_BEFORE = /\b(?:spen[dt]|spending|costs?|costing|pay|paid|pays|paying|worth|fund(?:s|ed|ing)?|invest\w*|budgets?|priced?|prices|fine[ds]?|salar\w*|wages?|bills?|tax\w*|raised?|raising|earn\w*|profits?|revenues?|sales|deficits?|debts?|loans?|grants?|award\w*|compensation|donat\w*|sterling|sold|sell\w*|buy\w*|bought|valued|value|deals?|bonus\w*|pensions?|benefits?|rents?|fees?|charge[ds]?|sav(?:e[ds]?|ings?)|spend\w*|owe[ds]?|lost|losses|gained|prize|jackpot|bid|offer\w*|ransom|bail|damages|£|€|\$|euros?|dollars?)\b[^.;!?]*$/i;
/** Money spoken of after a figure in pounds: "a year", "per week", "sterling", "in funding". */
const MONEY_AFTER = /^\s*(?:a|an|per)\s+(?:year|month|week|day|hour|head)\b|^\s*(?:sterling|in\s+(?:funding|investment|grants?|fines?|compensation|damages|aid|tax))\b|^\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?(?:[$€¥]|US\$|USD|EUR)/i;

/** What comes before a weight: "weighs a total of", "weighing", "a weight of", "Mass:". */
const WEIGHS = /(?:\bweigh(?:s|ed|ing)?\b[^.;:!?]{0,25}|\bweight\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?|\bmass\b[^.;!?]{0,20})$/i;

/** A lifter's verb shortly before a figure in pounds: "benched 315 pounds", "lowered and raised 500 pounds" (no money raised). */
const LIFTS = /\b(?:lift(?:s|ed|ing)?|bench(?:es|ed|ing)?|squat(?:s|ted|ting)?|deadlift(?:s|ed|ing)?|hoist(?:s|ed|ing)?|lowered and raised)\b[^.;:!?]{0,25}$/i;

/** Words of sending data shortly before a rate in "bps". */
const DATA_BEFORE = /\b(?:data|downlink|uplink|telemetry|modems?|bit rate|transmission|transmitting|bandwidth)\b[^.;!?]{0,60}$/i;

/** A bracketed conversion to a mass after the figure: " (1,025 kilograms)". */
const MASS_CONVERSION = /^\s*\(\s*(?:about\s+|around\s+)?[\d.,]+\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:kg|kilograms?|tonnes?|metric tons?)\b/i;

/** A bound written after a unit's bracketed abbreviation or what a price is per: " (mpg) or higher", " per MMBtu or less". */
const BOUND_AFTER = /^\s*(?:\([A-Za-z][A-Za-z/]{0,7}\)|per [A-Za-z]+)\s+or\s+(?:(more|higher|greater|above|over)|less|lower|fewer|below|under)\b/i;

/** Words after "2.7m" that keep it a length ("2.7m tall", "25m away", "3m of water"). */
const LENGTH_CONTEXT = new Set(['tall', 'high', 'long', 'wide', 'deep', 'away', 'above', 'below', 'under', 'over', 'across', 'thick', 'of', 'in', 'on', 'at', 'to', 'from', 'and', 'or', 'by', 'for', 'the', 'a', 'an', 'with', 'into', 'off', 'down', 'up', 'behind', 'ahead', 'further', 'farther', 'short', 'deeper', 'higher', 'longer', 'taller']);

/**
 * Reads a figure printed in running text, where the word after it may decide a glued "m": "2.7m
 * people" is 2.7 million (as readFigure reads "2.7m people"), "2.7m tall" 2.7 metres. `next` is
 * the text right after the figure, `before` the text before it (what a thing weighs is a weight:
 * "weighs 10,956 pounds"; up to a few hundred characters, the word rules read its last 40, a scale
 * stated earlier in the line its whole), `dollar` the currency a bare "$" means in the article (localDollar.ts);
 * anything else reads as readFigure does.
 */
export function readFigureBefore(text: string, next: string, unitOverride?: string, lineBefore = '', dollar?: string): FigureReading {
  const before = lineBefore.length > 40 ? lineBefore.slice(-40) : lineBefore;
  // (a bare "$" in a Canadian article is Canadian dollars: localDollar.ts)
  const reading = unitOverride === undefined ? inLocalDollars(readFigure(text), text, dollar) : readFigure(text, unitOverride);
  // ("surpluses, in billions of dollars, with Brazil ($0.8)": a bracketed bare amount takes the scale its line states)
  const stated = unitOverride === undefined ? inStatedScale(reading, text, lineBefore, next) : undefined;
  if (stated) return stated;
  // ("loaded over 5,000 pounds of hypergolic propellant": pounds of a thing weigh; "pounds of investment" are money)
  // ("The satellite now weighs a total of 10,956 pounds": what a thing weighs is a weight)
  if (unitOverride === undefined && reading.ok && reading.value.unit === 'GBP' && /\bpounds?$/i.test(text) && !/[£]/.test(text)) {
    const of = /^ of (?:[a-z-]+ ){0,2}?([a-z-]+)\b/i.exec(next)?.[1]?.toLowerCase();
    // ("2,260 pounds (1,025 kilograms)", "2,180 kg (4,806 pounds)": a weight converted is a weight)
    if ((of && !MONEY_NOUNS.has(of)) || WEIGHS.test(before) || LIFTS.test(before) || MASS_CONVERSION.test(next) || /\b(?:kg|kilograms?|tonnes?)\s*\(\s*$/i.test(before)) return readFigure(text, 'lb');
    // (a spelled "pounds" weighs unless money is spoken of around it: news writes sterling "£", and a
    // fish that grows to "500 pounds" or a catch "capped at 29.4 million pounds" weighs)
    if (!(of && MONEY_NOUNS.has(of)) && !MONEY_BEFORE.test(before) && !MONEY_AFTER.test(next)) return readFigure(text, 'lb');
  }
  // ("50 gigabytes (GB) or more", "20 cents per MMBtu or less": the bound after the gloss or the per is the figure's)
  if (unitOverride === undefined && reading.ok && reading.value.unit !== undefined && (reading.value.kind === 'exact' || reading.value.kind === 'approximate')) {
    const bound = BOUND_AFTER.exec(next);
    if (bound) {
      const bounded = readFigure(`${text} or ${bound[1] ? 'more' : 'less'}`);
      if (bounded.ok && bounded.value.unit === reading.value.unit) return bounded;
    }
  }
  // ("at least twice a week", "three times a day": how often, a count with no unit)
  if (unitOverride === undefined && reading.ok && reading.value.unit === 'times' && /^ (?:a|an|per|each|every) (?:day|night|week|month|year|season)\b/i.test(next)) return { ok: true, value: { ...reading.value, unit: undefined } };
  // ("half as many as it took", "a third as likely as men": a fraction before "as ... as" is a multiple)
  if (unitOverride === undefined && reading.ok && reading.value.unit === 'percent' && !/%|per ?cent/i.test(text) && /^ as [a-z]+ as\b/.test(next)) return readFigure(text, 'times');
  // ("MINIMUM CENTRAL PRESSURE...969 MB...28.62 INCHES": a pressure in millibars and inches of mercury)
  // (the units first: the word is looked for before every claim's figure, and few are MB or inches)
  if (unitOverride === undefined && reading.ok && (reading.value.unit === 'MB' || reading.value.unit === 'in') && /\bpressure\b/i.test(before)) {
    if (reading.value.unit === 'MB' && /\bmb$/i.test(text)) return readFigure(text, 'mbar');
    if (reading.value.unit === 'in') return readFigure(text, 'inHg');
  }
  // ("the downlink data rate is at 250 bps": bits a second where data are sent, basis points elsewhere)
  if (unitOverride === undefined && reading.ok && reading.value.unit === 'bp' && /\d ?bps$/.test(text) && DATA_BEFORE.test(before)) return readFigure(text, 'bit/s');
  // ("cut by 150 and 180 basis points", "five and ten megahertz", "10x10x10 centimeters": a number before its partner shares the partner's unit)
  if (unitOverride === undefined && reading.ok && reading.value.unit === undefined) {
    const shared = inPartnersUnit(text, next, (t) => readFigure(t));
    if (shared) return shared;
  }
  // ("we had reached 10k" after "driven 10 kilometers", "the final 10k" of a marathon: a runner's kilometres; not "10k followers")
  if (unitOverride === undefined && reading.ok && reading.value.unit === undefined && /^\d{1,3}k$/.test(text) && !/^ [a-z]+s\b/.test(next) && KM_NEAR.test(lineBefore)) return readFigure(`${text.slice(0, -1)} km`);
  // ("100/20 Mbps": a download speed shares the upload's data rate after the slash)
  if (unitOverride === undefined && reading.ok && reading.value.unit === undefined && next.charCodeAt(0) === 47) {
    const rate = /^\/[\d.]+ ?([MGKk]bps|[MGk]bit\/s|[MG]b\/s)\b/.exec(next);
    if (rate) return readFigure(`${text} ${rate[1]}`);
  }
  if (unitOverride !== undefined || !reading.ok || reading.value.unit !== 'm' || !/\d ?m$/.test(text)) return reading;
  const word = /^ ([a-z][a-z-]*)\b/.exec(next)?.[1];
  if (!word || LENGTH_CONTEXT.has(word)) return reading;
  const inContext = readFigure(`${text} ${word}`);
  return inContext.ok && inContext.value.unit !== 'm' ? inContext : reading;
}
