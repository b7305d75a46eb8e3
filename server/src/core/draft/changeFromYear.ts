// A change from a year to the year its sentence names ("$68,980 in 2019, up 7.9% from 2017"): the
// text prints both ends, so the change runs from one to the other (docs/annotate.md, "As of when").
// Without the later year ("up 3 percent from 2013", published in 2014) the change keeps its one year.
import type { Span } from '../span';
import type { Frame } from './facts';
import type { TimeMention } from './timex';

/** Between a change and the year it is measured from: "7.9%| from 2017", "16 percentage points| from 2012". */
const FROM_YEAR = /^\s*(?:(?:percent|per cent|percentage points?|points?)\s+)?(?:from\s+)?$/i;

/**
 * The stretch a change runs over when it is measured from a year before the one `found` (the time its
 * sentence gives it): "2017..2019"; undefined when the figure is no change, or no later year is named.
 */
export function changeFromYear(text: string, figure: Span, times: readonly TimeMention[], frame: Frame, found: string | undefined): string | undefined {
  if (!frame.change || !found || !/^\d{4}$/.test(found)) return undefined;
  const base = times.find((t) => t.span.start >= figure.end && t.value !== undefined && /^\d{4}$/.test(t.value) && t.value < found
    && /^from\s/i.test(t.text) === !/\bfrom\s+$/i.test(text.slice(figure.end, t.span.start)) && FROM_YEAR.test(text.slice(figure.end, t.span.start)));
  // (the later year must be printed in the sentence, not lent by the paragraph or inferred from publication)
  if (!base || !times.some((t) => t !== base && t.value === found && !t.since)) return undefined;
  return `${base.value}..${found}`;
}
