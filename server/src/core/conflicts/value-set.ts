// A set of claim entries kept sorted by low and by high bound, so that the entries lying
// wholly above or below a value are found by binary search instead of a scan of the set.
import type { ClaimEntry } from './entry';
import type { PairReason, PairSink } from './sweep';
import { clearlyLess, endsBelow, nearlyEqual } from './numbers';

/** An entry with a sequence number that breaks ties, so each entry has one place in each order. */
export interface Sequenced {
  entry: ClaimEntry;
  seq: number;
}

type Side = 'low' | 'high';

function before(a: Sequenced, b: Sequenced, side: Side): boolean {
  const x = a.entry[side];
  const y = b.entry[side];
  return x < y || (x === y && a.seq < b.seq);
}

/** First index in `list` (sorted on `side`) whose item does not come before `item`. */
function lowerBound(list: Sequenced[], item: Sequenced, side: Side): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!, item, side)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value passes `past` (a predicate that is false, then true, along the list). */
function firstWhere(list: Sequenced[], past: (s: Sequenced) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Entries sorted two ways; insert and remove cost a binary search plus an array shift. */
export class ValueSet {
  private readonly byLow: Sequenced[] = [];
  private readonly byHigh: Sequenced[] = [];

  get size(): number {
    return this.byLow.length;
  }

  insert(item: Sequenced): void {
    this.byLow.splice(lowerBound(this.byLow, item, 'low'), 0, item);
    this.byHigh.splice(lowerBound(this.byHigh, item, 'high'), 0, item);
  }

  remove(item: Sequenced): void {
    const i = lowerBound(this.byLow, item, 'low');
    if (this.byLow[i] === item) this.byLow.splice(i, 1);
    const j = lowerBound(this.byHigh, item, 'high');
    if (this.byHigh[j] === item) this.byHigh.splice(j, 1);
  }

  /** Reports (seq, member, reason) for every member lying wholly below `e` (its interval ends before e's begins). */
  reportBelow(e: ClaimEntry, seq: number, reason: PairReason, sink: PairSink): void {
    const list = this.byHigh;
    const low = e.low;
    const k = firstWhere(list, (s) => !clearlyLess(s.entry.high, low));
    for (let i = 0; i < k; i++) sink(seq, list[i]!.seq, reason);
    // Ends equal to e.low: below only when one of the two ends is open.
    for (let i = k; i < list.length && nearlyEqual(list[i]!.entry.high, low); i++) {
      const s = list[i]!;
      if (endsBelow(s.entry.high, s.entry.highInclusive, low, e.lowInclusive)) sink(seq, s.seq, reason);
    }
  }

  /** Reports (seq, member, reason) for every member lying wholly above `e` (it begins after e's interval ends). */
  reportAbove(e: ClaimEntry, seq: number, reason: PairReason, sink: PairSink): void {
    const list = this.byLow;
    const high = e.high;
    const k = firstWhere(list, (s) => clearlyLess(high, s.entry.low));
    for (let i = k - 1; i >= 0 && nearlyEqual(list[i]!.entry.low, high); i--) {
      const s = list[i]!;
      if (endsBelow(high, e.highInclusive, s.entry.low, s.entry.lowInclusive)) sink(seq, s.seq, reason);
    }
    for (let i = k; i < list.length; i++) sink(seq, list[i]!.seq, reason);
  }
}
