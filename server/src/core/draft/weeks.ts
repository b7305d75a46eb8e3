// Numbered weeks of a surveillance or statistics report ("Key Updates for Week 23, ending June 6,
// 2020", then "from week 22 (6.0%) to week 23 (6.3%)"): a report that says when one numbered week
// ends dates every other week it numbers, seven days apart. Without that anchor a week number is
// left alone: whose numbering it is (Sunday or Monday weeks, which first week) the text does not say.
import type { Span } from '../span';
import { addDays } from '../base/dates';
import { MONTH, MONTHS, YEAR, type TimeMention } from './timex';

/** One numbered week and the day it ends. */
export interface WeekAnchor { week: number; end: string }

const ANCHOR = new RegExp(`\\bweek\\s+(\\d{1,2}),?\\s*(?:\\(\\s*)?(?:ending|ended|that ended)\\s+(?:on\\s+)?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?`, 'i');
const WEEK = /\bweeks?\s+(\d{1,2})\b(?!\s*(?:%|percent|per\b|days?\b|weeks?\b|months?\b|years?\b))/gi;

/** The week the text numbers and says the end of, with the year from the text or `published`; undefined when none. */
export function weekAnchorOf(text: string, published: string | undefined): WeekAnchor | undefined {
  const m = ANCHOR.exec(text);
  if (!m) return undefined;
  const year = m[4] ?? published?.slice(0, 4);
  if (!year) return undefined;
  const month = MONTHS[m[2]!.toLowerCase()]!;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return undefined;
  return { week: Number(m[1]), end: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** "week 22" within `within`, as the seven days it covers, counted from the anchor (up to eight weeks either side). */
export function numberedWeeks(text: string, within: Span, anchor: WeekAnchor | undefined): TimeMention[] {
  if (!anchor) return [];
  const out: TimeMention[] = [];
  const slice = text.slice(within.start, within.end);
  WEEK.lastIndex = 0;
  for (let m = WEEK.exec(slice); m; m = WEEK.exec(slice)) {
    const shift = Number(m[1]) - anchor.week;
    if (Math.abs(shift) > 8) continue;
    const end = addDays(anchor.end, shift * 7);
    const start = end && addDays(end, -6);
    if (!end || !start) continue;
    const at = within.start + m.index;
    out.push({ span: { start: at, end: at + m[0].length }, text: m[0], relative: false, since: false, value: `${start}..${end}` });
  }
  return out;
}
