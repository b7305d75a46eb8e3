// As of when a figure holds (docs/annotate.md, "As of when"): the time right after or before
// it, else the nearest in its sentence that is not a comparison's base, else the paragraph's;
// running totals take the time of their statement; a report's headline period dates the rest.
import type { Span } from '../span';
import type { Article } from '../model/article';
import { daysBetween, parseAsOf } from '../base/dates';
import type { Cue } from './cues';
import type { Frame } from './facts';
import { findTimeMentions, type TimeMention } from './timex';

/** True when a time mention is the time of the statement ("said Thursday", "on Thursday warned"). */
export function isNearCue(t: TimeMention, cues: readonly Cue[]): boolean {
  return cues.some((c) => (t.span.start >= c.cue.end && t.span.start - c.cue.end <= 3) || (c.cue.start >= t.span.end && c.cue.start - t.span.end <= 2)
    || (c.source.end <= t.span.start && t.span.end <= c.cue.start));
}

/** The as-of of a figure: the event's time, or for running totals the statement's; else a time carried from the paragraph. */
export function asOfFor(text: string, figure: Span, times: readonly TimeMention[], cue: Cue | undefined, frame: Frame, carried?: string): string | undefined {
  const resolved = times.filter((t) => t.value !== undefined);
  const statement = resolved.find((t) => cue && isNearCue(t, [cue]));
  // "up 3.4 percent from June 2023": a comparison's base is not the figure's time, unless the figure is the base ("from 18 mpg in 2010")
  const events = resolved.filter((t) => t !== statement && !isComparisonBase(text, t, figure));
  // "the revised May estimate of 1,314,000", "from February 2019 (63.3M)": a time right before a figure names its period
  const ownBefore = resolved.find((t) => t.span.end <= figure.start && /^(?:[’']s)?\s*(?:[\p{L}-]+\s+){0,3}(?:of|was|were|at|is|are|\()\s*(?:only|just|some|nearly|almost)?\s*$/u.test(text.slice(t.span.end, figure.start)));
  if (ownBefore) return ownBefore.value;
  // ("more than 40% of the territory it seized in August": a clause of its own in between dates something else)
  const own = events.find((t) => t.span.start >= figure.end && t.span.start - figure.end <= 40 && !/[,;]|\b(it|they|he|she|which|that|who|we)\b/i.test(text.slice(figure.end, t.span.start)));
  if (own && frame.kind !== 'cumulative') return own.value;
  const nearest = events.sort((a, b) => distance(a.span, figure) - distance(b.span, figure))[0];
  // a running total holds when it is stated: other times in the sentence date its start or its events
  if (frame.kind === 'cumulative') return statement?.value ?? events.find((t) => /^(by|as of)\b/i.test(t.text))?.value;
  return nearest?.value ?? statement?.value ?? carried;
}

const COMPARISON = /\b(from|than|since|compared (?:with|to)|versus|vs\.?|above|below|over|the revised)\s+(?:the\s+|a\s+|its\s+)?(?:revised\s+)?$/i;

/** True when a time mention is the base of a comparison the figure does not stand in. */
function isComparisonBase(text: string, t: TimeMention, figure: Span): boolean {
  // the comparison word may open the time mention itself ("from February 2019")
  const lead = /^(from|than|since)\s+/i.exec(t.text);
  const end = t.span.start + (lead ? lead[0].length : 0);
  const before = text.slice(Math.max(0, end - 30), end);
  const m = COMPARISON.exec(before);
  if (!m) return false;
  const wordAt = end - before.length + m.index;
  return !(wordAt <= figure.start && figure.end <= t.span.start);
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/**
 * The period a report is about, when its headline names a report of one shortly before
 * publication ("Unemployment rate falls to 8.5 percent in December 2011", "e-commerce sales in
 * second quarter 2004"): the time of its figures that name none. Months and quarters only.
 */
const REPORT_WORDS = /\b(report|data|statistics|figures|sales|jobs|employment|unemployment|payrolls?|rate|index|prices?|inflation|survey|construction|starts|traffic|output|production|earnings|revenue|profits?|exports|imports|gdp|growth)\b/i;

/** The period a report is about (see REPORT_WORDS above): `YYYY-MM` or `YYYY-MM..YYYY-MM`, if any. */
export function reportPeriodOf(article: Article, published: string | undefined): string | undefined {
  const headline = article.syntax.lines[0];
  if (!headline || !REPORT_WORDS.test(article.syntax.text.slice(headline.span.start, headline.span.end))) return undefined;
  // the headline's period, else the lead's ("the jobless rate for November was 8.6 percent")
  for (const line of article.syntax.lines.slice(0, 3)) {
    for (const t of findTimeMentions(article.syntax.text, line.span, published)) {
      if (!t.value || t.since || !/^\d{4}-\d{2}(\.\.\d{4}-\d{2})?$/.test(t.value)) continue;
      const end = parseAsOf(t.value)?.to;
      if (!end || (published && (end > published || daysBetween(end, published) > 60))) continue;
      return t.value;
    }
  }
  return undefined;
}

