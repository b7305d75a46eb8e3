// Time rules for stretches of whole periods counted from the day of publication ("over the past
// 12 months", "in the next five years", "today and tomorrow", "by this time next year"), periods
// of a year ("2016/17", "the first half of 2024"), and the shared pieces of the rules (timex.ts).
import { addDays } from '../base/dates';
import { monthOf, pad2, previousMonth, range, yearOf } from './calendar';
import { US_FEDERAL } from './periodEdges';

/** One time rule: a pattern and how a match resolves against the published date. */
export interface Rule {
  re: RegExp;
  /** The as-of value; undefined when it needs a published date there is not; null when the match is not a time after all. */
  resolve: (m: RegExpExecArray, p: string | undefined, forward: boolean, before?: string) => string | undefined | null;
  relative: boolean | ((m: RegExpExecArray) => boolean);
  /** A cheap test a sentence must pass before `re` runs on it (most sentences name no time: the rules are many). */
  needs?: RegExp;
}

/** Small numbers written as words, for "the past two weeks". */
export const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18 };
/** Those words as a pattern's alternatives. */
export const NUMBER_WORDS = Object.keys(WORD_NUMBERS).join('|');

/**
 * "over the past 12 months", "in the last six months", "the previous two weeks": the whole
 * months before the month of publication (a monthly report's "past 12 months" ends with its month).
 */
export const PAST_STRETCH: Rule = {
  re: new RegExp(`\\b(?:over|in|during|for)?\\s*the\\s+(?:past|last|previous|preceding)\\s+(\\d+|${NUMBER_WORDS})\\s+(weeks|months|years)\\b(?!\\s+of\\b)`, 'gi'), needs: /past|last|previous|preceding/i,
  relative: true,
  resolve: (m, p) => {
    if (!p) return undefined;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    const unit = m[2]!.toLowerCase();
    if (n < 1 || n > 120) return null;
    if (unit === 'weeks') return range(addDays(p, -7 * n), p);
    // ("over the past two years" runs up to the month of the statement; a monthly report's "past 12 months" ends before it)
    if (unit === 'years' && n >= 2) return range(`${yearOf(p) - n}-${pad2(monthOf(p))}`, p.slice(0, 7));
    const months = unit === 'years' ? 12 * n : n;
    const end = previousMonth(p);
    const first = yearOf(end) * 12 + monthOf(end) - 1 - (months - 1);
    return range(`${Math.floor(first / 12)}-${pad2((first % 12) + 1)}`, end);
  },
};

/**
 * "in the next five years", "over the coming decade": from this year that many years on (a plan's
 * years; federalFiscal makes them fiscal years in a sentence on a US federal budget), and months from next month
 */
export const NEXT_STRETCH: Rule = {
  re: new RegExp(`\\b(?:in|over|during|within|for)\\s+the\\s+(?:next|coming)\\s+(?:(\\d+|${NUMBER_WORDS})\\s+(years|months)|(decade))\\b`, 'gi'), needs: /next|coming/i,
  relative: true,
  resolve: (m, p) => {
    if (!p) return undefined;
    const n = m[3] ? 10 : /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    if (!(n >= 1 && n <= 50)) return null;
    if (m[3] || m[2]!.toLowerCase() === 'years') return `${yearOf(p)}..${yearOf(p) + n}`;
    const first = yearOf(p) * 12 + monthOf(p);
    const last = first + n - 1;
    const ym = (k: number) => `${Math.floor(k / 12)}-${pad2((k % 12) + 1)}`;
    return `${ym(first)}..${ym(last)}`;
  },
};

/**
 * "$96 million over four years", "an extra $2.2 billion in health over four years": a sum spent over the years
 * to come (a budget's), from this year on; periodEdges makes them the country's financial years.
 */
export const FUNDED_YEARS: Rule = {
  re: new RegExp(`\\bover\\s+(\\d+|${NUMBER_WORDS})\\s+years\\b`, 'gi'), needs: /\bover\s/i,
  relative: true,
  resolve: (m, p) => {
    // (the sum is looked for behind the match only: a pattern that looked behind at every position cost every sentence with "over")
    if (!SUM_BEFORE.test(m.input.slice(Math.max(0, m.index - 100), m.index))) return null;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    return !p ? undefined : n >= 2 && n <= 20 ? `${yearOf(p)}..${yearOf(p) + n}` : null;
  },
};

/** A sum of money, then up to 40 characters of its clause, right before "over N years": "$96 million ", "$2.2 billion in health ". */
const SUM_BEFORE = /(?:[$£€]\s?\d[\d.,]*(?:\s?(?:[mb]n?|million|billion))?|\d\s(?:million|billion))\b[^.;:!?\n]{0,40}?\s$/i;

/** "today and tomorrow", "tomorrow", "over the next 24 hours": the days ahead from the day of publication. */
export const DAYS_AHEAD: Rule = {
  needs: /\b(?:tomorrow|hours)\b/i,
  // ("for a cleaner tomorrow": a noun's tomorrow is the future, no day)
  re: /\b(?:(today\s+and\s+tomorrow)|(?<!\b(?:a|an|the|our|their|its|for|of)\s(?:[\p{L}-]+\s)?)(tomorrow)|(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(24|48|72)\s+hours)\b/giu,
  relative: true,
  resolve: (m, p) => (!p ? undefined : m[2] ? addDays(p, 1) : range(p, addDays(p, m[1] ? 1 : Number(m[3]) / 24))),
};

/**
 * "in 2016-17", "for 2016/17", "Budget 2025-26": a year split across two is a financial year, April to
 * March as the UK's; "the 2016/17 season" a football season, August to May; "the 2014-15 school year" the two years.
 */
export const SPLIT_YEAR: Rule = {
  needs: /\d/,
  re: /\b(?:(?:in|during|for|of|from|by)\s+)?(?:the\s+)?((?:19|20)\d\d)\s?[/–-]\s?(\d\d)\b(?![/–-]\d)((?:\s+[\p{L}-]+)?\s+(?:season|school\s+year|academic\s+year))?/giu,
  relative: false,
  resolve: (m) => {
    const year = Number(m[1]);
    if ((year + 1) % 100 !== Number(m[2])) return null;
    const kind = m[3]?.trim().toLowerCase() ?? '';
    return kind.endsWith('season') ? `${year}-08..${year + 1}-05` : kind ? `${year}..${year + 1}` : `${year}-04..${year + 1}-03`;
  },
};

/**
 * "at midyear 1999", "year-end 2004", "from yearend 1990": a statistical series' census day, the
 * year's middle (30 June) or its last day, as prison, bank and fund counts are taken.
 */
export const YEAR_EDGE: Rule = {
  re: /\b(?:(?:at|by|in|since|from|to|through|until|as\s+of)\s+)?(mid-?year|year-?end)\s+((?:19|20)\d\d)\b/gi, needs: /year/i,
  relative: false,
  resolve: (m) => (/^mid/i.test(m[1]!) ? `${m[2]}-06-30` : `${m[2]}-12-31`),
};

/** "the first half of 2024", "the second half of the year": six months. */
export const HALF_YEAR: Rule = {
  re: /\b(?:in\s+)?the\s+(first|second)\s+half\s+of\s+(?:((?:19|20)\d\d)|the\s+year|this\s+year|last\s+year)\b/gi, needs: /half/i,
  relative: (m) => !m[2],
  resolve: (m, p) => {
    const year = m[2] ? Number(m[2]) : p ? yearOf(p) - (/last\s+year/i.test(m[0]) ? 1 : 0) : undefined;
    if (year === undefined) return undefined;
    return m[1]!.toLowerCase() === 'first' ? `${year}-01..${year}-06` : `${year}-07..${year}-12`;
  },
};

/**
 * "the first three months of the year", "the last six months of last year": that many months at
 * its start or end (of a year named by its number, timeJoins.ts's part of a period reads them).
 */
export const MONTHS_OF_YEAR: Rule = {
  re: new RegExp(`\\bthe\\s+(first|last|final)\\s+(\\d{1,2}|${NUMBER_WORDS})\\s+months\\s+of\\s+(?:the|this|last)\\s+year\\b`, 'gi'), needs: /months/i,
  relative: true,
  resolve: (m, p) => {
    const year = p ? yearOf(p) - (/last\s+year/i.test(m[0]) ? 1 : 0) : undefined;
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : WORD_NUMBERS[m[2]!.toLowerCase()];
    if (year === undefined || n === undefined || n < 1 || n > 12) return undefined;
    return m[1]!.toLowerCase() === 'first' ? `${year}-01..${year}-${pad2(n)}` : `${year}-${pad2(13 - n)}..${year}-12`;
  },
};

/** "by this time next year": the month of publication a year on. */
export const THIS_TIME_NEXT_YEAR: Rule = {
  re: /\b(?:by\s+)?this\s+time\s+next\s+year\b/gi, needs: /time/i,
  relative: true,
  resolve: (_m, p) => (p ? `${yearOf(p) + 1}-${pad2(monthOf(p))}` : undefined),
};

/** "water year 1996", "the 1998 water year", "WY98", "'98 Water Year": the US hydrologists' year, October to the September of its year. */
export const WATER_YEAR: Rule = {
  re: /(?:\b(?:the\s+)?(19|20)(\d\d)|[’'](\d\d))\s+[Ww]ater\s+[Yy]ear\b|\b[Ww]ater\s+[Yy]ear\s+(19|20)(\d\d)\b|\bWY\s?(\d\d)\b/g,
  relative: false,
  needs: /\d/,
  resolve: (m) => {
    const yy = m[2] ?? m[3] ?? m[5] ?? m[6];
    const century = m[1] ?? m[4] ?? (Number(yy) > 50 ? '19' : '20');
    const year = Number(`${century}${yy}`);
    return `${year - 1}-10..${year}-09`;
  },
};

/** "FY17", "FY'09", "FY-22": a fiscal year by its last two digits (federalFiscal makes it October to September in a US federal text). */
export const FY_TWO_DIGITS: Rule = {
  re: /\b(?:(?:in|during|for|by|of|from|through)\s+)?(?:the\s+)?FY\s?['’-]?(\d\d)\b(?![-–/]\d)/g,
  needs: /\d/,
  relative: false,
  resolve: (m) => String(Number(m[1]) < 70 ? 2000 + Number(m[1]) : 1900 + Number(m[1])),
};

/**
 * "the new fiscal year", "the current fiscal year", "this fiscal year" in a sentence about the US
 * federal government: its fiscal year running on the day of publication, October to September
 * ("the first month of the new fiscal year", said on 22 November 2010, is October 2010).
 */
export const CURRENT_FISCAL_YEAR: Rule = {
  re: /\b(?:the\s+(?:new|current)|this)\s+fiscal\s+year\b/gi,
  needs: /\bfiscal\s+year\b/i,
  relative: true,
  resolve: (m, p) => {
    if (!US_FEDERAL.test(m.input)) return null;
    if (!p) return undefined;
    const year = monthOf(p) >= 10 ? yearOf(p) + 1 : yearOf(p);
    return `${year - 1}-10..${year}-09`;
  },
};

/**
 * A forecast named only as what a past figure is set against ("fewer than what most experts
 * expected", "exceeded all forecasts", "better than forecast"), and "scheduled" as a kind of service
 * ("flew 6.2 million passengers on scheduled and charter services in January"): no sign that the
 * sentence's bare months lie ahead ("the economy lost 216,000 jobs in August, fewer than experts expected").
 */
export const FORECAST_BEATEN = /\bscheduled(?=\s+(?:and\s+[\p{L}-]+\s+|or\s+[\p{L}-]+\s+)?(?:services?|flights?|airlines?|carriers?|passengers?|routes?|traffic|departures|arrivals|maintenance|hours)\b)|\b(?:than|exceeded|exceeding|beat|beating|topped|surpassed|missed|outpaced)\s+(?:what\s+)?(?:(?:most|many|all|the|some|analysts[’']?|economists[’']?|experts[’']?|market|private|earlier|previous)\s+){0,3}(?:expected|expectations|forecasts?|forecast|predicted|predictions|projected|projections|estimates)\b/giu;

/** "in October of last year" (monthOfYear.ts), passed on to timex.ts with the rules here. */
export { MONTH_OF_NAMED_YEAR } from './monthOfYear';

/** A clause after "the last year" that makes it the latest year of something: "the last year this information was collected", "the last year for which". */
export const LATEST_OF_CLAUSE = /^\s+(?:this|that|when|for\s+which|in\s+which|it|they|we|such|data|figures)\b/i;
