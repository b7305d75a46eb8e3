// The year so far, in a statement on a monthly report: "So far this year, average hourly earnings have
// increased 3.2 percent", "we have averaged 150,000 jobs added each month so far in 2016", "1.1 million
// generated in 2012 alone", "Since January, 1.2 million jobs have been added" are counted from January
// of the report's year to the month it reports, not the whole calendar year nor the day it came out.
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** Words that say a year is counted so far: "this year", "so far in 2016", "in 2012 alone", "year to date". */
const SO_FAR = /^(?:(?:in|during|for|over)\s+)?this\s+year$|^(?:in|during)\s+\d{4}$/i;

/** "year-to-date", "year to date": a count from January on, said in so many words. */
const YEAR_TO_DATE = /\byear[- ]to[- ]date\b/i;

/** A sentence that tells what lies ahead, whose year is not counted so far ("expects to add 2 million jobs this year"). */
// ("may" in lower case only: "year-to-date (through May)" names a month)
const AHEAD = /\b(?:[Ww]ill|[Ww]ould|[Ee]xpects?|[Ee]xpected|[Ff]orecasts?|[Pp]rojected|[Pp]rojects?|[Pp]lans?|[Aa]ims?|[Tt]argets?|[Gg]oals?|[Oo]n track|[Cc]ould|may|[Mm]ight)\b/;

/**
 * The months from January to the report's month (`report`, `YYYY-MM`) for a figure its sentence
 * counts over the report's year so far: a year mention of the report's year right before or after
 * it with nothing between but words ("This year, we've averaged 95,000", "nearly one million jobs
 * added this year", "so far in 2016", "in 2012 alone"; a plain "in 2012" too, but not "this year" in a
 * sentence of what lies ahead), or "since January" of that year opening its sentence; undefined else.
 */
export function yearToDateOf(text: string, sentence: Span, figure: Span, times: readonly TimeMention[], report: string, clear: (from: number, to: number) => boolean): string | undefined {
  const year = report.slice(0, 4);
  if (report.slice(5) === '01') return undefined;
  const words = text.slice(sentence.start, sentence.end);
  const counted = times.find((t) => t.span.start >= sentence.start && t.span.end <= sentence.end && (t.since ? t.value === `${year}-01` && t.span.end <= figure.start && /^\W*(?:since\s+)?$/i.test(text.slice(sentence.start, t.span.start).replace(/^\s*["“]/, ''))
    : t.value === year && (SO_FAR.test(t.text) || /\bso\s+far\s+$/i.test(text.slice(Math.max(0, t.span.start - 8), t.span.start)) || /^\s+alone\b/i.test(text.slice(t.span.end, t.span.end + 8)))));
  // ("exports increased by 14.1 percent to $1.7 trillion year-to-date (through November)", "Our year-to-date surplus is $15.6 billion":
  // the words themselves, before or after the figure, with no other time between)
  const ytd = YEAR_TO_DATE.exec(words);
  if (!counted && ytd && !AHEAD.test(words)) {
    const at = sentence.start + ytd.index;
    const [from, to] = at < figure.start ? [at + ytd[0].length, figure.start] : [figure.end, at];
    if (!times.some((t) => t.span.start >= from && t.span.end <= to && t.value !== undefined && !t.since)) return `${year}-01..${report}`;
  }
  if (!counted || AHEAD.test(words)) return undefined;
  const near = counted.span.end <= figure.start ? clear(counted.span.end, figure.start) : /^[\s\p{L}-]{0,60}$/u.test(text.slice(figure.end, counted.span.start)) && clear(figure.end, counted.span.start);
  return near ? `${year}-01..${report}` : undefined;
}
