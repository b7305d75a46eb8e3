// Time rules for stretches of whole periods counted from the day of publication ("over the past
// 12 months", "in the next five years") and the shared pieces of the rules (timex.ts).
import { addDays } from '../base/dates';
import { monthOf, pad2, previousMonth, range, yearOf } from './calendar';

/** One time rule: a pattern and how a match resolves against the published date. */
export interface Rule {
  re: RegExp;
  /** The as-of value; undefined when it needs a published date there is not; null when the match is not a time after all. */
  resolve: (m: RegExpExecArray, p: string | undefined, forward: boolean, before?: string) => string | undefined | null;
  relative: boolean | ((m: RegExpExecArray) => boolean);
}

/** Small numbers written as words, for "the past two weeks". */
export const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18 };
/** Those words as a pattern's alternatives. */
export const NUMBER_WORDS = Object.keys(WORD_NUMBERS).join('|');

/**
 * "over the past 12 months", "in the last six months", "the previous two weeks": the whole
 * months before the month of publication (a monthly report's "past 12 months" ends with its month).
 */
export const PAST_STRETCH: Rule = {
  re: new RegExp(`\\b(?:over|in|during|for)?\\s*the\\s+(?:past|last|previous|preceding)\\s+(\\d+|${NUMBER_WORDS})\\s+(weeks|months|years)\\b(?!\\s+of\\b)`, 'gi'),
  relative: true,
  resolve: (m, p) => {
    if (!p) return undefined;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    const unit = m[2]!.toLowerCase();
    if (n < 1 || n > 120) return null;
    if (unit === 'weeks') return range(addDays(p, -7 * n), p);
    // ("over the past two years" runs up to the month of the statement; a monthly report's "past 12 months" ends before it)
    if (unit === 'years' && n >= 2) return range(`${yearOf(p) - n}-${pad2(monthOf(p))}`, p.slice(0, 7));
    const months = unit === 'years' ? 12 * n : n;
    const end = previousMonth(p);
    const first = yearOf(end) * 12 + monthOf(end) - 1 - (months - 1);
    return range(`${Math.floor(first / 12)}-${pad2((first % 12) + 1)}`, end);
  },
};

/**
 * "in the next five years", "over the coming decade": from this year that many years on (a plan's
 * years; federalFiscal makes them fiscal years in a sentence on a US federal budget), and months from next month
 */
export const NEXT_STRETCH: Rule = {
  re: new RegExp(`\\b(?:in|over|during|within|for)\\s+the\\s+(?:next|coming)\\s+(?:(\\d+|${NUMBER_WORDS})\\s+(years|months)|(decade))\\b`, 'gi'),
  relative: true,
  resolve: (m, p) => {
    if (!p) return undefined;
    const n = m[3] ? 10 : /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    if (!(n >= 1 && n <= 50)) return null;
    if (m[3] || m[2]!.toLowerCase() === 'years') return `${yearOf(p)}..${yearOf(p) + n}`;
    const first = yearOf(p) * 12 + monthOf(p);
    const last = first + n - 1;
    const ym = (k: number) => `${Math.floor(k / 12)}-${pad2((k % 12) + 1)}`;
    return `${ym(first)}..${ym(last)}`;
  },
};
