// Bounds that define what is counted, no quantity measured: a kind of thing ("schools with more than
// 800 pupils") and a streak's bound ("the nineteenth straight month that the unemployment rate has been
// at or below 4%", "the fourth consecutive month exceeding 200,000 new jobs"), no other figure's fact.
import type { Span } from '../span';

/** A plural noun and "with" before a bound that defines it: "schools with" (more than 800 pupils). */
export const THRESHOLD_BEFORE = /\b\p{L}{3,}s\s+(?:with|having)\s+$/u;

/** A bound's words and then its figure, whichever of them the figure's span holds: "at or below 4.0%", "exceeding 200,000". */
const BOUND_BEFORE = /\b(?:at\s+or\s+(?:below|above|under|over)|exceed(?:ing|ed)?|eclips(?:ing|ed)|(?:of\s+)?at\s+least|topping|surpassing)\s+[$£€]?\d[^\s]*(?:\s+(?:percent|per\s+cent|million|billion|thousand))?$/i;

/** A streak in the sentence: "straight months", "consecutive weeks", "in a row". */
const STREAK = /\b(?:straight|consecutive|successive)\s+(?:months?|weeks?|years?|quarters?|days?)\b|\bin\s+a\s+row\b/i;

/** True when a figure is the bound of a streak its sentence counts. */
export function streakBound(text: string, sentence: Span, figure: Span): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 24), figure.end)) && STREAK.test(text.slice(sentence.start, sentence.end));
}
