// REFERENCE: a frozen copy of server/src/core/conflicts/pairs.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// The conflicting pairs of one fact: exact counts per claim (from the sweeps) and the first
// MAX_RELATED partners of each, split into the claim's own actor on the same date
// (`self`) and everything else (`others`). Flat arrays indexed by the claim's position.
import type { ClaimEntry } from './entry';
import type { Item } from './keys';
import { relation, sweep, type PairReason, type TimeRule } from './sweep';

/** At most this many other claims are listed per finding (the message still counts them all). */
export const MAX_RELATED = 20;

const SAME_DATE: TimeRule = { windowDays: 0, grows: false, byEnd: false };
const SAME_END: TimeRule = { windowDays: 0, grows: false, byEnd: true };

/** Up to this many claims, a group is checked pair by pair instead of swept. */
const SMALL_GROUP = 48;

function overlapInTime(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.from === undefined || b.from === undefined) return a.from === b.from;
  return a.from <= b.to! && b.from <= a.to!;
}

/** Counts and listed partners (encoded index * 2 + 1 when the reason is growth). */
export class PairTable {
  readonly total: Int32Array;
  readonly selfCount: Int32Array;
  readonly others: number[][];
  readonly self: number[][];

  constructor(private readonly entries: ClaimEntry[]) {
    this.total = new Int32Array(entries.length);
    this.selfCount = new Int32Array(entries.length);
    this.others = entries.map(() => []);
    this.self = entries.map(() => []);
  }

  /** Conflicting partners of claim i other than its own actor's on the same date. */
  otherCount(i: number): number {
    return this.total[i]! - this.selfCount[i]!;
  }

  /** Counts and lists the pairs of one group (one dimension, all dated or all undated). */
  checkGroup(items: Item[], rule: TimeRule): void {
    if (items.length <= SMALL_GROUP) return this.checkAllPairs(items, rule);
    sweep(items, rule, this.total, this.capture, MAX_RELATED);
    const byActor = new Map<string, Item[]>();
    for (const it of items) {
      const actor = it.entry.actor;
      if (actor === undefined) continue;
      const list = byActor.get(actor);
      if (list) list.push(it);
      else byActor.set(actor, [it]);
    }
    for (const list of byActor.values()) sweep(list, rule.byEnd ? SAME_END : SAME_DATE, this.selfCount, this.capture, MAX_RELATED);
    // The sweep lists each claim's partners that came before it; a claim whose partners all
    // came later, each listing others first, is filled by a direct scan (rare: dense conflicts).
    for (const it of items) if (this.short(it.seq)) this.fill(it, items, rule);
  }

  /** Small groups (the common case: a few dozen claims per fact) are cheaper pair by pair. */
  private checkAllPairs(items: Item[], rule: TimeRule): void {
    for (let x = 0; x < items.length; x++) {
      for (let y = x + 1; y < items.length; y++) {
        const a = items[x]!.seq;
        const b = items[y]!.seq;
        const reason = relation(items[x]!, items[y]!, rule);
        if (!reason) continue;
        this.total[a]!++;
        this.total[b]!++;
        if (this.isSelf(a, b, reason)) {
          this.selfCount[a]!++;
          this.selfCount[b]!++;
        }
        this.capture(a, b, reason);
      }
    }
  }

  private readonly capture = (a: number, b: number, reason: PairReason): void => {
    const self = this.isSelf(a, b, reason);
    this.list(a, self, b, reason);
    this.list(b, self, a, reason);
  };

  private isSelf(a: number, b: number, reason: PairReason): boolean {
    const ea = this.entries[a]!;
    const eb = this.entries[b]!;
    return reason === 'value' && ea.actor !== undefined && ea.actor === eb.actor && overlapInTime(ea, eb);
  }

  private list(i: number, self: boolean, partner: number, reason: PairReason): boolean {
    const list = self ? this.self[i]! : this.others[i]!;
    if (list.length >= MAX_RELATED) return false;
    // The actor's own sweep meets pairs the main sweep may have listed already.
    if (self && (list.includes(partner * 2) || list.includes(partner * 2 + 1))) return false;
    list.push(partner * 2 + (reason === 'growth' ? 1 : 0));
    return true;
  }

  private short(i: number): boolean {
    return this.others[i]!.length < Math.min(this.otherCount(i), MAX_RELATED) || this.self[i]!.length < Math.min(this.selfCount[i]!, MAX_RELATED);
  }

  private fill(it: Item, items: Item[], rule: TimeRule): void {
    const i = it.seq;
    const listed = new Set([...this.others[i]!, ...this.self[i]!].map((c) => c >> 1));
    for (const other of items) {
      if (!this.short(i)) return;
      if (other === it || listed.has(other.seq)) continue;
      const reason = relation(it, other, rule);
      if (reason && this.list(i, this.isSelf(i, other.seq, reason), other.seq, reason)) listed.add(other.seq);
    }
  }
}
