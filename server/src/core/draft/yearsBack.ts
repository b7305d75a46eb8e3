// "The average over the past 4 years" in a text with no published date: the years counted back from
// the period the text lends its figures (a report's year or financial year), not left to the reader.
import type { Span } from '../span';
import type { Frame } from './facts';
import type { TimeMention } from './timex';
import { NUMBER_WORDS, WORD_NUMBERS } from './stretches';

/** A stretch of years counted back: "the past 4 years", "the previous five years", "the last ten years". */
const YEARS_BACK = new RegExp(`\\b(past|last|previous|preceding)\\s+(\\d+|${NUMBER_WORDS})\\s+years\\b`, 'i');

/** A figure told as a yearly average over the stretch: "average growth over ...", "2.4% per year", "annual average". */
const AVERAGE = /\b(?:average[ds]?|per\s+year|a\s+year|annual(?:ly)?|each\s+year)\b/i;

/** What comes right before a stretch that opens a sentence: its start, after a full stop or a line break. */
const OPENS = /(?:^|[.!?]["”]?\s+|\n\s*)$/;

/** Words of a change between the stretch's edges: "the increases at these airports were". */
const CHANGE_WORDS = /\b(?:increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|grew|grown|declined?|growth)\b/i;

/**
 * With no published date a stretch of years counted back has no value of its own: then, where the
 * figure's time is a year or a twelve-month year (the text's, lent or reported: `value`, else `report`)
 * and its sentence names no other time, a yearly average or a running total over "the past 4 years"
 * is the four years ending with it ("the previous 4 years": ending the year before it), and a change
 * "over the past ten years" runs from ten years before it to it (2009: 1999..2009). Else `value`.
 */
export function yearsBackFrom(text: string, figure: Span, times: readonly TimeMention[], frame: Frame, value: string | undefined, report: string | undefined): string | undefined {
  const back = times.find((t) => t.value === undefined && YEARS_BACK.test(t.text));
  const base = value ?? report;
  if (!back || !base || times.some((t) => t.value !== undefined)) return value;
  // (the stretch the figure's own clause names: not "This was 0.9% higher than the previous year, which represented growth well below
  // the average over the past 4 years", nor a comparison's base, "13% higher than the average for the past five years"; a stretch
  // that opens the sentence holds for all of it, "Over the past ten years, the increases were: Leeds 23%; York 7%")
  const between = text.slice(Math.min(back.span.end, figure.end), Math.max(back.span.start, figure.start));
  if (!(back.span.end < figure.start && /^\s*(?:over\s+)?the\s+(?:past|last)\b[^,]*,\s*$/i.test(text.slice(back.span.start, back.span.end + 2)) && OPENS.test(text.slice(Math.max(0, back.span.start - 3), back.span.start))) && (/[,;\d]|\bthan\b/.test(between))) return value;
  const m = YEARS_BACK.exec(back.text)!;
  const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : WORD_NUMBERS[m[2]!.toLowerCase()];
  // (a calendar year, 2009, or a twelve-month financial year, 2017-07..2018-06)
  const p = /^(\d{4})$/.exec(base) ?? /^(\d{4})(-\d{2})\.\.(\d{4})(-\d{2})$/.exec(base);
  if (!n || n > 50 || !p || (p[3] !== undefined && (Number(p[3]) - Number(p[1]) !== 1 || Number(p[4]!.slice(1)) % 12 + 1 !== Number(p[2]!.slice(1))))) return value;
  // (the words of its own sentence only: not "per year" that closes the line before)
  const words = text.slice(Math.max(0, Math.min(back.span.start, figure.start) - 60), Math.max(back.span.end, figure.end) + 40).split(/[.!?]\s|\n/).filter((part) => part.includes(text.slice(figure.start, figure.end))).join(' ');
  const from = Number(p[1]), to = Number(p[3] ?? p[1]), fromMonth = p[2] ?? '', toMonth = p[4] ?? '';
  if (AVERAGE.test(words) || frame.kind === 'cumulative') {
    const shift = /^(?:previous|preceding)$/i.test(m[1]!) ? 1 : 0;
    return `${from - n + 1 - shift}${fromMonth}..${to - shift}${toMonth}`;
  }
  return frame.change || CHANGE_WORDS.test(between) ? `${from - n}${fromMonth}..${to}${toMonth}` : value;
}
