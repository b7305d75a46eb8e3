// Plain calendar dates: ISO `YYYY-MM-DD` strings, as-of values (`YYYY`, `YYYY-MM`, ranges)
// and day arithmetic. No Date objects and no time zones: everything is Y-M-D arithmetic.

/** An as-of date or date range, ISO `YYYY-MM-DD` on both ends (a month or year widens to its days). */
export interface DateRange {
  from: string;
  to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** True for a proleptic Gregorian leap year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Splits a real `YYYY-MM-DD` date into numbers, or undefined (2024-02-30 is not a date). */
function splitDate(s: string): [number, number, number] | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return [y, mo, d];
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  return splitDate(s) !== undefined;
}

/** Reads one end of an as-of: a day, a month or a year, widened to its first and last day. */
function parsePeriod(s: string): DateRange | undefined {
  if (isIsoDate(s)) return { from: s, to: s };
  const month = MONTH.exec(s);
  if (month) {
    const [y, mo] = [Number(month[1]), Number(month[2])];
    if (mo < 1 || mo > 12) return undefined;
    const prefix = `${month[1]}-${month[2]}`;
    return { from: `${prefix}-01`, to: `${prefix}-${pad(daysInMonth(y, mo), 2)}` };
  }
  const year = YEAR.exec(s);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  return undefined;
}

/**
 * An as-of as written: `2024-12-23` for one day, `2024-12-01..2024-12-31` for a range (the one
 * formatting of every front end; `separator` gives a range in another notation: ` – `, `/`).
 */
export function dateRangeText(d: DateRange, separator?: string): string;
export function dateRangeText(d: DateRange | undefined, separator?: string): string | undefined;
export function dateRangeText(d: DateRange | undefined, separator = '..'): string | undefined {
  if (!d) return undefined;
  return d.from === d.to ? d.from : `${d.from}${separator}${d.to}`;
}

/**
 * Reads an as-of value: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or a range `A..B` of those.
 * A month or year stands for all its days; a range runs from the first day of A to the
 * last day of B. Returns undefined for anything else, an impossible date, or B before A.
 */
export function parseAsOf(text: string): DateRange | undefined {
  const parts = text.split('..');
  if (parts.length > 2) return undefined;
  const first = parsePeriod(parts[0]!);
  const last = parts.length === 2 ? parsePeriod(parts[1]!) : first;
  if (!first || !last) return undefined;
  // ISO dates of equal width compare correctly as strings.
  if (last.to < first.from) return undefined;
  return { from: first.from, to: last.to };
}

/** Days since 1970-01-01 of a valid date (Howard Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Whole days from date `a` to date `b` (both `YYYY-MM-DD`): positive when `b` is later,
 * 0 for the same day. Returns NaN when either is not a real date.
 */
export function daysBetween(a: string, b: string): number {
  const da = splitDate(a);
  const db = splitDate(b);
  if (!da || !db) return NaN;
  return dayNumber(...db) - dayNumber(...da);
}

/** The date `n` days after `date` (`YYYY-MM-DD`; n may be negative), or undefined for a bad date. */
export function addDays(date: string, n: number): string | undefined {
  const d = splitDate(date);
  if (!d) return undefined;
  // Hinnant's civil_from_days
  const z = dayNumber(...d) + n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day of the week of a valid date: 0 Sunday ... 6 Saturday (NaN for a bad date). */
export function weekdayOf(date: string): number {
  const d = splitDate(date);
  if (!d) return NaN;
  return (((dayNumber(...d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The last day of a month (1-12) of a year, as `YYYY-MM-DD`. */
export function lastDayOfMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
}
