// Stretches a monthly report's statement counts back from the month it reports ("the ninth month in
// a row with greater than 200,000 new jobs", "10.6 million new jobs over the last 56 months", "a total
// of 9.9 million since February 2010"): whole months ending with that month, not days back from the
// day the statement came out.
import type { Span } from '../span';
import { numberWord, spelledDay } from '../base/spelledDates';
import { monthsBack } from './calendar';
import { sentenceSpanAround } from './aheadTimes';
import type { TimeMention } from './timex';
import { yearToDateOf } from './yearToDate';

/** A record a level is set against, ending right before "since": "the low since 1953", "its highest level since". */
const RECORD_BEFORE = /\b(?:low|high|lowest|highest|best|worst|record|largest|smallest|biggest|fastest|slowest|strongest|weakest)(?:\s+(?:level|rate|point|pace|reading))?\s+(?:since\s+)?$/i;

/** A count as digits or a word ("56", "twelve"). */
const COUNT = String.raw`(\d{1,3}|[a-z]+)`;

/**
 * A streak or a stretch of months up to the report's month: "six consecutive months", "12 months in
 * a row", "42 straight months", "60 uninterrupted months", "the ninth month in a row", "the 47th
 * consecutive month", "over the last 56 months", "the last four and a half years".
 */
const STREAK = new RegExp(String.raw`\b${COUNT}\s+(?:(?:consecutive|straight|uninterrupted)\s+months\b|months\s+in\s+a\s+row\b)`
  + String.raw`|\bthe\s+(\d{1,3}(?:st|nd|rd|th)|[a-z]+)\s+(?:(?:consecutive|straight)\s+month\b|month\s+in\s+a\s+row\b)`
  + String.raw`|\b(?:over|in|during)\s+the\s+(?:last|past)\s+${COUNT}(\s+and\s+a\s+half)?\s+(months|years)\b`, 'gi');

/** A count's number: digits, a number word ("twelve") or an ordinal ("ninth", "47th"). */
function countOf(word: string, ordinal: boolean): number | undefined {
  if (/^\d/.test(word)) return Number.parseInt(word, 10);
  return ordinal ? spelledDay(word.toLowerCase()) : numberWord(word.toLowerCase());
}

/**
 * The months a figure counts over in a statement on a monthly report (`report` is that month,
 * `YYYY-MM`): the streak or stretch of its sentence right after it ("10.6 million new jobs over the
 * last 56 months", no comma between) or else right before it with no other figure between ("the ninth
 * month in a row with greater than 200,000"; "42 straight months ..., with nearly 7.5 million ... over
 * that time"), and "since" a month or year right after it ("a total of 9.9 million since February
 * 2010"); undefined where the sentence names none, or a time of its own lies nearer ("262,000 more
 * jobs in June, bringing us to ... over the last 52 months").
 */
export function reportMonthsOf(text: string, figure: Span, times: readonly TimeMention[], report: string | undefined): string | undefined {
  if (!report || !/^\d{4}-\d{2}$/.test(report)) return undefined;
  const sentence = sentenceSpanAround(text, figure);
  // (a figure's own time or another figure between it and the stretch: the stretch is not its)
  const clear = (from: number, to: number) => !/\d/.test(text.slice(from, to).replace(/\b\d{1,3}(?:st|nd|rd|th)\b/g, ''))
    && !times.some((t) => t.span.start >= from && t.span.end <= to && t.value !== undefined && !t.since);
  // ("So far this year, ... have increased 3.2 percent": January to the report's month)
  const soFar = yearToDateOf(text, sentence, figure, times, report, clear);
  if (soFar) return soFar;
  // (not a record's since: "the 3.3% rate for adult women matched the low since 1953" is the month's)
  const since = times.find((t) => t.since && t.value && t.span.start >= figure.end && t.span.end <= sentence.end && /^[\s\p{L}-]{0,60}$/u.test(text.slice(figure.end, t.span.start))
    && !RECORD_BEFORE.test(text.slice(figure.end, t.span.start)));
  if (since && clear(figure.end, since.span.start)) {
    const from = since.value!.split('..')[0]!;
    if (from.slice(0, 7) < report) return `${from.slice(0, 7)}..${report}`;
  }
  let before: { months: number; end: number } | undefined;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(STREAK)) {
    const start = sentence.start + m.index!;
    const count = m[1] ? countOf(m[1], false) : m[2] ? countOf(m[2], true) : countOf(m[3]!, false);
    if (!count) continue;
    const months = m[5] && /^years$/i.test(m[5]) ? count * 12 + (m[4] ? 6 : 0) : count;
    if (start >= figure.end) {
      // (after the figure, in its clause: "10.6 million new jobs over the last 56 months")
      if (!/[,;—–(]/.test(text.slice(figure.end, start)) && clear(figure.end, start)) return `${monthsBack(report, months - 1)}..${report}`;
      break;
    }
    if (start + m[0].length <= figure.start) before = { months, end: start + m[0].length };
  }
  return before && clear(before.end, figure.start) ? `${monthsBack(report, before.months - 1)}..${report}` : undefined;
}

/** "a year ago", "one month ago": a time counted back from publication. */
export const AGO = /^(?:a|one)\s+(?:week|month|quarter|year)\s+ago$/i;

/**
 * True when `t` is "a year ago" (or a week, month, quarter) right after the figure, naming it as a
 * comparison's base ("compared to 7.2 percent a year ago"): the base lies that far back from the time
 * of the sentence (baseAsOf moves it), so the mention is no time of the figure's own.
 */
export function agoBaseOf(text: string, figure: Span, t: TimeMention): boolean {
  return AGO.test(t.text) && t.span.start >= figure.end && /^\s*(?:\)\s*)?$/.test(text.slice(figure.end, t.span.start));
}
