// Grows a numeric core into the whole expression a claim would wrap: qualifier, currency sign,
// suffix (scale word, percent or unit, rate: suffix.ts), range partner ("to 12,000", "-300", "or more").
// Context rules that make a number a date, name, label or pronoun live in context.ts.
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Core, Reject } from './number';
import * as number from './number';
import * as prefix from './prefix';
import * as suffix from './suffix';
import { UNDER_100 } from '../base/spelledDates';

// Local bindings: read once, not through the module object on every character.
const { ANCHOR_WORDS, COMPOUND_UNITS, HYPHEN_COUNT_NOUNS, HYPHEN_TIME_UNITS, MONTHS, PERIODS, QUALIFIER_LAST, QUALIFIERS_BY_LAST, QUARTER_BEFORE, SCALES } = lexicon;
const { isDash, isDigit, isLetter, isSpace, lowerSlice, skipSpaces, skipSpacesBack, tokenBefore, wordAt, wordBefore, wordEnd } = scan;
const { SCALE_VALUES } = number;
const { boundVerbBefore, currencyBefore, minusWordBefore, signBefore } = prefix;
const { growSuffix, parseCore } = suffix;

/** A grown expression: its span, or why it is not a figure (with the end to skip to). */
export interface Expression {
  start: number;
  end: number;
  core: Core;
  qualifier: string;
  currency: boolean;
  unit: boolean;
  percent: boolean;
  range: boolean;
  age: boolean;
  reject?: Reject;
}

/** A scale word and a currency hyphened after a number ("-billion-yuan", "-million-dollar"). */
const SCALE_MONEY = /^-(?:thousand|million|billion|trillion)-(?:dollar|yuan|euro|pound|yen|rupee|ringgit|rand|peso|franc|won)s?\b/i;

/** Where a unit word, singular or plural, ends after the space or hyphen at `at` after a scale hyphened to a number ("its 3-billion| mile voyage", "a 3-million|-mile trip", "450-thousand| kilometers"), or -1. */
function unitAfterScale(text: string, at: number): number {
  const w = text[at] === ' ' || text[at] === '-' ? wordAt(text, at + 1) : '';
  return w !== '' && (COMPOUND_UNITS.has(w) || (w.endsWith('s') && COMPOUND_UNITS.has(w.slice(0, -1)))) ? at + 1 + w.length : -1;
}
/** Abbreviated units a number may be hyphened to as a modifier, as written ("a 3-m dish", "a 10-cm hole"). */
const HYPHEN_ABBREVIATIONS: ReadonlySet<string> = new Set(['m', 'cm', 'mm', 'kg', 'ft', 'lb', 'mi', 'MW', 'GW']);
/** Second words of two-word units hyphenated as a modifier ("4,000-square-foot", "50-basis-point"). */
const SECOND_UNIT_WORDS = new Set(['foot', 'feet', 'mile', 'miles', 'meter', 'meters', 'metre', 'metres', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'yard', 'yards', 'inch', 'point', 'points']);

function compatible(a: Expression, b: { unit: boolean; percent: boolean }): boolean {
  // "4.5 to 4.75 per cent" is fine (the unit comes last); "1.41 percent to 738.87" is not a range
  return (a.unit === b.unit && a.percent === b.percent) || (!a.unit && !a.percent);
}

/** The unit written after a number, without a scale word before it ("million tons": "tons"), in lower case. */
const ownUnit = (text: string, from: number, to: number): string => text.slice(from, to).trim().toLowerCase().replace(/^(?:thousand|million|billion|trillion)\s+/, '');

/** Percentage points written after a number ("percentage points", "pp", "ppts"), not percent. */
const POINTS_UNIT = /\bp(?:oin)?ts?$|\bpp$|point$/;

/** A plain four-digit number that may be a year ("2019", "1970"). */
const yearLike = (c: Core): boolean => c.plain && c.intDigits === 4 && c.value >= 1000 && c.value <= 2100;
/** A year since 1800 (made once here: a runner that keeps names wraps an arrow made per call). */
const recentYear = (c: Core): boolean => yearLike(c) && c.value >= 1800;

/** Words before a year that make it one ("in 2019 to 4.1 million": the year is no range end). */
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'during', 'of', 'from', 'until', 'after', 'before', 'year', 'early', 'late', 'mid']);

/** The word before `i` if it may be a month ("February", "Sept."), lower case without its dot. */
function monthBefore(text: string, i: number): string {
  const { token } = tokenBefore(text, skipSpacesBack(text, i));
  return token.length <= 10 ? token.toLowerCase().replace(/\.$/, '') : '';
}

/** Currency signs a range's second end may repeat. */
const CURRENCY_SIGNS = '$£€¥₹₽₴';

/** Words of change before a figure: "rose 12 cents to $5.43" is a change and a level, not a range. */
const CHANGE_WORDS = new Set(['up', 'down', 'rose', 'fell', 'rise', 'fall', 'rises', 'falls', 'risen', 'fallen', 'gained', 'lost', 'gains', 'loses', 'added', 'shed',
  'climbed', 'dropped', 'slipped', 'jumped', 'declined', 'increased', 'decreased', 'advanced', 'eased', 'slid', 'tumbled', 'surged', 'edged', 'grew', 'shrank', 'sank', 'widened', 'narrowed',
  // the gerunds a report's second clause starts with ("..., dropping by 6.7 million to 49.8 million")
  'rising', 'falling', 'dropping', 'declining', 'increasing', 'decreasing', 'climbing', 'growing', 'gaining', 'losing', 'adding', 'shedding', 'jumping', 'sliding', 'slipping', 'surging', 'sinking', 'shrinking']);

/** A change named by a noun, then the "of" (and a qualifier) before its size: "a decrease in the goods deficit of ". */
const CHANGE_NOUN_OF = /\b(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|reduction|jump)\b[^.;!?]{0,60}\bof\s+(?:[a-z]+\s+){0,2}$/i;

/** A clause's end right after a figure: the line's, or punctuation before a space. */
const CLAUSE_END = /^(?:$|[\n\r]|[.;:,!?](?:\s|$))/;

/** A core's value times the scale word after it ("8.1 million" = 8.1e6). */
function scaled(text: string, c: Core, end: number): number {
  const m = /^ (thousand|million|billion|trillion)\b/i.exec(text.slice(c.end, Math.min(end, c.end + 10)));
  if (!m) return c.value;
  const w = m[1]!.toLowerCase();
  return c.value * SCALE_VALUES[w]!;
}

/**
 * The first end's value, scaled by the second end's scale word when it has none of its own and is
 * the smaller number ("by 2 to 3 million" is 2 million to 3 million; "by 371,000 to 8.1 million" is not).
 */
function sharedScale(text: string, x: Expression, core: Core, end: number): number {
  const first = scaled(text, x.core, x.end);
  if (first !== x.core.value || x.core.value >= core.value) return first;
  return x.core.value * (scaled(text, core, end) / core.value);
}

/** The hundredths after a sum in words: " and seven cents", " and 50 pence", " and twenty-five cents". */
const AND_CENTS = new RegExp(`^ and (?:\\d{1,2}|${UNDER_100}) (?:cents?|pence)\\b`, 'i');

/** What follows "one" in a rate told by its stretch: " every seven seconds", " birth every 8 seconds", " woman dies every two minutes". */
const ONE_EVERY = new RegExp(`^(?: (?:[a-z]+|\\([a-z]+\\))){0,3}? every (?:\\d+|${UNDER_100}) (?:second|minute|hour|day|week|month|year)s?\\b`, 'i');

/** A stretch of time a figure before it is spread over ("over four years"). */
const SPREAD_UNIT = /^[\s-]*(?:decades?|years?|months?|weeks?|days?|hours?|minutes?)$/i;

/** Time units from the longest, as a duration steps down through them ("2 hours, 8 minutes and 1 second"). */
const TIME_STEPS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
/** The next part of a duration: ", 8 minutes", " and 21 minutes", " 39 seconds" (not a schedule's "5 days a week", nor ", 12 hours later"). */
const DURATION_PART = new RegExp(`^(?:,? and|,)? (?:\\d{1,2}|${UNDER_100}) (year|month|week|day|hour|minute|second)s?\\b(?! (?:a|an|per|each|later|earlier|ago)\\b)`, 'i');

/** Where a duration whose first unit ends at `end` (its number at `numberEnd`) ends once its smaller units are taken in. */
function durationEnd(text: string, numberEnd: number, end: number): number {
  // (most figures end a clause or run on into a word: only ", " or " " before a number can start a part)
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32) return end;
  let k = end - 1;
  while (k > numberEnd && isLetter(text.charCodeAt(k - 1))) k--;
  let step = TIME_STEPS.indexOf(lowerSlice(text, k, end - 1));
  if (step < 0 || k === numberEnd) return end;
  for (let part = DURATION_PART.exec(text.slice(end, end + 40)); part; part = DURATION_PART.exec(text.slice(end, end + 40))) {
    const next = TIME_STEPS.indexOf(part[1]!.toLowerCase());
    if (next <= step) break;
    step = next;
    end += part[0].length;
  }
  return end;
}

/** Words before "from" that make "from X to Y" one range ("ranging from 20.6 to 21.0"), not a change from X to Y. */
// ("estimated from 13 to 34 kilometers across", "measuring from 2 to 5 cm": a size or an estimate, not a change; nor what a thing is or needs, "is from 13 to 34 kilometers across", "requiring from 5 to 25 Mbps")
const RANGE_VERBS = new Set(['ranging', 'ranged', 'range', 'ranges', 'varying', 'varied', 'varies', 'anywhere', 'anything', 'spanning', 'spanned', 'spans', 'span', 'stretching',
  'estimated', 'measuring', 'measured', 'measures', 'weighing', 'aged', 'sized', 'run', 'runs', 'ran', 'is', 'are', 'requiring', 'requires', 'require', 'needing', 'needs']);

/** The range partner after `x` ("-300", " to 12,000", " and 4,000" after between, " or more"). */
function growRange(text: string, x: Expression, prevWord: string, prevWord2 = ''): void {
  let i = x.end;
  const c = text.charCodeAt(i);
  let partnerAt = -1;
  // "99 percent-plus", "a $5 million-plus deal": "-plus" after a unit or a scale bounds it from below
  if (c === 0x2d && (x.unit || x.percent || x.currency || x.end > x.core.end) && /^-plus\b/i.test(text.slice(i, i + 6))) { x.end = i + 5; x.range = true; return; }
  if (isDash(c) && (isDigit(text.charCodeAt(i + 1)) || CURRENCY_SIGNS.includes(text[i + 1] ?? ' '))) partnerAt = i + 1;
  else if (isSpace(c)) {
    const w = wordAt(text, i + 1);
    const k = skipSpaces(text, i + 1 + w.length);
    if (isDash(c) || (text.charCodeAt(i + 1) === 0x2013 && isSpace(text.charCodeAt(i + 2)))) partnerAt = i + 3;
    else if (w === 'to' && (CHANGE_WORDS.has(prevWord) || (prevWord === 'by' && CHANGE_WORDS.has(prevWord2)) || text[x.start] === '+') && (x.currency || x.unit || x.percent)) return; // "rose $1.30 to $84.50", "decreased by £0.7 billion to £5.9 billion", "(+$1.57 to $31.67)": a change, then a level
    // ("20 through 100", "aged 18 through 24": "through" joins a range as "to" does)
    else if (((w === 'to' || w === 'through') && (prevWord !== 'from' || RANGE_VERBS.has(prevWord2))) || (w === 'and' && x.qualifier.startsWith('between'))) partnerAt = k;
    else if (w === 'or') {
      // ("$12/month or $80/year": two prices of two periods, not one range)
      if (/\/[a-z]+$/i.test(text.slice(x.start, x.end))) return;
      const tail = wordAt(text, k);
      // (not "$0.5 billion or less than 0.1 percent": "less than" opens the next figure)
      if ((tail === 'more' || tail === 'fewer' || tail === 'less' || tail === 'so' || tail === 'above' || tail === 'over' || tail === 'greater' || tail === 'higher' || tail === 'lower' || tail === 'below') && wordAt(text, skipSpaces(text, k + tail.length)) !== 'than') { x.end = k + tail.length; x.range = true; return; }
      partnerAt = k;
    }
  }
  if (partnerAt < 0) return;
  // "between £35 and £95", "$1.1bn-$1.2bn", "R20bn to R50bn": the second end repeats the currency sign or code
  i = CURRENCY_SIGNS.includes(text[partnerAt] ?? ' ') ? partnerAt + 1 : partnerAt;
  if (x.currency && i === partnerAt) {
    let j = partnerAt;
    while (j < partnerAt + 3 && isLetter(text.charCodeAt(j))) j++;
    if (j > partnerAt && isDigit(text.charCodeAt(j)) && currencyBefore(text, j) === partnerAt) i = j;
  }
  const moneyRepeated = i > partnerAt;
  // a signed end: "-0.7 to +5.7 percent"
  if ((text[i] === '+' || text[i] === '-' || text[i] === '−') && isDigit(text.charCodeAt(i + 1)) && !isDash(text.charCodeAt(i - 1))) i++;
  const ch = text.charCodeAt(i);
  if (!isDigit(ch) && !(x.core.words && ANCHOR_WORDS.has(wordAt(text, i)))) return;
  const core = parseCore(text, i);
  if (core.reject || core.vague || core.fraction) return;
  const second = { unit: false, percent: false };
  const end = growSuffix(text, core, second);
  // "$1.1bn-$1.2bn": a glued scale or unit counts as the first end's does
  if (core.suffixed && !core.percent) second.unit = true;
  if (!compatible(x, second)) return;
  const dashed = isDash(text.charCodeAt(partnerAt - 1));
  if (dashed && x.core.plain && core.plain && x.core.intDigits === 4 && (core.intDigits === 4 || core.intDigits === 2)) { x.end = end; x.reject = 'year'; return; }
  // years are no range ends: "grew 12% in 2019 to 4.1 million"; "between 2011 and 2015" is a period
  if (recentYear(x.core) && recentYear(core) && !x.unit && !x.percent && !x.currency) { x.end = end; x.reject = 'year'; return; }
  // "in February 2009 to 30 months", "second-quarter 2019 to", "in Q2 2017 to", "Quarter 2 2017 to": a month or quarter makes it a year too
  if (yearLike(x.core) && !x.unit && !x.percent && !x.currency && (YEAR_BEFORE.has(prevWord) || prevWord === 'quarter' || MONTHS.has(monthBefore(text, x.start)) || QUARTER_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)))) return;
  if (yearLike(core) && !second.unit && !second.percent && (YEAR_BEFORE.has(wordBefore(text, partnerAt).word) || recentYear(core))) return;
  if (dashed && !(core.value > x.core.value)) { x.end = end; x.reject = 'score'; return; }
  // "fell by 371,000 to 8.1 million", "added 5,000 to 1.2 million": a change, then the level it
  // reached (ten times or more the change), as bare counts right after the change word whose level ends the
  // clause are ("houses were up 145 to 1,286", "down 28 to 89."); "rose 2 to 3 percent", "grew by 5 to 6." stay ranges
  // ("a decrease in the deficit of $5.3 billion to $60.3 billion": a change noun's "of" before the change)
  // ("dropping by 6.7 million to 49.8 million": after "by", each end with its own scale word is a change, then a level, whatever their ratio)
  if (!dashed && (CHANGE_WORDS.has(prevWord) || (prevWord === 'by' && CHANGE_WORDS.has(prevWord2)) || (prevWord === 'of' && CHANGE_NOUN_OF.test(text.slice(Math.max(0, x.start - 80), x.start)))) && text.slice(x.end, partnerAt).trim() === 'to'
    && (sharedScale(text, x, core, end) * 10 <= scaled(text, core, end) || (prevWord === 'by' && x.core.value !== scaled(text, x.core, x.end) && core.value !== scaled(text, core, end)) || (prevWord !== 'by' && x.end === x.core.end && end === core.end && !x.currency && CLAUSE_END.test(text.slice(end, end + 2))))) return;
  // "the House voted 240 to 189": a tally, two figures (a range runs upwards)
  // ("led 39 percent to 32 percent", "fell from 20% to 15%", "from £34.6 billion to £34.1 billion": each end with its unit or money sign, downwards, is two figures too)
  if (!dashed && core.value < x.core.value && ((x.end === x.core.end && core.end === end) || ((x.unit || x.percent) && (second.unit || second.percent)))) return;
  if (!dashed && x.currency && moneyRepeated && !x.core.suffixed && !core.suffixed && scaled(text, core, end) < scaled(text, x.core, x.end)) return;
  // ("awarded $716 million to 74 communities": a bare end smaller than a scaled one is a count of something else, not the top of a range)
  if (!dashed && scaled(text, x.core, x.end) !== x.core.value && scaled(text, core, end) === core.value && !second.unit && !second.percent && core.value < x.core.value) return;
  // "₹500 crore or 2 lakh rupees": a restatement; alternatives ascend ("six or seven")
  // ("62 miles or 100 kilometers", "2.9 bgd or 10 times less": each end with a unit of its own is a figure of its own)
  if (text.slice(x.end, partnerAt).trim() === 'or' && (core.value < x.core.value || (x.unit && second.unit && ownUnit(text, x.core.end, x.end) !== ownUnit(text, core.end, end)))) return;
  // ("by 5 percentage points to 68 percent": a change in points, then the level in percent; no range joins the two)
  if (x.percent && second.percent && x.end > x.core.end && POINTS_UNIT.test(ownUnit(text, x.core.end, x.end)) !== POINTS_UNIT.test(ownUnit(text, core.end, end))) return;
  x.end = end;
  x.range = true;
  x.unit ||= second.unit;
  x.percent ||= second.percent;
}

/** Where the qualifier qualifierBefore found last starts (its `start` when it found none): no pair is made per figure. */
let qualifierStart = 0;
/** The words qualifierBefore reads before a figure, nearest first, and their starts (reused: no lists per figure). */
const QWORDS = ['', '', '', ''];
const QSTARTS = [0, 0, 0, 0];
/** Each qualifier's words joined, made once. */
const QJOINED = new Map<readonly string[], string>();
for (const list of QUALIFIERS_BY_LAST.values()) for (const q of list) QJOINED.set(q, q.join(' '));

/** A change's verb right before "up to", or a mover with its object ("bumps the rate up to"), or a range's start ("from 2,000 miles up to"): a level reached, no bound. */
// (past or third-person forms only: "could rise up to 2 meters", "can climb up to" are bounds)
const UP_VERB = /^(?:edg|tick|mov|climb|revis)(?:ed|e?s)$|^(?:inched|crept|went|rose|rises|shot)$/;
// (the mover's object, not a particle: "can bring in up to 1 million rubles" is a bound)
const UP_MOVER = /\b(?:bump(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|push(?:es|ed|ing)?)(?: (?!(?:in|out|back|on|off)\b)[\w’'-]+){1,4} $|\bfrom [$£€]?\d[\d.,]*(?: [a-z]+){0,2}(?: \([^()]{1,40}\))? $/i;

/** Words before "a minimum of" or "a maximum of" that make it the extreme reached, a noun: "from", "to", "reaching". */
const EXTREME_BEFORE = /^(?:from|to|reach(?:ed|es|ing)?|hit(?:s|ting)?|at)$/;
/** True when the "up" at `qs` ends a change to a level ("edged up to 1.6 percent"), not a bound ("up to 40%"). */
function upToLevel(text: string, qs: number): boolean {
  return UP_VERB.test(wordBefore(text, qs).word) || UP_MOVER.test(text.slice(Math.max(0, qs - 60), qs));
}

/** The qualifier words right before `start` ("about", "more than"), '' when none; where they start is left in qualifierStart. */
function qualifierBefore(text: string, start: number, limit: number): string {
  qualifierStart = start;
  if (text[start - 1] === '~') { qualifierStart = start - 1; return '~'; }
  // ">200 mph", "<5%", "≥ 65": a bound written as a sign (not an arrow "->", not markup "<b>")
  const sign = text[start - 1] === ' ' && (text[start - 2] === '≥' || text[start - 2] === '≤') ? start - 2 : start - 1;
  if ((text[sign] === '>' || text[sign] === '<') && sign === start - 1 && text[sign - 1] !== '-' && text[sign - 1] !== '=' && !isLetter(text.charCodeAt(sign - 1))) { qualifierStart = sign; return text[sign]!; }
  if (text[sign] === '≥' || text[sign] === '≤') { qualifierStart = sign; return text[sign]!; }
  // the (up to) four words before ("a bit less than"), nearest first, each separated by one space at most
  let count = 0;
  let at = start;
  while (count < 4) {
    const { word, start: s } = wordBefore(text, at);
    if (word === '' || s < limit || at - (s + word.length) > 1) break;
    if (count === 0 && !QUALIFIER_LAST.has(word)) break;
    QWORDS[count] = word;
    QSTARTS[count] = s;
    count++;
    at = s;
  }
  if (count === 0) return '';
  for (const q of QUALIFIERS_BY_LAST.get(QWORDS[0]!)!) {
    if (q.length > count) continue;
    let ok = true;
    for (let k = 0; k < q.length && ok; k++) ok = q[q.length - 1 - k] === QWORDS[k];
    // ("adding up to 97.3%": a sum, no bound; "the run-up to one of": a word hyphened before is no qualifier)
    if (ok) {
      const qs = QSTARTS[q.length - 1]!;
      if ((q[0] === 'up' && (/^add(?:s|ed|ing)?$/.test(wordBefore(text, qs).word) || upToLevel(text, qs))) || text.charCodeAt(qs - 1) === 45) return '';
      // ("from a minimum of 58 miles to a maximum of 335", "reaching a maximum of 46,800 miles": the extreme itself, no bound)
      if (q[0] === 'a' && (q[1] === 'minimum' || q[1] === 'maximum') && EXTREME_BEFORE.test(wordBefore(text, qs).word)) return '';
      qualifierStart = qs;
      return QJOINED.get(q)!;
    }
  }
  return '';
}

/** Grows the expression around the core at `anchor`; `limit` bounds the backward search. */
export function growExpression(text: string, anchor: number, limit: number): Expression {
  const core = parseCore(text, anchor);
  // (reject made with the rest, undefined: every expression has one shape, whether a rule rejects it or not)
  const x: Expression = { start: anchor, end: core.end, core, qualifier: '', currency: false, unit: false, percent: false, range: false, age: false, reject: undefined };
  if (core.reject) { x.reject = core.reject; return x; }
  if (core.vague) return x;
  if (!core.words) {
    // a sign glued before the currency or the number: "$-3.2bn", "-2.4%", "-$5"
    const signed = signBefore(text, anchor) && anchor - 1 >= limit ? anchor - 1 : anchor;
    const cs = currencyBefore(text, signed);
    if (cs < signed && cs >= limit) { x.start = signed === anchor && signBefore(text, cs) && cs - 1 >= limit ? cs - 1 : cs; x.currency = true; }
    else if (signed < anchor) {
      const cs2 = currencyBefore(text, signed);
      x.start = cs2 < signed && cs2 >= limit ? cs2 : signed;
      x.currency = x.start < signed;
    }
    if (x.start === anchor) {
      const m = minusWordBefore(text, anchor);
      if (m < anchor && m >= limit) x.start = m;
    }
  }
  let scaleMoney: RegExpExecArray | null, scaledUnit: number;
  if (text.charCodeAt(x.end) === 45 && isLetter(text.charCodeAt(x.end + 1)) && !core.fraction) {
    // hyphenated modifiers: "36,000-acre" (a measure), "7.7-magnitude", "24-year-old", "10-nation" (not a figure)
    const w = wordAt(text, x.end + 1);
    if (COMPOUND_UNITS.has(w)) {
      x.end = wordEnd(text, x.end + 1); x.unit = true;
      // "4,000-square-foot", "50-basis-point", "10-percentage-point": the unit's second word too
      if (text.charCodeAt(x.end) === 45 && SECOND_UNIT_WORDS.has(wordAt(text, x.end + 1)) && (w === 'square' || w === 'cubic' || w === 'basis' || w === 'percentage')) x.end = wordEnd(text, x.end + 1);
      // ("a 2,139-kilowatt-hour surplus": energy, the hour its second word)
      else if (/^-hours?\b/.test(text.slice(x.end, x.end + 7)) && /watt$/.test(w)) x.end = wordEnd(text, x.end + 1);
      // "315-kilometer-per-hour winds", "a 60-mile-an-hour gust": a speed's rate joined by hyphens ("a 6-foot-3-inch blocker": a height's inches)
      const joined = /^-(?:per|an?)-([a-z]+)\b/.exec(text.slice(x.end, x.end + 16));
      if (joined && PERIODS.has(joined[1]!)) x.end += joined[0].length; else if (w === 'foot') x.end += /^-(?:1[01]|\d)(?:-inch(?:es)?)?\b(?!-?\d)/.exec(text.slice(x.end, x.end + 12))?.[0].length ?? 0;
      // ("past the eight-mile mark", "at the 30-kilometer marker": a course's marker, as "at mile 22" is; "the 12-mile mark of driving" measures the driving)
      if (text.charCodeAt(x.end) === 32 && /^ mark(?:er)?\b(?! of\b)/.test(text.slice(x.end, x.end + 11)) && /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start))) { x.reject = 'name'; return x; }
    }
    else if (w === 'magnitude') { /* the figure is the number alone */ }
    // "a 3-m-diameter dish", "a 2.53-m panel": an abbreviated length or mass as a modifier (lower case: "3-M" is a name)
    else if (HYPHEN_ABBREVIATIONS.has(text.slice(x.end + 1, wordEnd(text, x.end + 1))) && !x.currency) { x.end = wordEnd(text, x.end + 1); x.unit = true; }
    else if (SCALES.has(w) && w !== 'hundred' && (scaledUnit = unitAfterScale(text, x.end + 1 + w.length)) > 0) { x.end = scaledUnit; x.unit = true; }
    // "the 1.2-billion-yuan telescope", "a 300-million-pound stadium": a scaled sum hyphened to its currency
    else if ((scaleMoney = SCALE_MONEY.exec(text.slice(x.end, x.end + 24)))) { x.end += scaleMoney[0].length; x.unit = true; }
    // "a 14-story apartment block": a building's height in floors is a measure of it, as "36,000-acre" is
    else if (w === 'story' || w === 'storey' || w === 'floor') { x.end = wordEnd(text, x.end + 1); }
    // "a $5-million grant": the money with its scale; "a $4.99-a-month plan": the money alone
    else if (x.currency && !core.words) { if (w === 'million' || w === 'billion' || w === 'trillion' || w === 'thousand') x.end = wordEnd(text, x.end + 1); }
    // "a 2-degree Celsius rise": a temperature written as a modifier (a bare "90-degree turn" stays a modifier)
    else if ((w === 'degree' || w === 'degrees') && /^ (?:Celsius|Fahrenheit|C|F)\b/.test(text.slice(x.end + 1 + w.length, x.end + 13 + w.length))) {
      const scaleWord = /^ (?:Celsius|Fahrenheit|C|F)\b/.exec(text.slice(x.end + 1 + w.length, x.end + 13 + w.length))!;
      x.end += 1 + w.length + scaleWord[0].length; x.unit = true;
    }
    // "a 35-minute burn", "a two-hour delay", "a 15-second lead": a duration as a modifier measures what it qualifies
    // (not "the 90-minute mark", "the five-minute rule", "a 24-hour clock": a moment, a rule's or a clock's name)
    else if ((w === 'second' || w === 'minute' || w === 'hour') && text.charCodeAt(x.end + 1 + w.length) !== 45 && !/^ (?:mark|rule|clock|news)\b/.test(text.slice(x.end + 1 + w.length, x.end + 8 + w.length))) { x.end += 1 + w.length; x.unit = true; }
    else if (core.suffixed && !core.percent) { x.unit = true; /* "a 25m-long whale": the figure is "25m" */ }
    else if ((w === 'year' || w === 'years') && text.slice(x.end + 1 + w.length, x.end + 5 + w.length).toLowerCase() === '-old') { x.end += w.length + 5; x.age = true; }
    // "38-mins": a time unit's short plural glued by a hyphen (no modifier takes a plural)
    else if (HYPHEN_TIME_UNITS.has(w) && text.charCodeAt(wordEnd(text, x.end + 1)) !== 45) { x.end = wordEnd(text, x.end + 1); x.unit = true; }
    // "25-points", "11-rebounds": a count with its plural noun glued by a hyphen; the figure is the number
    else if (HYPHEN_COUNT_NOUNS.has(w) && text.charCodeAt(wordEnd(text, x.end + 1)) !== 45) { /* the number alone */ }
    // "a 30-person company", "a 12-member panel", "a 5,000-strong force": the size of a group, the number alone
    else if ((w === 'person' || w === 'member' || w === 'strong' || w === 'employee') && !core.words && text.charCodeAt(wordEnd(text, x.end + 1)) !== 45) { /* the number alone */ }
    else { x.end = wordEnd(text, x.end + 1); x.reject = 'modifier'; return x; }
  } else {
    const found = { unit: false, percent: false };
    x.end = growSuffix(text, core, found);
    // "a 293 million-mile trip", "a 2 million-acre area": a scaled number hyphened to its unit
    if (!found.unit && !found.percent && x.end > core.end && text.charCodeAt(x.end) === 45 && COMPOUND_UNITS.has(wordAt(text, x.end + 1))) { x.end = wordEnd(text, x.end + 1); found.unit = true; }
    x.unit = found.unit || (core.suffixed && !core.percent);
    x.percent = found.percent || core.percent;
    // "1 in 4 adults", "one in three", "7 out of every 10 Americans": a proportion (looked for after " i" or " o" only)
    // ("One in Five Households", "One In Five": a headline's title case)
    const io = text.charCodeAt(x.end) === 32 && ((text.charCodeAt(x.end + 1) | 32) === 105 || (text.charCodeAt(x.end + 1) | 32) === 111);
    const inM = io ? /^ (?:in|out of(?: every)?) (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(text.slice(x.end, x.end + 20)) : null;
    const whole = inM ? (/^\d/.test(inM[1]!) ? Number(inM[1]) : ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(inM[1]!.toLowerCase()) + 1) : 0;
    if (inM && !x.unit && !x.percent && (core.plain || core.words) && core.value < whole && !isDigit(text.charCodeAt(x.end + inM[0].length))) x.end += inM[0].length;
    // "three dollars and seven cents": a sum and its hundredths, one amount
    const cents = x.unit && 'srdo'.includes(text[x.end - 1]?.toLowerCase() ?? '') && /(?:dollars?|pounds?|euros?)$/i.test(text.slice(core.end, x.end)) ? AND_CENTS.exec(text.slice(x.end, x.end + 40)) : null;
    if (cents) x.end += cents[0].length;
    // "four hours and 21 minutes", "29 minutes 39 seconds": a duration in units that step down is one
    else if (x.unit && 'sS'.includes(text[x.end - 1] ?? '')) x.end = durationEnd(text, core.end, x.end);
    // "one every seven seconds", "One birth every 8 seconds": one thing in each stretch of time, a rate told by its stretch
    else if (core.words && core.value === 1 && x.end === core.end && x.end - core.start === 3) {
      const tail = text.slice(x.end, x.end + 64);
      const every = tail.includes(' every ') ? ONE_EVERY.exec(tail) : null;
      if (every) { x.end += every[0].length; x.unit = true; }
    }
  }
  let qualifier = qualifierBefore(text, x.start, limit);
  let qs = qualifierStart;
  // "$7 million over four years", "350 square miles over 30 hours": "over" right after a figure spreads it over a stretch of time, no bound
  if (qualifier === 'over' && limit > 0 && qs - limit <= 1 && x.unit && SPREAD_UNIT.test(text.slice(core.end, x.end))) { qualifier = ''; qs = x.start; }
  // "over a 100", "nearly a 1,000 people": a hundred, a thousand written in digits (a plain count;
  // in "about a 10% stake", "about a 2 bedroom flat" the article is the noun's)
  const plainCount = !core.words && !core.suffixed && !x.unit && !x.percent && !x.currency && (core.value === 100 || core.value === 1000 || core.value === 1e6);
  if (!qualifier && (core.words || plainCount) && (!core.fraction || !text.slice(core.start, core.end).includes('-')) && !core.vague && text.charCodeAt(x.start - 1) === 32 && (text.charCodeAt(x.start - 2) | 32) === 97) {
    // "more than a thousand", "about a dozen", "over a half million": a qualifier before the article
    // of a spelled number or fraction (not "about a 1.1-percent increase", "a two-thirds majority":
    // there the article is the noun's)
    const a = wordBefore(text, x.start);
    if (a.word === 'a' && a.start >= limit && x.start - a.start === 2) { qualifier = qualifierBefore(text, a.start, limit); qs = qualifierStart; }
  }
  if (!qualifier) {
    const v = boundVerbBefore(text, x.start, limit);
    if (v >= 0) { qualifier = 'over'; qs = v; }
  }
  const before = wordBefore(text, qs);
  const prev = before.word;
  x.qualifier = qualifier;
  growRange(text, x, prev, prev === 'from' || prev === 'by' ? wordBefore(text, before.start).word : '');
  if (qualifier && !(qualifier.startsWith('between') && !x.range)) x.start = qs;
  else x.qualifier = '';
  // "only 37 percent", "just above $51,000": an emphasis is part of the expression, as most labelled waves wrap it,
  // but bounds nothing (not "the only two": a determiner makes it the noun's)
  const emphasis = wordBefore(text, x.start);
  if ((emphasis.word === 'only' || emphasis.word === 'just') && emphasis.start >= limit && x.start - (emphasis.start + 4) <= 1 && !DETERMINERS.has(wordBefore(text, emphasis.start).word)) x.start = emphasis.start;
  return x;
}

/** Words that make a following "only" an adjective of the noun ("the only two survivors"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'these', 'those', 'an', 'a']);
