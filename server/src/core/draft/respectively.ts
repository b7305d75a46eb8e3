// Two figures matched to two times by "respectively": "In 1998 and 1984 there were 132 and 122
// deaths, respectively" gives 1998 to the first and 1984 to the second; "increased during 2015 and
// 2016 (3.3 percent and 3.4 percent, respectively)" each its own year, not both years together.
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** The figures' list up to "respectively", in the figure's clause: "and 122 tornado-related deaths, respectively". */
const TO_RESPECTIVELY = /^(?:[^.;!?]|\.\d){0,60}?\brespectively\b/i;

/** A year named right after a time and "and" ("In 1998 and 1984"), which the time mentions do not read alone. */
const AND_YEAR = /^\s+and\s+(\d{4})\b/;

/**
 * The time of a figure in a pair that "respectively" matches to a pair of times named before it
 * in its sentence ("in March and April", "In 1998 and 1984"); undefined where the figure is in no
 * such pair.
 */
export function respectiveTime(text: string, figure: Span, times: readonly TimeMention[]): string | undefined {
  const tail = TO_RESPECTIVELY.exec(text.slice(figure.end, figure.end + 80));
  if (!tail) return undefined;
  // (the figure's place counted from the list's end: the figures after it before "respectively")
  const after = tail[0].match(/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b/gi)?.length ?? 0;
  if (after > 1 || !/\band\b/i.test(after === 1 ? tail[0] : text.slice(Math.max(0, figure.start - 60), figure.start))) return undefined;
  const sentenceStart = Math.max(text.lastIndexOf('. ', figure.start), text.lastIndexOf('\n', figure.start));
  const pairs = times.filter((t) => t.value !== undefined && !t.since && t.span.end <= figure.start && t.span.start > sentenceStart).map((t): [string, string] | undefined => {
    const year = AND_YEAR.exec(text.slice(t.span.end, t.span.end + 10));
    if (year && /^\d{4}$/.test(t.value!)) return [t.value!, year[1]!];
    const [from, to] = t.value!.split('..');
    return /\sand\s/i.test(t.text) && from && to ? [from, to] : undefined;
  }).filter((p) => p !== undefined);
  return pairs.length === 1 ? pairs[0]![1 - after] : undefined;
}
