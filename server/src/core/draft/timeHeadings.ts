// A line that is only a time and a colon ("At 31 March 2024:", "During the quarter ending
// September 2022:") heads the lines under it: their figures that name no time are of that time,
// full sentences as much as list items, until the next heading or colon line.
import type { Span } from '../span';
import { findTimeMentions } from './timex';

/** A line that is only a time and a colon: "At 31 March 2024:", "As at 30 June 2019:", "During the quarter ending September 2022:". */
const TIME_COLON = /^\s*(?:At|As at|As of|On|During|In|For|Over)\s+(?:the\s+)?[^.:;!?]{3,60}:\s*$/i;

/** For each line (by its start) under a time heading, that heading's time as an as-of value. */
export function timeHeadingsOf(text: string, lines: readonly { span: Span }[], published: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  let time: string | undefined;
  for (const line of lines) {
    const row = text.slice(line.span.start, line.span.end);
    if (TIME_COLON.test(row)) {
      const times = findTimeMentions(text, line.span, published).filter((t) => t.value !== undefined && !t.since);
      // (the time must be the line's whole content, less its opening word: "At 31 March 2024")
      // (and name its year: a weekday heading, "On Tuesday:", is a market wrap's template more than a date)
      time = times.length === 1 && /\b(?:19|20)\d\d\b/.test(times[0]!.text) && row.replace(/:\s*$/, '').trim().length - times[0]!.text.length <= 12 ? times[0]!.value : undefined;
      continue;
    }
    // (a heading, a short line with no full stop, or another colon line ends what the time heads)
    if (row.trim() === '' || /:\s*$/.test(row) || (row.trim().length <= 80 && !/[.!?)]["”’]?\s*$/.test(row.trim()) && !/\d/.test(row))) { time = undefined; continue; }
    if (time) out.set(line.span.start, time);
  }
  return out;
}
