// REFERENCE: a frozen copy of server/src/core/conflicts/sweep.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// The per-fact sweep: claims enter in as-of order; those still within the time rule of the
// entering claim sit in an `active` ValueSet, whose members wholly below or above it are
// counted by binary search. What each member gains from later claims is counted with
// Fenwick trees over static key positions, so a fact costs O(n log n + n·a) for n claims and
// a active at once (an array shift), whatever the number of conflicting pairs; only the first
// few pairs of each claim are listed (`capture`).
import type { FactKind } from '../../../../server/src/core/registry/types';
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
  /** A running total's: each claim holds at its as-of's last day (the policy of 2026-12-06, applied here as well). */
  byEnd: boolean;
}

/** The time rule of a fact kind (no kind: same as-of, like `event`). */
export function timeRule(kind: FactKind | undefined, windowDays: number): TimeRule {
  if (kind === 'level') return { windowDays: Number.isFinite(windowDays) && windowDays > 0 ? windowDays : 0, grows: false, byEnd: false };
  return { windowDays: 0, grows: kind === 'cumulative', byEnd: kind === 'cumulative' };
}

const from = (s: Item): number => s.entry.from ?? 0;
const to = (s: Item): number => s.entry.to ?? 0;
/** The first day a claim is compared from: a running total's is its as-of's last. */
const start = (s: Item, rule: TimeRule): number => (rule.byEnd ? to(s) : from(s));

/** As-ofs this many days long or longer are readings for a period (a month, a quarter, a year). */
// (the policy of 2026-12-05, a week is a period too, applied here as well: this copy freezes the algorithm, not the policy)
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
  if (comparedInTime(start(a, rule), to(a), start(b, rule), to(b), rule)) return a.hi < b.lo || b.hi < a.lo ? 'value' : undefined;
  if (!rule.grows) return undefined;
  const [early, late] = to(a) < start(b, rule) ? [a, b] : [b, a];
  return late.hi < early.lo ? 'growth' : undefined;
}

function byKey(key: 'lo' | 'hi'): (a: Item, b: Item) => number {
  return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.seq - b.seq);
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
  items.forEach((it, i) => (it.local = i));
  const byFrom = [...items].sort((a, b) => start(a, rule) - start(b, rule) || a.seq - b.seq);
  const held = (s: Item): number => heldUntil(start(s, rule), to(s), rule);
  const byTo = [...items].sort((a, b) => held(a) - held(b) || a.seq - b.seq);
  const byHi = [...items].sort(byKey('hi'));
  const byLo = [...items].sort(byKey('lo'));
  const posHi = new Int32Array(n);
  const posLo = new Int32Array(n);
  byHi.forEach((it, p) => (posHi[it.local] = p));
  byLo.forEach((it, p) => (posLo[it.local] = p));
  const hiKeys = Float64Array.from(byHi, (it) => it.hi);
  const loKeys = Float64Array.from(byLo, (it) => it.lo);
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
    while (expired < n && held(byTo[expired]!) < start(item, rule)) {
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
