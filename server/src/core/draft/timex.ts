// Time expressions in news prose ("on Thursday", "earlier this week", "Dec. 23", "in August",
// "last month"), resolved against the article's published date into as-of values (`YYYY-MM-DD`,
// `YYYY-MM`, `YYYY` or a range `A..B`), the way docs/annotate.md describes. Hand-written rather
// than chrono-node: news conventions (a weekday is the last one on or before publication,
// "earlier this week" is a range ending the day before, unresolvable without a date) are the
// whole job, and they are a few dozen lines here.
import type { Span } from '../span';
import { addDays, isIsoDate, weekdayOf } from '../base/dates';
import { dayOf, lastWeekday, latestDay, nextWeekday, mondayOf, monthOf, monthValue, pad2, previousMonth, range, yearOf, yearOfLatest, yearOfNext } from './calendar';
import { SPELLED_DAY, SPELLED_YEAR, spelledDay, spelledYear } from '../base/spelledDates';
import { AGO, WEEKEND } from './ago';
import { CENTURY_EDGE, centuryEdgeYear, END_OF_PERIOD, endOf, federalFiscal, FEDERAL_BUDGET, periodEndDay, periodEnding, southernFinancialYear, US_FEDERAL } from './periodEdges';
import { joinSpans, partOf } from './timeJoins';
import { withPeriodBefore } from './periodBefore';
import { CURRENT_FISCAL_YEAR, DAYS_AHEAD, FORECAST_BEATEN, FY_TWO_DIGITS, HALF_YEAR, LATEST_OF_CLAUSE, MONTH_OF_NAMED_YEAR, MONTHS_OF_YEAR, THIS_TIME_NEXT_YEAR, NEXT_STRETCH, FUNDED_YEARS, PAST_STRETCH, SPLIT_YEAR, WATER_YEAR, YEAR_EDGE, type Rule } from './stretches';

/** A time expression found in the text. */
export interface TimeMention {
  span: Span;
  text: string;
  /** The as-of value it stands for; undefined when it is relative and there is no published date. */
  value?: string;
  /** True when it needs the published date to be resolved ("Thursday", "last month"). */
  relative: boolean;
  /** "since October 7": the start of a running total, not the time a figure holds. */
  since: boolean;
}

/** The decades' words after "nineteen" or "two thousand", the tens first. */
const DECADE_WORDS = ['tens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** Weekday names, Sunday first (as `weekdayOf` counts). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Month names and abbreviations → month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** A regex alternation of month names and abbreviations. */
export const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** A regex alternation of weekday names. */
export const WEEKDAY = WEEKDAYS.join('|');
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
/** A regex for a year of 1900-2099. */
export const YEAR = '(?:19|20)\\d\\d';

const FORECAST = /\b(will|scheduled|projected|forecasts?|expected|expects|outlook|next|upcoming|predicts?|predicted)\b/i;
/** Modal words of what may be ("could", "may", "warn"): with "by" a month ahead. */
const MAY_BE = /\b(?:could|would|may|might|warn(?:s|ed)?|aims?|targets?)\b/i;
/** Words shortly before a weekday that make it the next one ("will meet on Monday", "expect relief on Monday"). */
const WEEKDAY_AHEAD = /\b(?:will|expects?|expected|scheduled|due|plans?|planned|set to|next|ahead of|in the run-up to|build-up to|preparing for)\b[^.,;!?]*$/i;
/** Words right before a date that put it ahead of publication: "when he is sentenced", "scheduled for", "due to ... in". */
const AHEAD_BEFORE = /\b(?:(?:when|once|until)\s+(?:he|she|they|it|the\s+[\p{L}-]+)\s+(?:is|are)\s+[\p{L}-]+|scheduled(?:\s+to\s+[\p{L}-]+)?(?:\s+for)?|(?:set|due)\s+to\s+[\p{L}-]+|(?:that|which)\s+(?:begins|starts|takes effect|opens|ends|expires|closes))\s*(?:on|in|for)?\s*$/iu;
/** Words right before a date that put it behind publication even in a forecast: "up 3 percent from August", "as of September 1". */
const PAST_BEFORE = /\b(?:from|since|than|as of|based on|versus|compared (?:with|to)|over|(?:this|the)\s+past)\s+(?:the\s+)?(?:[-+−]?[$€£]?\d[\d.,]*\s*(?:%|percent|per cent)?\s+(?:in\s+)?)?$/i;
/** A past-tense verb of a level shortly before a date, in its clause: "stood at 10.1% in". */
const PAST_VERB_BEFORE = /\b(?:stood|was|were|reached|hit|peaked|fell|rose|dropped|climbed|grew|totall?ed)\b(?:[^,;.]|\.\d){0,25}$/i;
/** Words right after a date that make it a document's or a reading's: "the August forecast", "September 1 conditions". */
const PAST_AFTER = /^\s*(?:forecasts?|estimates?|reports?|surveys?|conditions|data|figures|levels?|readings?|projections?)\b/i;
/** True when a clause around a time tells of the past ("they constructed", "was built"), with no future or plan in it. */
function toldInPast(clause: string): boolean {
  const own = clause.split(/[.;!?](?:\s|$)/).find((c) => /\bthis\s+(?:summer|winter|spring|autumn|fall)\b/i.test(c)) ?? clause;
  return /\b(?:\w{3,}ed|was|were|had|did|built|made|took|gave|saw|began|found|won|lost|went|came|held|grew|fell|rose)\b/i.test(own)
    && !/\b(?:will|would|expected|planned|scheduled|forecast|predicted|projected|plans?|going to|aims?|hopes?)\b/i.test(own);
}

/** Gates for the rules (`Rule.needs`): a digit, a month's name, a season's. */
const HAS_DIGIT = /\d/;
const HAS_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const HAS_SEASON = /\b(?:summer|winter|spring|autumn|fall)\b/i;

/** First and last month of each season (winter runs into the next year). */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, q1: 1, q2: 2, q3: 3, q4: 4 };

// "Dec. 23", "December 23, 2024", "on January 24"
const MONTH_DAY: Rule = {
  needs: HAS_DIGIT,
  // ("Oct. 27-28": two days of one month; "from April 12 to 16", "between April 12th and 16th",
  // "between April 28 and May 2": a stretch of days)
  // ("Sunday, October 29": the date names the day, its weekday with it)
  re: new RegExp(`\\b(?:(?:${WEEKDAY}),?\\s+)?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[-–]\\s*(\\d{1,2})\\b|\\s+(?:to|through|until)\\s+(?:(${MONTH})\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b|(?<=\\bbetween\\s+\\S+\\s+\\S+)\\s+and\\s+(?:(${MONTH})\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(${YEAR})\\b)?`, 'gi'),
  relative: (m) => !m[8],
  resolve: (m, p, forward) => {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    const day = Number(m[2]);
    const lastMonth = m[4] ?? m[6] ? MONTHS[(m[4] ?? m[6])!.toLowerCase()]! : month;
    const lastText = m[3] ?? m[5] ?? m[7];
    const last = lastText !== undefined ? Number(lastText) : undefined;
    if (last !== undefined && lastMonth === month && last <= day) return null;
    // ("December 15 through January 2, 2018": the year printed after a stretch over the new year is its end's)
    let year = m[8] ? Number(m[8]) - (last !== undefined && lastMonth < month ? 1 : 0) : p ? Number((dayOf(month, day, p, forward) ?? '').slice(0, 4)) : undefined;
    if (!year) return undefined;
    // (a stretch ahead that reaches the day of publication is this year's: "will be launched between April 12 and 16")
    const endIn = (y: number) => `${y}-${pad2(lastMonth)}-${pad2(last ?? day)}`;
    if (!m[8] && p && forward && last !== undefined && year > yearOf(p) && endIn(yearOf(p)) >= p) year = yearOf(p);
    const from = `${year}-${pad2(month)}-${pad2(day)}`;
    if (!isIsoDate(from)) return undefined;
    if (last === undefined) return from;
    const to = endIn(lastMonth < month ? year + 1 : year);
    return isIsoDate(to) ? `${from}..${to}` : undefined;
  },
};

// "23 December", "24 January 2025"
const DAY_MONTH: Rule = {
  needs: HAS_DIGIT,
  re: new RegExp(`\\b(?:(?:${WEEKDAY}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\b\\.?(?:\\s+(${YEAR})\\b)?`, 'gi'),
  relative: (m) => !m[3],
  resolve: (m, p, forward) => {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    const day = Number(m[1]);
    if (m[3]) { const d = `${m[3]}-${pad2(month)}-${pad2(day)}`; return isIsoDate(d) ? d : undefined; }
    return p ? dayOf(month, day, p, forward) : undefined;
  },
};

// "in August", "by late January", "August 2023", "mid-March" ("may" and "march" need a preposition, a part or a year)
const MONTH_ONLY: Rule = {
  needs: HAS_MONTH,
  re: new RegExp(`\\b(?:(in|by|during|since|through|until|of|from|for)\\s+)?(?:(early|mid|late)[-\\s]+)?(${MONTH})\\b(?:\\s+(${YEAR})\\b)?`, 'gi'),
  relative: (m) => !m[4],
  resolve: (m, p, forward) => {
    const name = m[3]!;
    const month = MONTHS[name.toLowerCase()]!;
    const bare = !m[1] && !m[2] && !m[4];
    // "May" and "March" alone are months only where a noun of a report follows or an article precedes ("the revised May estimate")
    const around = { before: m.input.slice(Math.max(0, m.index - 12), m.index), after: m.input.slice(m.index + m[0].length, m.index + m[0].length + 14) };
    const monthlike = /\b(the|revised|last|this|of)\s+$/i.test(around.before) || /^\s+(estimate|figures?|data|rate|total|level|report|reading|number)/i.test(around.after);
    if (bare && ((/^(may|march)$/i.test(name) && !monthlike) || name !== name[0]!.toUpperCase() + name.slice(1).toLowerCase())) return null;
    if (name.length <= 4 && name[0] !== name[0]!.toUpperCase()) return null;
    // ("Mar-a-Lago", "Jan Smith": an abbreviated month alone is one only with its full stop)
    if (bare && name.length <= 4 && !/^(?:may|june|july)$/i.test(name) && m.input[m.index + m[0].length] !== '.') return null;
    const part = m[2]?.toLowerCase();
    if (m[4]) return monthValue(Number(m[4]), month, part);
    // "there could be 10,000 cases a week by December": a deadline in a sentence of what may be lies ahead
    const byAhead = m[1]?.toLowerCase() === 'by' && MAY_BE.test(m.input);
    // ("the last estimate made in August, when the agency predicted ...": what was made then is past, whatever it foresaw)
    const madeThen = m[1]?.toLowerCase() === 'in' && /\b(?:made|issued|released|published|given|announced)\s+$/i.test(around.before);
    return p ? monthValue((forward && !madeThen) || byAhead ? yearOfNext(month, p) : yearOfLatest(month, p), month, part) : undefined;
  },
};

// "in the third quarter", "in the first quarter of 2024", "Q3", "Quarter 3 2015"
const QUARTER: Rule = {
  re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(${YEAR}))?\\b|\\b(q[1-4]|quarter\\s+[1-4]|[1-4]q(?=\\s+${YEAR}))(?:,?\\s+(${YEAR}))?\\b`, 'gi'), needs: /quarter|q[1-4]|[1-4]q/i,
  relative: (m) => !(m[2] ?? m[4]),
  resolve: (m, p) => {
    const q = QUARTERS[(m[1] ?? m[3])!.toLowerCase().replace(/^quarter\s+/, 'q').replace(/^([1-4])q$/, 'q$1')]!; // ("Quarter 3 2015", as Ireland's CSO writes it; "2Q 2017", as BTS does)
    const year = m[2] ?? m[4] ? Number(m[2] ?? m[4]) : p ? (q * 3 - 2 <= monthOf(p) ? yearOf(p) : yearOf(p) - 1) : undefined;
    return year === undefined ? undefined : `${year}-${pad2(q * 3 - 2)}..${year}-${pad2(q * 3)}`;
  },
};

/** Words of a game: its "third quarter" is a period of play, not of the calendar. */
const GAME_WORDS = /\b(?:touchdowns?|field goal|kicker|quarterback|innings?|overtime|halftime|buzzer|Super Bowl|NFL|NBA|NHL|game|match)\b/i;

/** "on Christmas morning", "Christmas Eve", "Boxing Day", "New Year's Day": the latest such day ("New Year's Day 2012": that year's). */
const HOLIDAY: Rule = {
  re: /\b(christmas\s+eve|christmas(?:\s+day)?|boxing\s+day|new\s+year[’']s\s+(?:day|eve))(?:,?\s+((?:19|20)\d\d))?\b/gi, needs: /christmas|boxing|year/i,
  relative: (m) => !m[2],
  resolve: (m, p) => {
    const h = m[1]!.toLowerCase();
    const [month, day] = h.startsWith('boxing') ? [12, 26] : h.startsWith('christmas') ? [12, h.endsWith('eve') ? 24 : 25] : h.endsWith('eve') ? [12, 31] : [1, 1];
    if (m[2]) return `${m[2]}-${pad2(month)}-${pad2(day)}`;
    return p ? latestDay(month, day, p) : undefined;
  },
};

const RULES: Rule[] = [
  // ISO dates written out
  { re: /\b(\d{4}-\d{2}-\d{2})\b/gi, relative: false, resolve: (m) => (isIsoDate(m[1]!) ? m[1] : undefined), needs: HAS_DIGIT },
  MONTH_DAY,
  DAY_MONTH,
  // "April through September", "between June and August 2024", "this April to September" (forecasts look ahead)
  {
    // ("the January-to-March period", "the April-June quarter": joined by hyphens too)
    re: new RegExp(`\\b(?:from\\s+|between\\s+|this\\s+)?(${MONTH})(?:\\s+(?:through|to|and|until|-|–)\\s+|[-–](?:to|through)[-–]|[-–])(${MONTH})\\b(?:,?\\s+(${YEAR})\\b)?`, 'gi'),
    needs: HAS_MONTH,
    relative: (m) => !m[3],
    resolve: (m, p, forward) => {
      const a = MONTHS[m[1]!.toLowerCase()]!;
      const b = MONTHS[m[2]!.toLowerCase()]!;
      const thisYear = /^this\b/i.test(m[0]);
      // (a stretch of this year's months that holds the day of publication is the one under way: "may slow in the April-to-June quarter", said in May)
      const underWay = p !== undefined && a <= b && a <= monthOf(p) && monthOf(p) <= b;
      const end = m[3] ? Number(m[3]) : p ? (thisYear || underWay ? yearOf(p) : forward ? yearOfNext(b, p) : yearOfLatest(b, p)) : undefined;
      if (end === undefined) return undefined;
      const start = a <= b ? end : end - 1;
      return `${start}-${pad2(a)}..${end}-${pad2(b)}`;
    },
  },
  MONTH_ONLY,
  HOLIDAY,
  // "on Thursday", "early Wednesday", "last Monday", "Thursday night"
  {
    re: new RegExp(`\\b(?:(last|this|early|late|on|since)\\s+)?(${WEEKDAY})(?:[’']s)?${PART_OF_DAY}\\b`, 'gi'), needs: /day/i, // (every weekday's name ends so)
    relative: true,
    // (a weekday after "will", "expect", "scheduled" is the next one: "Forecasters expect relief on Monday")
    resolve: (m, p, _forward, before) => (!p ? undefined : WEEKDAY_AHEAD.test(before ?? '') && m[1]?.toLowerCase() !== 'last' ? nextWeekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), p)
      : lastWeekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), p, m[1]?.toLowerCase() === 'last')),
  },
  DAYS_AHEAD,
  THIS_TIME_NEXT_YEAR,
  // "today", "yesterday", "overnight" (not "overnight stays"), "this morning", "last night"
  {
    re: /\b(today|yesterday|tonight|overnight(?![\s-]+(?:stays?|visits?|visitors?|trips?|guests?|rates?|accommodation|lending|shelters?|flights?|parking|camping|success|sensation)\b)|this\s+(?:morning|afternoon|evening)|last\s+night)\b/gi, needs: /day|night|morning|afternoon|evening/i,
    relative: true,
    resolve: (m, p) => {
      if (!p) return undefined;
      const w = m[1]!.toLowerCase();
      return w === 'yesterday' || w.startsWith('last') ? addDays(p, -1) : p;
    },
  },
  // "by the end of the month": the period's last day
  { re: END_OF_PERIOD, needs: /end/i, relative: true, resolve: (m, p) => (p ? periodEndDay(m[1]!, m[2]!, p) : undefined) },
  { re: CENTURY_EDGE, needs: /century/i, relative: true, resolve: (m, p) => (p ? centuryEdgeYear(m[1] ?? m[2], p) : undefined) },
  // "earlier this week", "this week", "last week", "the past week", "last month", "this year", "last year" ("in the last month" is the past month; not "during the last week of February")
  {
    re: /\b(earlier\s+this|this|last|past|next)\s+(week|month|year)\b/gi, needs: /week|month|year/i,
    relative: true,
    resolve: (m, p, _forward, before) => {
      if (!p || (/^last\s+year$/i.test(m[0]) && /\bthe\s+$/i.test(before ?? '') && LATEST_OF_CLAUSE.test(m.input.slice(m.index + m[0].length)))) return undefined;
      const which = /^last$/i.test(m[1]!) && /^(?:week|month)$/i.test(m[2]!) && /\b(?:in|over|during|within)\s+the\s+$/i.test(before ?? '') && !/^\s+of\b/i.test(m.input.slice(m.index + m[0].length)) ? 'past' : m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2]!.toLowerCase();
      // "will lose their benefits next year"
      if (which === 'next') {
        if (unit === 'year') return String(yearOf(p) + 1);
        if (unit === 'month') return monthOf(p) === 12 ? `${yearOf(p) + 1}-01` : `${yearOf(p)}-${pad2(monthOf(p) + 1)}`;
        const monday = addDays(mondayOf(p)!, 7)!;
        return range(monday, addDays(monday, 6));
      }
      if (unit === 'week') {
        const monday = mondayOf(p);
        if (which === 'earlier this') return range(monday === p ? addDays(p, -7) : monday, addDays(p, -1));
        if (which === 'this') return range(monday, p);
        if (which === 'past') return range(addDays(p, -7), p);
        return range(addDays(monday!, -7), addDays(monday!, -1));
      }
      if (unit === 'month') {
        const ym = p.slice(0, 7);
        if (which === 'earlier this') return range(`${ym}-01`, addDays(p, -1) ?? p);
        if (which === 'this') return ym;
        if (which === 'past') return range(addDays(p, -30), p);
        return previousMonth(p);
      }
      if (which === 'last') return String(yearOf(p) - 1);
      // "over the past year": the twelve whole months before publication, as "the past 12 months"
      if (which === 'past') return range(`${yearOf(p) - 1}-${pad2(monthOf(p))}`, previousMonth(p));
      if (which === 'earlier this') return range(`${yearOf(p)}-01-01`, addDays(p, -1) ?? p);
      return String(yearOf(p));
    },
  },
  PAST_STRETCH,
  NEXT_STRETCH, FUNDED_YEARS,
  AGO,
  WEEKEND,
  QUARTER,
  SPLIT_YEAR,
  // "between 2011 and 2015", "from 2010 to 2022", "in 2017-2021"
  {
    re: new RegExp(`\\b(?:between\\s+|from\\s+|in\\s+)?(${YEAR})\\s*(?:and|to|through|-|–|−)\\s*(${YEAR})\\b`, 'gi'),
    needs: HAS_DIGIT,
    relative: false,
    resolve: (m) => (Number(m[2]) > Number(m[1]) ? `${m[1]}..${m[2]}` : null),
  },
  // "in the 1990s", "the 2010s"
  {
    re: /\b(?:in\s+)?the\s+((?:19|20)\d0)s\b/gi,
    needs: HAS_DIGIT,
    relative: false,
    resolve: (m) => `${m[1]}..${Number(m[1]) + 9}`,
  },
  // "since the nineteen seventies", "in the two thousand tens": a decade said in words (VOA Special English)
  {
    re: /\b(?:in\s+)?the\s+(nineteen|two\s+thousand)[\s-](tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi, needs: /nineteen|thousand/i,
    relative: false,
    resolve: (m) => {
      const start = (/^nineteen$/i.test(m[1]!) ? 1900 : 2000) + 10 * (DECADE_WORDS.indexOf(m[2]!.toLowerCase()) + 1);
      return `${start}..${start + 9}`;
    },
  },
  HALF_YEAR, YEAR_EDGE,
  WATER_YEAR,
  MONTHS_OF_YEAR, MONTH_OF_NAMED_YEAR,
  // "last summer", "this winter", "the summer of 2005" (northern seasons: summer is June-August)
  {
    re: new RegExp(`\\b(?:(this|last|next)\\s+(summer|winter|spring|autumn|fall)|(?:the\\s+)?(summer|winter|spring|autumn|fall)\\s+of\\s+(${YEAR}))\\b`, 'gi'),
    needs: HAS_SEASON,
    relative: (m) => !m[4],
    resolve: (m, p) => {
      const season = (m[2] ?? m[3])!.toLowerCase();
      const [from, to] = SEASONS[season]!;
      let year: number | undefined = m[4] ? Number(m[4]) : undefined;
      if (year === undefined) {
        if (!p) return undefined;
        const which = m[1]!.toLowerCase();
        // the latest such season that has started by publication; "last" is it unless we are in it,
        // "this" is it while we are in it and the coming one otherwise, "next" the one after
        const started = monthOf(p) >= from ? yearOf(p) : yearOf(p) - 1;
        const inIt = monthOf(p) >= from ? (to < from || monthOf(p) <= to) : to < from && monthOf(p) <= to;
        // ("this winter, they constructed four glaciers", said in April: told in the past, the one just gone)
        const told = which === 'this' && !inIt && toldInPast(m.input.slice(Math.max(0, m.index - 60), m.index + m[0].length + 80));
        year = which === 'last' ? (inIt ? started - 1 : started) : which === 'this' ? (inIt || told ? started : started + 1) : started + 1;
      }
      const endYear = to < from ? year + 1 : year;
      return `${year}-${pad2(from)}..${endYear}-${pad2(to)}`;
    },
  },

  // "in 2023", "during 2022", "by 2030", "for fiscal 2024", "in early 2021"
  {
    // ("in early 2021", "by mid-2025", "since late 2019": a part of the year is within it; "in 2012 dollars" is a price base, no time)
    re: new RegExp(`\\b(in|during|for|by|since|through|until|of|from|than|after|before)\\s+(?:(?:fiscal|calendar|the\\s+year|early|mid|late)[\\s-]+)?(${YEAR})\\b(?!\\s*[-–/]\\s*\\d|\\s+(?:U\\.S\\.\\s+)?(?:constant\\s+)?(?:dollars|pounds|euros|prices)\\b)`, 'gi'),
    needs: HAS_DIGIT,
    relative: false,
    // ("The Pentagon wants $525 billion for 2013": a federal budget's year is its fiscal year)
    resolve: (m) => (m[1]!.toLowerCase() === 'for' && US_FEDERAL.test(m.input) && FEDERAL_BUDGET.test(m.input) ? `${Number(m[2]) - 1}-10..${m[2]}-09` : m[2]),
  },
  // "above the 2013 average", "the 2019 level": a year that names which measurement
  // ("from the 2015 median income of $57,230", "the 2014 congressional election turnout rate": a measure named by its year, up to three words between)
  // ("our 2025 target of 70%": a target named by its year is that year's)
  { re: new RegExp(`\\b(?:our|its|their|his|her)\\s+(${YEAR})(?=\\s+(?:target|goal)s?\\b)`, 'gi'), relative: false, resolve: (m) => m[1], needs: HAS_DIGIT },
  { re: new RegExp(`\\bthe\\s+(${YEAR})(?=\\s+(?:average|level|total|figure|estimate|forecast|count|crop|season|harvest|target|goal)\\b|\\s+(?:[a-z]+\\s+){0,3}?(?:income|population|deficit|earnings|output|rate|turnout)\\b)`, 'gi'), relative: false, resolve: (m) => m[1], needs: HAS_DIGIT },
  // "The 2004 Summer Games in Athens cost $11 billion", "in Budget 2014", "the 2025 budget request": an event or a budget named by its year
  { re: new RegExp(`\\b[Tt]he\\s+(${YEAR})(?:(?=\\s+(?:(?:Summer|Winter)\\s+(?:Games|Olympics|Paralympics)|Olympic\\s+Games|Olympics|World\\s+Cup|(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:data|report|survey|statistics|estimates|figures|results))\\b)|\\s+budget\\b)|\\bBudget\\s+(${YEAR})\\b(?!\\s?[-–/]\\s?\\d)`, 'gu'), relative: false, resolve: (m) => m[1] ?? m[2], needs: HAS_DIGIT },
  // "for fiscal year 2013", "in fiscal 2024", "FY2013": the US government's runs October to September
  {
    // ("in Fiscal Year (FY) 2010", "IN FISCAL YEAR 2010": a capitalised name and its abbreviation too)
    re: new RegExp(`\\b(?:(?:in|during|for|by|of|from|through)\\s+)?(?:the\\s+)?(?:[Ff]iscal(?:\\s+[Yy]ear)?(?:\\s+\\(FY\\))?|FISCAL(?:\\s+YEAR)?|FY)\\s*(${YEAR})\\b`, 'g'),
    needs: HAS_DIGIT,
    relative: false,
    // (a year here; federalFiscal makes it October to September when the article names the US government)
    resolve: (m) => m[1],
  },
  FY_TWO_DIGITS, CURRENT_FISCAL_YEAR,
  // "in two thousand four", "since Nineteen-Ninety-One"
  { re: SPELLED_YEAR, relative: false, resolve: (m) => { const y = spelledYear(m[2]!); return y === undefined ? null : String(y); } },
  // "On January twenty-sixth"
  {
    re: new RegExp(`\\b(${MONTH})\\s+(${SPELLED_DAY})\\b`, 'gi'),
    relative: true,
    // (a month's name is capitalised: "the troops march first" is no date)
    resolve: (m, p, forward) => { const day = spelledDay(m[2]!); return day === undefined || !/^[A-Z]/.test(m[1]!) ? null : p ? dayOf(MONTHS[m[1]!.toLowerCase()]!, day, p, forward) : undefined; },
  },
];

/**
 * Every time expression of `text` within `within`, resolved against `published`
 * (`YYYY-MM-DD`, or undefined when the article has no date). Overlaps keep the longest.
 */
export function findTimeMentions(text: string, within: Span, published: string | undefined, anchor?: string): TimeMention[] {
  const slice = text.slice(within.start, within.end);
  const found: TimeMention[] = [];
  // a forecast's bare months lie ahead of publication ("prices are projected to peak in May")
  const forward = FORECAST.test(slice.replace(FORECAST_BEATEN, ' '));
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(slice)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const relative = typeof rule.relative === 'function' ? rule.relative(m) : rule.relative;
      // an undated article's "January 24" and "in August" are the first such day or month not
      // before `anchor`, the latest date its text states in full; weekdays and "last month"
      // stay unresolved: they need the day it was published
      // ("when he is sentenced in September", "is scheduled for March 3": a date ahead, whatever the sentence's tense)
      // (but in a forecast, "up 3 percent from August", "the August forecast", "as of September 1" lie behind)
      // (and in a forecast's sentence, what "stood at 10.1% in March" is told in the past tense)
      const behind = PAST_BEFORE.test(slice.slice(Math.max(0, m.index - 30), m.index)) || PAST_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 30)) || PAST_VERB_BEFORE.test(slice.slice(Math.max(0, m.index - 40), m.index));
      const ahead = (forward && !behind) || AHEAD_BEFORE.test(slice.slice(Math.max(0, m.index - 40), m.index));
      let resolved = rule.resolve(m, published, ahead, slice.slice(Math.max(0, m.index - 40), m.index));
      if (resolved === undefined && !published && anchor !== undefined && (rule === MONTH_DAY || rule === DAY_MONTH || rule === MONTH_ONLY || rule === HOLIDAY)) {
        const year = Number(anchor.slice(0, 4));
        resolved = rule.resolve(m, `${year}-12-31`, false);
        if (resolved && resolved.slice(0, 7) < anchor.slice(0, 7)) resolved = rule.resolve(m, `${year + 1}-12-31`, false);
      }
      if (rule === QUARTER && !(m[2] ?? m[4]) && GAME_WORDS.test(slice)) continue; // "a field goal in the third quarter"
      if (resolved === null || (resolved === undefined && !(relative && !published))) continue; // not a time after all
      const value = resolved ?? undefined;
      const start = within.start + m.index;
      // "since October 7", "Since a recent low in December 2009"
      const since = /^since\b/i.test(m[0]) || /\bsince(?:\s+[\p{L}-]+){0,5}\s+$/iu.test(text.slice(Math.max(within.start, start - 40), start));
      found.push({ span: { start, end: start + m[0].length }, text: m[0], relative, since, ...(value !== undefined && { value }) });
    }
  }
  // "for March 3": the day, not the month its preposition led ("for March")
  for (const month of found.filter((t) => t.value !== undefined && /^\d{4}-\d{2}$/.test(t.value))) {
    const day = found.find((d) => d.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.span.start > month.span.start && d.span.start < month.span.end && d.span.end > month.span.end);
    if (!day) continue;
    found.splice(found.indexOf(month), 1);
    day.text = text.slice(month.span.start, day.span.end);
    day.span = { start: month.span.start, end: day.span.end };
  }
  // overlaps keep the longest ("as of March 31, 2016" is a day, not "of March")
  found.sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const out: TimeMention[] = [];
  for (const t of found) if (!out.some((o) => t.span.start < o.span.end && o.span.start < t.span.end)) out.push(t);
  out.sort((a, b) => a.span.start - b.span.start);
  return withPeriodBefore(text, within, published, joinSpans(text, out).map((t) => southernFinancialYear(text, federalFiscal(text, endOf(text, periodEnding(text, partOf(text, t))), published))), findTimeMentions);
}
