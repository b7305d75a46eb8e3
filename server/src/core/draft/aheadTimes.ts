// Times a sentence before lent that do not date a figure. One ahead of publication ("NASA plans to launch the spacecraft in
// 2019.") dates only what the sentences after it say of that future; a sentence in the present
// ("NASA is working on two concepts for the mission.") tells of the day it was said.
import type { Span } from '../span';

/** Words that put a sentence's figures in a future or a plan: "will", "plans", "expected to", "by". */
const AHEAD_WORDS = /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|scheduled|set\s+to|aims?|targets?|goals?|by|could|may|might|projected|forecasts?|going\s+to|next|intends?|to\s+be|until|then|later)\b|['’]ll\b/i;

/** True when `carried`, a time lent by an earlier sentence, lies after `published` and the figure's sentence says nothing of the future. */
export function aheadNotCarried(text: string, figure: Span, carried: string | undefined, published: string | undefined): boolean {
  // (not a stretch: a fiscal year or a holiday travel period ahead dates the budget or the plans told of it)
  if (!carried || !published || carried.includes('..')) return false;
  const start = carried.split('..')[0]!;
  // (a year or a month ahead is wholly after the published day's: "2019" from 2014-06-19)
  if (start.slice(0, published.length) <= published.slice(0, start.length)) return false;
  const sentence = sentenceAround(text, figure);
  // (a sentence that opens on what the one before told keeps its time: "... in 2025. This accounted for 60% of all spending")
  return !AHEAD_WORDS.test(sentence) && !/^\s*(?:this|that|these|those|it)\b/i.test(sentence);
}

/** Where the sentence a figure stands in lies: back to the last ". " or line break and on to the next (at most 300 characters each way). */
export function sentenceSpanAround(text: string, figure: Span): Span {
  const from = Math.max(0, figure.start - 300);
  const before = text.slice(from, figure.start);
  const after = text.slice(figure.end, figure.end + 300);
  return { start: from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1, end: figure.end + after.search(/\.\s|\n|$/) };
}

/** The sentence a figure stands in (sentenceSpanAround's text). */
export function sentenceAround(text: string, figure: Span): string {
  const sentence = sentenceSpanAround(text, figure);
  return text.slice(sentence.start, sentence.end);
}

/**
 * True when a figure's own clause says it holds now ("Total sales now exceed $1 billion annually",
 * "with 50% of adults now fully vaccinated"): a time an earlier sentence named is not its time.
 * Not "from now" or "until now".
 */
export function saysNow(text: string, figure: Span): boolean {
  // (in the figure's own clause: not "two buoys had been recovered, but are now believed to be a ship's")
  const sentence = sentenceAround(text, figure);
  if (!NOW.test(sentence)) return false; // (the clause is a part of it: most sentences say neither word)
  const figureText = text.slice(figure.start, figure.end);
  const at = sentence.indexOf(figureText);
  const from = Math.max(...[',', ';', ':', '—', '–'].map((c) => sentence.lastIndexOf(c, at))) + 1;
  // (past the figure: "40,000" has a comma of its own)
  const to = sentence.slice(at + figureText.length).search(/[,;:—–]/);
  const clause = sentence.slice(from, to < 0 ? undefined : at + figureText.length + to).split(/\s(?:and|but|while)\s/).find((part) => part.includes(figureText)) ?? '';
  return NOW.test(clause.replace(/\b(?:from|until|till|up to|than)\s+now\b/gi, ''));
}

const NOW = /\b(?:now|currently)\b/i;
