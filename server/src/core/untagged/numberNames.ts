// Numbers that name or mark a thing rather than count it (context.ts's rules): roads ("the 405
// freeway"), a name that opens a sentence ("Voyager 2 is", "Windows 11 runs"), the rest of a
// plural name's list ("Highways 19 and 11"), races named by a glued "K" ("the 10K and 5K races"),
// a course's marker ("at mile 22"), an index's base year ("2012=100"), a relay's legs ("4 x 100m
// relay") and a capitalised ordinal that opens a name ("Third Generation").
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';

const { CARDINALS, EVENT_WORDS, NOT_NAME_WORDS } = lexicon;
const { isDigit, isLetter, isSpace, isUpper, skipSpaces, skipSpacesBack, wordAt, wordBefore } = scan;

/** Roads named by a number ("the 405 freeway") and police addresses ("the 3100 block of Elm Street"). */
const ROAD_AFTER = new Set(['freeway', 'freeways', 'motorway', 'expressway', 'turnpike', 'tollway', 'parkway']);
/** True for "the 405 freeway" and "the 3100 block of Elm Street". */
export function roadRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.qualifier || x.range) return false;
  const after = skipSpaces(text, x.end);
  const next = wordAt(text, after);
  if (ROAD_AFTER.has(next)) return true;
  // "the 3100 block of Elm Street", "in the 100 block of North Main"
  return next === 'block' && /^block of [A-Z0-9]/.test(text.slice(after, after + 12));
}

/**
 * Capitalised words that may open a sentence before a count without naming it ("Today 20 people",
 * "Meanwhile 3 firms", "Magnitude 3 quakes"), besides NOT_NAME_WORDS' determiners and qualifiers, any
 * "-ly" adverb and any "-ing" or "-ed" verb ("Mastering 10 events was", "Injured 12 people").
 */
const OPENERS_BEFORE_COUNT = new Set(['this', 'that', 'then', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'here', 'there', 'also', 'plus', 'minus', 'like', 'unlike',
  'perhaps', 'maybe', 'still', 'yet', 'thus', 'hence', 'so', 'nor', 'meanwhile', 'however', 'instead', 'otherwise', 'overall', 'altogether', 'together', 'combined',
  'worldwide', 'nationwide', 'statewide', 'citywide', 'when', 'while', 'if', 'once', 'as', 'though', 'although', 'because', 'despite', 'without', 'within', 'across',
  'through', 'against', 'toward', 'towards', 'beyond', 'besides', 'excluding', 'per', 'via', 'what', 'where', 'whereas', 'whether', 'which', 'whose', 'than',
  'magnitude', 'exactly', 'precisely', 'barely', 'fully', 'already', 'again', 'even', 'just', 'many', 'several', 'few', 'most', 'such', 'no', 'not', 'none', 'total', 'totals']);

/**
 * "Voyager 2 is", "Windows 11 runs", "Apollo 11 landed": a capitalised word that opens a sentence
 * and a small whole number written in digits right after it, then the sentence going on in lower
 * case, name a thing (a craft, a product, a mission). Not a determiner, qualifier or adverb that
 * opens a sentence before a count ("Some 20 were", "Today 40 people", "Winning 10 games"), not a table's row (the
 * line ends after the number), and not money, a measure or a share.
 */
export function sentenceStartName(text: string, x: Expression, bare: string, lower: string): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier || x.end !== x.core.end || x.core.intDigits > 4) return false;
  // (digits only: "2,379" or "3.5" after a heading's word is an amount)
  for (let k = x.core.start; k < x.core.end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  if (bare.length < 3 || !/^[A-Z][a-zA-Z]+$/.test(bare) || NOT_NAME_WORDS.has(lower) || OPENERS_BEFORE_COUNT.has(lower) || /(?:ly|ing|ed)$/.test(lower)) return false;
  // the sentence goes on in lower case after the number: " is", " to Switch", " landed"
  if (!isSpace(text.charCodeAt(x.end)) || text.charCodeAt(x.end) === 10) return false;
  const c = text.charCodeAt(x.end + 1);
  return c >= 97 && c <= 122;
}

/**
 * "Highways 19 and 11", "Sustainable Development Goals 7, 11": after a capitalised plural that
 * names the number before it, the list's next numbers name things too (widens x over them).
 */
export function extendNameList(text: string, x: Expression): void {
  const { word, start } = wordBefore(text, x.core.start);
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 || !isUpper(text.charCodeAt(start)) || x.end !== x.core.end) return;
  const list = /^(?:,? (?:and |or |& )?\d{1,3}(?![\d.,]\d))+\b/.exec(text.slice(x.end, x.end + 30));
  if (!list) return;
  // (the list ends its clause or a capital follows: "Highways 19 and 11 lost 20 people" keeps no count in it)
  const after = x.end + list[0].length;
  if (isSpace(text.charCodeAt(after)) && isLetter(text.charCodeAt(after + 1)) && !isUpper(text.charCodeAt(after + 1))) return;
  x.end = after;
}

/** Words after a glued "K" that make it a race ("the 10K run", "5K races"). */
const K_RACE_NEXT = new Set(['run', 'runs', 'walk', 'walks', 'fun', 'trail', 'road', 'course']);

/**
 * "the 10K and 5K races", "the men's 10K", "the USATF 10K race": a distance in kilometres written
 * with a glued "K" names a race (as "the women's 100m" does), not ten thousand of something.
 */
export function kRaceRule(text: string, x: Expression): boolean {
  // ("the full, half or 10K race": alternatives that end on a race's glued "K" name races too)
  if (x.range && /^(?:half|full|\d{1,2}K) (?:or|and) \d{1,2}K$/.test(text.slice(x.start, x.end)) && EVENT_WORDS.has(wordAt(text, skipSpaces(text, x.end)))) return true;
  if (x.currency || x.percent || x.range || x.core.words || (text.charCodeAt(x.end - 1) | 32) !== 107 || x.end - x.core.start > 3 || !isDigit(text.charCodeAt(x.end - 2))) return false;
  const next = wordAt(text, skipSpaces(text, x.end));
  if (EVENT_WORDS.has(next) || K_RACE_NEXT.has(next)) return true;
  // "the 10K and 5K races": a list of them before the race word
  if ((next === 'and' || next === 'or') && /^,? (?:and|or) (?:the )?\d{1,2}[Kk] (?:races?|runs?|walks?|events?)\b/.test(text.slice(x.end, x.end + 24))) return true;
  // ("the 5K price is $20", "the 5K will increase by $5": "the" and a capital K name the race, as "the marathon" would)
  return /\b(?:men|women|boys|girls)['’]s\s+$/i.test(text.slice(Math.max(0, x.start - 10), x.start)) || (text.charCodeAt(x.end - 1) === 75 && !x.qualifier && /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start)) && !/^(?:mark|level|threshold|barrier|milestone)$/.test(next));
}

/**
 * "at mile 22", "past kilometre 30", "mile marker 14": a course's marker, the distance word in the
 * singular right before the number (a length puts its unit after: "22 miles").
 */
export function markerRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier) return false;
  const { word, start } = wordBefore(text, x.start);
  if (word !== 'mile' && word !== 'kilometre' && word !== 'kilometer' && word !== 'km' && word !== 'marker' && word !== 'milepost') return false;
  // (not "a mile 5 times a week", "per mile 22 cents": one of the unit, then a count)
  const before = wordBefore(text, start).word;
  return before !== 'a' && before !== 'per' && before !== 'each' && before !== 'every' && before !== 'one' && !isDigit(text.charCodeAt(skipSpacesBack(text, start) - 1));
}

/** "(2012=100)", "2015 = 100": an index's base year and its base, no figure (x.start must be the base). */
export function indexBaseRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.core.value !== 100 || x.unit || x.percent || x.currency) return false;
  if (/(?:^|[^\d])(?:1[89]|20)\d{2}(?:[-–/]\d{2,4})? ?= ?$/.test(text.slice(Math.max(0, x.start - 14), x.start))) return true;
  // "the average for 2010 is equal to 100", "with 2015 set equal to 100": the base said in words
  // (tried only after "to " or "equals ")
  const c = text.charCodeAt(x.start - 2);
  return (c === 111 || c === 115) && BASE_IN_WORDS.test(text.slice(Math.max(0, x.start - 40), x.start));
}

/** A base year, then "is equal to", "equals" or "set (equal) to", right before an index's 100. */
const BASE_IN_WORDS = /(?:^|[^\d])(?:1[89]|20)\d{2}(?:[-–/]\d{2,4})?(?: average| levels?| prices)? (?:(?:is |was |are )?(?:set )?equal to|equals|(?:is |was )?set to) $/;

/**
 * "the 4 x 100-meter relay", "a 4x400m relay": a relay's legs before the length each runs (or
 * swims) name the race, no count of anything.
 */
export function relayLegsRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.end - x.core.start !== 1) return false;
  const c = text.charCodeAt(x.end);
  if (c !== 32 && c !== 120 && c !== 0xd7) return false;
  return /^ ?[x×] ?\d{2,4}(?:,\d{3})?(?:-?(?:m|meters?|metres?|yards?|yd)\b)?(?:[- ](?:[a-z]+ ){0,2}| )relays?\b/.test(text.slice(x.end, x.end + 40));
}

/** Ordinals that are also fraction words ("a third"), whose capitalised form may open a name. */
const NAME_ORDINALS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/**
 * "over Third Generation networks", "the Fifth Circuit": inside a sentence, a capitalised ordinal
 * before a capitalised word opens a name, no fraction, and so does a capitalised cardinal ("during the Six
 * Nations", "over the Four Corners region") ("on cloud nine", "the whole nine yards":
 * idioms, no count, too).
 */
export function wordNameRule(text: string, x: Expression): boolean {
  if (!x.core.words || x.percent || x.currency || x.range) return false;
  const word = wordAt(text, x.core.start);
  if (word === 'nine') { const prev = wordBefore(text, x.core.start); return prev.word === 'cloud' || (prev.word === 'whole' && /^ yards\b/.test(text.slice(x.core.end, x.core.end + 7))); }
  if (x.unit || x.end !== x.core.end) return false;
  const cardinal = CARDINALS.has(word) && word !== 'dozen';
  if (!isUpper(text.charCodeAt(x.core.start)) || !(NAME_ORDINALS.has(word) || cardinal) || text.charCodeAt(x.end) !== 32 || !isUpper(text.charCodeAt(x.end + 1))) return false;
  // (the word before read only now: most spelled numbers are in lower case)
  const prev = wordBefore(text, x.core.start);
  // (inside a sentence in lower case: a title-case headline's "Cut by a Third Next Year" is left)
  if (prev.word === '' || isUpper(text.charCodeAt(prev.start)) || prev.word === 'a' || prev.word === 'one' || !isSpace(text.charCodeAt(x.core.start - 1))) return false;
  // ("during the Six Nations", "over the Four Corners region": a capitalised cardinal names a thing only after
  // two words in lower case, since a title-case headline lowers one at most: "Toll Rises to Five Hundred")
  if (!cardinal) return true;
  const prev2 = wordBefore(text, prev.start);
  return prev2.word !== '' && !isUpper(text.charCodeAt(prev2.start)) && prev.start - (prev2.start + prev2.word.length) === 1;
}

/** "445 12 th Street": a copy's space between a number and its ordinal's letters ("st" is left: "10 st" weighs stones). */
const SPACED_ORDINAL = /^ (?:th|nd|rd)(?![\p{L}\d])/u;
/** True when an ordinal's letters follow `end` after a space (sliced only after a space and "t", "n" or "r"). */
export const spacedOrdinal = (text: string, end: number): boolean => {
  const c = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && (c === 116 || c === 110 || c === 114) && SPACED_ORDINAL.test(text.slice(end, end + 4));
};

/** "the 3 millionth image": a scale's ordinal after a number (not "a millionth of a second", a fraction). */
const SCALED_ORDINAL = /^[ -](?:hundred|thousand|million|billion)th\b(?! of\b)/i;
/** True when a scale's ordinal follows `end` (sliced only after a space or hyphen and a scale's first letter, h, t, m or b in either case). */
export const scaledOrdinal = (text: string, end: number): boolean => {
  const c = text.charCodeAt(end);
  const h = text.charCodeAt(end + 1) | 32;
  return (c === 32 || c === 45) && (h === 104 || h === 116 || h === 109 || h === 98) && SCALED_ORDINAL.test(text.slice(end, end + 16)) || spacedOrdinal(text, end);
};
