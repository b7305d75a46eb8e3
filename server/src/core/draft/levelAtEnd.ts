// A level a change reached over a stretch named by both its edges holds at the stretch's end (split
// out of asof.ts, which had no room left).
import type { Span } from '../span';
import type { Frame } from './facts';
import type { TimeMention } from './timex';

/** A stretch named by both its edges, as "from ... to ..." or "between ... and ...". */
const BOTH_EDGES = /^(?:from\s.*\s(?:to|through|until)|between\s.*\sand)\s/i;

/** The words before a level a change reached: "increased 2.2 percent to", "grew to", "an increase to about". */
const REACHED_BEFORE = /\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|dropped|climbed|jumped|increase|decrease|rise|fall|drop|decline|growth)\b(?:[^,;.]|\.\d){0,40}?\bto\s+(?:about|nearly|some|almost|roughly|more than|over|just over|just under)?\s*$/i;

/**
 * A level a change reached over a stretch holds at the stretch's end: "increased 2.2 percent to 1.7
 * million from July 1, 2016, to July 1, 2017" is 1.7 million on July 1, 2017 (not a running total, whose
 * stretch is what it counts, nor a change).
 */
export function levelAtEnd(text: string, figure: Span, frame: Frame, times: readonly TimeMention[], value: string | undefined): string | undefined {
  // (a stretch the text names by both its edges; not a fiscal year's or a decade's, the period a level is of)
  if (!value?.includes('..') || frame.change || frame.kind === 'cumulative' || !times.some((t) => t.value === value && BOTH_EDGES.test(t.text))) return value;
  return REACHED_BEFORE.test(text.slice(Math.max(0, figure.start - 60), figure.start)) ? value.split('..').pop() : value;
}
