// "That growth was 0.2 per cent for the quarter": a bare "the quarter" or "the month" refers back to
// the last quarter or month the text named ("... in the September quarter."), as a reader takes it.
import type { Span } from '../span';
import type { TimeMention } from './timex';

/** "for the quarter", "in the month", "during the quarter" (not "the quarter to June", "the month before"). */
const THE_PERIOD = /\b(?:for|in|during)\s+(the\s+(quarter|month))\b(?!\s+(?:of|to|ending|ended|before|after|earlier|ahead|prior|just|under|that|which|when))/gi;
/** A quarter's value ("2005-07..2005-09") and a month's ("2005-09"). */
const QUARTER_VALUE = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/;

/** How far back the last named period is looked for: a few paragraphs. */
const LOOK_BACK = 800;

/** Whether an as-of value is one quarter (three calendar months) or one month. */
function isPeriod(value: string | undefined, unit: string): boolean {
  if (!value) return false;
  if (unit === 'month') return /^\d{4}-\d{2}$/.test(value);
  const m = QUARTER_VALUE.exec(value);
  return !!m && (Number(m[3]) * 12 + Number(m[4])) - (Number(m[1]) * 12 + Number(m[2])) === 2;
}

/**
 * `mentions` with each bare "the quarter" / "the month" of `within` (one its sentence names no
 * period of its own for) read as the last quarter or month named before it, found with `find`.
 */
export function withPeriodBefore(text: string, within: Span, published: string | undefined, mentions: TimeMention[],
  find: (text: string, within: Span, published: string | undefined) => TimeMention[]): TimeMention[] {
  const slice = text.slice(within.start, within.end);
  if (!/\bthe\s+(?:quarter|month)\b/i.test(slice)) return mentions;
  let out = mentions;
  for (const m of slice.matchAll(THE_PERIOD)) {
    const unit = m[2]!.toLowerCase();
    if (mentions.some((t) => isPeriod(t.value, unit))) continue;
    const start = within.start + m.index! + m[0].indexOf(m[1]!);
    const named = find(text, { start: Math.max(0, within.start - LOOK_BACK), end: start }, published).filter((t) => isPeriod(t.value, unit) && !t.since).pop();
    if (named) out = [...out, { span: { start, end: start + m[1]!.length }, text: m[1]!, relative: true, since: false, value: named.value }].sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}
