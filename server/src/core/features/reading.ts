// A figure's reading in words ("about 3,000 people", "3,000 to 4,000", "more than 40%"), for
// hovers and the Claims tree, so that a wrong reading is visible at a glance.
import type { FigureReading, FigureValue } from '../figures/value';
import { unitInfo } from '../figures/units';

/** A number with thousands separators and at most three decimals (`3000` -> `3,000`). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const rounded = Math.round(abs * 1000) / 1000;
  const [whole, frac] = String(rounded).split('.');
  if (whole === undefined || /e/i.test(whole)) return `${sign}${String(rounded)}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** The unit as a reader would write it after a number (`km²`, `%`, `US$`), or its id. */
export function unitLabel(unit: string | undefined): string {
  if (!unit) return '';
  const info = unitInfo(unit);
  return info?.label || unit;
}

function withUnit(n: number, unit: string | undefined): string {
  const label = unitLabel(unit);
  if (!label) return formatNumber(n);
  return label === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${label}`;
}

/** A value in words: `about 3,000`, `3,000 to 4,000 km²`, `more than 1,000`, `at most 8,000`. */
export function describeValue(v: FigureValue): string {
  switch (v.kind) {
    case 'exact': return withUnit(v.low, v.unit);
    case 'approximate': return `about ${withUnit(v.low, v.unit)}`;
    case 'lower-bound': return `${v.lowInclusive ? 'at least' : 'more than'} ${withUnit(v.low, v.unit)}`;
    case 'upper-bound': return `${v.highInclusive ? 'at most' : 'fewer than'} ${withUnit(v.high, v.unit)}`;
    case 'range': return `${formatNumber(v.low)} to ${withUnit(v.high, v.unit)}`;
  }
}

/** The interval in math notation: `[3000, 4000]`, `(1000, ∞)`. */
export function describeInterval(v: FigureValue): string {
  return `${v.lowInclusive ? '[' : '('}${formatNumber(v.low)}, ${formatNumber(v.high)}${v.highInclusive ? ']' : ')'}`;
}

/** A reading in words, or undefined when the figure could not be read. */
export function describeReading(r: FigureReading): string | undefined {
  return r.ok ? describeValue(r.value) : undefined;
}
