// A budget's fiscal year named at the top of its article ("NASA FY 2018 Budget Fact Sheet", "The
// President's Fiscal Year 2018 Budget"): the year the budget's sums are for, wherever a sum's own
// sentence names no time (its lines list amounts, "$1.9 billion for Planetary Science").
import type { Article } from '../model/article';
import { findTimeMentions } from './timex';

const BUDGET = /\bbudget\b/i;
const FISCAL = /\b(?:fiscal|FY)\b/i;
/** A year named by the month it ends in ("grows 1.6 percent in June year", New Zealand's statistics). */
const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+year\b/;

/** The fiscal year the headline or the line after it names for a budget (`2017-10..2018-09` for a US federal one), if any. */
export function budgetYearOf(article: Article, published: string | undefined): string | undefined {
  return fiscalYearOf(article, published, BUDGET);
}

/**
 * The fiscal year the headline or the line after it names ("Services Attain Strong Recruiting
 * Numbers for Fiscal 2007"), for a story told of that year: its "finished the year at 110 percent".
 */
export function fiscalYearOf(article: Article, published: string | undefined, about = /./): string | undefined {
  const text = article.syntax.text;
  for (const line of article.syntax.lines.slice(0, 2)) {
    const words = text.slice(line.span.start, line.span.end);
    const monthYear = MONTH_YEAR.test(words);
    if (!about.test(words) || !(FISCAL.test(words) || monthYear)) continue;
    const year = findTimeMentions(text, line.span, published).find((t) => t.value && !t.since && (FISCAL.test(t.text) || (monthYear && /^\s+year\b/.test(text.slice(t.span.end, t.span.end + 6)))));
    if (year) return year.value;
  }
  return undefined;
}

/** A sentence that tells of "the year" or "the fiscal year" (not "this year", "last year", "a year ago"): the year the story is of. */
export function ofTheYear(sentence: string): boolean {
  return /\bthe\s+(?:fiscal\s+)?year\b(?!\s+(?:before|earlier|ago|to|ended|ending))/i.test(sentence);
}
