// The conflict index of a one-pass check (workspace/batch.ts): the ConflictChecker's findings,
// item for item, from columns instead of maps. Each fact gets a dense number once, when its
// claim is indexed; a claim is its entry in one flat list with its fact's number beside it in
// an Int32Array, and an article is a range of that list. The first question sorts the claims by
// fact number (a counting sort, articles in URI order) into one run per fact and checks each
// run; outcomes are an array by fact number. The ConflictChecker keeps a map per fact and a
// record per article, and hashed the fact id four to five times per claim: at 100,000 articles
// those look-ups, into tables that miss the processor's caches, were most of indexing.
// The editor's incremental checker (checker.ts) is unchanged; tests/core/workspace/batch.test.ts
// compares the two through BatchCheck and the Workspace.
import type { Finding, RelatedFinding } from '../diagnostics/finding';
import { DEFAULT_RULES, type Registry } from '../registry/types';
import { Interner, numberIn } from '../base/interner';
import { entriesOf, type ClaimEntry } from './entry';
import { checkFact } from './fact-check';
import { factFindings, findingsBetween, listedMarks, placesAt, sortFindings } from './findings';
import type { FactOutcome } from './outcome';
import { partsFindings } from './parts';
import { articleForChecker, type CheckedClaim } from './checked';

/** The claims of an article whose entries stand for them (one shared empty list). */
const NO_CLAIMS: unknown[] = Object.freeze([]) as unknown as unknown[];

/** True when some fact of the registry has parts (partsFindings finds nothing otherwise). */
function hasParts(registry: Registry): boolean {
  for (const def of registry.facts?.values() ?? []) if (Array.isArray(def.parts) && def.parts.length > 0) return true;
  return false;
}

/** `list` with room for at least `n` items (doubling), its items kept. */
function grown(list: Int32Array, n: number): Int32Array {
  if (n <= list.length) return list;
  const out = new Int32Array(Math.max(n, 2 * list.length));
  out.set(list);
  return out;
}

/** The conflict findings of a one-pass check: articles are added (or replaced), then asked for their findings. */
export class BatchConflicts {
  /** Per fact number: the registry's unit of the fact (read once per fact, not per claim; null: not read yet). */
  private readonly units: (string | undefined | null)[] = [];
  /** Every indexed claim's entry, articles one after the other (a replaced article's stay, unlisted). */
  private readonly entries: ClaimEntry[] = [];
  /** Per entry: its fact's number. */
  private factOf: Int32Array = new Int32Array(1024);
  /** Per article number: its URI and its entries' range; `live[a]` 0 once the article was replaced. */
  private readonly uris: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly live: number[] = [];
  private readonly numberOf = new Map<string, number>();
  /** Per fact number: its latest outcome (undefined: no claim, or never checked). */
  private outcomes: (FactOutcome | undefined)[] = [];
  /** Per fact number: 1 while its outcome is out of date. */
  private dirty: Int32Array = new Int32Array(1024);
  private anyDirty = false;
  /** Per entry: twice its place in its fact's outcome (the entry's `pos`, set by flush), + 1 when it has a finding there. */
  private posOf: Int32Array = new Int32Array(1024);
  /**
   * findings()'s marks of the facts seen in the article it reads (its call's `round`), their
   * claims there, and the round's mark when one of those has a finding (then only is the
   * outcome read: at 100,000 articles reading it missed the processor's caches).
   */
  private seen = new Int32Array(0);
  private counts = new Int32Array(0);
  private found = new Int32Array(0);
  private round = 0;
  private readonly anyParts: boolean;
  private readonly windowDays: number;

  /**
   * `facts`: the numbers of fact ids (the check's, which numbers its actors too: numbers without a fact stay unused).
   * `ownClaims`: each entry stands for its claim (`claim` points at the entry, which has the fields
   * the findings read), so that the caller need not keep the claims it hands over.
   */
  constructor(private readonly registry: Registry, private readonly facts: Interner = new Interner(), private readonly ownClaims = false) {
    this.anyParts = hasParts(registry);
    this.windowDays = (registry.rules ?? DEFAULT_RULES).windowDays;
  }

  /** A fact's registry unit, as entriesOf asks it for a claim: by the number the claim's fact carries (a kept claim's) or is given. */
  private readonly factUnit = (id: string, claim: { fact: { id: string } }): string | undefined => {
    const no = numberIn(this.facts, claim.fact);
    while (this.units.length <= no) this.units.push(null);
    let unit = this.units[no];
    if (unit === null) this.units[no] = unit = this.registry.facts.get(id)?.unit;
    return unit;
  };

  /** Adds an article's claims, or replaces those `uri` had. */
  setArticle(uri: string, claims: CheckedClaim[]): void {
    const old = this.numberOf.get(uri);
    if (old !== undefined) {
      this.live[old] = 0;
      for (let i = this.starts[old]!; i < this.ends[old]!; i++) this.markDirty(this.factOf[i]!);
    }
    const a = this.uris.length;
    this.numberOf.set(uri, a);
    this.uris.push(uri);
    this.live.push(1);
    const article = articleForChecker(uri, claims);
    const list = entriesOf(article, this.registry, undefined, undefined, this.factUnit);
    const start = this.entries.length;
    this.starts.push(start);
    this.ends.push(start + list.length);
    this.factOf = grown(this.factOf, start + list.length);
    this.posOf = grown(this.posOf, start + list.length);
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const f = numberIn(this.facts, claims[e.index]!.fact);
      if (this.ownClaims) e.claim = e as unknown as ClaimEntry['claim'];
      this.entries.push(e);
      this.factOf[start + k] = f;
      this.markDirty(f);
    }
    // every entry keeps its article: which then need not keep the claims the entries stand for
    if (this.ownClaims) (article as { claims: unknown[] }).claims = NO_CLAIMS;
  }

  private markDirty(f: number): void {
    this.anyDirty = true;
    if (f >= this.dirty.length) this.dirty = grown(this.dirty, f + 1);
    this.dirty[f] = 1;
  }

  /** The conflict findings located in one article, by position (ConflictChecker.findings's). */
  findings(uri: string): Finding[] {
    this.flush();
    const a = this.numberOf.get(uri);
    if (a === undefined) return [];
    const start = this.starts[a]!;
    const end = this.ends[a]!;
    const out: Finding[] = this.anyParts && end > start ? partsFindings(this.entries.slice(start, end), this.registry).findings : [];
    // an article's claims of one fact sit together in its outcome, from its first one's place on
    const counted = ++this.round;
    for (let i = start; i < end; i++) {
      const f = this.factOf[i]!;
      if (this.seen[f] !== counted) {
        this.seen[f] = counted;
        this.counts[f] = 0;
      }
      this.counts[f]!++;
      if ((this.posOf[i]! & 1) === 1) this.found[f] = counted;
    }
    const mark = ++this.round;
    // each fact once, from the article's first entry of it, in the order of those firsts (the checker's)
    for (let i = start; i < end; i++) {
      const f = this.factOf[i]!;
      if (this.seen[f] === mark) continue;
      this.seen[f] = mark;
      if (this.found[f] !== counted) continue;
      const o = this.outcomes[f];
      if (!o || o.quiet) continue;
      const from = this.posOf[i]! >> 1;
      // (a place not current: searched for, as the checker does)
      if (o.entries[from] !== this.entries[i]) factFindings(o, this.facts.ids[f]!, uri, out);
      else findingsBetween(o, this.facts.ids[f]!, from, from + this.counts[f]!, out);
    }
    return sortFindings(out);
  }

  /**
   * Every related place findings() will list, made ahead of it, article by article in URI order:
   * `article` is told each article with some (its first), then `place` is handed each of its
   * places, once. Made by article, a place is read and printed while its article's entries and
   * line table are at hand; made as the findings list them, they were reached all over the heap.
   */
  eachPlace(article: (uri: string) => void, place: (r: RelatedFinding) => void): void {
    this.flush();
    const marks: (Uint8Array | undefined)[] = [];
    for (let f = 0; f < this.outcomes.length; f++) {
      const o = this.outcomes[f];
      if (o && !o.quiet) marks[f] = listedMarks(o);
    }
    for (const a of this.articlesByUri()) {
      let told = false;
      for (let i = this.starts[a]!; i < this.ends[a]!; i++) {
        const m = marks[this.factOf[i]!];
        if (m === undefined) continue;
        const o = this.outcomes[this.factOf[i]!]!;
        const pos = this.posOf[i]! >> 1;
        // (a place not current is left to findings())
        if (m[pos] === 0 || o.entries[pos] !== this.entries[i]) continue;
        if (!told) article(this.uris[a]!);
        told = true;
        placesAt(o, pos, m[pos]!, place);
      }
    }
  }

  /** Live article numbers, by URI (the order a fact's claims are checked in: by article URI, then in the article). */
  private articlesByUri(): number[] {
    const out: number[] = [];
    let sorted = true;
    for (let a = 0; a < this.uris.length; a++) {
      if (this.live[a] === 0) continue;
      if (out.length > 0 && this.uris[out[out.length - 1]!]! >= this.uris[a]!) sorted = false;
      out.push(a);
    }
    // a check reads its files in URI order: then they are in order already
    if (!sorted) out.sort((x, y) => (this.uris[x]! < this.uris[y]! ? -1 : this.uris[x]! > this.uris[y]! ? 1 : 0));
    return out;
  }

  /** Re-checks the facts whose claims changed: every fact's claims are laid out in runs by one counting sort. */
  private flush(): void {
    if (!this.anyDirty) return;
    this.anyDirty = false;
    const nFacts = this.facts.size;
    if (this.seen.length < nFacts) this.seen = new Int32Array(nFacts);
    if (this.counts.length < nFacts) this.counts = new Int32Array(nFacts);
    if (this.found.length < nFacts) this.found = new Int32Array(nFacts);
    if (this.dirty.length < nFacts) this.dirty = grown(this.dirty, nFacts);
    const articles = this.articlesByUri();
    const runStart = new Int32Array(nFacts + 1);
    for (const a of articles) for (let i = this.starts[a]!; i < this.ends[a]!; i++) runStart[this.factOf[i]! + 1]!++;
    for (let f = 0; f < nFacts; f++) runStart[f + 1]! += runStart[f]!;
    const next = runStart.slice(0, nFacts);
    const order = new Int32Array(runStart[nFacts]!);
    for (const a of articles) {
      for (let i = this.starts[a]!; i < this.ends[a]!; i++) {
        const f = this.factOf[i]!;
        if (this.dirty[f] === 1) order[next[f]!++] = i;
      }
    }
    for (let f = 0; f < nFacts; f++) {
      if (this.dirty[f] === 0) continue;
      this.dirty[f] = 0;
      const from = runStart[f]!;
      const to = next[f]!;
      if (from === to) {
        this.outcomes[f] = undefined;
        continue;
      }
      const run: ClaimEntry[] = [];
      for (let k = from; k < to; k++) {
        const e = this.entries[order[k]!]!;
        e.pos = k - from;
        run.push(e);
      }
      const id = this.facts.ids[f]!;
      const def = this.registry.facts.get(id);
      const o = (this.outcomes[f] = checkFact(run, { fact: id, kind: def?.kind, unit: def?.unit, windowDays: this.windowDays }));
      // (outcome.ts's hasFinding, the entries' dimensions read only when the fact has several)
      const multi = !o.quiet && o.dimensions.length > 1;
      for (let k = from; k < to; k++) {
        const p = k - from;
        const has = !o.quiet && (o.total[p]! > 0 || (multi && run[p]!.dimension !== o.main));
        this.posOf[order[k]!] = 2 * p + (has ? 1 : 0);
      }
    }
  }
}
