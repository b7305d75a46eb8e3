// "Last year" beside a fiscal year: "The $13.1 million collected in FY 2012 represents a 37.4% increase
// over last year's collections of $9.5 million" speaks of the fiscal year before the one named
// (October 2010 to September 2011), not the calendar year before publication.
import { monthsBack } from './calendar';
import type { TimeMention } from './timex';

/** The words of the year before: "last year", "last year's", "the previous year". */
const YEAR_BEFORE = /\b(?:last|previous|prior|preceding)\s+year\b/i;

/** A twelve-month stretch that does not start in January, as an as-of value ("2011-10..2012-09"), split into its edges. */
function fiscalEdges(value: string | undefined): [string, string] | undefined {
  const m = value ? /^(\d{4}-(\d\d))\.\.(\d{4}-\d\d)$/.exec(value) : null;
  return m && m[2] !== '01' && monthsBack(`${m[3]}-01`, 11) === m[1] ? [m[1]!, m[3]!] : undefined;
}

/**
 * The fiscal year before the one the report (`report`) or the figure's sentence (`times`) names,
 * for a figure whose time `value` came from "last year"; undefined otherwise.
 */
export function fiscalYearBefore(value: string | undefined, times: readonly TimeMention[], report: string | undefined): string | undefined {
  if (!value || !/^\d{4}$/.test(value) || !times.some((t) => t.value === value && YEAR_BEFORE.test(t.text))) return undefined;
  const edges = fiscalEdges(report) ?? times.map((t) => fiscalEdges(t.value)).find((e) => e !== undefined);
  return edges ? `${monthsBack(`${edges[0]}-01`, 12)}..${monthsBack(`${edges[1]}-01`, 12)}` : undefined;
}
