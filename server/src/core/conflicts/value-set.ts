// The claims a sweep holds at one time, kept sorted by low and by high key, so that the
// members wholly below or above a claim are a prefix or suffix found by binary search.
import type { Item } from './keys';

// One search per key, each reading its field by name: `m[key]` with a key that varies was a
// keyed look-up V8 could not specialise, a sixth of a 100,000-article check's sweeps.
/** First index in `list` (sorted on lo, then seq) whose item does not come before (value, seq). */
function lowerBoundLo(list: Item[], value: number, seq: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid]!;
    if (m.lo < value || (m.lo === value && m.seq < seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `list` (sorted on hi, then seq) whose item does not come before (value, seq). */
function lowerBoundHi(list: Item[], value: number, seq: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid]!;
    if (m.hi < value || (m.hi === value && m.seq < seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Shifts by hand, not splice: splice returns a list of what it removed, one new array per
// insert and remove (27 MB of them in a 10,000-article check's sweeps).
/** Puts `item` at `i` of `list`, the items from `i` on one further. */
function insertAt(list: Item[], i: number, item: Item): void {
  list.push(item);
  for (let k = list.length - 1; k > i; k--) list[k] = list[k - 1]!;
  list[i] = item;
}

/** Takes out the item at `i` of `list`, the items after it one back. */
function removeAt(list: Item[], i: number): void {
  for (let k = i + 1; k < list.length; k++) list[k - 1] = list[k]!;
  list.pop();
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
    insertAt(this.byLo, lowerBoundLo(this.byLo, item.lo, item.seq), item);
    insertAt(this.byHi, lowerBoundHi(this.byHi, item.hi, item.seq), item);
  }

  remove(item: Item): void {
    const i = lowerBoundLo(this.byLo, item.lo, item.seq);
    if (this.byLo[i] === item) removeAt(this.byLo, i);
    const j = lowerBoundHi(this.byHi, item.hi, item.seq);
    if (this.byHi[j] === item) removeAt(this.byHi, j);
  }

  /** How many members lie wholly below `e`; `visit` sees up to `limit` of them, nearest first. */
  below(e: Item, limit: number, visit: (s: Item) => void): number {
    const k = lowerBoundHi(this.byHi, e.lo, -Infinity);
    for (let i = k - 1; i >= 0 && i >= k - limit; i--) visit(this.byHi[i]!);
    return k;
  }

  /** How many members lie wholly above `e`; `visit` sees up to `limit` of them, nearest first. */
  above(e: Item, limit: number, visit: (s: Item) => void): number {
    const k = lowerBoundLo(this.byLo, e.hi, Infinity);
    for (let i = k; i < this.byLo.length && i < k + limit; i++) visit(this.byLo[i]!);
    return this.byLo.length - k;
  }
}
