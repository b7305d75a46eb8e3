// Value keys: each claim's ends as numbers on one scale, so that "wholly below" is a plain
// `<` (open/closed ends and the relative epsilon folded in) and can drive binary searches
// and Fenwick trees. Values within the epsilon of a cluster's first value share its rank.
import type { ClaimEntry } from './entry';
import { nearlyEqual } from './numbers';

/** A claim in a sweep: its position in the fact's entry list and its value keys. */
export interface Item {
  entry: ClaimEntry;
  /** Index of the entry in the fact's list (distinct per item). */
  seq: number;
  /** Key of the low end: 3·rank + 1 when closed, + 2 when open; -Infinity when unbounded. */
  lo: number;
  /** Key of the high end: 3·rank + 1 when closed, + 0 when open; +Infinity when unbounded. */
  hi: number;
  /** Scratch: the item's index within the sweep running now. */
  local: number;
}

// Work arrays reused by every group (a check allocated a dozen small typed arrays per fact; their backing stores kept the GC busy).
let scratch = { values: new Float64Array(256), ranks: new Int32Array(256), lo: new Float64Array(128), hi: new Float64Array(128) };

/** The value keys of a group: `lo[k]`, `hi[k]` for the k-th member (k < members; shared arrays, valid until the next call). */
export interface GroupKeys {
  lo: Float64Array;
  hi: Float64Array;
}

/** Index of `v` in the sorted distinct values (it is there). */
function indexOf(sorted: Float64Array, count: number, v: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keys for a group of entries (`members` are positions in `entries`). With these, a lies
 * wholly below b exactly when a.hi < b.lo: equal ranks are below only when one end is open
 * (3r+1 < 3r+1 is false for two closed ends).
 */
export function groupKeys(entries: readonly ClaimEntry[], members: readonly number[]): GroupKeys {
  const n = members.length;
  if (scratch.lo.length < n) scratch = { values: new Float64Array(4 * n), ranks: new Int32Array(4 * n), lo: new Float64Array(2 * n), hi: new Float64Array(2 * n) };
  const { values, ranks, lo, hi } = scratch;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const e = entries[members[k]!]!;
    if (Number.isFinite(e.low)) values[count++] = e.low;
    if (Number.isFinite(e.high)) values[count++] = e.high;
  }
  const sorted = values.subarray(0, count).sort();
  // Distinct values in place, each with the rank of its cluster (values within the epsilon of the cluster's first).
  let distinct = 0;
  let r = -1;
  let representative = NaN;
  for (let i = 0; i < count; i++) {
    const v = sorted[i]!;
    if (distinct > 0 && sorted[distinct - 1] === v) continue;
    if (r < 0 || !nearlyEqual(representative, v)) [r, representative] = [r + 1, v];
    sorted[distinct] = v;
    ranks[distinct++] = r;
  }
  for (let k = 0; k < n; k++) {
    const e = entries[members[k]!]!;
    lo[k] = Number.isFinite(e.low) ? 3 * ranks[indexOf(sorted, distinct, e.low)]! + (e.lowInclusive ? 1 : 2) : e.low;
    hi[k] = Number.isFinite(e.high) ? 3 * ranks[indexOf(sorted, distinct, e.high)]! + (e.highInclusive ? 1 : 0) : e.high;
  }
  return { lo, hi };
}

/** The items of a group for a sweep (`members` are positions in `entries`). */
export function keyItems(entries: readonly ClaimEntry[], members: readonly number[]): Item[] {
  const { lo, hi } = groupKeys(entries, members);
  // pushed, not mapped: an optimised map() makes a holey list, and the sweep and its caller, compiled
  // for the packed lists map() made before it was optimised, were thrown away and compiled again
  const items: Item[] = [];
  for (let k = 0; k < members.length; k++) {
    const seq = members[k]!;
    items.push({ entry: entries[seq]!, seq, lo: lo[k]!, hi: hi[k]!, local: 0 });
  }
  return items;
}

/** A Fenwick tree over positions 0..n-1 that adds to a prefix or suffix and reads one position. */
export class RangeAdder {
  private readonly tree: Float64Array;

  constructor(private readonly n: number) {
    this.tree = new Float64Array(n + 1);
  }

  /** Adds v at `pos` of the difference array: every position from `pos` on reads v more. */
  private update(pos: number, v: number): void {
    for (let i = pos + 1; i <= this.n; i += i & -i) this.tree[i]! += v;
  }

  /** Adds 1 to every position in [from, n). */
  addSuffix(from: number): void {
    if (from < this.n) this.update(from, 1);
  }

  /** Adds 1 to every position in [0, to). */
  addPrefix(to: number): void {
    if (to <= 0) return;
    this.update(0, 1);
    if (to < this.n) this.update(to, -1);
  }

  /** Everything added to one position so far. */
  at(pos: number): number {
    let s = 0;
    for (let i = pos + 1; i > 0; i -= i & -i) s += this.tree[i]!;
    return s;
  }
}
