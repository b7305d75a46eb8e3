// Clauses a time mention may sit in that date something other than the figure beside it: a
// participle's noun ("candidates running for Senate in 2016"), a relative clause (", who took
// office in 2019,"), a clause with a subject of its own ("of the territory it took ... in August").
// Split from asof.ts.
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** True when a time ends a participle phrase that qualifies a noun ("candidates running for Senate in 2016"). */
export function inParticiple(text: string, t: TimeMention): boolean {
  return /\b\p{L}+s\s+(?:running|seeking|living|working|born|aged|competing|standing)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, t.span.start - 50), t.span.start));
}

/** True when a time sits in a relative or participle clause (", who took office in 2019,", ", announced in August,") that does not hold the figure. */
export function inRelativeClause(text: string, t: TimeMention, figure: Span): boolean {
  const before = text.slice(Math.max(0, t.span.start - 60), t.span.start);
  // ("a scientist who died in 2009": without a comma, a "who" clause qualifies a person, not a
  // figure a few words before it: "12 people who died in 2009" dates the twelve)
  // (also a participle's: "The program, announced in August, provides up to $20,000")
  const open = /,\s*(?:who|which|whose|announced|launched|introduced|unveiled|passed|signed|approved|published|released|founded|established|opened|built|created|enacted|adopted)\b[^,;.]*$/i.exec(before) ?? /(?<=\p{Ll}\s)who\b[^,;.]*$/u.exec(before)
    // ("the Rocky Fire that started about two weeks ago and has burned 282 square kilometers": a "that" clause's own verb after a name)
    ?? /(?<=\b\p{Lu}\p{Ll}+\s)that\s+\p{Ll}+ed\b[^,;.]*$/u.exec(before);
  if (!open) return false;
  if (!/^,/.test(open[0]) && figure.end <= t.span.start && !/,|(?:\S+\s+){5}/.test(text.slice(figure.end, t.span.start - before.length + open.index))) return false;
  const start = t.span.start - before.length + open.index;
  const close = text.slice(t.span.end).search(/[,;]|\.(?:\s|$)|\s+and\s+(?:has|have|had|is|are|was|were)\b/);
  const end = close < 0 ? text.length : t.span.end + close;
  return figure.end <= start || figure.start >= end;
}

/** "(92% and ", "(4.1, 3.9 and ": the figures a bracket right after a time lists before this one. */
export const BRACKET_LIST = /^\s*\((?:\s*[^\s(),;]+\s*(?:,|\band\b))+\s*$/;

/** True when a time after the figure sits in a clause with a subject of its own ("of the territory it took ... in August"), unless that clause reports. */
export function inOwnClauseAfter(text: string, t: TimeMention, figure: Span): boolean {
  if (t.span.start < figure.end || t.span.start - figure.end > 90) return false;
  const between = text.slice(figure.end, t.span.start);
  const clause = /\b(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?([a-z]+)\b/i.exec(between);
  return clause !== null && !/[,;]/.test(between) && !/^(?:said|says|reported|reports|announced|estimated|expects?|expected|forecasts?|predicted|projected|counted|recorded)$/i.test(clause[1]!);
}

/**
 * True when a time is a stated cut-off: "by June", "as of July 20" (read as "of July 20" after "As"),
 * "as of the end of September", "as of noon on August 22", "in data through Thursday".
 */
export function isCutOff(text: string, t: TimeMention): boolean {
  const before = text.slice(Math.max(0, t.span.start - 30), t.span.start);
  return /^(?:by|as of)\b/i.test(t.text) || /\b(?:through|up to|until)\s+$/i.test(before)
    || (/^of\s/i.test(t.text) && /\bas\s+$/i.test(before)) || /\bas\s+of\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before);
}

/** True when a day names a document by its possessive ("Today's jobs report", "Friday's data"): the day it came out, not what it counts. */
export function datesDocument(text: string, t: TimeMention): boolean {
  return /^[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:report|data|figures|release|statistics|survey|numbers)\b/iu.test(text.slice(t.span.end, t.span.end + 40));
}

/** A release named with its day before a figure: "released by the ONS on", "published on". */
const RELEASED_ON = /\b(?:released|published|issued|posted)\s+(?:(?:by|from)\s+(?:the\s+)?[\p{L}.&'’-]+(?:\s+[\p{L}.&'’-]+){0,4}\s+)?(?:on\s+|late\s+|early\s+)?(?:\p{L}+day,?\s+)?$/iu;

/** Whether the words before a time name a release's day: not past the end of the sentence that named who released it ("published by Eurostat.\nIn the first quarter"). */
export function releasedOn(before: string): boolean {
  const m = RELEASED_ON.exec(before);
  return m !== null && !/\n|\p{Ll}{2}[.!?]["”’]?\s/u.test(m[0]);
}
