// A heading line ending in a colon that names whose document the lines after it read out
// ("Highlights of the Department's proposed budget:"): that owner speaks for the list under it.
import type { Span } from '../span';
import type { Cue } from './cues';

/** A heading line that names whose document the lines after it read out: "Highlights of the Department's proposed budget:". */
const OWNER_HEADING = /\b((?:the\s+)?(?:U\.S\.\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)[’']s\s+(?:[\p{L}-]+\s+){0,3}(?:budget|plan|report|proposal|figures|data|results|estimates|forecast|findings|survey|review)\b[^:]*:\s*$/u;

/** Owners that are times: "Today", "Tuesday", "January", "Last week". */
const DAY_OR_MONTH = /^(?:the\s+)?(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:last|this|next)\s+\p{L}+)$/iu;

/** The owner named by a heading line ending in a colon, as a cue whose source is that owner; undefined for other lines. */
export function ownerHeading(text: string, line: Span): Cue | undefined {
  // (only a line ending in a colon can be one: the pattern is slow on the others)
  const body = text.slice(line.start, line.end);
  if (!/:\s*$/.test(body)) return undefined;
  const m = OWNER_HEADING.exec(body);
  // ("Today’s figures also show:", "January's figures:": a day's or a month's data, no owner named)
  if (!m || DAY_OR_MONTH.test(m[1]!)) return undefined;
  const start = line.start + m.index;
  return { cue: { start, end: start + m[0].length }, source: { start, end: start + m[1]!.length }, direction: 'before' };
}
