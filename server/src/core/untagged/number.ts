// Reads the numeric core of a figure at an anchor: a digit run with its groups, decimals and
// glued suffixes ("1,376", "1 000", "2.5bn", "40%", "0.73°C", "430+"), or spelled numbers
// ("twenty-five", "three thousand", "two-thirds", "half"). Rejects clocks, codes and ordinals.
import * as scan from './scan';
import * as lexicon from './lexicon';

// Local bindings: read once, not through the module object on every character.
const { CARDINALS, FRACTIONS, GLUED_UNITS, MULTIPLES, SCALES, VAGUE } = lexicon;
const { isDigit, isLetter, isSpace, lowerSlice, wordAt, wordEnd } = scan;

/** Why a number is not a figure (or, for 'age'/'vague', a figure only on request). */
export type Reject = 'ordinal' | 'time' | 'code' | 'decade' | 'date' | 'year' | 'name' | 'label' | 'list' | 'modifier' | 'pronoun' | 'score' | 'margin';

/** A bound right before "twice": "about", "nearly", "more than", "at least", "up to". */
const BOUND_BEFORE = /\b(?:about|nearly|almost|roughly|around|approximately|more than|less than|fewer than|at least|at most|up to)\s$/i;
/** A noun after "quadruple" or "quintuple" (not a preposition, determiner or adverb after the verb: "quadruple by 2030", "quadruple its sales"). */
const MULTIPLE_ADJECTIVE = /^[ -](?!(?:by|in|to|from|since|over|the|its|their|that|this|and|or|again|as|than|within|during|after|before|if|when|while|until|on|at|for|with|between|each|every|next|last|in)\b)[a-z]/i;

/** The numeric core of an expression. */
export interface Core {
  start: number;
  end: number;
  value: number;
  words: boolean;
  /** Digits only: no group separator, no decimals, nothing glued. */
  plain: boolean;
  intDigits: number;
  fraction: boolean;
  vague: boolean;
  /** A %, unit, scale, degree or + is part of the core. */
  suffixed: boolean;
  percent: boolean;
  /** "m" glued after digits: million after a currency, metres (or an event name) otherwise. */
  gluedM: boolean;
  reject?: Reject;
}

/** The second speed of a pair and its data rate after a slash ("/20 Mbps", "/3Mbps"). */
const SPEED_PAIR = /^\/\d{1,4}(?:\.\d+)? ?(?:[MGKk]bps|[MGk]bit\/s|[MG]b\/s)\b/;
const VULGAR = '½¼¾⅓⅔⅕⅛';
const isVulgar = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && VULGAR.includes(ch);
/** The least code of VULGAR's characters ("¼"): below it none is looked up. */
const VULGAR_LEAST = 0xbc;
/** Made once (a \p{...} literal may be made afresh per call): C or F after a typed ordinal sign; a compass letter's end; a letter or digit. */
const ORDINAL_SIGN_SCALE = /^\s?[CF](?!\p{L})/u;
const LAT_LONG_AFTER = /^ [NS],?\s+\d{1,3}(?:\.\d+)? ?[EW](?![\p{L}\d])/u;
const LONG_AFTER = /^ [EW](?![\p{L}\d])/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** 10^0 to 10^15, each exact. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, p) => 10 ** p);

function digitsAt(text: string, i: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
  return true;
}

/** The value of the three digits at `i` (digitsAt has seen them): Number of their slice, without the slice. */
function groupOf(text: string, i: number): number {
  return (text.charCodeAt(i) - 48) * 100 + (text.charCodeAt(i + 1) - 48) * 10 + (text.charCodeAt(i + 2) - 48);
}

/** Parses a digit-led core at `i` (text[i] is a digit, or "." before a digit). */
export function parseDigits(text: string, i: number): Core {
  // (reject made with the rest, undefined: every core has one shape, whether a rule rejects it or not)
  const core: Core = { start: i, end: i, value: 0, words: false, plain: true, intDigits: 0, fraction: false, vague: false, suffixed: false, percent: false, gluedM: false, reject: undefined };
  let j = i;
  let v = 0;
  while (j < text.length && isDigit(text.charCodeAt(j))) { v = v * 10 + text.charCodeAt(j) - 48; j++; }
  core.intDigits = j - i;
  // thousands groups: "1,376", "66 000"
  while (text.charCodeAt(j) === 44 && digitsAt(text, j + 1, 3) && !isDigit(text.charCodeAt(j + 4))) {
    v = v * 1000 + groupOf(text, j + 1); j += 4; core.plain = false;
  }
  // "$2, 739, 081.21": money whose groups a copy spaced after the commas (only before cents)
  const sign = text.charCodeAt(i - 1);
  if (core.plain && core.intDigits <= 3 && (sign === 36 || sign === 0x20ac || sign === 0xa3)) {
    const spaced = /^(?:, \d{3})+(?=\.\d{2}(?!\d))/.exec(text.slice(j, j + 40));
    if (spaced) { v = Number(String(v) + spaced[0].replace(/[, ]/g, '')); j += spaced[0].length; core.plain = false; }
  }
  // ("716, 000", "21, 064": a copy's space after a thousands comma; a group led by a zero starts no item of a list)
  if (core.plain && core.intDigits <= 3 && text.charCodeAt(j) === 44 && text.charCodeAt(j + 1) === 32 && text.charCodeAt(j + 2) === 48) {
    const spaced = /^, 0\d{2}(?:, \d{3})*(?!\d)/.exec(text.slice(j, j + 40));
    if (spaced) { v = Number(String(v) + spaced[0].replace(/[, ]/g, '')); j += spaced[0].length; core.plain = false; }
  }
  if (core.plain && core.intDigits <= 3) {
    while (isSpace(text.charCodeAt(j)) && digitsAt(text, j + 1, 3) && !isDigit(text.charCodeAt(j + 4)) && !isLetter(text.charCodeAt(j + 4))) {
      v = v * 1000 + groupOf(text, j + 1); j += 4; core.plain = false;
    }
  }
  // "42,7%": a decimal comma, as European copy writes a share (a thousands group has three digits)
  if (core.plain && text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && /^,\d{1,2}%/.test(text.slice(j, j + 4))) {
    const k = text.charCodeAt(j + 2) === 37 ? j + 2 : j + 3;
    return { ...core, value: Number(`${v}.${text.slice(j + 1, k)}`), plain: false, percent: true, suffixed: true, end: k + 1 };
  }
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    // (fifteen digits in all, before and after the point, are an exact integer over an exact power of ten: one
    // division rounds it as Number() rounds the digits, without a string to make and read; more are read as written)
    const places = k - j - 1;
    if (places <= 15 && v < POWERS_OF_TEN[15 - places]!) {
      let n = v;
      for (let d = j + 1; d < k; d++) n = n * 10 + text.charCodeAt(d) - 48;
      v = n / POWERS_OF_TEN[places]!;
    } else v = core.plain && core.intDigits <= 15 ? Number(text.slice(i, k)) : Number(`${v}.${text.slice(j + 1, k)}`);
    j = k; core.plain = false;
    if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
      while (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)))) j++;
      return { ...core, end: j, value: v, reject: 'code' };
    }
  }
  // "10 1/2 miles": a whole number and a fraction (halves, thirds, quarters, eighths) before a word (or hyphened to one: "a 6 1/2-hour spacewalk")
  // ("13\\1/2\\ minutes": the Government Publishing Office writes the fraction between backslashes)
  // ("1 to 1-1/4 percent": the Federal Reserve hyphens its fractions of a percentage point)
  // (each pattern tried only when its slash is where it has one: most numbers have none)
  const slashAt = text.charCodeAt(j + 2) === 47;
  const mixed = core.plain && slashAt && ((text.charCodeAt(j) === 32 ? /^ ([1-7])\/([2348])(?![\d/])(?: (?=[a-z])|(?=-[a-z]))/.exec(text.slice(j, j + 8)) : null) ?? (text.charCodeAt(j) === 92 ? /^\\([1-7])\/([2348])\\(?= [a-z])/.exec(text.slice(j, j + 8)) : null)
    ?? (core.intDigits <= 2 && text.charCodeAt(j) === 45 ? /^-([1-7])\/([248])(?![\d/])(?= ?(?:percent|per cent|%))/.exec(text.slice(j, j + 16)) : null));
  if (mixed && Number(mixed[1]) < Number(mixed[2])) { v += Number(mixed[1]) / Number(mixed[2]); j += mixed[0].length - (mixed[0].endsWith(' ') ? 1 : 0); core.plain = false; core.suffixed = true; }
  core.value = v;
  const sci = powerOfTen(text, j);
  if (sci > j) { core.plain = false; core.suffixed = true; core.end = sci; return core; }
  // "2^28", "2^64 addresses": a small base raised to a power with a caret
  if (text.charCodeAt(j) === 94 && core.plain && v >= 2 && v <= 16) {
    const exp = /^\^\d{1,3}(?![\d.^])/.exec(text.slice(j, j + 6));
    if (exp) { core.value = v ** Number(exp[0].slice(1)); core.plain = false; core.suffixed = true; core.end = j + exp[0].length; return core; }
  }
  const c = text.charCodeAt(j);
  // "100/20 Mbps": download and upload speeds, two figures sharing the data rate after the second
  if (c === 47 && core.plain && SPEED_PAIR.test(text.slice(j, j + 14))) { core.end = j; return core; }
  if ((c === 58 || c === 47) && isDigit(text.charCodeAt(j + 1))) {
    // clocks "3:06", "2:00:35"; dates and codes "5/17/2018", "2016/17", "24/7"; "1/3 of adults" is a fraction
    // ("a 1/4 mile oval", "1/2 cup": halves, thirds, quarters and eighths before a word are fractions too)
    // ("2/100ths of a second", "1/100th of a second": the denominator may carry its ordinal ending)
    const frac = /^\/(\d{1,2}|100|1000)((?:th|st|nd|rd)s?)?(?![\d/]) of /.exec(text.slice(j, j + 14)) ?? /^\/([2348])(?![\d/]) (?=[a-z])/.exec(text.slice(j, j + 5));
    if (c === 47 && frac && core.intDigits <= 2 && v < Number(frac[1])) { core.plain = false; core.fraction = frac[2] !== undefined; core.suffixed = true; core.end = j + 1 + frac[1]!.length + (frac[2]?.length ?? 0); return core; }
    // ("202/358-1753": an area code before a slash, then a telephone number's two groups)
    const phone = c === 47 && core.intDigits === 3 ? /^\/ ?\d{3}[-.–] ?\d{4}(?![\d,.]\d)/.exec(text.slice(j, j + 12)) : null;
    if (phone) return { ...core, end: j + phone[0].length, reject: 'code' };
    while (isDigit(text.charCodeAt(j)) || ((text.charCodeAt(j) === 58 || text.charCodeAt(j) === 47) && isDigit(text.charCodeAt(j + 1)))) j++;
    // "29:17.45": a clock's hundredths
    if (c === 58 && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) { j++; while (isDigit(text.charCodeAt(j))) j++; }
    return { ...core, end: j, reject: c === 58 ? 'time' : 'date' };
  }
  if (c === 37) { core.percent = core.suffixed = true; core.end = j + 1; core.plain = false; return core; }
  // "6 %": a percent sign after a space
  if (c === 32 && text.charCodeAt(j + 1) === 37 && !isDigit(text.charCodeAt(j + 2))) { core.percent = core.suffixed = true; core.end = j + 2; core.plain = false; return core; }
  // "during the 80's", "the 1990’s": a decade written with an apostrophe, as "80s" is
  if ((c === 39 || c === 8217) && core.plain && (core.intDigits === 2 || core.intDigits === 4) && (text[j + 1] === 's' || text[j + 1] === 'S') && !isLetter(text.charCodeAt(j + 2))) return { ...core, end: j + 2, reject: 'decade' };
  // ("40.3ºC": the ordinal sign typed for a degree sign, before C or F only: "1º" is an ordinal)
  if (c === 0xb0 || (c === 0xba && ORDINAL_SIGN_SCALE.test(text.slice(j + 1, j + 4)))) {
    j++;
    const k = isSpace(text.charCodeAt(j)) ? j + 1 : j;
    const u = text[k];
    if ((u === 'C' || u === 'F') && !isLetter(text.charCodeAt(k + 1))) j = k + 1;
    // ("17.958°N 66.811°W": a place's coordinates name it)
    else if ((u === 'N' || u === 'S' || u === 'E' || u === 'W') && !isLetter(text.charCodeAt(k + 1))) return { ...core, end: k + 1, reject: 'name' };
    core.suffixed = true; core.plain = false; core.end = j; return core;
  }
  // ("impact position was 54.4 N, 210.1 E": a latitude and a longitude, spaced from their numbers, name a place)
  // (the letter is looked at first: this is on the scan of every number a space follows)
  const compass = c === 32 ? text[j + 1] : undefined;
  if ((compass === 'N' || compass === 'S' || compass === 'E' || compass === 'W') && (LAT_LONG_AFTER.test(text.slice(j, j + 20)) || (LONG_AFTER.test(text.slice(j, j + 3)) && /\d ?[NS],?\s+$/.test(text.slice(Math.max(0, i - 6), i))))) return { ...core, end: j + 2, reject: 'name' };
  if (c === 43 && !isDigit(text.charCodeAt(j + 1))) { core.suffixed = true; core.plain = false; core.end = j + 1; return core; }
  // (looked up only from the least code of a vulgar fraction: most numbers end before a space or a letter)
  const v1 = c >= VULGAR_LEAST && isVulgar(text[j]) ? j : isSpace(c) && text.charCodeAt(j + 1) >= VULGAR_LEAST && isVulgar(text[j + 1]) ? j + 1 : -1;
  if (v1 >= 0) { core.plain = false; core.end = v1 + 1; return core; }
  // "92¢ a gallon": cents by their sign
  if (text[j] === '¢') { core.plain = false; core.suffixed = true; core.end = j + 1; return core; }
  if (isLetter(c)) {
    let e = wordEnd(text, j);
    // "85m2", "300m²": an area's power sign after its unit
    if ((text[e] === '2' || text[e] === '²') && !isDigit(text.charCodeAt(e + 1)) && !isLetter(text.charCodeAt(e + 1)) && GLUED_UNITS.has(`${text.slice(j, e).toLowerCase()}2`)) e++;
    const glued = lowerSlice(text, j, e).replace('²', '2');
    core.plain = false;
    if (glued === 'st' || glued === 'nd' || glued === 'rd' || glued === 'th') return { ...core, end: e, reject: 'ordinal' };
    // "rule 10b-5", "Form 10-K"-like codes: letters glued between digits and a hyphened digit
    // ("3m-4m tonnes", "10bp-15bp" are ranges: the second number takes the suffix again)
    if (text.charCodeAt(e) === 45 && isDigit(text.charCodeAt(e + 1))) {
      let k = e + 1;
      while (isDigit(text.charCodeAt(k))) k++;
      if (!isLetter(text.charCodeAt(k)) && text[k] !== '.' && text[k] !== ',') return { ...core, end: k, reject: 'code' };
    }
    if (glued === 's') return { ...core, end: e, reject: core.intDigits === 2 || core.intDigits === 4 ? 'decade' : 'code' };
    // "planets 62b, 62c and 62f": one number glued to several lower-case letters names things in a series
    if (glued.length === 1 && text[j] === glued && lettersInSeries(text, i, j)) return { ...core, end: e, reject: 'code' };
    // "open at 16hrs", "beyond 18hrs.", "at 1600hrs": a clock time in hours (not "after 18hrs of talks")
    if ((glued === 'hrs' || glued === 'hr' || glued === 'h') && /^\d+$/.test(text.slice(i, j)) && ((core.intDigits === 4 && v % 100 < 60 && v <= 2400) || (core.intDigits === 2 && v >= 13 && v <= 24))
      && /\b(?:at|by|until|till|from|beyond|after|before)\s+$/i.test(text.slice(Math.max(0, i - 8), i)) && !/^\s+of\b/.test(text.slice(e, e + 5))) return { ...core, end: e, reject: 'time' };
    if (glued === 'am' || glued === 'pm' || (glued === 'a' && text.startsWith('a.m.', j)) || (glued === 'p' && text.startsWith('p.m.', j))) return { ...core, end: e, reject: 'time' };
    // "35deg C": a degree sign spelled out, its scale after a space
    if (glued === 'deg' && text[e] === ' ' && /^[CF]\b/.test(text.slice(e + 1, e + 3))) { core.suffixed = true; core.end = e + 2; return core; }
    // "2.5L", "1.6L": an engine's litres after a decimal ("5L" alone may be a size or a code)
    const litres = glued === 'l' && text[j] === 'L' && text.slice(i, j).includes('.');
    // "a 65W charger": watts; "25.1N 80.4W" is a longitude (a latitude stands before it)
    const watts = glued === 'w' && text[j] === 'W' && !/\d°?\s?[NS],?\s*$/.test(text.slice(Math.max(0, i - 12), i));
    if (glued === 'w' && !watts) return { ...core, end: e, reject: 'code' };
    // "a 401k with a 5% match": the retirement plans named for their sections (401(k), 403(b), 457(b))
    if ((glued === 'k' || glued === 'b') && /^(?:401|403|457)$/.test(text.slice(i, j))) return { ...core, end: e, reject: 'code' };
    // "10x10x10 centimeters": a size's sides glued by an x, then its unit; each side a length (its x left)
    if (glued === 'x' && isDigit(text.charCodeAt(e)) && GLUED_SIDES.test(text.slice(i, i + 48))) { core.end = j; return core; }
    // "10x better", "a 10x increase": a multiple written with an x (not "4x4", "1920x1080": a digit follows)
    // "up 6.4percent": a copy that lost the space before "percent" (read as "6.4 percent")
    if (glued === 'percent' && text[j] === 'p') { core.percent = core.suffixed = true; core.plain = false; core.end = e; return core; }
    if (glued === 'x' && text[j] === 'x' && /^\d{1,3}(?:\.\d+)?$/.test(text.slice(i, j)) && !isDigit(text.charCodeAt(e))) { core.suffixed = true; core.end = e; return core; }
    if (GLUED_UNITS.has(glued) && (litres || watts || !(glued.length === 1 && text[j] !== text[j]!.toLowerCase() && glued !== 'c' && glued !== 'f' && glued !== 'm' && glued !== 'k' && glued !== 'b'))) {
      core.suffixed = true; core.gluedM = glued === 'm'; core.end = e; return core;
    }
    return { ...core, end: e, reject: 'code' };
  }
  core.end = j;
  return core;
}

/** Two or three sides glued by an x and a length's unit after them: "10x10x10 centimeters", "4x4x4 inches", "30x40 cm" (not a relay's "4x100m relay"). */
const GLUED_SIDES = /^\d{1,4}(?:\.\d+)?(?:x\d{1,4}(?:\.\d+)?){1,2} ?(?:cm|mm|m|km|in|ft|centimet(?:er|re)s|millimet(?:er|re)s|met(?:er|re)s|inches|feet|yards)\b(?![ -]?(?:[a-z]+ )?(?:relays?|medley|freestyle)\b)/;

/** True when the number at `s`, after an x glued to digits, is a later side of a size GLUED_SIDES reads ("10x10x10 centimeters"). */
export function gluedSide(text: string, s: number): boolean {
  let b = s - 1;
  while (b > 0 && (isDigit(text.charCodeAt(b - 1)) || text[b - 1] === '.' || (text[b - 1] === 'x' && isDigit(text.charCodeAt(b - 2))))) b--;
  return GLUED_SIDES.test(text.slice(b, b + 48));
}

/** The fraction of a spelled mixed number after its whole part: " and a half", " and one-quarter", "-and-a-half". */
/** Plural denominators no period or coin shares ("four fifths", "two thirds"): a fraction whatever follows, unlike "three quarters in 2012". */
const PLURAL_PARTS: ReadonlySet<string> = new Set(['thirds', 'fifths', 'sixths', 'sevenths', 'eighths', 'ninths', 'tenths']);

const MIXED_PART = /(?: and |-and-)(an?[ -]|one[ -]|two[ -]|three[ -])?(half|quarter|third|thirds|quarters)\b/iy;
/** What each such fraction adds, by its words (the article or count and the fraction word). */
const MIXED_VALUES: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, thirds: 2 / 3, quarters: 0.75 };

/** The hundreds after a spelled scale word's comma: ", one hundred". */
const COMMA_HUNDREDS = /^, (?:one|two|three|four|five|six|seven|eight|nine) hundred\b/i;

/** Parses a spelled core at `i` (a number, fraction or vague word starts there). */
export function parseWords(text: string, i: number): Core {
  const core: Core = { start: i, end: i, value: NaN, words: true, plain: false, intDigits: 0, fraction: false, vague: false, suffixed: false, percent: false, gluedM: false, reject: undefined };
  const first = wordAt(text, i);
  if (VAGUE.has(first)) {
    core.vague = true;
    core.end = wordEnd(text, i);
    // "tens of thousands", "hundreds of thousands"
    const rest = /^ of (thousands|millions|billions)\b/i.exec(text.slice(core.end, core.end + 14));
    if ((first === 'tens' || first === 'hundreds') && rest) core.end += rest[0].length;
    // "several hundred", "several thousand": one vague amount
    const scale = /^ (hundred|thousand|million|billion|dozen)\b/i.exec(text.slice(core.end, core.end + 10));
    if (first === 'several' && scale) core.end += scale[0].length;
    return core;
  }
  if (FRACTIONS.has(first)) { core.fraction = true; core.end = wordEnd(text, i); return core; }
  const multiple = MULTIPLES.get(first);
  if (multiple !== undefined) {
    core.value = multiple; core.suffixed = true; core.end = wordEnd(text, i);
    // ("the Idaho quadruple murders", "a quadruple threat": the base form before a noun is an adjective, no multiple)
    if ((first === 'quadruple' || first === 'quintuple') && MULTIPLE_ADJECTIVE.test(text.slice(core.end, core.end + 12))) core.reject = 'modifier';
    // ("about twice as much", "at least twice a week": a bound makes "twice" a figure; "scored twice", "twice the size" are told, not claimed)
    if ((first === 'twice' || first === 'thrice') && !BOUND_BEFORE.test(text.slice(Math.max(0, i - 16), i))) core.reject = 'modifier';
    return core;
  }
  let total = 0;
  let current = 0;
  let j = i;
  let end = i;
  for (;;) {
    const w = wordAt(text, j);
    const card = CARDINALS.get(w);
    if (card !== undefined) current = w === 'dozen' ? Math.max(current, 1) * 12 : current + card;
    else if (w === 'hundred') current = Math.max(current, 1) * 100;
    else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion' || w === 'quadrillion' || w === 'quintillion') {
      total += Math.max(current, 1) * SCALE_VALUES[w]!; current = 0;
    } else break;
    end = j + w.length;
    // "one and a half million", "two and a half hours", "one and one half grams", "two and one-quarter
    // percent", "three and three quarters miles": a mixed number
    MIXED_PART.lastIndex = end;
    const mixed = card !== undefined ? MIXED_PART.exec(text) : null;
    if (mixed) { current += MIXED_VALUES[mixed[2]!.toLowerCase()] ?? 0; end += mixed[0].length; }
    // "three point seven billion", "two-point-six": a decimal said in words (VOA Special English)
    SPOKEN_DECIMAL.lastIndex = end;
    const spoken = card !== undefined && (text.charCodeAt(end + 1) === 112 || text.charCodeAt(end + 1) === 80) ? SPOKEN_DECIMAL.exec(text) : null;
    if (spoken) {
      const value = current + Number(`0.${spoken[1]!.toLowerCase().split(/[ -]/).map((d) => CARDINALS.get(d)).join('')}`);
      if (spoken[2]) total += value * SCALE_VALUES[spoken[2].toLowerCase()]!; else total += value;
      current = 0;
      end += spoken[0].length;
      break;
    }
    // "one-fifth", "two-thirds"
    if (text.charCodeAt(end) === 45) {
      const next = wordAt(text, end + 1);
      // "twenty-five"; "four-thousand", "ten-thousand-six-hundred" (VOA Special English writes numbers so)
      if ((CARDINALS.has(next) && next !== 'dozen') || (SCALES.has(next) && next.length > 2)) { j = end + 1; continue; }
      if (FRACTIONS.has(next)) { end = end + 1 + next.length; core.fraction = true; break; }
      // "three-100ths of a second": a denominator written in digits
      const digitOrdinal = /^(?:10|100|1,?000)ths?\b/.exec(text.slice(end + 1, end + 10));
      if (digitOrdinal) { end = end + 1 + digitOrdinal[0].length; core.fraction = true; break; }
      break;
    }
    // ("Twenty-six thousand, one hundred sixty-one": a spelled number's comma after its thousands, before its hundreds)
    if (text.charCodeAt(end) === 44 && current === 0 && total > 0 && COMMA_HUNDREDS.test(text.slice(end, end + 16))) { j = end + 2; continue; }
    if (!isSpace(text.charCodeAt(end))) break;
    const next = wordAt(text, end + 1);
    // ("two thousand one", "two thousand one hundred": "one" goes on after a scale word, not glued to a noun: "two million one-time")
    const oneAfterScale = next === 'one' && current === 0 && total > 0 && text.charCodeAt(end + 4) !== 45;
    if (CARDINALS.has(next) && (next !== 'one' || oneAfterScale) && (current >= 20 || current === 0) && next !== 'dozen' || SCALES.has(next) && next.length > 2) { j = end + 1; continue; }
    // "two thirds of voters", "three quarters of the budget": a fraction spelled with a space (only before "of")
    // ("forty-five billionths of a meter": a large denominator takes counts past nine)
    if (FRACTIONS.has(next) && next !== 'half' && next !== 'halves' && current > 0 && (current < 10 || /ths?$/.test(next) && next.length > 8) && total === 0
      && (text.startsWith(' of ', end + 1 + next.length) || (current > 1 && PLURAL_PARTS.has(next)) || (current === 1 && next !== 'quarter' && next !== 'quarters' && /^(?: \(|[,;.](?:\s|$))/.test(text.slice(end + 1 + next.length, end + 3 + next.length)))
        // ("just under two thirds (62%) of the average": the share in brackets says it is one)
        || /^ \(\s*\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)/.test(text.slice(end + 1 + next.length, end + 20 + next.length)))) {
      // ("approximately one fourth (180,000–280,000)": "one" and a fraction word closing a phrase are a fraction too)
      end = end + 1 + next.length; core.fraction = true; break;
    }
    // "three one-hundredths of a second": "one-" before a denominator scale is part of the denominator
    const oneDenominator = next === 'one' && current > 0 && current < 100 && total === 0 && /^-(?:hundredths?|thousandths?)\b/.exec(text.slice(end + 4, end + 17));
    if (oneDenominator) { end = end + 4 + oneDenominator[0].length; core.fraction = true; break; }
    if (next === 'dozen') { j = end + 1; continue; }
    // ("two thousand and five" is 2005; "between two thousand and five thousand" is two numbers: a scale after
    // "and" as large as the last one starts another)
    if (next === 'and' && (current >= 100 || total > 0) && CARDINALS.has(wordAt(text, end + 5)) && !startsAnother(text, end + 5, total)) { j = end + 5; continue; }
    break;
  }
  core.end = end;
  core.value = total + current;
  return core;
}

/** " point seven", "-point-six", " point zero five", then a scale word if one follows. */
const SPOKEN_DECIMAL = /[ -]point[ -]((?:zero|one|two|three|four|five|six|seven|eight|nine)(?:[ -](?:zero|one|two|three|four|five|six|seven|eight|nine))*)\b(?:[ -](thousand|million|billion|trillion)\b)?/iy;

/** What each scale word multiplies by. */
export const SCALE_VALUES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, quintillion: 1e18 };

/** True when the number at `at` (after "and") has a scale word as large as the smallest `total` was built with. */
function startsAnother(text: string, at: number, total: number): boolean {
  const scale = /^[a-z]+(?:[- ][a-z]+)?\s+(thousand|million|billion|trillion|quadrillion|quintillion)\b/i.exec(text.slice(at, at + 35))?.[1]!.toLowerCase();
  return scale !== undefined && total > 0 && SCALE_VALUES[scale]! >= lowestScale(total);
}

/** The smallest scale a spelled total was built with: its lowest group of three digits that is not zero (2,000 → thousand; 3,000,000 → million; 3,500,000 → thousand). */
function lowestScale(total: number): number {
  for (const s of [1e3, 1e6, 1e9, 1e12]) if (total % (s * 1000) !== 0) return s;
  return 1e12;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';

/** End of a power of ten after a number ("×10²³", "x10^-5", "×10−5"), or `j` when none follows. */
function powerOfTen(text: string, j: number): number {
  // (most numbers have no times sign after them, spaced or not: looked for before the pattern is tried)
  const t = text.charCodeAt(text.charCodeAt(j) === 32 ? j + 1 : j);
  if (t !== 0xd7 && t !== 120 && t !== 42) return j;
  // (a plain exponent needs its caret or its minus: "1920x1080" is a screen's size)
  const m = /^ ?[×x*] ?10(?:\^[-−]?\d+|[-−]\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/.exec(text.slice(j, j + 16));
  if (!m) return j;
  const end = j + m[0].length;
  return isDigit(text.charCodeAt(end)) || SUPERSCRIPT.includes(text[end] ?? ' ') || isLetter(text.charCodeAt(end)) ? j : end;
}

/** True when the digits at `i..j` appear glued to another single lower-case letter within 60 characters ("62b, 62c", "Kepler-62e, 62f"). */
function lettersInSeries(text: string, i: number, j: number): boolean {
  // (a scan by indexOf, no pattern built: "3m", "5k" and "2b" pass here in most articles)
  // (looked for in the 60 characters either side only: an indexOf over the text runs on to the next occurrence, however far)
  const digits = text.slice(i, j);
  const from = Math.max(0, i - 60);
  const end = Math.min(text.length, j + 61);
  const near = text.slice(from, end);
  for (let w = near.indexOf(digits); w >= 0 && from + w + digits.length < end; w = near.indexOf(digits, w + 1)) {
    const at = from + w;
    const letter = text[at + digits.length]!;
    if (letter < 'a' || letter > 'z' || letter === text[j]) continue;
    if (/[\d.,]/.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[at + digits.length + 1] ?? '')) continue;
    return true;
  }
  return false;
}
