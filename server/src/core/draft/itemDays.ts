// An undated listing page (a ministers' "Media Releases" page, a blog's index) prints each item's
// date on a line of its own ("14 November 2018"): the items under that line are of that day, as
// the article's published date would make them if it had one.
import type { Article } from '../model/article';
import type { Span } from '../span';
import { findTimeMentions } from './timex';

/**
 * The day each line of an undated article is of, keyed by the line's start: the last line before
 * it that is only a date. Empty when the article has a published date or no such line.
 */
export function itemDaysOf(article: Article, published: string | undefined): Map<number, string> {
  const days = new Map<number, string>();
  if (published) return days;
  const text = article.syntax.text;
  let day: string | undefined;
  for (const line of article.syntax.lines) {
    const body = text.slice(line.span.start, line.span.end).trim();
    // (a date alone on its line: "14 November 2018", "Nov. 14, 2018", "2018-11-14"; never a paragraph that opens with one)
    if (body.length > 0 && body.length <= 24 && /\d{4}$/.test(body)) {
      const only = dayAlone(text, line.span);
      if (only) { day = only; continue; }
    }
    if (day) days.set(line.span.start, day);
  }
  return days;
}

/** The day a line states and nothing else ("14 November 2018", "Friday, January 11, 2008", "2018-11-14"), if it is only that. */
export function dayAlone(text: string, span: Span): string | undefined {
  const [only] = findTimeMentions(text, span, undefined);
  return only && /^\d{4}-\d{2}-\d{2}$/.test(only.value ?? '') && only.text.trim() === text.slice(span.start, span.end).trim() ? only.value : undefined;
}
