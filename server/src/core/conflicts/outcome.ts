// What checking one fact leaves behind, kept compact: the fact's entries, partner counts and
// the first listed partners of each claim as packed positions. Findings, messages and related
// information are built from it only when asked (findings.ts), so a workspace-wide check
// holds a few bytes per claim instead of finished findings.
import type { ClaimEntry } from './entry';
import type { RelatedFinding } from '../diagnostics/finding';

/** The outcome of one fact's check; `quiet` when no claim of it has a finding. */
export interface FactOutcome {
  quiet: boolean;
  /** The fact's entries in check order: grouped by article, articles by URI. */
  entries: readonly ClaimEntry[];
  /** Dimensions in order of first appearance; entries outside `main` get `incomparable-units`. */
  dimensions: readonly string[];
  main: string;
  /** Positions of the first main-dimension entries by date then place, and how many there are. */
  mainShown: Int32Array;
  mainCount: number;
  /** Conflicting partners per position, in all and of the claim's own actor on the same date. */
  total: Int32Array;
  selfCount: Int32Array;
  /**
   * Listed partners of position i, by date then place: others in codes[at[2i] .. at[2i+1]),
   * own actor's in codes[at[2i+1] .. at[2i+2]); a code is position * 2, + 1 for a growth pair.
   */
  at: Int32Array;
  codes: Int32Array;
  /** Each position's first day, -Infinity when undated (what byDateThenPlace and a cumulative fall's why compare). */
  days: Float64Array;
  /**
   * The related places findings list, by position, made on first use (findings.ts `plainPlace`, `growthPlace`):
   * without a why, and with a cumulative fall's (the claim later, or earlier). One object per
   * claim and why, handed to every finding that lists it (a report places and prints it once),
   * read from an array of the outcome instead of through the claim's entry.
   */
  plain: (RelatedFinding | undefined)[] | undefined;
  later: (RelatedFinding | undefined)[] | undefined;
  earlier: (RelatedFinding | undefined)[] | undefined;
}

const NONE = new Int32Array(0);

/** The outcome of a fact none of whose claims has a finding (shared: it holds nothing). */
export const QUIET: FactOutcome = Object.freeze({
  quiet: true, entries: [], dimensions: [], main: '', mainShown: NONE, mainCount: 0, total: NONE, selfCount: NONE, at: NONE, codes: NONE,
  days: new Float64Array(0), plain: undefined, later: undefined, earlier: undefined,
});

/** The positions [start, end) of one article's entries in an outcome (entries are grouped by URI, sorted). */
export function rangeOf(o: FactOutcome, uri: string): [number, number] {
  const entries = o.entries;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.uri < uri) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < entries.length && entries[end]!.uri === uri) end++;
  return [lo, end];
}

/** True when the entry at `pos` has some finding (incomparable units or a conflict). */
export function hasFinding(o: FactOutcome, pos: number): boolean {
  return o.total[pos]! > 0 || o.entries[pos]!.dimension !== o.main;
}

/** The articles of an outcome that have at least one finding in it. */
export function urisWithFindings(o: FactOutcome | undefined, into: Set<string>): void {
  if (!o || o.quiet) return;
  const entries = o.entries;
  for (let i = 0; i < entries.length; i++) if (hasFinding(o, i)) into.add(entries[i]!.uri);
}
