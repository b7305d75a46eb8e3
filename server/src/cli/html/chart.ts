// The timeline chart of one fact: an inline SVG with the as-of date across and the figure up.
// Each claim is a bar over its interval (a dot when exact, a ring when approximate, an arrow
// when unbounded above), coloured by actor; conflicting claims get a red outline and a ⚠.
import type { ClaimRecord } from '../export/records';
import { dateRangeText } from '../../core/api';
import { esc, num } from './escape';

const W = 1040;
const H = 250;
const M = { left: 72, right: 24, top: 18, bottom: 36 };
const DAY = 86_400_000;
/** Conflict outline colour (not used by any actor). */
export const CONFLICT = '#d62728';

/** What the chart drew, for the caption: claims left out and why. */
export interface Chart {
  svg: string;
  drawn: number;
  unit: string | null;
  /** Claims not drawn: no date, figure unreadable, or another unit. */
  skipped: { undated: number; unreadable: number; otherUnit: number };
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

function isoOf(day: number): string {
  return new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
}

/** Round tick steps (1, 2, 5 times a power of ten) for an axis from `lo` to `hi`. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // From the last step at or below lo to the first at or above hi, so every value lies inside.
  for (let v = Math.floor(lo / step + 1e-9) * step; ; v += step) {
    out.push(Math.round(v / step) * step);
    if (v >= hi - step * 1e-9 || out.length > 50) break;
  }
  return out;
}

/** Short axis labels: 950, 12k, 1.2M. */
function compact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${+(n / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${+(n / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${+(n / 1e3).toFixed(1)}k`;
  return num(n);
}

/** The most common unit among readable claims (null = a plain count). */
function mainUnit(records: readonly ClaimRecord[]): string | null {
  const counts = new Map<string | null, number>();
  for (const r of records) if (r.value) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  let best: string | null = null;
  let most = -1;
  for (const [u, n] of counts) if (n > most) [best, most] = [u, n];
  return best;
}

/** Draws the chart of one fact's claims; `colourOf` gives each actor's colour. */
export function timeline(records: readonly ClaimRecord[], colourOf: (actor: string | null) => string): Chart {
  const unit = mainUnit(records);
  const skipped = { undated: 0, unreadable: 0, otherUnit: 0 };
  const drawn = records.filter((r) => {
    if (!r.value) skipped.unreadable++;
    else if (r.unit !== unit) skipped.otherUnit++;
    else if (!r.asof) skipped.undated++;
    else return true;
    return false;
  });
  if (drawn.length === 0) return { svg: '', drawn: 0, unit, skipped };

  let x0 = Math.min(...drawn.map((r) => days(r.asof!.from)));
  let x1 = Math.max(...drawn.map((r) => days(r.asof!.to) + 1));
  const padX = Math.max(3, (x1 - x0) * 0.05);
  x0 -= padX;
  x1 += padX;
  const finite = drawn.flatMap((r) => [r.value!.low, r.value!.high]).filter((n): n is number => n !== null);
  let y0 = Math.min(0, ...finite);
  let y1 = Math.max(...finite, 0);
  if (drawn.some((r) => r.value!.high === null)) y1 *= 1.25; // room for "and more" arrows
  if (y1 <= y0) y1 = y0 + 1;
  const yTicks = ticks(y0, y1);
  y1 = Math.max(y1, yTicks.at(-1) ?? y1);
  y0 = Math.min(y0, yTicks[0] ?? y0);
  const X = (d: number) => M.left + ((d - x0) / (x1 - x0)) * (W - M.left - M.right);
  const Y = (v: number) => H - M.bottom - ((v - y0) / (y1 - y0)) * (H - M.top - M.bottom);

  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${Y(t).toFixed(1)}" y2="${Y(t).toFixed(1)}"/>`);
    parts.push(`<text class="ylab" x="${M.left - 6}" y="${(Y(t) + 4).toFixed(1)}">${esc(compact(t))}</text>`);
  }
  for (const t of ticks(x0, x1, 5)) {
    if (X(t) < M.left + 20 || X(t) > W - M.right - 20) continue;
    parts.push(`<line class="tick" x1="${X(t).toFixed(1)}" x2="${X(t).toFixed(1)}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}"/>`);
    parts.push(`<text class="xlab" x="${X(t).toFixed(1)}" y="${H - M.bottom + 17}">${esc(isoOf(t))}</text>`);
  }
  parts.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>`);

  const stacked = new Map<number, number>(); // claims already drawn at one x, to set them side by side
  for (const r of [...drawn].sort((a, b) => days(a.asof!.from) - days(b.asof!.from))) parts.push(mark(r, X, Y, stacked, colourOf(r.actor.id), y1));
  const label = `Timeline of ${drawn.length} reported figure${drawn.length === 1 ? '' : 's'}`;
  const svg = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
  return { svg, drawn: drawn.length, unit, skipped };
}

/** One claim's mark, with a tooltip (SVG <title>) naming actor, figure, date and article. */
function mark(r: ClaimRecord, X: (d: number) => number, Y: (v: number) => number, stacked: Map<number, number>, colour: string, top: number): string {
  const v = r.value!;
  const from = days(r.asof!.from);
  const to = days(r.asof!.to) + 1;
  const slot = stacked.get(from) ?? 0;
  stacked.set(from, slot + 1);
  const span = X(to) - X(from);
  const cx = (span > 12 ? X(from) + span / 2 : X(from) + 4) + slot * 9;
  const conflict = r.conflicts.length > 0;
  const stroke = conflict ? ` stroke="${CONFLICT}" stroke-width="2.5"` : ` stroke="${colour}" stroke-width="1"`;
  const asof = dateRangeText(r.asof!);
  const tip = `<title>${esc(`${r.actor.name ?? r.actor.id ?? 'no actor'}: '${r.figure}' as of ${asof} (${r.article.outlet ?? r.article.id})${conflict ? ` conflicts with ${r.conflicts.length} other report(s)` : ''}`)}</title>`;
  const out: string[] = [`<g class="claim${conflict ? ' conflict' : ''}">`, tip];
  if (span > 12) out.push(`<line class="asof" x1="${X(from).toFixed(1)}" x2="${X(to).toFixed(1)}" y1="${Y(v.low ?? 0).toFixed(1)}" y2="${Y(v.low ?? 0).toFixed(1)}" stroke="${colour}"/>`);
  if (v.low !== null && v.high !== null && v.low === v.high) {
    const filled = v.kind === 'exact' ? colour : '#fff';
    out.push(`<circle cx="${cx.toFixed(1)}" cy="${Y(v.low).toFixed(1)}" r="5" fill="${filled}"${stroke}/>`);
  } else {
    const yTop = Y(v.high ?? top);
    const yBottom = Y(v.low ?? 0);
    out.push(`<rect x="${(cx - 4).toFixed(1)}" y="${yTop.toFixed(1)}" width="8" height="${Math.max(2, yBottom - yTop).toFixed(1)}" rx="2" fill="${colour}" fill-opacity="0.75"${stroke}/>`);
    if (v.high === null) out.push(`<path d="M${(cx - 6).toFixed(1)} ${(yTop + 6).toFixed(1)} L${cx.toFixed(1)} ${(yTop - 3).toFixed(1)} L${(cx + 6).toFixed(1)} ${(yTop + 6).toFixed(1)} Z" fill="${colour}"/>`);
  }
  if (conflict) out.push(`<text class="warn" x="${(cx + 7).toFixed(1)}" y="${(Y(v.high ?? v.low ?? 0) - 6).toFixed(1)}">⚠</text>`);
  out.push('</g>');
  return out.join('');
}
