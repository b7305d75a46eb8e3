// Calendar arithmetic for time expressions (timex.ts): the latest or next month or day
// relative to a published date, weekdays, and month parts as ranges of days.
import { addDays, isIsoDate, lastDayOfMonth, weekdayOf } from '../base/dates';

/** Two digits: 3 → '03'. */
export const pad2 = (n: number) => String(n).padStart(2, '0');
/** The year of an ISO date. */
export const yearOf = (p: string) => Number(p.slice(0, 4));
/** The month (1-12) of an ISO date. */
export const monthOf = (p: string) => Number(p.slice(5, 7));

/** The most recent `month` (1-12) that does not start after `p`: its year. */
export function yearOfLatest(month: number, p: string): number {
  return month <= monthOf(p) ? yearOf(p) : yearOf(p) - 1;
}

/** The next `month` (1-12) that does not end before `p`: its year (for forecasts). */
export function yearOfNext(month: number, p: string): number {
  return month >= monthOf(p) ? yearOf(p) : yearOf(p) + 1;
}

/** A day of a month in the year of `p`, or the year before when that would be after `p`. */
export function latestDay(month: number, day: number, p: string): string | undefined {
  const date = `${yearOf(p)}-${pad2(month)}-${pad2(day)}`;
  if (!isIsoDate(date)) return undefined;
  return date <= p ? date : `${yearOf(p) - 1}-${pad2(month)}-${pad2(day)}`;
}

/** A day of a month without its year: the latest up to `p`, or with `ahead` the first from `p` on. */
export function dayOf(month: number, day: number, p: string, ahead: boolean | undefined): string | undefined {
  if (!ahead) return latestDay(month, day, p);
  const date = `${yearOf(p)}-${pad2(month)}-${pad2(day)}`;
  if (!isIsoDate(date)) return undefined;
  return date >= p ? date : `${yearOf(p) + 1}-${pad2(month)}-${pad2(day)}`;
}

/** The last `weekday` (0-6) on or before `p` (strictly before when `before`). */
export function lastWeekday(weekday: number, p: string, before = false): string | undefined {
  // "last Monday" is the Monday of the week before publication's (AP style: a day of this week is
  // named alone), so on Tuesday 11 February it is the 3rd, not the day before
  if (before) { const monday = mondayOf(p); return monday && addDays(monday, -7 + (weekday + 6) % 7); }
  return addDays(p, -((weekdayOf(p) - weekday + 7) % 7));
}

/** The next `weekday` (0-6) on or after `p`. */
export function nextWeekday(weekday: number, p: string): string | undefined {
  return addDays(p, (weekday - weekdayOf(p) + 7) % 7);
}

/** Monday of the week of `p`. */
export function mondayOf(p: string): string | undefined {
  return addDays(p, -((weekdayOf(p) + 6) % 7));
}

/** A month's value, or its early, mid or late part as a range of days. */
export function monthValue(year: number, month: number, part?: string): string {
  const ym = `${year}-${pad2(month)}`;
  if (part === 'early') return `${ym}-01..${ym}-10`;
  if (part === 'mid') return `${ym}-11..${ym}-20`;
  if (part === 'late') return `${ym}-21..${lastDayOfMonth(year, month)}`;
  return ym;
}

/** `a..b`, or `a` when both are one; undefined when either is unknown. */
export function range(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return undefined;
  return a === b ? a : `${a}..${b}`;
}

/** The month `n` months before the month of `p`, as `YYYY-MM`. */
export function monthsBack(p: string, n: number): string {
  const k = yearOf(p) * 12 + monthOf(p) - 1 - n;
  return `${Math.floor(k / 12)}-${pad2((k % 12) + 1)}`;
}

/** The month before the month of `p`, as `YYYY-MM`. */
export function previousMonth(p: string): string {
  const m = monthOf(p);
  return m === 1 ? `${yearOf(p) - 1}-12` : `${yearOf(p)}-${pad2(m - 1)}`;
}

