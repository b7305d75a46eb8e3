// The per-fact sweep: claims enter in as-of order; those still within the time rule of the
// entering claim sit in an `active` ValueSet, whose members wholly below or above it are
// counted by binary search. What each member gains from later claims is counted with
// Fenwick trees over static key positions, so a fact costs O(n log n + n·a) for n claims and
// a active at once (an array shift), whatever the number of conflicting pairs; only the first
// few pairs of each claim are listed (`capture`).
import type { FactKind } from '../registry/types';
import { RangeAdder, type Item } from './keys';
import { ValueSet } from './value-set';

/** How a pair conflicts: `value` = same time, values cannot overlap; `growth` = a cumulative figure fell. */
export type PairReason = 'value' | 'growth';

/** Receives a listed pair as `seq` numbers; for `growth`, `later` has the later as-of. */
export type PairSink = (later: number, earlier: number, reason: PairReason) => void;

/** The time rule of one sweep: claims compare when their as-ofs lie within `windowDays`; `grows` adds the cumulative rule. */
export interface TimeRule {
  windowDays: number;
  grows: boolean;
  /** A running total's: each claim holds at its as-of's last day (comparedFrom). */
  byEnd: boolean;
}

/** The time rule of a fact kind (no kind: same as-of, like `event`). */
export function timeRule(kind: FactKind | undefined, windowDays: number): TimeRule {
  if (kind === 'level') return { windowDays: Number.isFinite(windowDays) && windowDays > 0 ? windowDays : 0, grows: false, byEnd: false };
  return { windowDays: 0, grows: kind === 'cumulative', byEnd: kind === 'cumulative' };
}

const from = (s: Item): number => s.entry.from ?? 0;
const to = (s: Item): number => s.entry.to ?? 0;

/**
 * The first day a claim's figure is compared from under `rule`: its as-of's first day, but a
 * running total's last (it holds at the end of the stretch it adds up: "raised $274.2 million from
 * January 2015 to March 2016" holds on 31 March 2016, above "$213.1 million in 2015", not beside it).
 */
export function comparedFrom(from: number, to: number, rule: TimeRule): number {
  return rule.byEnd ? to : from;
}

/** As-ofs this many days long or longer are readings for a period (a week, a month, a quarter, a year). */
export const PERIOD_DAYS = 7;

/**
 * The last day a claim's as-of still holds under `rule`: a level stated for a day or a few days
 * holds `windowDays` more; a level for a whole period (October's unemployment rate) holds for
 * that period only, so a monthly series is never compared month against month.
 */
export function heldUntil(from: number, to: number, rule: TimeRule): number {
  return to - from + 1 >= PERIOD_DAYS ? to : to + rule.windowDays;
}

/** True when two as-ofs are compared under `rule`: each starts before the other stops holding. */
export function comparedInTime(fa: number, ta: number, fb: number, tb: number, rule: TimeRule): boolean {
  return fa <= heldUntil(fb, tb, rule) && fb <= heldUntil(fa, ta, rule);
}

/** How two items of one sweep group conflict under `rule`, judged directly (for lists the sweep left short). */
export function relation(a: Item, b: Item, rule: TimeRule): PairReason | undefined {
  const fa = comparedFrom(from(a), to(a), rule);
  const fb = comparedFrom(from(b), to(b), rule);
  if (comparedInTime(fa, to(a), fb, to(b), rule)) return a.hi < b.lo || b.hi < a.lo ? 'value' : undefined;
  if (!rule.grows) return undefined;
  const [early, late] = to(a) < fb ? [a, b] : [b, a];
  return late.hi < early.lo ? 'growth' : undefined;
}

// (each reads its field by name: a key given as a value was a keyed look-up per comparison)
const BY_HI = (a: Item, b: Item): number => (a.hi < b.hi ? -1 : a.hi > b.hi ? 1 : a.seq - b.seq);
const BY_LO = (a: Item, b: Item): number => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.seq - b.seq);

/** Packs a key and a position below 2^20 into one number that sorts as the pair does. */
const SLOTS = 1 << 20;

/**
 * `items` (in seq order, `local` their index) by `keys[local]`, then seq. Day numbers are
 * small integers: each key and position is packed into one number and the numbers sorted
 * without a comparator (a comparator called n log n times was most of a large fact's sweep).
 */
function orderBy(items: readonly Item[], keys: Float64Array): Item[] {
  const n = items.length;
  let packable = n < SLOTS;
  for (let i = 1; packable && i < n; i++) if (items[i - 1]!.seq >= items[i]!.seq) packable = false;
  const packed = new Float64Array(n);
  for (let i = 0; packable && i < n; i++) {
    const k = keys[i]!;
    if (!Number.isInteger(k) || Math.abs(k) > 2 ** 30) packable = false;
    else packed[i] = k * SLOTS + i;
  }
  if (!packable) return [...items].sort((a, b) => keys[a.local]! - keys[b.local]! || a.seq - b.seq);
  packed.sort();
  const out: Item[] = [];
  for (let i = 0; i < n; i++) {
    const p = packed[i]!;
    out.push(items[p - Math.floor(p / SLOTS) * SLOTS]!);
  }
  return out;
}

/** Number of sorted keys below x (strictly, or also equal). */
function countBelow(keys: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < x || (orEqual && keys[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds to `counts[seq]` the number of conflicting partners of every item of one group (one
 * dimension of one fact, all dated or all undated: undated claims share one unknown date),
 * and passes up to `limit` partners per claim and side to `capture`.
 */
export function sweep(items: Item[], rule: TimeRule, counts: Int32Array, capture: PairSink | undefined, limit: number): void {
  const n = items.length;
  if (n < 2) return;
  // each item's first and last day held, worked out once (the sorts compare them n log n times)
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    it.local = i;
    starts[i] = comparedFrom(from(it), to(it), rule);
    ends[i] = heldUntil(starts[i]!, to(it), rule);
  }
  const byFrom = orderBy(items, starts);
  const held = (s: Item): number => ends[s.local]!;
  const byTo = orderBy(items, ends);
  const byHi = [...items].sort(BY_HI);
  const byLo = [...items].sort(BY_LO);
  const posHi = new Int32Array(n);
  const posLo = new Int32Array(n);
  // plain loops: Float64Array.from with a map function walks an iterator, a tenth of a 100,000-article check's sweeps
  const hiKeys = new Float64Array(n);
  const loKeys = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const h = byHi[p]!;
    const l = byLo[p]!;
    posHi[h.local] = p;
    posLo[l.local] = p;
    hiKeys[p] = h.hi;
    loKeys[p] = l.lo;
  }
  // Range adds mark "one more partner" on every position a new claim excludes; a member
  // reads what was added at its position while it was active (or past).
  const addHi = new RangeAdder(n);
  const addLo = new RangeAdder(n);
  const pastAdd = rule.grows ? new RangeAdder(n) : undefined;
  const base = new Float64Array(n);
  const pastBase = new Float64Array(n);
  const gained = (i: number): number => addHi.at(posHi[i]!) + addLo.at(posLo[i]!) - base[i]!;
  const active = new ValueSet();
  const past = rule.grows ? new ValueSet() : undefined;
  const take = capture ? limit : 0;
  let expired = 0;
  for (const item of byFrom) {
    // Claims that stopped holding before this one began leave the comparison.
    while (expired < n && held(byTo[expired]!) < starts[item.local]!) {
      const old = byTo[expired++]!;
      const i = old.local;
      active.remove(old);
      counts[old.seq]! += gained(i);
      if (past) {
        pastBase[i] = pastAdd!.at(posLo[i]!);
        past.insert(old);
      }
    }
    const seq = item.seq;
    let found = active.below(item, take, (s) => capture!(seq, s.seq, 'value'));
    found += active.above(item, take, (s) => capture!(seq, s.seq, 'value'));
    addHi.addPrefix(countBelow(hiKeys, item.lo, false));
    addLo.addSuffix(countBelow(loKeys, item.hi, true));
    if (past) {
      // Cumulative: an earlier claim wholly above this later one means the figure fell.
      found += past.above(item, take, (s) => capture!(seq, s.seq, 'growth'));
      pastAdd!.addSuffix(countBelow(loKeys, item.hi, true));
    }
    counts[seq]! += found;
    const i = item.local;
    base[i] = addHi.at(posHi[i]!) + addLo.at(posLo[i]!);
    active.insert(item);
  }
  for (const it of active.members()) counts[it.seq]! += gained(it.local);
  for (const it of past?.members() ?? []) {
    const i = it.local;
    counts[it.seq]! += pastAdd!.at(posLo[i]!) - pastBase[i]!;
  }
}
