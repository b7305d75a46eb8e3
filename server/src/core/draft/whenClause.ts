// A time and then a clause that tells what happened at it: "has declined each year since 2002, when 82
// percent of flights arrived on time" (the 82 percent is 2002's), "in 1998, when 3,000 were held".
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** Between the time and the figure: ", when" and up to six words of its clause, no other figure's clause. */
const WHEN_CLAUSE = /^,\s*when\s+(?:(?:only|just|some|about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than)\s+)?(?:(?:the\s+|a\s+|an\s+)?[\p{L}’'-]+\s+){0,6}?(?:(?:was|were|had|stood\s+at|reached|totaled|totalled|hit)\s+)?(?:only|just|some|about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than)?\s*$/iu;

/** The time a figure's "when" clause is of, if the figure opens or sits in one right after a time; a running total's start is its year. */
export function whenClauseTime(text: string, figure: Span, times: readonly TimeMention[]): string | undefined {
  const at = times.find((t) => t.value !== undefined && t.span.end <= figure.start && figure.start - t.span.end <= 80 && WHEN_CLAUSE.test(text.slice(t.span.end, figure.start)));
  // ("since 2002, when ...": the clause tells of the start, not of the stretch since)
  return at ? (at.since ? at.value!.split('..')[0] : at.value) : undefined;
}
