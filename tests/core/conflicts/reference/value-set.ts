// REFERENCE: a frozen copy of server/src/core/conflicts/value-set.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// The claims a sweep holds at one time, kept sorted by low and by high key, so that the
// members wholly below or above a claim are a prefix or suffix found by binary search.
import type { Item } from './keys';

type Key = 'lo' | 'hi';

/** First index in `list` (sorted on key, then seq) whose item does not come before (value, seq). */
function lowerBound(list: Item[], key: Key, value: number, seq: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid]!;
    if (m[key] < value || (m[key] === value && m.seq < seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items sorted two ways; insert and remove cost a binary search plus an array shift. */
export class ValueSet {
  private readonly byLo: Item[] = [];
  private readonly byHi: Item[] = [];

  /** Every member, in no particular order. */
  members(): readonly Item[] {
    return this.byLo;
  }

  insert(item: Item): void {
    this.byLo.splice(lowerBound(this.byLo, 'lo', item.lo, item.seq), 0, item);
    this.byHi.splice(lowerBound(this.byHi, 'hi', item.hi, item.seq), 0, item);
  }

  remove(item: Item): void {
    const i = lowerBound(this.byLo, 'lo', item.lo, item.seq);
    if (this.byLo[i] === item) this.byLo.splice(i, 1);
    const j = lowerBound(this.byHi, 'hi', item.hi, item.seq);
    if (this.byHi[j] === item) this.byHi.splice(j, 1);
  }

  /** How many members lie wholly below `e`; `visit` sees up to `limit` of them, nearest first. */
  below(e: Item, limit: number, visit: (s: Item) => void): number {
    const k = lowerBound(this.byHi, 'hi', e.lo, -Infinity);
    for (let i = k - 1; i >= 0 && i >= k - limit; i--) visit(this.byHi[i]!);
    return k;
  }

  /** How many members lie wholly above `e`; `visit` sees up to `limit` of them, nearest first. */
  above(e: Item, limit: number, visit: (s: Item) => void): number {
    const k = lowerBound(this.byLo, 'lo', e.hi, Infinity);
    for (let i = k; i < this.byLo.length && i < k + limit; i++) visit(this.byLo[i]!);
    return this.byLo.length - k;
  }
}
