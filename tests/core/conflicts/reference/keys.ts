// REFERENCE: a frozen copy of server/src/core/conflicts/keys.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
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

/**
 * Keys for a group of entries. With these, a lies wholly below b exactly when a.hi < b.lo:
 * equal ranks are below only when one end is open (3r+1 < 3r+1 is false for two closed ends).
 */
export function keyItems(entries: { entry: ClaimEntry; seq: number }[]): Item[] {
  const values = new Set<number>();
  for (const { entry } of entries) {
    if (Number.isFinite(entry.low)) values.add(entry.low);
    if (Number.isFinite(entry.high)) values.add(entry.high);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  let r = -1;
  let representative = NaN;
  for (const v of sorted) {
    if (r < 0 || !nearlyEqual(representative, v)) [r, representative] = [r + 1, v];
    rank.set(v, r);
  }
  return entries.map(({ entry, seq }) => ({
    entry,
    seq,
    lo: Number.isFinite(entry.low) ? 3 * rank.get(entry.low)! + (entry.lowInclusive ? 1 : 2) : entry.low,
    hi: Number.isFinite(entry.high) ? 3 * rank.get(entry.high)! + (entry.highInclusive ? 1 : 0) : entry.high,
    local: 0,
  }));
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
