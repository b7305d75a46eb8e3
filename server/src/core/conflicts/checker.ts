// The workspace-wide conflict checker: indexes claims by fact, re-checks only the facts an
// edit touches (lazily, on the next query), and reports which articles' findings changed.
// Semantics and complexity: docs/conflicts.md.
import type { Finding } from '../diagnostics/finding';
import type { Article, Claim } from '../model/article';
import { DEFAULT_RULES, type Registry } from '../registry/types';
import type { ClaimRef } from '../model/article';
import { entriesOf, type ClaimEntry, type EntryMove, type MovedEntries } from './entry';
import { checkFact } from './fact-check';
import { factFindings, findingsDiffer, sameFindings, sortFindings } from './findings';
import { rangeOf, urisWithFindings, type FactOutcome } from './outcome';
import { partsFindings, type PartsResult } from './parts';
import { byDateThenPlace } from './messages';
import { exactList } from './checked';

/** One article as indexed: its entries and the facts it reports. */
interface ArticleRecord {
  article: Article;
  entries: ClaimEntry[];
  /**
   * The first entry of each fact it reports, in order (a list, not a Map: a Map per article
   * was a tenth of a 100,000-article check's memory; index() tells a first entry by the
   * article's key missing from the end of its fact's list).
   */
  firsts: ClaimEntry[];
  /** The index entry of each first's fact, in the same order: findings() reads their outcomes without a look-up per fact. */
  facts: PerArticle[];
  /**
   * The article's key in the per-fact maps: a small integer hashes without reading a string
   * (a URI key was a twelfth of a 100,000-article check, most of it memory reads).
   */
  key: number;
}

/**
 * One fact's entries by article, as parallel lists: an article's key (ArticleRecord.key) and
 * its entry, or its entries when it reports the fact more than once. Articles are appended as
 * they are indexed (a Map per fact cost a tenth of indexing a 10,000-article check, in lookups
 * and rehashing); taking one off finds it from the end.
 */
class PerArticle {
  readonly keys: number[] = [];
  readonly entries: (ClaimEntry | ClaimEntry[])[] = [];
  /** The checker's dirtyRound when this fact was last put in dirtyFacts (it is there still while they are equal). */
  dirtyIn = -1;

  /**
   * `unit`: the fact's unit in the registry (entriesOf reads it for every claim of the fact);
   * `outcome`: the fact's latest outcome, as the checker's `outcomes` holds it (flush sets both).
   */
  constructor(
    readonly unit: string | undefined,
    public outcome: FactOutcome | undefined,
  ) {}

  /** Takes off the article with `key`, if it is here. */
  delete(key: number): void {
    const at = this.keys.lastIndexOf(key);
    if (at < 0) return;
    this.keys.splice(at, 1);
    this.entries.splice(at, 1);
  }
}

const EMPTY_PARTS: PartsResult = { findings: [], links: new Map() };

/** True when some fact of the registry has parts (partsFindings finds nothing otherwise). */
function hasParts(registry: Registry): boolean {
  for (const def of registry.facts?.values() ?? []) if (Array.isArray(def.parts) && def.parts.length > 0) return true;
  return false;
}

/** Entries grouped by fact, in order. */
function byFactOf(entries: readonly ClaimEntry[]): Map<string, ClaimEntry[]> {
  const out = new Map<string, ClaimEntry[]>();
  for (const e of entries) {
    const list = out.get(e.fact);
    if (list) list.push(e);
    else out.set(e.fact, [e]);
  }
  return out;
}

/** True when two lists of one fact's entries agree on everything a check compares (values, dimension, dates, actor), in order. */
function sameComparisons(a: readonly ClaimEntry[], b: readonly ClaimEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.low !== y.low || x.high !== y.high || x.lowInclusive !== y.lowInclusive || x.highInclusive !== y.highInclusive) return false;
    if (x.dimension !== y.dimension || x.from !== y.from || x.to !== y.to || x.actor !== y.actor) return false;
  }
  return true;
}

/** True when the strings are sorted (articles loaded in URI order need no sort per fact). */
function inOrder(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

/** True when the numbers increase. */
function increasing(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! >= list[i]!) return false;
  return true;
}

/** True when two articles' entries have the same facts and compare the same, in order. */
function sameFactsAndNumbers(a: readonly ClaimEntry[], b: readonly ClaimEntry[]): boolean {
  if (!sameComparisons(a, b)) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.fact !== b[i]!.fact) return false;
  return true;
}

/**
 * Conflicting figures across a workspace. Every mutation only marks facts (and articles, for
 * parts) dirty; any query first re-checks what is dirty, so loading many articles costs one
 * check per fact. A check keeps a compact outcome per fact; findings and hover lists are
 * built from it when asked. Never throws on well-typed input.
 *
 * Contract: of an Article the checker reads only `uri` and `claims`, and of each claim only
 * `span`, `textSpan`, `text`, `fact`, `actor`, `asof` and `reading` (tests/core/conflicts/
 * equivalence.test.ts feeds it articles built from those fields only).
 */
export class ConflictChecker {
  private registry: Registry;
  private readonly articles = new Map<string, ArticleRecord>();
  /** Per fact, per article: its entry, or its entries when it reports the fact more than once. */
  private readonly byFact = new Map<string, PerArticle>();
  /** The key the next new URI gets (ArticleRecord.key); a replaced article keeps its key. */
  private nextKey = 0;
  /**
   * True while every new URI came after the one before (a check reads files in URI order): a
   * fact's articles are then in URI order exactly when their keys increase, which is told
   * without comparing URIs.
   */
  private keysInUriOrder = true;
  private lastNewUri: string | undefined;
  private readonly outcomes = new Map<string, FactOutcome>();
  private readonly parts = new Map<string, PartsResult>();
  private readonly dirtyFacts = new Set<string>();
  /** Moves on whenever a fact leaves dirtyFacts: indexing adds a fact once per round, not once per article (a set look-up each). */
  private dirtyRound = 0;
  private readonly dirtyParts = new Set<string>();
  private readonly changed = new Set<string>();
  /** False when no fact of the registry has parts: no article has a parts finding. */
  private anyParts: boolean;

  /**
   * `trackChanges: false` (a one-pass check, which never asks takeChangedUris) skips working
   * out which articles' findings changed.
   */
  constructor(registry: Registry, private readonly options: { trackChanges?: boolean } = {}) {
    this.registry = registry;
    this.anyParts = hasParts(registry);
  }

  /** Replaces the registry (kinds, units, parts, tolerance, window): everything is re-checked. */
  setRegistry(registry: Registry): void {
    this.registry = registry;
    this.anyParts = hasParts(registry);
    for (const fact of this.byFact.keys()) this.dirtyFacts.add(fact);
    this.byFact.clear();
    for (const rec of this.articles.values()) this.index(rec.article, undefined, undefined, rec.key);
  }

  /**
   * Adds or replaces an article; the facts it reported before and reports now are re-checked,
   * except facts with no finding anywhere whose claims here compare exactly as before (an edit
   * elsewhere in the article only moved them): their check would find nothing again. The
   * same holds for the article's parts check.
   */
  setArticle(article: Article): void {
    const old = this.articles.get(article.uri);
    if (!old) {
      if (this.lastNewUri !== undefined && article.uri <= this.lastNewUri) this.keysInUriOrder = false;
      this.lastNewUri = article.uri;
      return this.index(article, undefined);
    }
    const wasDirty = new Set<string>();
    for (const { fact } of old.firsts) if (this.dirtyFacts.has(fact)) wasDirty.add(fact);
    const partsQuiet = !this.dirtyParts.has(article.uri) && !this.parts.has(article.uri);
    // entries of facts with no finding move as they are (see entriesOf): an edit elsewhere in a
    // long article then makes no new entries, and their facts are known unchanged without comparing
    const moved: MovedEntries = { moved: new Uint8Array(old.entries.length), inOrder: true, freshFacts: new Set() };
    const quiet = (fact: string) => this.outcomes.get(fact)?.quiet !== false;
    this.unindex(article.uri);
    this.index(article, old.entries, { may: quiet, out: moved }, old.key);
    const rec = this.articles.get(article.uri)!;
    this.keepQuietFacts(old, rec, wasDirty, moved);
    // Parts findings depend on the facts and numbers of the entries in order: none before, none again.
    if (partsQuiet && sameFactsAndNumbers(old.entries, rec.entries)) this.dirtyParts.delete(article.uri);
  }

  /** Forgets an article; the facts it reported are re-checked. */
  removeArticle(uri: string): void {
    this.unindex(uri);
    this.articles.delete(uri);
  }

  /** The conflict findings located in one article, by position. */
  findings(uri: string): Finding[] {
    this.flush();
    const rec = this.articles.get(uri);
    if (!rec) return [];
    const out: Finding[] = [...(this.parts.get(uri)?.findings ?? [])];
    for (let i = 0; i < rec.firsts.length; i++) {
      const first = rec.firsts[i]!;
      factFindings(rec.facts[i]!.outcome, first.fact, uri, out, first);
    }
    return sortFindings(out);
  }

  /** Articles whose conflict findings changed since the last call (drained on read). */
  takeChangedUris(): Set<string> {
    this.flush();
    const out = new Set(this.changed);
    this.changed.clear();
    return out;
  }

  /** The claims a claim conflicts with (other figures, its own actor's, and parts of a group), by date. */
  conflictsOf(uri: string, claim: Claim): ClaimRef[] {
    this.flush();
    const rec = this.articles.get(uri);
    const entry = rec?.entries.find((e) => e.claim === claim) ?? rec?.entries.find((e) => e.claim.span.start === claim.span?.start && e.fact === claim.fact?.id);
    if (!entry) return [];
    const others = new Set<ClaimEntry>();
    const o = this.outcomes.get(entry.fact);
    if (o && !o.quiet) {
      const [start, end] = rangeOf(o, uri);
      for (let p = start; p < end; p++) {
        if (o.entries[p] !== entry) continue;
        for (let k = o.at[2 * p]!; k < o.at[2 * p + 2]!; k++) others.add(o.entries[o.codes[k]! >> 1]!);
      }
    }
    for (const e of this.parts.get(uri)?.links.get(entry) ?? []) others.add(e);
    return [...others].sort(byDateThenPlace).map((e) => ({ uri: e.uri, article: e.article, claim: e.claim }));
  }

  private index(article: Article, previous: readonly ClaimEntry[] | undefined, move?: EntryMove, key = this.nextKey++): void {
    const entries = entriesOf(article, this.registry, previous, move, this.factUnit);
    const firsts: ClaimEntry[] = [];
    const facts: PerArticle[] = [];
    const rec: ArticleRecord = { article, entries, firsts, facts, key };
    for (const e of entries) {
      let perUri = this.byFact.get(e.fact);
      if (!perUri) this.byFact.set(e.fact, (perUri = new PerArticle(this.registry.facts.get(e.fact)?.unit, this.outcomes.get(e.fact))));
      // the article's first entry of a fact: none of its entries is indexed under it yet (a
      // replaced article was unindexed), and its later ones follow the first at the list's end
      const last = perUri.keys.length - 1;
      if (last < 0 || perUri.keys[last] !== key) {
        firsts.push(e);
        facts.push(perUri);
        perUri.keys.push(key);
        perUri.entries.push(e);
        if (perUri.dirtyIn !== this.dirtyRound) {
          perUri.dirtyIn = this.dirtyRound;
          this.dirtyFacts.add(e.fact);
        }
        continue;
      }
      // its later entries of the fact: the last article the fact lists is this one (appended above)
      const there = perUri.entries[last]!;
      if (Array.isArray(there)) there.push(e);
      else perUri.entries[last] = [there, e];
    }
    // most articles report each fact once: their firsts are their entries (one list kept, not two)
    rec.firsts = firsts.length === entries.length ? entries : exactList(firsts);
    rec.facts = exactList(facts);
    this.articles.set(article.uri, rec);
    this.dirtyParts.add(article.uri);
  }

  /**
   * A fact's unit from its index entry when it has one: index() looks the fact up there next
   * for the same claim, a look-up then in the processor's cache, where the registry's was
   * another table (most of indexing a 100,000-article check is such look-ups missing the cache).
   */
  private readonly factUnit = (fact: string): string | undefined => {
    const perUri = this.byFact.get(fact);
    return perUri ? perUri.unit : this.registry.facts.get(fact)?.unit;
  };

  private unindex(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    for (const { fact } of old.firsts) {
      const perUri = this.byFact.get(fact);
      perUri?.delete(old.key);
      if (perUri && perUri.keys.length === 0) this.byFact.delete(fact);
      this.dirtyFacts.add(fact);
    }
    this.dirtyParts.add(uri);
  }

  /**
   * Un-dirties the facts of `rec` that have no finding and compare as they did in `old`. A
   * fact whose entries all moved, in order (see MovedEntries), has the very same entries;
   * the others' entries are compared.
   */
  private keepQuietFacts(old: ArticleRecord, rec: ArticleRecord, wasDirty: Set<string>, moved: MovedEntries): void {
    let changed: Set<string> | undefined;
    if (moved.inOrder) {
      changed = moved.freshFacts;
      old.entries.forEach((e, i) => { if (moved.moved[i] === 0) changed!.add(e.fact); });
    }
    const compared = (entries: ClaimEntry[]) => (changed ? entries.filter((e) => changed!.has(e.fact)) : entries);
    const before = byFactOf(compared(old.entries));
    const after = byFactOf(compared(rec.entries));
    for (const { fact } of rec.firsts) {
      const result = this.outcomes.get(fact);
      if (wasDirty.has(fact) || !result || !result.quiet) continue;
      const previous = before.get(fact);
      const list = after.get(fact);
      if (!list || (previous && sameComparisons(previous, list))) {
        this.dirtyFacts.delete(fact);
        this.dirtyRound++;
      }
    }
  }

  /** Re-checks dirty facts and articles, noting every article whose findings changed. */
  private flush(): void {
    if (this.dirtyFacts.size > 0) {
      const rules = this.registry.rules ?? DEFAULT_RULES;
      for (const fact of this.dirtyFacts) {
        const old = this.outcomes.get(fact);
        const perUri = this.byFact.get(fact);
        const next = perUri ? this.checkOne(fact, perUri, rules.windowDays) : undefined;
        if (next) this.outcomes.set(fact, next);
        else this.outcomes.delete(fact);
        if (perUri) perUri.outcome = next;
        if (this.options.trackChanges !== false) this.noteChanges(fact, old, next);
      }
      this.dirtyFacts.clear();
      this.dirtyRound++;
    }
    for (const uri of this.dirtyParts) {
      const rec = this.articles.get(uri);
      const next = rec && this.anyParts ? partsFindings(rec.entries, this.registry) : EMPTY_PARTS;
      if (this.options.trackChanges !== false && !sameFindings(this.parts.get(uri)?.findings, next.findings)) this.changed.add(uri);
      if (rec && next.findings.length > 0) this.parts.set(uri, next);
      else this.parts.delete(uri);
    }
    this.dirtyParts.clear();
  }

  /** Adds to `changed` the articles whose findings for `fact` differ between two outcomes. */
  private noteChanges(fact: string, old: FactOutcome | undefined, next: FactOutcome | undefined): void {
    if ((!old || old.quiet) && (!next || next.quiet)) return;
    const uris = new Set<string>();
    urisWithFindings(old, uris);
    urisWithFindings(next, uris);
    for (const uri of uris) if (!this.changed.has(uri) && findingsDiffer(old, next, fact, uri)) this.changed.add(uri);
  }

  private checkOne(fact: string, perUri: PerArticle, windowDays: number): FactOutcome {
    // A canonical order (by URI) makes an incremental check give exactly what a full one gives.
    const lists = perUri.entries.slice();
    const uriOf = (one: ClaimEntry | ClaimEntry[]) => (Array.isArray(one) ? one[0]!.uri : one.uri);
    const ordered = this.keysInUriOrder ? increasing(perUri.keys) : inOrder(lists.map(uriOf));
    if (!ordered) lists.sort((a, b) => (uriOf(a) < uriOf(b) ? -1 : uriOf(a) > uriOf(b) ? 1 : 0));
    const entries: ClaimEntry[] = [];
    for (const one of lists) {
      if (Array.isArray(one)) for (const e of one) entries.push(e);
      else entries.push(one);
    }
    for (let i = 0; i < entries.length; i++) entries[i]!.pos = i;
    const def = this.registry.facts.get(fact);
    return checkFact(entries, { fact, kind: def?.kind, unit: def?.unit, windowDays });
  }
}
