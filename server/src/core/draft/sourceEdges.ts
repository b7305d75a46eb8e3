// Where a source phrase ends before its verb, when news puts something between them: a date set
// off by commas ("Neven Mimica, on June 25 announced") or the period data cover ("Statistics for
// the quarter ending June 2006 show": the data, not the period, are the source).
import type { Span } from '../span';

/** A date set off before a verb: ", on June 25", ", on Monday,", " on 3 March", " back in May", " last week". */
export const DATE_BEFORE_VERB = /(?:,\s*)?(?:\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))|\b(?:back\s+)?in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|\b(?:last|this|earlier\s+this)\s+(?:week|month|year))\s*,?\s*$/;

/** Data named by no one: "Statistics", "the latest figures", "official data". */
const DATA_WORDS = String.raw`(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:statistics|figures|data|numbers|results)`;

/** A source phrase that is only data named by no one ("Statistics", "the latest figures"). */
export const DATA_WORD = new RegExp(`^${DATA_WORDS}$`, 'i');

/** Data named with the period it covers, opening its sentence before a verb: "Statistics for the quarter ending June 2006 show". */
const DATA_FOR_PERIOD = new RegExp(String.raw`^\s*(${DATA_WORDS})\s+(?:for|from|covering)\s+[^,;:]{1,60}$`, 'i');

/** The data phrase of a sentence opened by data for a period, ending where the period begins. */
export function dataForPeriod(text: string, from: number, verb: number): Span | undefined {
  const m = DATA_FOR_PERIOD.exec(text.slice(from, verb));
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * What "released" reports for its subject: its own results ("released its annual enforcement
 * results", "released new figures"); not another's report it puts out ("released a U.S. Geological
 * Survey report ..., estimating") nor data released by someone ("figures released by the ONS").
 */
export const RELEASES_RESULTS = /^\s+(?:today\s+|on\s+\p{L}+\s+)?(?:(?:its|their|new|the\s+latest)\s+)?(?:[\p{L}-]+\s+){0,5}?(?:results|figures|data|statistics|numbers|estimates)\b/iu;
