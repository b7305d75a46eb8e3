// Numbers that name or rate rather than count, in science news: a star's catalogue name
// ("55 Cancri e", "61 Cygni"), a catalogue number kept with its leading zero ("MS 075"), and a
// rating on a named scale ("corrected downward to zero on the Torino scale", "2 out of 10 on the
// Torino scale"), which is a grade, as "Category 5" is; a company named by a number (3M); and
// "net zero", "zero emissions", the names of targets; and an archive entry's number opening a line
// that ends with the entry's date ("1061 Vermont Had a Growth Rate ... December 24, 2018").
import type { Expression } from './expression';
import type { Reject } from './number';
import * as scan from './scan';

// Local bindings: read once, not through the module object on every figure.
const { skipSpaces, wordAt, wordBefore } = scan;

/** Latin genitives of the constellations, as Flamsteed and Bayer names use them ("55 Cancri", "51 Pegasi"). */
const CONSTELLATIONS = new Set(['andromedae', 'antliae', 'apodis', 'aquarii', 'aquilae', 'arae', 'arietis', 'aurigae', 'bootis', 'caeli', 'camelopardalis',
  'cancri', 'canum', 'canis', 'capricorni', 'carinae', 'cassiopeiae', 'centauri', 'cephei', 'ceti', 'chamaeleontis', 'circini', 'columbae', 'comae',
  'coronae', 'corvi', 'crateris', 'crucis', 'cygni', 'delphini', 'doradus', 'draconis', 'equulei', 'eridani', 'fornacis', 'geminorum', 'gruis',
  'herculis', 'horologii', 'hydrae', 'hydri', 'indi', 'lacertae', 'leonis', 'leporis', 'librae', 'lupi', 'lyncis', 'lyrae', 'mensae', 'microscopii',
  'monocerotis', 'muscae', 'normae', 'octantis', 'ophiuchi', 'orionis', 'pavonis', 'pegasi', 'persei', 'phoenicis', 'pictoris', 'piscium', 'piscis',
  'puppis', 'pyxidis', 'reticuli', 'sagittae', 'sagittarii', 'scorpii', 'sculptoris', 'scuti', 'serpentis', 'sextantis', 'tauri', 'telescopii',
  'trianguli', 'tucanae', 'ursae', 'velorum', 'virginis', 'volantis', 'vulpeculae']);

/** A rating on a named scale after the number: " on the Torino scale", " out of 10 on the Richter scale". */
const ON_NAMED_SCALE = /^(?: out of \d+)? on the (?:\p{Lu}[\p{L}-]*\s+){1,3}scale\b/u;

/** An indefinite article right before a figure: "a 400-meter swim" is one leg of a course, not a race's name. */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+$/i;
/** A race named by its distance, hyphened ("the men's 5,000-meter run", "her 100-meter swim"), or a relay ("4×100 medley relay"). */
const HYPHENED_EVENT = /^[-‑](?:meters?|metres?|miles?|kilometers?|kilometres?|yards?|m)\s+(?:run|swim|walk|dash|race|relay|freestyle|backstroke|butterfly|breaststroke|medley|hurdles|sprint|steeplechase|final|individual)\b/i;
/** Whose race it is, or who won it, right before its distance: "the women's", "men's", "after winning the". */
const MENS_WOMENS = /\b(?:(?:men|women|boys|girls)[’']s?|(?:won|wins?|winning|took|takes|claimed|clinched|captured)\s+the)\s+$/i;
/** The first letters of WEIGHT_CLASS's words, looked at before it. */
const CLASS_INITIALS = 'cdbwCDBW';
/** What a weight names after "the 121 kg": a class of a contest. */
const WEIGHT_CLASS = /^\.?\s(?:class|division|category|weight class|bracket)\b/i;
/** Words before the bottom of a scale ("ranked from", "on a scale of", "rated between"), and the words that may join them to it. */
const SCALE_WORDS = new Set(['scale', 'scales', 'ranked', 'rated', 'ranking', 'rating', 'ratings', 'graded', 'scored']);
const SCALE_JOINS = new Set(['of', 'from', 'between']);
/** True when the bottom of a scale starts at `start`: a scale word before it, maybe joined by "of", "from" or "between". */
function scaleBefore(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return SCALE_WORDS.has(w.word) || (SCALE_JOINS.has(w.word) && SCALE_WORDS.has(wordBefore(text, w.start).word));
}
/** The top of a scale after its bottom: " to 10", "-100", " and 5" (five, seven, ten or a hundred points). */
const SCALE_TOP = /^(?:\s(?:to|through|and)\s|[-–])(?:5|7|10|100|five|seven|ten)\b(?![.,]?\d)(?!\s*(?:%|percent|per cent|thousand|million|billion|trillion)\b)/i;
/** Words that make "zero" a name before it: "net zero", "absolute zero", "ground zero", "patient zero", "spin-zero", a bit's "one or zero". */
const ZERO_NAME_BEFORE = /\b(?:net|absolute|ground|patient|spin|one or)[\s-]+$/i;
/** Words that make "zero" a name after it: "zero emissions", "zero tolerance", "zero rating", "zero-sum", "zero hour", "zero gravity". */
const ZERO_NAME_AFTER = /^[\s-]+(?:emissions?|carbon|tolerance|waste|hunger|poverty|rat(?:ing|ed)|sum|hour|gravity|trust)\b/i;
/** A time zone after "UTC" or "GMT" ("UTC+9", "GMT-5"). */
const ZONE_BEFORE = /\b(?:UTC|GMT)\s?[+−-]$/;

// (regexes with \p{...} are made once here: some runners compile such a literal afresh each time the line runs)
/** A statistics office's catalogue number opening a title line: "9309.0 - Motor Vehicle Census". */
const CATALOGUE_NUMBER = /^\d{4}\.\d(?:\.\d{2}\.\d{3})? [-–] \p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** A full date closing a line: an archive's entry ends with the day it was posted ("... Down the Road September 3, 2018"). */
const DATE_ENDS_LINE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-3]?\d, (?:1[89]|20)\d\d\s*$/;

/** True for an archive entry's number opening its line, before a title and ending in a date: "1061 Vermont Had a Growth Rate ... December 24, 2018". */
function archiveEntryNumber(text: string, x: Expression): boolean {
  const s = x.core.start;
  // (four digits: a serial past a thousand; a headline's count of a thousand or more is written with its comma, "1,500 Runners")
  if (!x.core.plain || x.core.intDigits !== 4 || x.end !== x.core.end || x.qualifier || x.range || text.charCodeAt(x.end) !== 32) return false;
  if (s !== 0 && text.charCodeAt(s - 1) !== 10) return false;
  const c = text.charCodeAt(x.end + 1);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  // (a listing's line is a title and a date: a long line is prose, whatever it ends with)
  let e = text.indexOf('\n', x.end);
  if (e < 0) e = text.length;
  return e - s <= 240 && DATE_ENDS_LINE.test(text.slice(x.end, e));
}

/** A news release's number, the year's two digits, a dash and a serial: "RELEASE: 97-217", "2012 BEA 12-30" (after the office's initials). */
const RELEASE_NUMBER = /^\d{2}[-–—]\d{2,3}(?![\d.,%-])/;
const RELEASE_BEFORE = /(?:\bRELEASE:?|\bRelease(?::| No\.)) {1,2}$/;
const YEAR_AND_OFFICE_BEFORE = /\b\d\d(\d\d),?\s[A-Z]{2,6} $/;

/** True when `x` opens a news release's number (widens x over it). */
function releaseNumber(text: string, x: Expression): boolean {
  const s = x.core.start;
  const c = text.charCodeAt(s + 2);
  if (c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  const m = RELEASE_NUMBER.exec(text.slice(s, s + 8));
  if (!m) return false;
  const before = text.slice(Math.max(0, s - 16), s);
  if (!RELEASE_BEFORE.test(before) && YEAR_AND_OFFICE_BEFORE.exec(before)?.[1] !== text.slice(s, s + 2)) return false;
  x.start = s;
  x.end = s + m[0].length;
  return true;
}

/** A number and an abbreviated unit right before a bracket ("57 bgd (", "14 BkWh ("): the unit a gloss spells out. */
const GLOSSED_UNIT_BEFORE = /\d\s?([A-Za-z])[A-Za-z/]{1,7}\s\($/;
/** The letters an abbreviation of each scale starts with: "Mcf" is thousands of cubic feet, "Ggal" billions of gallons. */
const SCALE_INITIALS: Readonly<Record<string, string>> = { thousand: 'tkm', million: 'm', billion: 'bg', trillion: 't' };

/** True when the bare scale word `scale` opens a bracket at `start` after an abbreviation it spells out ("57 bgd (billion gallons per day)"; not "7 units (thousand in all)"). */
function glossedScale(text: string, start: number, scale: string): boolean {
  const initials = SCALE_INITIALS[scale.toLowerCase()];
  const m = initials && GLOSSED_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return !!m && initials.includes(m[1]!.toLowerCase());
}

/** True for the times sign and the letter x that stands for it. */
const isTimes = (c: number): boolean => c === 0xd7 || c === 120;

/** True when the digits at `i` are followed by a times sign, maybe after one white-space character ("4×100", "4 x 100"). */
function timesAfterDigits(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return isTimes(text.charCodeAt(k)) || (isTimes(text.charCodeAt(k + 1)) && /\s/.test(text[k] ?? ''));
}

/** 'name' for a catalogue name or number, a race's name or a time zone, 'label' for a rating on a named scale, 'list' for an archive entry's number, else undefined. */
export function catalogueRule(text: string, x: Expression): Reject | undefined {
  // (both legs of a relay's name: "4×100" read as one, or its "100" alone after "4×")
  // (each pattern tried only where its times sign, or the hyphen, can be: most numbers have none)
  const relay = (timesAfterDigits(text, x.core.start) && /^\d+\s?[×x]\s?\d+\s+(?:medley|freestyle|relay)\b/.test(text.slice(x.core.start, x.core.start + 24)))
    || ((isTimes(text.charCodeAt(x.core.start - 1)) || isTimes(text.charCodeAt(x.core.start - 2))) && /\d\s?[×x]\s?$/.test(text.slice(Math.max(0, x.core.start - 3), x.core.start)) && /^\s+(?:medley|freestyle|relay)\b/.test(text.slice(x.end, x.end + 12)));
  const dash = text.charCodeAt(x.core.end);
  // (not a course's leg after "a": "the events included a 400-meter swim, ... a 5-kilometer run" are distances covered;
  // nor a decimal length, "the 26.2-mile race": no race is named by a fraction of its unit)
  if (((dash === 45 || dash === 0x2011) && Number.isInteger(x.core.value) && HYPHENED_EVENT.test(text.slice(x.core.end, x.core.end + 40)) && !INDEFINITE_BEFORE.test(text.slice(Math.max(0, x.start - 4), x.start))) || relay) { x.end = Math.max(x.end, x.core.end); return 'name'; }
  // "the women's 100 meters", "the men's 10,000 meters", "after winning the 10,000 meters": a race named by its distance
  // (the unit read before the words ahead of it: most measures are no race's distance)
  if (x.unit && !x.qualifier && !x.range && /^\s*(?:m|meters?|metres?|miles?|kilometers?|kilometres?|km|yards?)$/i.test(text.slice(x.core.end, x.end)) && MENS_WOMENS.test(text.slice(Math.max(0, x.start - 16), x.start)) && !/^\s+of\b/.test(text.slice(x.end, x.end + 4))) return 'name';
  const sign = text.charCodeAt(x.core.start - 1);
  if ((sign === 43 || sign === 45 || sign === 0x2212) && ZONE_BEFORE.test(text.slice(Math.max(0, x.core.start - 5), x.core.start))) return 'name';
  // ("9309.0 - Motor Vehicle Census, Australia": a statistics office's catalogue number opening a release's title line)
  if ((x.core.start === 0 || text[x.core.start - 1] === '\n') && CATALOGUE_NUMBER.test(text.slice(x.core.start, x.core.start + 24))) { x.end = x.core.end; return 'name'; }
  // "scientists at 3M", "A 3M policy", "3M was": the company (not "3M downloads", three million of a plural noun)
  if (x.end - x.start === 2 && text.charCodeAt(x.start) === 51 && text[x.start + 1] === 'M' && !x.currency && !x.qualifier && !/^ (?!(?:was|has|is|its|as|this|thus|plus|says)\b)[a-z]+s\b/.test(text.slice(x.end, x.end + 24))) return 'name';
  // "the 121 kg class", "the 74kg category", "the 185-pound division": a weight class names a contest, as a race's distance does
  if (x.unit && !x.qualifier && !x.range && CLASS_INITIALS.includes(text[text.charCodeAt(x.end) === 46 ? x.end + 2 : x.end + 1] ?? ' ') && wordBefore(text, x.start).word === 'the' && /\d(?:\s?|-)(?:kg|kgs|kilograms?|lbs?|pounds?)\.?$/i.test(text.slice(x.core.start, x.end)) && WEIGHT_CLASS.test(text.slice(x.end, x.end + 14))) return 'name';
  // "57 bgd (billion gallons per day)", "5 Bcf (billion cubic feet)": a bare scale word in brackets after an abbreviated unit spells the unit out, no figure
  if (x.core.words && x.start === x.core.start && text.charCodeAt(x.start - 1) === 40 && glossedScale(text, x.start, text.slice(x.core.start, x.core.end))) return 'label';
  if (!(x.core.plain || x.core.words) || x.unit || x.percent || x.currency) return undefined;
  if (archiveEntryNumber(text, x)) return 'list';
  if (x.core.intDigits === 2 && releaseNumber(text, x)) return 'code';
  // "ranked from 1 to 10", "on a scale of 0 to 100": the ends of a scale are grades, not counts (the top taken with the bottom)
  if ((x.core.value === 0 || x.core.value === 1) && scaleBefore(text, x.start)) {
    const top = SCALE_TOP.exec(text.slice(x.core.end, x.core.end + 16));
    if (top) { x.end = x.core.end + top[0].length; return 'label'; }
  }
  // "net zero", "zero emissions", "zero tolerance": a target or a policy's name, not a count
  if (x.core.words && !x.qualifier && !x.range && x.end - x.start === 4 && /^zero$/i.test(text.slice(x.start, x.end))
    && (ZERO_NAME_BEFORE.test(text.slice(Math.max(0, x.start - 10), x.start)) || ZERO_NAME_AFTER.test(text.slice(x.end, x.end + 12)))) return 'name';
  // "MS 075": a quantity is never written with a leading zero
  if (x.core.plain && text.charCodeAt(x.core.start) === 48 && x.core.end - x.core.start >= 2 && /^0\d+$/.test(text.slice(x.core.start, x.core.end))) return 'name';
  const next = skipSpaces(text, x.end);
  if (next === x.end + 1 && CONSTELLATIONS.has(wordAt(text, next)) && UPPER_FIRST.test(text[next] ?? '')) return 'name';
  if (!x.qualifier && !x.range && text.startsWith(' o', x.end) && ON_NAMED_SCALE.test(text.slice(x.end, x.end + 60))) {
    // "2 out of 10": the scale's top is part of the rating
    const outOf = /^ out of \d+/.exec(text.slice(x.end, x.end + 14));
    if (outOf) x.end += outOf[0].length;
    return 'label';
  }
  return undefined;
}
