// The day of a story's news, when its lead names one shortly before publication: "The U.S.
// Federal Reserve raised interest rates on Wednesday" (published Thursday). What happened in the
// story's later paragraphs with no time of its own happened that day ("Apple stock quickly fell
// 5.4 percent in after-hours trading"), not on the day the story was printed.
import type { Article } from '../model/article';
import { daysBetween } from '../base/dates';
import { datesWhatFollows, ON_PERIOD_BEFORE } from './asof';
import { findTimeMentions } from './timex';
import { splitSentences } from '../model/sentences';
import type { Frame } from './facts';
import { unitInfo } from '../figures/units';

/** A first line that opens on a dateline is the lead, not a headline (a text pasted without its headline): "SAN DIEGO — U.S. Customs ...". */
export const DATELINE_LEAD = /^\s*\p{Lu}[\p{L}.' ]{1,30}(?:,\s*[\p{L}.]{2,12})?\s+[—–-]\s+\p{Lu}[^]*[.!?"”]\s*$/u;

/** A first line as long as a lead's sentence and ending as one, no headline: "The U.S. Coast Guard seized more than 93,000 pounds of cocaine ... September 30; an amount equal to ...". */
export function readsAsLead(line: string): boolean {
  return DATELINE_LEAD.test(line) || (/[.!?"”]\s*$/.test(line) && (line.match(/\S+/g)?.length ?? 0) >= 25);
}

/** At most this many days before publication: a lead's day further back is background, not the news. */
const NEWS_DAYS = 6;

/**
 * The day the lead (the first paragraph's first sentence) says its news happened,
 * when that is a day before `published` and within a week of it, and where the lead ends (the day
 * is lent to the paragraphs after it); undefined otherwise.
 */
export function storyDayOf(article: Article, published: string | undefined): { day: string; leadEnd: number } | undefined {
  if (!published) return undefined;
  const text = article.syntax.text;
  const first = article.syntax.lines[0];
  // (a text pasted without its headline opens on its lead)
  const lead = first && readsAsLead(text.slice(first.span.start, first.span.end)) ? first : article.syntax.lines[1];
  if (!lead) return undefined;
  const sentence = splitSentences(text, lead.span)[0];
  if (!sentence) return undefined;
  for (const t of findTimeMentions(text, sentence, published)) {
    if (t.since || !t.value || !/^\d{4}-\d{2}-\d{2}$/.test(t.value) || !datesWhatFollows(text, t)) continue;
    // ("... were killed when the cyclone made landfall Friday morning": the day of what the clause tells, not of the news)
    if (/\bwhen\b/i.test(text.slice(sentence.start, t.span.start))) return undefined;
    const back = daysBetween(t.value, published);
    return back > 0 && back <= NEWS_DAYS ? { day: t.value, leadEnd: lead.span.end } : undefined;
  }
  return undefined;
}

/** Counts of the dead and hurt: running totals, which hold when they are stated, whatever day the story tells of. */
const TOLL_HEADS = new Set(['toll', 'death', 'fatality', 'casualty', 'dead', 'injury']);

/**
 * True when a figure with no time of its own takes the story's day: a count of what happened or a
 * move ("shares fell 5.4 percent"), not a level, a toll ("at least 40 people were killed"), a
 * change on the period before ("a drop of four-tenths of a point from the prior month": a
 * report's) or a length of time ("free trade partners for more than 30 years"). `after` is the
 * text right after the figure.
 */
export function takesStoryDay(frame: Frame, after: string): boolean {
  if (frame.verbLemma === 'kill' || frame.verbLemma === 'kill-wound' || TOLL_HEADS.has(frame.head)) return false;
  if (frame.unit && unitInfo(frame.unit)?.dimension === 'duration') return false;
  return frame.kind === 'event' || (frame.change && !ON_PERIOD_BEFORE.test(after));
}
