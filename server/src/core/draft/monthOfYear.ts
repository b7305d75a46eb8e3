// "in October of last year", "March of this year", "by June of next year", "In June this year": a
// month of the year before, of or after publication, read as one time (not the latest October and,
// apart, last year).
import { monthValue, yearOf } from './calendar';
import type { Rule } from './stretches';

/** Month names and their numbers (timex.ts's own list is not importable here: it imports this rule). */
const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** The month names but "may", which without "of" is as often the verb ("sales may this year rise"). */
const NOT_MAY = Object.keys(MONTH_NUMBERS).filter((k) => k !== 'may').join('|');

/** "(in) (early|mid|late) October of last year", "in June this year": that month of the year before, of or after publication. */
export const MONTH_OF_NAMED_YEAR: Rule = {
  re: new RegExp(`\\b(?:(?:in|during|since|by|until|through|from|for)\\s+)?(?:(early|mid|late)[-\\s]+)?(?:(${Object.keys(MONTH_NUMBERS).join('|')})\\s+of|(${NOT_MAY}))\\s+(last|this|next)\\s+year\\b`, 'gi'),
  needs: /\b(?:last|this|next)\s+year\b/i,
  relative: true,
  resolve: (m, p) => {
    if (!p) return undefined;
    const year = yearOf(p) + (m[4]!.toLowerCase() === 'last' ? -1 : m[4]!.toLowerCase() === 'next' ? 1 : 0);
    return monthValue(year, MONTH_NUMBERS[(m[2] ?? m[3])!.toLowerCase()]!, m[1]?.toLowerCase());
  },
};
