// Checks one fact across the workspace: splits its claims by dimension (other dimensions get
// `incomparable-units`), sweeps each dimension for conflicting pairs, and packs counts and
// listed partners into a compact FactOutcome (findings are made from it on demand).
import type { FactKind } from '../registry/types';
import { normalizeUnit, unitInfo } from '../figures/units';
import type { ClaimEntry } from './entry';
import { timeRule } from './sweep';
import { MAX_RELATED, PairTable } from './pairs';
import { byDateThenPlace } from './messages';
import { QUIET, type FactOutcome } from './outcome';

export { MAX_RELATED };

/** What the check needs to know about the fact. */
export interface FactSettings {
  fact: string;
  kind?: FactKind;
  unit?: string;
  windowDays: number;
}

/** Positions of one dimension's entries, in order. */
type Group = number[];

/** The dimension every other one is measured against: the fact's unit if used, else the commonest. */
function mainDimension(groups: Map<string, Group>, factUnit: string | undefined): string {
  const declared = factUnit !== undefined ? unitInfo(normalizeUnit(factUnit) ?? factUnit)?.dimension : undefined;
  if (declared !== undefined && groups.has(declared)) return declared;
  let best = '';
  let bestCount = -1;
  for (const [dim, list] of groups) {
    if (list.length > bestCount || (list.length === bestCount && dim < best)) [best, bestCount] = [dim, list.length];
  }
  return best;
}

/** Entries by dimension (positions, in order; map order = first appearance). */
function byDimension(entries: readonly ClaimEntry[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const first = entries[0]?.dimension;
  // Usually every claim of a fact has one dimension.
  if (first !== undefined && entries.every((e) => e.dimension === first)) {
    // pushed, not mapped: an optimised map() makes a holey list, and the pair checks then met two list shapes (deopted and compiled again)
    const all: Group = [];
    for (let i = 0; i < entries.length; i++) all.push(i);
    return groups.set(first, all);
  }
  for (let seq = 0; seq < entries.length; seq++) {
    const dim = entries[seq]!.dimension;
    const g = groups.get(dim);
    if (g) g.push(seq);
    else groups.set(dim, [seq]);
  }
  return groups;
}

/** Checks every claim of one fact (entries from all articles, grouped by URI in URI order). */
export function checkFact(entries: readonly ClaimEntry[], settings: FactSettings): FactOutcome {
  const groups = byDimension(entries);
  const main = mainDimension(groups, settings.unit);
  const rule = timeRule(settings.kind, settings.windowDays);
  const table = new PairTable(entries);
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const dated = list.filter((i) => entries[i]!.from !== undefined);
    table.checkGroup(dated, rule);
    if (list.length - dated.length > 1) table.checkGroup(list.filter((i) => entries[i]!.from === undefined), timeRule(undefined, 0));
  }
  if (groups.size === 1 && table.total.every((n) => n === 0)) return QUIET;
  const mainSorted = groups.size > 1 ? [...groups.get(main)!].sort((a, b) => byDateThenPlace(entries[a]!, entries[b]!)) : [];
  const { total, selfCount, at, codes, days } = pack(table, entries, rule.byEnd);
  // one literal with every field (related places filled on first use): one object shape
  return {
    quiet: false, entries, dimensions: [...groups.keys()], main, mainShown: Int32Array.from(mainSorted.slice(0, MAX_RELATED)), mainCount: mainSorted.length,
    total, selfCount, at, codes, days, plain: undefined, later: undefined, earlier: undefined,
  };
}

/**
 * Copies the counts and packs the listed partners of every claim (each list by date then place)
 * into one buffer. `entries` are in place order (by URI, then position in the article), so
 * byDateThenPlace of two of them is their first days, then their positions: each list (at most
 * MAX_RELATED) is sorted in place in the buffer on those numbers, read from one array, instead
 * of by a comparator reading both entries and comparing their URIs (a twentieth of a check's conflicts).
 */
function pack(table: PairTable, entries: readonly ClaimEntry[], byEnd: boolean): Pick<FactOutcome, 'total' | 'selfCount' | 'at' | 'codes' | 'days'> {
  const n = entries.length;
  let size = 0;
  for (let i = 0; i < n; i++) size += (table.others[i]?.length ?? 0) + (table.self[i]?.length ?? 0);
  // the counts, partners and days in one backing store (each store is a block of the C heap of its own)
  const ints = 4 * n + 1 + size;
  const intBytes = 8 * Math.ceil(ints / 2);
  const store = new ArrayBuffer(intBytes + 8 * n);
  const buffer = new Int32Array(store, 0, ints);
  buffer.set(table.total, 0);
  buffer.set(table.selfCount, n);
  const at = buffer.subarray(2 * n, 4 * n + 1);
  const codes = buffer.subarray(4 * n + 1);
  const days = new Float64Array(store, intBytes, n);
  // (a running total's day is its as-of's last: sweep.ts comparedFrom)
  for (let i = 0; i < n; i++) days[i] = (byEnd ? entries[i]!.to : entries[i]!.from) ?? -Infinity;
  let k = 0;
  for (let i = 0; i < n; i++) {
    at[2 * i] = k;
    k = sortedInto(codes, k, table.others[i], days);
    at[2 * i + 1] = k;
    k = sortedInto(codes, k, table.self[i], days);
  }
  at[2 * n] = k;
  return { total: buffer.subarray(0, n), selfCount: buffer.subarray(n, 2 * n), at, codes, days };
}

/** Writes `list`'s codes at `codes[k..]` by date then place (an insertion sort: lists are short) and returns the end. */
function sortedInto(codes: Int32Array, k: number, list: readonly number[] | undefined, days: Float64Array): number {
  if (list === undefined) return k;
  for (let j = 0; j < list.length; j++) {
    const c = list[j]!;
    const p = c >> 1;
    const d = days[p]!;
    let at = k + j;
    while (at > k) {
      const q = codes[at - 1]! >> 1;
      const e = days[q]!;
      if (e < d || (e === d && q <= p)) break;
      codes[at] = codes[at - 1]!;
      at--;
    }
    codes[at] = c;
  }
  return k + list.length;
}
