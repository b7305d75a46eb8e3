// The conflicting pairs of one fact: exact counts per claim and the first MAX_RELATED partners
// of each, split into the claim's own actor on the same date (`self`) and everything else
// (`others`). Small groups are judged pair by pair over flat arrays; large ones are swept.
import type { ClaimEntry } from './entry';
import { groupKeys, keyItems, type Item } from './keys';
import { comparedFrom, heldUntil, relation, sweep, type PairReason, type TimeRule } from './sweep';

/** At most this many other claims are listed per finding (the message still counts them all). */
export const MAX_RELATED = 20;

const SAME_DATE: TimeRule = { windowDays: 0, grows: false, byEnd: false };
/** The same for running totals, which hold at their as-of's last day. */
const SAME_END: TimeRule = { windowDays: 0, grows: false, byEnd: true };

/** Packs a first day and a position in a group checked pair by pair (at most PAIRWISE_FIRST) into one sortable number. */
const PAIR_SLOTS = 1024;

/** Up to this many claims, a group is checked pair by pair instead of swept. */
const SMALL_GROUP = 48;

/**
 * Up to this many, pair by pair too, unless some claim has more partners than are listed:
 * then which partners the sweep lists (nearest first) differs, and the group is swept again.
 */
const PAIRWISE_FIRST = 160;

function overlapInTime(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.from === undefined || b.from === undefined) return a.from === b.from;
  return a.from <= b.to! && b.from <= a.to!;
}

// As-of days of the group being checked pair by pair, and the counts of the fact being checked (reused: see keys.ts).
let days = { from: new Float64Array(128), to: new Float64Array(128), held: new Float64Array(128) };
let counts = new Int32Array(256);

/** Counts and listed partners (encoded index * 2 + 1 when the reason is growth); lists are made on the first partner. */
export class PairTable {
  readonly total: Int32Array;
  readonly selfCount: Int32Array;
  readonly others: (number[] | undefined)[];
  readonly self: (number[] | undefined)[];

  /** `total` and `selfCount` are views of shared work arrays, valid until the next PairTable: keep copies. */
  constructor(private readonly entries: readonly ClaimEntry[]) {
    const n = entries.length;
    if (counts.length < 2 * n) counts = new Int32Array(4 * n);
    this.total = counts.subarray(0, n).fill(0);
    this.selfCount = counts.subarray(n, 2 * n).fill(0);
    this.others = new Array<number[] | undefined>(entries.length);
    this.self = new Array<number[] | undefined>(entries.length);
  }

  /** Conflicting partners of claim i other than its own actor's on the same date. */
  otherCount(i: number): number {
    return this.total[i]! - this.selfCount[i]!;
  }

  /** Counts and lists the pairs of one group (`members`: positions of one dimension, all dated or all undated). */
  checkGroup(members: readonly number[], rule: TimeRule): void {
    if (members.length < 2) return;
    if (members.length <= SMALL_GROUP) {
      this.checkAllPairs(members, rule);
      return;
    }
    if (members.length <= PAIRWISE_FIRST) {
      if (this.checkAllPairs(members, rule, true)) return;
      for (const i of members) {
        this.total[i] = this.selfCount[i] = 0;
        this.others[i] = this.self[i] = undefined;
      }
    }
    const items = keyItems(this.entries, members);
    sweep(items, rule, this.total, this.capture, MAX_RELATED);
    const byActor = new Map<string, Item[]>();
    for (const it of items) {
      const actor = it.entry.actor;
      if (actor === undefined) continue;
      const list = byActor.get(actor);
      if (list) list.push(it);
      else byActor.set(actor, [it]);
    }
    for (const list of byActor.values()) {
      // an actor's few claims (most lists: one or two) are checked pair by pair, without a sweep's dozen work arrays
      const self = rule.byEnd ? SAME_END : SAME_DATE;
      if (list.length <= MAX_RELATED + 1) this.selfPairs(list, self);
      else sweep(list, self, this.selfCount, this.capture, MAX_RELATED);
    }
    // The sweep lists each claim's partners that came before it; a claim whose partners all
    // came later, each listing others first, is filled by a direct scan (rare: dense conflicts).
    for (const it of items) if (this.short(it.seq)) this.fill(it, items, rule);
  }

  /**
   * Small groups (the common case: a few dozen claims per fact) are cheaper pair by pair; same
   * rule as `relation`. `upToListed`: stop, returning false, at the first claim with more
   * partners of one kind than are listed (the caller sweeps the group again: counts only grow,
   * so counting on would only confirm it); true when every pair was counted.
   */
  private checkAllPairs(members: readonly number[], rule: TimeRule, upToListed = false): boolean {
    const n = members.length;
    const { lo, hi } = groupKeys(this.entries, members);
    if (days.from.length < n) days = { from: new Float64Array(2 * n), to: new Float64Array(2 * n), held: new Float64Array(2 * n) };
    const { from, to, held } = days;
    for (let k = 0; k < n; k++) {
      const e = this.entries[members[k]!]!;
      to[k] = e.to ?? 0;
      from[k] = comparedFrom(e.from ?? 0, to[k]!, rule);
      // each claim's last day held, once (comparedInTime works it out for both claims of every pair)
      held[k] = heldUntil(from[k]!, to[k]!, rule);
    }
    if (!rule.grows) {
      const counted = this.overlappingPairs(members, lo, hi, upToListed);
      if (counted !== undefined) return counted;
    }
    for (let x = 0; x < n; x++) {
      const fx = from[x]!;
      const tx = to[x]!;
      const hdx = held[x]!;
      const lx = lo[x]!;
      const hx = hi[x]!;
      for (let y = x + 1; y < n; y++) {
        let reason: PairReason;
        if (fx <= held[y]! && from[y]! <= hdx) {
          if (!(hx < lo[y]! || hi[y]! < lx)) continue;
          reason = 'value';
        } else {
          // Cumulative: the later claim wholly below the earlier one.
          if (!rule.grows) continue;
          const xEarly = tx < from[y]!;
          if (!(xEarly ? hi[y]! < lx : hx < lo[y]!)) continue;
          reason = 'growth';
        }
        const a = members[x]!;
        const b = members[y]!;
        this.total[a]!++;
        this.total[b]!++;
        if (this.isSelf(a, b, reason)) {
          this.selfCount[a]!++;
          this.selfCount[b]!++;
        }
        this.capturePair(a, b, reason);
        if (upToListed && (this.overListed(a) || this.overListed(b))) return false;
      }
    }
    return true;
  }

  /** True when claim i has more partners of one kind (others, or its own actor's) than are listed. */
  private overListed(i: number): boolean {
    return this.otherCount(i) > MAX_RELATED || this.selfCount[i]! > MAX_RELATED;
  }

  /**
   * checkAllPairs for a rule without growth: only claims compared in time can conflict, so the
   * claims are walked by first day and each meets only those that start before it stops holding
   * (most of a fact's claims are of other days); the conflicting pairs are then taken in
   * checkAllPairs's order, as a list keeps the first partners it meets. Undefined (nothing done)
   * when a day is no small integer; else what checkAllPairs returns (`upToListed` as there).
   */
  private overlappingPairs(members: readonly number[], lo: Float64Array, hi: Float64Array, upToListed: boolean): boolean | undefined {
    const n = members.length;
    const { from, held } = days;
    const packed = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const f = from[k]!;
      if (!Number.isInteger(f) || Math.abs(f) > 2 ** 30) return undefined;
      packed[k] = f * PAIR_SLOTS + k;
    }
    packed.sort();
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = packed[i]! - Math.floor(packed[i]! / PAIR_SLOTS) * PAIR_SLOTS;
      const hdx = held[x]!;
      const lx = lo[x]!;
      const hx = hi[x]!;
      for (let j = i + 1; j < n; j++) {
        const y = packed[j]! - Math.floor(packed[j]! / PAIR_SLOTS) * PAIR_SLOTS;
        // by first day: y starts no earlier than x, and holds at least until it starts
        if (from[y]! > hdx) break;
        if (hx < lo[y]! || hi[y]! < lx) pairs.push(x < y ? x * n + y : y * n + x);
      }
    }
    if (pairs.length > 1) pairs.sort((p, q) => p - q);
    for (const p of pairs) {
      const a = members[Math.floor(p / n)]!;
      const b = members[p % n]!;
      this.total[a]!++;
      this.total[b]!++;
      if (this.isSelf(a, b, 'value')) {
        this.selfCount[a]!++;
        this.selfCount[b]!++;
      }
      this.capturePair(a, b, 'value');
      if (upToListed && (this.overListed(a) || this.overListed(b))) return false;
    }
    return true;
  }

  /**
   * The actor's own sweep of `list`, pair by pair: with at most MAX_RELATED + 1 claims none has
   * more partners than are listed, so the pairs counted and listed are the sweep's (lists are
   * sets: pack orders them).
   */
  private selfPairs(list: readonly Item[], rule: TimeRule): void {
    for (let x = 0; x < list.length; x++) {
      const a = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const b = list[y]!;
        if (relation(a, b, rule) !== 'value') continue;
        this.selfCount[a.seq]!++;
        this.selfCount[b.seq]!++;
        this.capturePair(b.seq, a.seq, 'value');
      }
    }
  }

  /** capturePair for the sweep, which takes a function (one per table). */
  private readonly capture = (a: number, b: number, reason: PairReason): void => this.capturePair(a, b, reason);

  /**
   * Lists a conflicting pair on both sides. A method, called as one by the pair loops: a call of
   * the table's own `capture` met a new function with every table, and the compiled group check
   * that had inlined the first was thrown away.
   */
  private capturePair(a: number, b: number, reason: PairReason): void {
    const self = this.isSelf(a, b, reason);
    this.list(a, self, b, reason);
    this.list(b, self, a, reason);
  }

  private isSelf(a: number, b: number, reason: PairReason): boolean {
    const ea = this.entries[a]!;
    const eb = this.entries[b]!;
    return reason === 'value' && ea.actor !== undefined && ea.actor === eb.actor && overlapInTime(ea, eb);
  }

  private list(i: number, self: boolean, partner: number, reason: PairReason): boolean {
    const lists = self ? this.self : this.others;
    let list = lists[i];
    if (!list) lists[i] = list = [];
    if (list.length >= MAX_RELATED) return false;
    // The actor's own sweep meets pairs the main sweep may have listed already.
    if (self && (list.includes(partner * 2) || list.includes(partner * 2 + 1))) return false;
    list.push(partner * 2 + (reason === 'growth' ? 1 : 0));
    return true;
  }

  private short(i: number): boolean {
    return (this.others[i]?.length ?? 0) < Math.min(this.otherCount(i), MAX_RELATED) || (this.self[i]?.length ?? 0) < Math.min(this.selfCount[i]!, MAX_RELATED);
  }

  private fill(it: Item, items: Item[], rule: TimeRule): void {
    const i = it.seq;
    const listed = new Set([...(this.others[i] ?? []), ...(this.self[i] ?? [])].map((c) => c >> 1));
    for (const other of items) {
      if (!this.short(i)) return;
      if (other === it || listed.has(other.seq)) continue;
      const reason = relation(it, other, rule);
      if (reason && this.list(i, this.isSelf(i, other.seq, reason), other.seq, reason)) listed.add(other.seq);
    }
  }
}
