// The days a poll was in the field, when the article says so ("The poll was conducted ... between
// November 29 and December 3"): its shares hold for those days, not for the day it was released.
import type { Span } from '../span';
import type { Article } from '../model/article';
import { findTimeMentions } from './timex';
import { splitSentences } from '../model/sentences';

/** A sentence that tells when a poll or survey was taken. */
const FIELDED = /\b(?:poll|survey)\b[^.!?]{0,160}?\b(?:conducted|carried out|taken|fielded|done)\b|\b(?:interviewed|surveyed|polled)\b[^.!?]{0,80}?\b(?:between|from|on)\b/i;
/** Words of a sentence that reports a poll's answers ("37 percent of respondents said", "those surveyed"). */
const POLL_TALK = /\b(?:polls?|polled|surveys?|surveyed|respondents|interviewed|those asked|questioned)\b/i;

/**
 * The days the article's poll was in the field (`YYYY-MM-DD` or a range of days), when one sentence
 * names them and no other sentence names other days; else the year of the one survey the article
 * names by its year, before publication; undefined otherwise. A month ("a survey conducted last
 * month") is another poll's time, not field days.
 */
export function pollFieldOf(article: Article, published: string | undefined): string | undefined {
  const text = article.syntax.text;
  if (!/\b(?:poll|survey|interviewed|surveyed|polled)\b/i.test(text)) return undefined; // most articles: none
  const days = new Set<string>();
  for (const line of article.syntax.lines) {
    // (the article's own sentence splitter: "between Nov. 29 and Dec. 3" is one sentence)
    for (const sentence of splitSentences(text, line.span)) {
      if (!FIELDED.test(text.slice(sentence.start, sentence.end))) continue;
      for (const t of findTimeMentions(text, sentence, published)) {
        if (t.value && !t.since && /^\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?$/.test(t.value) && (!published || t.value.slice(0, 10) <= published)) days.add(t.value);
      }
    }
  }
  if (days.size > 0) return days.size === 1 ? [...days][0] : undefined;
  // ("The 2022 Resident Satisfaction Survey was the first ...": a survey named by its year, with no field days, is of that year)
  const years = new Set([...text.matchAll(NAMED_BY_YEAR)].map((m) => m[1]!).filter((y) => !published || y < published.slice(0, 4) || (y === published.slice(0, 4) && /^\d{4}-(?:1[01]|12)/.test(published))));
  return years.size === 1 ? [...years][0] : undefined;
}

/** A survey or poll named by its year: "The 2022 Resident Satisfaction Survey", "the 2019 Annual Poll". */
const NAMED_BY_YEAR = /\b[Tt]he\s+((?:19|20)\d\d)\s+(?:(?:\p{Lu}[\p{L}-]*|of|and|for)\s+){0,6}(?:Survey|Poll)\b/gu;

/** True when the sentence, or the one before it in its paragraph, reports a poll's answers. */
export function speaksOfPoll(text: string, sentence: Span, before: Span | undefined): boolean {
  return POLL_TALK.test(text.slice(sentence.start, sentence.end)) || (before !== undefined && POLL_TALK.test(text.slice(before.start, before.end)));
}
