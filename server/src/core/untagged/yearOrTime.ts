// The year and clock rule of the context rules (context.ts): a number that is a year ("2024",
// "in 1500", "since two thousand five", "in 2009 dollars") or a time of day ("0830 UTC", "4 a.m.",
// "About 1600, he heard") rather than a figure.
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';
import type { Reject } from './number';
import * as spelledDates from '../base/spelledDates';

const { TIME_WORDS } = lexicon;
const spelledYearOf = spelledDates.spelledYear;
const { isLetter, isUpper, skipSpaces, wordAt, wordBefore, wordEnd } = scan;

/** Capitals before a plural noun: a group's name ("MST camps"), not a time zone (made once, as literals with \p{...} may be made afresh per call). */
const GROUP_NAME = /^[A-Z]{3,4} (?!hours\b|hrs\b|mins\b)\p{Ll}+s\b/u;

/**
 * True when the letter before `end` may end a period's name ("years", "month", "week", "day",
 * "decade", "quarter", "centuries": r, s, h, k, y or e in either case): looked at before a unit is sliced for those patterns.
 */
function mayEndInPeriod(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1) | 32;
  return c === 115 || c === 114 || c === 104 || c === 107 || c === 121 || c === 101;
}

/** Years ("2024", "in 1500"), clocks ("0830 UTC", "4 a.m."). */
export function yearOrTimeRule(text: string, x: Expression): Reject | undefined {
  const c = x.core;
  const next = skipSpaces(text, x.end);
  const w = wordAt(text, next);
  // ("632 MST camps": capitals before a plural noun name a group, not a time zone)
  if (c.plain && !x.unit && (TIME_WORDS.has(w) && !(w === 'h' && isLetter(text.charCodeAt(next + 1))) || (text.charCodeAt(next + 1) === 46 && /^[ap]\.m\./i.test(text.slice(next, next + 4)))) && !GROUP_NAME.test(text.slice(next, next + 20))) return 'time';
  // ("Embargo: 11.30 am", "at 9.45pm": a clock time written with a dot before am or pm)
  if (!x.unit && !x.percent && !x.currency && c.intDigits <= 2 && text.charCodeAt(c.start + c.intDigits) === 46 && /^\d{1,2}\.[0-5]\d$/.test(text.slice(c.start, c.end)) && /^ ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i.test(text.slice(x.end, x.end + 6))) return 'time';
  // "00.00 to 08.00", "08.01 to 16.00", "16.01 to 00.00": clock times written with a dot, one of them with a leading zero
  if (!x.unit && !x.percent && !x.currency && c.intDigits === 2 && isDottedClock(text, x)) return 'time';
  // "20 years ago", "over 25 years ago": a time named by its distance, as "a year ago" is (not an age in the thousands: "two million years ago")
  // (and "Ten years later", "two days earlier": a time named by its distance from another)
  if ((w === 'ago' || w === 'later' || w === 'earlier') && !x.range && c.value < 1000 && /^[\s-]+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)$/i.test(text.slice(c.end, x.end))) return 'time';
  // "over the next three years", "in the past 12 months", "within the last two decades": a window of time counted from the day
  // told, no length a source states (not "locked in for the next two days", "during the next 11 years": durations)
  if (x.unit && !x.range && !x.qualifier && mayEndInPeriod(text, x.end) && /^[\s-]+(?:years?|months?|weeks?|days?|decades?|quarters?|centuries)$/i.test(text.slice(c.end, x.end)) && /\b(?:over|in|within)\s+the\s+(?:past|last|next|coming|previous|preceding|following)\s+$/i.test(text.slice(Math.max(0, x.start - 28), x.start)) && !text.startsWith(' of ', x.end)) return 'time';
  // "the 3 months to February 2016", "the 12 months ending in June": a stretch named by the month it ends in, no length told
  if (x.unit && !x.range && !x.qualifier && mayEndInPeriod(text, x.end) && /^[\s-]+(?:years?|months?|weeks?|quarters?)$/i.test(text.slice(c.end, x.end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 6), x.start)) && /^\s+(?:to|ending|ended|through|until)\s+(?:in\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(x.end, x.end + 40))) return 'time';
  // "the last three months of the year", "the first six weeks of 2024": a named part of a period, no length told
  // ("the first three quarters of 2017": quarters of a year, not a fraction of it)
  if ((x.unit || (c.fraction && c.words && /quarters$/i.test(text.slice(c.start, c.end)))) && !x.range && !x.qualifier && text.startsWith(' of ', x.end) && /\b(?:the|its)\s+(?:first|last|final|opening|closing)\s+$/i.test(text.slice(Math.max(0, x.start - 16), x.start)) && /^\s+of\s+(?:(?:the|this|last|next|that|its)\s+)?(?:year|month|season|quarter|decade|term|(?:19|20)\d\d)\b/i.test(text.slice(x.end, x.end + 24))) return 'time';
  // ("the first three quarters (January-September)": quarters whose months a bracket names, as "of 2009" names their year)
  if (!x.unit && !x.range && !x.qualifier && text.startsWith(' quarters', x.end) && /^\s+quarters\s+\(\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(text.slice(x.end, x.end + 24)) && /\b(?:the|its)\s+(?:first|last|final)\s+$/i.test(text.slice(Math.max(0, x.start - 16), x.start))) return 'time';
  // "29 08 2014": a date written day, month and year apart (a blog's date line)
  if (c.plain && !x.unit && c.value >= 1 && c.value <= 31 && /^ (?:0?[1-9]|1[0-2]) (?:19|20)\d\d\b/.test(text.slice(x.end, x.end + 9))) return 'year';
  // "around five o'clock", "at 5 o’clock", "just before 8 in the morning": an hour of the clock, in words or digits
  if (!x.unit && !x.percent && (text.charCodeAt(next) | 32) === 111 && /^o[’']clock\b/i.test(text.slice(next, next + 8))) return 'time';
  if (!x.unit && !x.percent && !x.currency && c.value >= 1 && c.value <= 12 && (text.startsWith(' in the ', x.end) || text.startsWith(' at night', x.end)) && /^ (?:in the (?:morning|afternoon|evening)|at night)\b/i.test(text.slice(x.end, x.end + 18))) return 'time';
  // "summer ’80", "the class of ’95": a year cut to its last two digits (an opening quote is ‘, not ’)
  if (c.plain && c.intDigits === 2 && !x.unit && !x.percent && !x.currency && !x.range && /(?:^|[\s(])’$/.test(text.slice(Math.max(0, c.start - 2), c.start))) return 'year';
  if (c.words && spelledYear(text, x)) return 'year';
  // "since the nineteen seventies", "in the two thousand tens": a decade said in words
  if (c.words && !x.unit && !x.percent && !x.range && (x.end - x.start === 8 || x.end - x.start === 12) && /^(?:nineteen|two thousand)$/i.test(text.slice(x.start, x.end)) && /^[ -](?:tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|hundreds)\b/i.test(text.slice(x.end, x.end + 10))) { x.end = wordEnd(text, x.end + 1); return 'year'; }
  // "between Nineteen-Sixty-Five and Two-Thousand": a stretch of years said in words
  const ends = c.words && x.range ? /^(?:between|from)\s+(.+?)\s+(?:and|to|through)\s+(.+)$/i.exec(text.slice(x.start, x.end)) : null;
  if (ends && spelledYearOf(ends[1]!) !== undefined && spelledYearOf(ends[2]!) !== undefined) return 'year';
  if (c.words && pairedYear(text, x)) return 'year';
  // "Constant 2016 dollars are used", "in 2009 dollars": the year prices are reckoned in, no amount
  if (c.intDigits === 4 && !c.words && c.value >= 1900 && c.value <= 2100 && !x.range && /^ (?:U\.S\. |US )?(?:dollars|euros|pounds|yen)\b/i.test(text.slice(c.end, c.end + 16)) && /\b(?:constant|real|in|inflation-adjusted|chained|current)\s+$/i.test(text.slice(Math.max(0, c.start - 20), c.start))) return 'year';
  if (!c.plain || x.unit || x.percent || x.currency || x.range || c.intDigits !== 4) return undefined;
  if (text[c.start] === '0') return 'time';
  // "at 1700 eastern daylight time", "Observation Time: 1554": a 24-hour clock time
  if (c.value % 100 < 60 && c.value < 2400 && (/^ (?:eastern|central|mountain|pacific|alaska|alaskan|hawaii|atlantic)[- ](?:daylight|standard) time\b/i.test(text.slice(x.end, x.end + 24)) || /\b[Tt]ime: $/.test(text.slice(Math.max(0, c.start - 7), c.start)))) return 'time';
  // "{time}  1506": the Congressional Record's clock mark (24-hour time)
  if (/\{time\}\s+$/.test(text.slice(Math.max(0, c.start - 10), c.start))) return 'time';
  // "About 1600, he heard the pilot", "At 1435 local time": an accident report's 24-hour clock
  if (c.value % 100 < 60 && c.value < 2400 && /\b(?:[Aa]t|[Aa]bout|[Aa]round|[Aa]pproximately|[Bb]efore|[Aa]fter|[Uu]ntil) $/.test(text.slice(Math.max(0, c.start - 14), c.start)) && /^(?:,| local\b| hours?\b| [A-Z]{3}\b)/.test(text.slice(x.end, x.end + 7))) return 'time';
  // ("More than 2000 people in seven shelters": a bound on a count of a plural noun is no year; "around 1976 levels" is)
  if (c.value >= 1800 && c.value <= 2100 && !(x.qualifier && /^ (?:[a-z]{2,}[^s\W]s|people|children|men|women)\b/.test(text.slice(x.end, x.end + 24)) && !/^ (?:does|goes|says|sees|gives|takes|makes|was|has|is|this|its|thus|levels|prices|figures|rates|standards|values|terms|models|elections|games|budgets|dollars)\b/.test(text.slice(x.end, x.end + 12)))) return 'year';
  const prev = wordBefore(text, c.start).word;
  return c.value >= 1000 && c.value < 1800 && ['in', 'since', 'until', 'by', 'from', 'of', 'year', 'early', 'late', 'mid'].includes(prev) ? 'year' : undefined;
}

/** Words after which a spelled number from 1900 to 2099 names a year ("since two thousand five"). */
const YEAR_PREPS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'of', 'through', 'for', 'late', 'early', 'mid', 'into', 'year']);
/** Words that may follow a spelled year; a noun after it makes it a count ("in two thousand homes"). */
const AFTER_YEAR = new Set(['is', 'was', 'will', 'has', 'had', 'and', 'or', 'to', 'when', 'the', 'a', 'an', 'there', 'we', 'he', 'she', 'it', 'they', 'i', 'as', 'but', 'through', 'until', 'while', 'after', 'before', 'compared', 'than', 'at', 'on']);
/** Determiners before a year said in words that names a thing of that year ("its two thousand five report", "the Nineteen-Ninety level"). */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our']);
/** Nouns a year said in words may name after a determiner ("the two thousand four elections"); a count's noun makes it a count ("the two thousand people"). */
const YEAR_NOUNS = new Set(['level', 'levels', 'report', 'marathon', 'games', 'olympics', 'season', 'election', 'elections', 'census', 'budget', 'campaign', 'race', 'championship',
  'championships', 'treaty', 'law', 'act', 'survey', 'study', 'edition', 'summit', 'conference', 'festival', 'harvest', 'earthquake', 'tsunami', 'war', 'agreement', 'deadline', 'target', 'goal', 'estimate', 'estimates', 'figures']);
/** A month and its day said in words, then a comma, before a year ("On January third, two thousand four"). */
const DAY_SAID_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) [a-z-]+,\s*$/;
/** A stretch's first year said in words, before its second ("from nineteen fifty to two thousand fifty"). */
const FROM_SPELLED_YEAR = /\bfrom (?:nineteen|eighteen|two thousand)\b[a-z -]* (?:to|until|through) $/i;

/** The first words of a year said in words ("two thousand five", "nineteen ninety", "twenty twenty"). */
const YEAR_FIRST_WORDS = new Set(['two', 'nineteen', 'twenty']);

/** "Since two thousand five,", "by the end of two thousand ten.": a year spelled out (VOA Special English). */
function spelledYear(text: string, x: Expression): boolean {
  const c = x.core;
  if (x.unit || x.percent || x.currency || x.range || x.qualifier || c.fraction || c.vague) return false;
  // ("Nineteen-Ninety-One" is read the way years are said, not as a cardinal)
  const sayable = Number.isInteger(c.value) && c.value >= 1900 && c.value <= 2099;
  // (a year said so opens with "two", "twenty" or "nineteen": the words read only when they open with t or n)
  const tn = text.charCodeAt(x.start) | 32;
  // (and only when its first word may open one, "two", "nineteen" or "twenty", and more words follow it: alone, none is a year)
  if (!sayable && ((tn !== 116 && tn !== 110) || !YEAR_FIRST_WORDS.has(wordAt(text, x.start)) || x.end - x.start <= wordAt(text, x.start).length || spelledYearOf(text.slice(x.start, x.end)) === undefined)) return false;
  // ("compares two thousand eight and two thousand ten scores": two years said in words, paired)
  if (PAIRED_SPELLED_YEAR.test(text.slice(x.end, x.end + 40)) || /\b(?:two thousand(?:[ -][a-z]+)?|nineteen[ -][a-z]+(?:[ -][a-z]+)?) and $/i.test(text.slice(Math.max(0, x.start - 30), x.start))) return true;
  const prev = wordBefore(text, x.start).word;
  if (DAY_SAID_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start)) || FROM_SPELLED_YEAR.test(text.slice(Math.max(0, x.start - 40), x.start))) return true;
  const after = skipSpaces(text, x.end);
  // ("its two thousand five Human Development Report", "the Two-Thousand-Two marathon", "the Nineteen-Ninety level": a year names a thing of it;
  // a round "two thousand" only before such a noun: "the two thousand Americans" counts them)
  if (YEAR_DETERMINERS.has(prev)) return YEAR_NOUNS.has(wordAt(text, after)) || (c.value % 100 !== 0 && isUpper(text.charCodeAt(after)));
  if (!YEAR_PREPS.has(prev)) return false;
  if (after >= text.length || /[.,;:!?)"”’\n]/.test(text[after]!)) return true;
  return AFTER_YEAR.has(wordAt(text, after));
}

/** " and two thousand ten", " and nineteen ninety": a second year said in words after a first. */
const PAIRED_SPELLED_YEAR = /^ and (?:two thousand|nineteen)\b/i;

/** The tens of a year said in two pairs ("eighty eight", "seventy-four"). */
const YEAR_TENS = /^[ -](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b/i;

/**
 * "in nineteen eighty eight", "since nineteen seventy four": a year said in two pairs, which the
 * scanner reads as two numbers; the first takes the whole year (widened over the second).
 */
function pairedYear(text: string, x: Expression): boolean {
  const c = x.core;
  if (x.unit || x.percent || x.currency || x.range || x.qualifier || c.fraction || c.vague || !(c.value >= 11 && c.value <= 20)) return false;
  const tens = YEAR_TENS.exec(text.slice(x.end, x.end + 24));
  if (!tens) return false;
  // ("a nineteen eighty-nine international treaty": nineteen or eighteen then tens is a year wherever it stands; "nineteen hundred" may count)
  if (!((c.value === 19 || c.value === 18) && !/hundred/i.test(tens[0])) && !YEAR_PREPS.has(wordBefore(text, x.start).word)) return false;
  const year = spelledYearOf(text.slice(x.start, x.end + tens[0].length));
  if (year === undefined) return false;
  x.end += tens[0].length;
  return true;
}

/** A dotted clock time ("08.01"), or a stretch between two, where a leading zero shows they are clock times, not decimals. */
function isDottedClock(text: string, x: Expression): boolean {
  // (the first end is a clock only with its dot after two digits: most numbers have none)
  if (text.charCodeAt(x.core.start + 2) !== 46) return false;
  const printed = text.slice(x.core.start, x.end);
  const clock = /^(?:[01]\d|2[0-4])\.[0-5]\d$/;
  const ends = printed.split(/\s+(?:to|and|until)\s+|\s*[-–]\s*/);
  if (!ends.every((e) => clock.test(e))) return false;
  // (the partner of a lone one: "16.01 to 00.00" read as two)
  const partner = /^\s+(?:to|and|until)\s+(\d\d\.\d\d)\b/.exec(text.slice(x.end, x.end + 16))?.[1] ?? /\b(\d\d\.\d\d)\s+(?:to|and|until)\s+$/.exec(text.slice(Math.max(0, x.core.start - 16), x.core.start))?.[1];
  return [...ends, ...(partner && clock.test(partner) ? [partner] : [])].some((e) => e.startsWith('0')) && (ends.length > 1 || partner !== undefined);
}
