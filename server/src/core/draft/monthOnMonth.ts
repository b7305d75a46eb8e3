// A change "since" the month before the one a monthly report covers is that month's change: in a
// statement on October's trade report, "exports increased by 2.6 percent to $136.8 billion since
// September" are October's change and level, not a stretch from September to the day it was said.
import type { Span } from '../span';
import { previousMonth } from './calendar';
import type { TimeMention } from './timex';

/**
 * True when `report` is one month (`YYYY-MM`) and the figure's sentence (`times`) counts from
 * "since" the month before it, with no sentence break between that time and the figure.
 */
export function sinceMonthBefore(text: string, figure: Span, times: readonly TimeMention[], report: string | undefined): boolean {
  if (!report || !/^\d{4}-\d\d$/.test(report)) return false;
  const before = previousMonth(report);
  return times.some((t) => t.since && t.value === before && !/[.;!?]\s/.test(text.slice(Math.min(t.span.end, figure.end), Math.max(t.span.start, figure.start))));
}
