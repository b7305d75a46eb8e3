// A standing target of a rate a figure states, with no time of its own ("below the endorsed target of
// at least 3,000 monthly relocations"), holds when it is said: not the month of the record it is set
// against earlier in the sentence, nor a time an earlier sentence lent. (Not a period's target, "made
// 103 percent of its goal against a target of 6,425", nor one a year names, "our 2025 target of 70%".)
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** The words right before a target's figure: "target of at least", "goal of", "the target set by the Commission of". */
const TARGET_OF = /\b(?:targets?|goals?)\s+(?:(?:set|endorsed|agreed)\s+(?:by\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2})?of\s+(?:at\s+least\s+|about\s+|around\s+|some\s+)?$/iu;

/** Right after the figure, a rate per month, week or year: "monthly relocations", "a year", "per month". */
const RATE_AFTER = /^\s+(?:(?:monthly|weekly|annual|yearly)\b|(?:[\p{L}-]+\s+){0,2}(?:a|per|each)\s+(?:month|week|year)\b)/iu;

/**
 * True when the figure is a target's rate ("target of at least 3,000 monthly relocations") and no
 * time follows it in its clause (`times`: its sentence's), which would be the target's deadline or
 * period ("a target of 5% by 2035").
 */
export function standingTarget(text: string, figure: Span, leading: string, times: readonly TimeMention[]): boolean {
  if (!TARGET_OF.test(leading) || !RATE_AFTER.test(text.slice(figure.end, figure.end + 40))) return false;
  const clauseEnd = figure.end + Math.max(0, text.slice(figure.end).search(/[.;!?](?:\s|$)|\n/));
  return !times.some((t) => t.span.start >= figure.end && t.span.start < clauseEnd);
}
