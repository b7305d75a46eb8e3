// The suffix a number's expression takes after it: a scale word, a percent or a unit, and a
// rate ("per day", "a barrel"); expression.ts grows the rest (qualifier, currency, range partner).
import * as scan from './scan';
import { MONEY_UNIT, measureRateEnd } from './measureRates';
import * as lexicon from './lexicon';
import type { Core } from './number';
import * as number from './number';

// Local bindings: read once, not through the module object on every character.
const { PERIODS, SCALES, UNIT_OPENINGS, UNIT_PHRASES } = lexicon;
const { degreeUnitEnd, isDigit, isLetter, isUpper, isSpace, lowerSlice, skipSpaces, wordAt, wordEnd } = scan;
const { parseDigits, parseWords } = number;

/** The inches after a height's feet: "’6”", "' 7\"", "′11″" (not a quotation's closing marks: the inches are one or two digits). */
const HEIGHT_REST = /^[’'′] ?(?:1[01]|\d)(?:[”"″]|'')(?![\w])/;

/** Parses the core at `i`: digits (or "." + digit) or a spelled word. */
export function parseCore(text: string, i: number): Core {
  return isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 46 ? parseDigits(text, i) : parseWords(text, i);
}

/** A unit's "per" written as a slash ("/h", "/100 km"), made once (a \p{...} literal may be made afresh per call). */
const PER_SLASH = /^\/(?:\d+ ?)?\p{L}+/u;

/** Longest unit phrase (1-4 words) starting at `i`; returns its end or -1 (no phrase built, or lengthened, past a UNIT_OPENINGS miss). */
export function unitAt(text: string, i: number): number {
  if (text[i] === '°' || text[i] === 'º') return degreeUnitEnd(text, i); // ("26.8 °C": spaced from its number; glued, it is the number's suffix)
  if (!isLetter(text.charCodeAt(i))) return -1;
  // ("1.79 m.p.h.": miles an hour as older and newspaper styles dot them, the last dot the abbreviation's)
  if (text.charCodeAt(i) === 109 && text[i + 1] === '.' && text.startsWith('m.p.h', i)) return text[i + 5] === '.' ? i + 6 : i + 5;
  const opening = wordAt(text, i);
  if (!UNIT_OPENINGS.has(opening)) return runOnUnitEnd(text, i);
  let best = -1;
  let j = i;
  let phrase = '';
  for (let n = 0; n < 4; n++) {
    let e = wordEnd(text, j);
    if (e === j) break;
    // "300 m²", "85 m2": an area's power sign after its unit
    if ((text[e] === '2' || text[e] === '²') && n === 0 && !isDigit(text.charCodeAt(e + 1)) && !isLetter(text.charCodeAt(e + 1)) && UNIT_PHRASES.has(text.slice(j, e + 1).toLowerCase())) return e + 1;
    // "kilowatt-hours": a hyphen inside the unit
    if (text.charCodeAt(e) === 45 && isLetter(text.charCodeAt(e + 1)) && n === 0 && (text.charCodeAt(j) | 32) >= 103) { const e2 = wordEnd(text, e + 1); if (UNIT_PHRASES.has(text.slice(j, e2).toLowerCase())) e = e2; }
    // (the first word is the opening just looked up, unless a hyphen lengthened it: that string, not a new one to hash again)
    phrase += n > 0 ? ' ' + lowerSlice(text, j, e) : e === i + opening.length ? opening : lowerSlice(text, j, e);
    // "km/h", "L/100 km"
    const per = text[e] === '/' ? PER_SLASH.exec(text.slice(e, e + 12)) : null;
    const slashed = per ? e + per[0].length : -1;
    if (slashed > 0 && UNIT_PHRASES.has(phrase + text.slice(e, slashed).toLowerCase())) return slashed;
    if (UNIT_PHRASES.has(phrase)) best = e;
    if (!isSpace(text.charCodeAt(e)) || !UNIT_OPENINGS.has(phrase)) break;
    j = e + 1;
  }
  // ("460 lbs. during", "465 lbs., almost": the abbreviation's dot, where the sentence goes on; at its end the dot is the sentence's)
  if (best > 0 && text[best] === '.' && /^lbs?$/i.test(text.slice(i, best)) && /^\.(?:,|[ \t]+[a-z])/.test(text.slice(best, best + 3))) return best + 1;
  // ("10.9 AU from the Sun": astronomical units, in capitals; "55 AU members" are the African Union's)
  if (best === i + 2 && (text[i] === 'a' || text[i] === 'A') && (text.slice(i, best) !== 'AU' || /^\s+(?!from|away|beyond|out|and|or|to)[a-z]/.test(text.slice(best, best + 12)))) return -1;
  return best;
}

/**
 * Where a one-word unit ends when a copy ran the next line's first word into it ("up 0.6
 * percentFood prices rose": a heading run into its paragraph; "up 2.6 percentrestaurant meals"), or -1: a lower-case unit, then a capital.
 */
function runOnUnitEnd(text: string, i: number): number {
  if (isUpper(text.charCodeAt(i))) return -1;
  const e = wordEnd(text, i);
  // ("up 2.6 percentrestaurant meals": a lower-case word run on after "percent", which no English word but "percentage" and "percentile" extends)
  if (e - i > 9 && text.startsWith('percent', i) && !/^percent(?:age|ile)/.test(text.slice(i, i + 10))) return i + 7;
  for (let k = i + 2; k < e; k++) {
    if (isUpper(text.charCodeAt(k))) return isLetter(text.charCodeAt(k + 1)) && UNIT_PHRASES.has(text.slice(i, k)) ? k : -1;
  }
  return -1;
}

/** Words that end a counted noun before a rate's period ("5 people were killed a day" is no rate of people). */
const RATE_BREAKERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'that', 'which', 'who', 'than', 'more', 'times', 'once', 'twice', 'over', 'under', 'within', 'just', 'only', 'barely', 'nearly', 'almost', 'about', 'roughly']);

/** "more", "additional" or "extra" before a unit ("483 more kilometers"). */
const MORE_BEFORE_UNIT = /^(?:more|additional|extra) /i;
/** A counted noun of one to four words, then its period ("customers per week", "emails a year"). */
const NOUN_RATE = /^(?:[a-z][a-z-]* ){1,4}(?:per|an?) ([a-z]+)\b(?! (?:ago|earlier|before|later|after|prior)\b)/;

/** True when one to four lower-case words from `p` may be followed by "per ", "a " or "an " (NOUN_RATE can match only then: most figures' next words have none). */
function mayRate(text: string, p: number): boolean {
  let k = p;
  for (let n = 0; n < 4; n++) {
    let c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
    k++;
    while (((c = text.charCodeAt(k)) >= 97 && c <= 122) || c === 45) k++;
    if (c !== 32) return false;
    k++;
    if (text.startsWith('a ', k) || text.startsWith('an ', k) || text.startsWith('per ', k)) return true;
  }
  return false;
}

/** After a number: scale word, percent/unit, rate. Returns the new end and what it found. */
export function growSuffix(text: string, core: Core, e: { unit: boolean; percent: boolean }): number {
  let end = core.end;
  // "5’6”", "6' 7\"": a height in feet and inches, one figure
  const mark = text.charCodeAt(end);
  const height = core.plain && core.value <= 9 && (mark === 0x2019 || mark === 39 || mark === 0x2032) ? HEIGHT_REST.exec(text.slice(end, end + 8)) : null;
  if (height) { e.unit = true; return end + height[0].length; }
  // "4m/-", "10,000/-": "/-" closes an amount of shillings (or rupees), as East African and South Asian papers write them
  if (mark === 47 && text.charCodeAt(end + 1) === 45 && !isLetter(text.charCodeAt(end + 2)) && !isDigit(text.charCodeAt(end + 2))) { e.unit = true; return end + 2; }
  // "240.5** billion vehicle-miles": a footnote's stars between a number and its scale or unit (kept only if one follows)
  const starred = mark === 42 ? starsEnd(text, end) : end;
  end = starred;
  let after = skipSpaces(text, end);
  if (after > end && after - end <= 1) {
    const w = wordAt(text, after);
    if (SCALES.has(w) && (w.length > 2 || w === 'bn' || w === 'mn')) { end = after + w.length; after = skipSpaces(text, end); }
  }
  if (core.percent) e.percent = true;
  // ("more than six times that of passenger vehicles": "that" and "those" compare only before "of": "six times that year" counts)
  else if (after - end <= 1 && wordAt(text, after) === 'times' && ((COMPARATIVES.has(wordAt(text, skipSpaces(text, after + 5))) && !/^\s+th(?:at|ose)\s+(?!of\b|[a-z]+(?:ly|ed)\b)/i.test(text.slice(after + 5, after + 24)))
    // ("50 times that originally planned", "three times Kīlauea's average": a multiple of what a participle or a possessive names)
    || MULTIPLE_OF_NAMED.test(text.slice(after + 5, after + 32))
    // ("improve its resolution by 100 times,": the size of a change, a multiple)
    || (/\bby\s+$/.test(text.slice(Math.max(0, core.start - 4), core.start)) && /^\s*(?:[,.;:)]|$)/.test(text.slice(after + 5, after + 7)))
    // ("or 2.2 times, average", "rose 2.5 times.": no one does a thing a fraction of a time: a multiple)
    || !Number.isInteger(core.value))) {
    // "2.5 times more", "15 times higher": a multiple (not "arrested 3 times")
    e.unit = true;
    end = after + 5;
  } else if (after - end <= 1) {
    // ("483 more kilometers", "two more years": the unit after "more" is the figure's)
    // (looked for only after an m, a or e: most figures' next word opens with none)
    const m0 = text.charCodeAt(after) | 32;
    const more = m0 === 109 || m0 === 97 || m0 === 101 ? MORE_BEFORE_UNIT.exec(text.slice(after, after + 11))?.[0].length ?? 0 : 0;
    const u = unitAt(text, after + more);
    // ("$644.1 billion year-to-date", "$5 billion year-over-year": a period's compound after the amount, no unit of it)
    if (u > 0 && !(more === 0 && (m0 === 121 || m0 === 109 || m0 === 119 || m0 === 100) && PERIOD_COMPOUND.test(text.slice(after, after + 24)))) {
      const w = lowerSlice(text, after + more, u);
      e.percent = w.startsWith('per') || w.includes('point');
      e.unit = true;
      end = u;
    }
  }
  if (end === starred) end = core.end;
  // "$12/month", "$80/year": a price's period after a slash, as "per month" is
  // (each pattern tried only after the character it opens with: most figures have neither)
  const slashed = text.charCodeAt(end) === 47 ? /^\/(?:month|mo|year|yr|week|wk|day|hour|hr|night)\b/i.exec(text.slice(end, end + 7)) : null;
  if (slashed) return end + slashed[0].length;
  // "470 million tonnes annually": a measure's period in one word (a count's stays out: "26,000 workers annually")
  if (e.unit && !e.percent && text.charCodeAt(end) === 32) {
    const every = /^ (?:annually|yearly|monthly|weekly|daily)\b/i.exec(text.slice(end, end + 10));
    if (every) return end + every[0].length;
  }
  // rates: "per day", "troops per day"
  const p = skipSpaces(text, end);
  let perAt = -1;
  if (p - end <= 1 && isLetter(text.charCodeAt(p))) {
    const n1 = wordAt(text, p);
    const q = skipSpaces(text, p + n1.length);
    if (n1 === 'per') perAt = p;
    else if (text.charCodeAt(q) === 112 && !isUpper(text.charCodeAt(p)) && wordAt(text, q) === 'per') perAt = q;
    // ("about 10 thousand new wired voice customers per week", "four million emails a year": a counted noun of a few words, then its period)
    else if (!e.unit && !e.percent) {
      // (not "2 teams a year ago", "40 people a day earlier": a time back, no rate)
      const rate = mayRate(text, p) ? NOUN_RATE.exec(text.slice(p, p + 60)) : null;
      if (rate && (PERIODS.has(rate[1]!) || PERIODS.has(rate[1]!.replace(/s$/, ''))) && !rate[0].split(' ').some((w) => RATE_BREAKERS.has(w))) return p + rate[0].length;
    }
  }
  if (perAt > 0) {
    const q = skipSpaces(text, perAt + 3);
    const period = wordAt(text, q);
    if (PERIODS.has(period) || PERIODS.has(period.replace(/s$/, ''))) end = q + period.length;
    // a yield: a measure per area ("171.7 bushels per acre", "803 pounds per harvested acre"); a price per unit stays out
    else if (e.unit && !e.percent && !MONEY_UNIT.test(text.slice(core.end, perAt))) {
      const area = /^(?:(?:harvested|planted) )?(?:acres?|hectares?|ha)\b/.exec(text.slice(q, q + 20));
      if (area) end = q + area[0].length;
    }
  } else if (e.unit && !e.percent) end = measureRateEnd(text, end, core.end);
  return end;
}

/** A period's word opening a compound that says how a figure is counted: "year-to-date", "year over year", "month-on-month", "year-end". */
const PERIOD_COMPOUND = /^(?:year|month|week|day)[- ](?:to[- ]date|over[- ](?:year|month|week)|on[- ](?:year|month|week)|end)\b/i;

/** Where one to three footnote stars from `i` end, if a space follows them (else `i`). */
function starsEnd(text: string, i: number): number {
  let k = i;
  while (text.charCodeAt(k) === 42 && k - i < 3) k++;
  return text.charCodeAt(k) === 32 ? k : i;
}

/** A named base after "N times": a possessive ("Kīlauea's average"), not a time's ("that year's"). */
const MULTIPLE_OF_NAMED = /^ (?:\p{Lu}[\p{L}`'-]* ){0,2}\p{Lu}[\p{L}`'-]*['’]s\s/u;

/** Words after "N times" that make it a multiple. */
const COMPARATIVES = new Set(['more', 'less', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'faster', 'slower', 'as', 'the', 'longer', 'cheaper', 'costlier', 'likelier', 'likely', 'over', 'that', 'those', 'its', 'their',
  // ("10 million times fainter than the star", "100 times brighter")
  'brighter', 'fainter', 'heavier', 'lighter', 'denser', 'stronger', 'weaker', 'hotter', 'colder', 'warmer', 'cooler', 'wider', 'deeper', 'thicker', 'thinner',
  'older', 'younger', 'louder', 'richer', 'poorer', 'closer', 'farther', 'further', 'quicker', 'safer', 'riskier', 'easier', 'harder', 'darker', 'taller', 'shorter', 'stiffer', 'sharper',
  // ("roughly 10 times better", "at ten times current speeds": a multiple of what follows)
  'better', 'worse', 'current', 'normal', 'average', 'usual', 'what']);
