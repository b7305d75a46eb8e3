// Times counted back from the day of publication: "two years ago", "a month ago", "three days
// ago", "a few months ago", "over the weekend" (timex.ts's rules).
import { addDays } from '../base/dates';
import { lastWeekday, monthsBack, range, yearOf } from './calendar';
import { NUMBER_WORDS, WORD_NUMBERS, type Rule } from './stretches';

/** The time `n` units before `p`, at the unit's grain: a day, a month (`YYYY-MM`) or a year. */
function back(p: string, unit: string, n: number): string | undefined {
  if (unit === 'day') return addDays(p, -n);
  if (unit === 'week') return addDays(p, -7 * n);
  if (unit === 'month') return monthsBack(p, n);
  return String(yearOf(p) - (unit === 'decade' ? 10 * n : n));
}

/**
 * "two years ago" (the year two before publication's), "a month ago" (the month before), "three
 * days ago" (that day), "a decade ago"; "a few months ago" spans three back to one back.
 */
export const AGO: Rule = {
  re: new RegExp(`\\b(an?|one|\\d{1,3}|${NUMBER_WORDS}|a\\s+few)\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'), needs: /ago/i,
  relative: true,
  resolve: (m, p, _forward, before) => {
    // ("from the same period a year ago", "from its first estimate a month ago": a comparison's base named by its own noun, no time of the figure)
    if (before !== undefined && /\b(?:period|quarter|month|week|time|level|estimate|reading|figure)\s+$/i.test(before)) return null;
    if (!p) return undefined;
    const count = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const unit = m[2]!.toLowerCase();
    if (count === 'a few') {
      const [from, to] = [back(p, unit, 3), back(p, unit, 1)];
      return from && to ? range(from, to) : null;
    }
    const n = /^(?:an?|one)$/.test(count) ? 1 : /^\d+$/.test(count) ? Number(count) : WORD_NUMBERS[count];
    return n && n <= 500 ? back(p, unit, n) ?? null : null;
  },
};

/**
 * "over the weekend", "last weekend", "this past weekend", "at the weekend": the Saturday and Sunday
 * last before publication (the one under way, if it is published on a Saturday or Sunday).
 */
export const WEEKEND: Rule = {
  re: /\b(?:(?:over|during|at)\s+the|last|this\s+past)\s+weekend\b(?![’']s)/gi, needs: /weekend/i,
  relative: true,
  resolve: (_m, p) => {
    if (!p) return undefined;
    const saturday = lastWeekday(6, p);
    const sunday = saturday && addDays(saturday, 1);
    return saturday && sunday ? range(saturday, sunday <= p ? sunday : p) : null;
  },
};
