// The day an undated article names with its weekday ("said Thursday (December 26)"): a
// weekday and a day fix the year, so drafting can reckon the article's other times from it;
// else the latest date its text states in full.
import type { Span } from '../span';
import { isIsoDate, weekdayOf } from '../base/dates';
import { findTimeMentions, MONTH, MONTHS, WEEKDAY, WEEKDAYS, YEAR } from './timex';
import { pad2, yearOf } from './calendar';

/**
 * A day an undated article names with its weekday ("said Thursday (December 26)", "on
 * Thursday, Dec. 26"): in the latest year the text names where that day falls on that weekday, else
 * the latest such date up to `today`, within ten years (a weekday and a day fix the year). Undefined when the text names none or no year fits.
 */
export function weekdayDated(text: string, within: Span, today: string | undefined): { text: string; date: string } | undefined {
  if (!today) return undefined;
  const namedYears = [...new Set(text.slice(within.start, within.end).match(/\b(?:19|20)\d\d\b/g) ?? [])].map(Number).filter((y) => y <= yearOf(today)).sort((x, y) => y - x);
  const re = new RegExp(`\\b(${WEEKDAY})\\s*(?:\\(\\s*|,\\s*)(?:(${MONTH})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH})\\.?)\\b(?:,?\\s+(${YEAR}))?\\)?`, 'gi');
  for (let m = re.exec(text.slice(within.start, within.end)); m; m = re.exec(text.slice(within.start, within.end))) {
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const month = MONTHS[(m[2] ?? m[5])!.toLowerCase()]!;
    const day = Number(m[3] ?? m[4]);
    // (a year the text names comes first: "Census 2000" over "through Thursday, May 11" is 2000, not the latest such Thursday)
    const years = m[6] ? [Number(m[6])] : [...namedYears, ...Array.from({ length: 11 }, (_, k) => yearOf(today) - k)];
    for (const year of years) {
      const date = `${year}-${pad2(month)}-${pad2(day)}`;
      if (isIsoDate(date) && date <= today && weekdayOf(date) === weekday) return { text: m[0], date };
    }
  }
  return undefined;
}

/**
 * What an undated article's "January 24" is reckoned from: the latest date its text states in
 * full ("in August 2024", "January 9, 2025"), leaving out targets ("by 2030"); news dates its
 * background in full and its own events without a year, so those lie on or after it.
 */
export function latestStatedDate(text: string, bodyStart: number): string | undefined {
  let latest: string | undefined;
  let deadline: string | undefined;
  for (const t of findTimeMentions(text, { start: bodyStart, end: text.length }, undefined)) {
    // (a year alone is background as often as not: "Prices went above $145 a barrel in 2008")
    // (nor a deadline ahead: "getting it in early ahead of the deadline on 31 January 2022")
    if (t.relative || t.value === undefined || /^(by|until|through)\b/i.test(t.text) || !/^\d{4}-\d{2}/.test(t.value)) continue;
    // (nor a day told in the future tense, which lies after the article: "2018 Census data, which will be available from 23 September 2019")
    if (/\bwill\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, t.span.start - 50), t.span.start))) continue;
    // (so is a day after "by": "are expected to complete a tax return form by 31 January 2020")
    if (/\b(?:deadline|due)\b[^.,;]{0,12}$|\b(?:by|until|before)\s+$/i.test(text.slice(Math.max(0, t.span.start - 30), t.span.start))) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(t.value) && (deadline === undefined || t.value > deadline)) deadline = t.value;
      continue;
    }
    const end = t.value.split('..').pop()!;
    if (latest === undefined || end > latest) latest = end;
  }
  // (only a deadline: the days it names lie in the year before it, "Christmas Day" before "the deadline on 31 January 2022")
  return latest ?? (deadline && `${Number(deadline.slice(0, 4)) - 1}${deadline.slice(4)}`);
}
