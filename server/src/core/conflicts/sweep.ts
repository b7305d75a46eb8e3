// The per-fact sweep: claims enter in as-of order; those still within the time rule of the
// entering claim sit in an `active` ValueSet, so only claims close in time are compared and
// the incompatible ones are found by binary search. Cost: O(n log n + n·a + k) for n claims,
// a claims active at once (an array shift, a memmove) and k conflicting pairs reported.
import type { FactKind } from '../registry/types';
import { ValueSet, type Sequenced } from './value-set';

/** How a pair conflicts: `value` = same time, values cannot overlap; `growth` = a cumulative figure fell. */
export type PairReason = 'value' | 'growth';

/** Receives each conflicting pair once, as `seq` numbers; for `growth`, `later` has the later as-of. */
export type PairSink = (later: number, earlier: number, reason: PairReason) => void;

/** The time rule of one sweep: claims compare when their as-ofs lie within `windowDays`; `grows` adds the cumulative rule. */
export interface TimeRule {
  windowDays: number;
  grows: boolean;
}

/** The time rule of a fact kind (no kind: same as-of, like `event`). */
export function timeRule(kind: FactKind | undefined, windowDays: number): TimeRule {
  if (kind === 'level') return { windowDays: Number.isFinite(windowDays) && windowDays > 0 ? windowDays : 0, grows: false };
  return { windowDays: 0, grows: kind === 'cumulative' };
}

/**
 * Reports every conflicting pair among `items` (one dimension of one fact, all dated or all
 * undated: undated claims count as sharing one unknown date). `seq` numbers must be distinct.
 */
export function sweep(items: Sequenced[], rule: TimeRule, sink: PairSink): void {
  const from = (s: Sequenced): number => s.entry.from ?? 0;
  const to = (s: Sequenced): number => s.entry.to ?? 0;
  const byFrom = [...items].sort((a, b) => from(a) - from(b) || a.seq - b.seq);
  const byTo = [...items].sort((a, b) => to(a) - to(b) || a.seq - b.seq);
  const active = new ValueSet();
  const past = rule.grows ? new ValueSet() : undefined;
  let expired = 0;
  for (const item of byFrom) {
    const e = item.entry;
    const seq = item.seq;
    // Claims that ended more than the window before this one began leave the comparison.
    while (expired < byTo.length && to(byTo[expired]!) + rule.windowDays < from(item)) {
      const old = byTo[expired++]!;
      active.remove(old);
      past?.insert(old);
    }
    active.reportBelow(e, seq, 'value', sink);
    active.reportAbove(e, seq, 'value', sink);
    // Cumulative: an earlier claim wholly above this later one means the figure fell.
    past?.reportAbove(e, seq, 'growth', sink);
    active.insert(item);
  }
}
