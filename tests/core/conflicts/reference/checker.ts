// REFERENCE: a frozen copy of server/src/core/conflicts/checker.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// The workspace-wide conflict checker: indexes claims by fact, re-checks only the facts an
// edit touches (lazily, on the next query), and reports which articles' findings changed.
// Semantics and complexity: docs/conflicts.md.
import type { Finding, RelatedFinding } from '../../../../server/src/core/diagnostics/finding';
import type { Article, Claim } from '../../../../server/src/core/model/article';
import { DEFAULT_RULES, type Registry } from '../../../../server/src/core/registry/types';
import type { ClaimRef } from '../../../../server/src/core/workspace/types';
import { entriesOf, type ClaimEntry } from './entry';
import { checkFact, type FactResult } from './fact-check';
import { partsFindings, type PartsResult } from './parts';
import { byDateThenPlace } from './messages';

/** One article as indexed: its entries and the facts it reports. */
interface ArticleRecord {
  article: Article;
  entries: ClaimEntry[];
  facts: Set<string>;
}

const EMPTY_PARTS: PartsResult = { findings: [], links: new Map() };

function sortFindings(list: Finding[]): Finding[] {
  return list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function sameRelated(a: RelatedFinding[] | undefined, b: RelatedFinding[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.uri !== y.uri || x.span.start !== y.span.start || x.span.end !== y.span.end || x.message !== y.message) return false;
  }
  return true;
}

/** Field-by-field equality (cheaper than serialising thousands of related entries). */
function sameFindings(a: Finding[] | undefined, b: Finding[] | undefined): boolean {
  const xs = a ?? [];
  const ys = b ?? [];
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x.code !== y.code || x.span.start !== y.span.start || x.span.end !== y.span.end || x.message !== y.message) return false;
    if (!sameRelated(x.related, y.related) || JSON.stringify(x.data) !== JSON.stringify(y.data)) return false;
  }
  return true;
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

/**
 * Conflicting figures across a workspace. Every mutation only marks facts (and articles, for
 * parts) dirty; any query first re-checks what is dirty, so loading many articles costs one
 * check per fact. Never throws on well-typed input.
 */
export class ConflictChecker {
  private registry: Registry;
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly byFact = new Map<string, Map<string, ClaimEntry[]>>();
  private readonly factResults = new Map<string, FactResult>();
  private readonly parts = new Map<string, PartsResult>();
  private readonly dirtyFacts = new Set<string>();
  private readonly dirtyParts = new Set<string>();
  private readonly changed = new Set<string>();

  constructor(registry: Registry) {
    this.registry = registry;
  }

  /** Replaces the registry (kinds, units, parts, tolerance, window): everything is re-checked. */
  setRegistry(registry: Registry): void {
    this.registry = registry;
    for (const fact of this.byFact.keys()) this.dirtyFacts.add(fact);
    this.byFact.clear();
    for (const rec of this.articles.values()) this.index(rec.article);
  }

  /**
   * Adds or replaces an article; the facts it reported before and reports now are re-checked,
   * except facts with no finding anywhere whose claims here compare exactly as before (an edit
   * elsewhere in the article only moved them): their check would find nothing again.
   */
  setArticle(article: Article): void {
    const old = this.articles.get(article.uri);
    const wasDirty = new Set(old ? [...old.facts].filter((f) => this.dirtyFacts.has(f)) : []);
    this.unindex(article.uri);
    this.index(article);
    if (old) this.keepQuietFacts(old, this.articles.get(article.uri)!, wasDirty);
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
    for (const fact of rec.facts) out.push(...(this.factResults.get(fact)?.findings.get(uri) ?? []));
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
    const links = this.factResults.get(entry.fact)?.links.get(entry);
    const others = new Set<ClaimEntry>([...(links?.others ?? []), ...(links?.self ?? [])].map((p) => p.entry));
    for (const e of this.parts.get(uri)?.links.get(entry) ?? []) others.add(e);
    return [...others].sort(byDateThenPlace).map((e) => ({ uri: e.uri, article: e.article, claim: e.claim }));
  }

  private index(article: Article): void {
    const entries = entriesOf(article, this.registry);
    const rec: ArticleRecord = { article, entries, facts: new Set() };
    for (const e of entries) {
      rec.facts.add(e.fact);
      let perUri = this.byFact.get(e.fact);
      if (!perUri) this.byFact.set(e.fact, (perUri = new Map()));
      const list = perUri.get(article.uri);
      if (list) list.push(e);
      else perUri.set(article.uri, [e]);
      this.dirtyFacts.add(e.fact);
    }
    this.articles.set(article.uri, rec);
    this.dirtyParts.add(article.uri);
  }

  private unindex(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    for (const fact of old.facts) {
      const perUri = this.byFact.get(fact);
      perUri?.delete(uri);
      if (perUri && perUri.size === 0) this.byFact.delete(fact);
      this.dirtyFacts.add(fact);
    }
    this.dirtyParts.add(uri);
  }

  private keepQuietFacts(old: ArticleRecord, rec: ArticleRecord, wasDirty: Set<string>): void {
    const before = byFactOf(old.entries);
    for (const [fact, list] of byFactOf(rec.entries)) {
      const result = this.factResults.get(fact);
      if (wasDirty.has(fact) || !result || result.findings.size > 0 || result.links.size > 0) continue;
      const previous = before.get(fact);
      if (previous && sameComparisons(previous, list)) this.dirtyFacts.delete(fact);
    }
  }

  /** Re-checks dirty facts and articles, noting every article whose findings changed. */
  private flush(): void {
    if (this.dirtyFacts.size > 0) {
      const rules = this.registry.rules ?? DEFAULT_RULES;
      for (const fact of this.dirtyFacts) {
        const old = this.factResults.get(fact);
        const perUri = this.byFact.get(fact);
        const next = perUri ? this.checkOne(fact, perUri, rules.windowDays) : undefined;
        if (next) this.factResults.set(fact, next);
        else this.factResults.delete(fact);
        const uris = new Set([...(old?.findings.keys() ?? []), ...(next?.findings.keys() ?? [])]);
        for (const uri of uris) if (!sameFindings(old?.findings.get(uri), next?.findings.get(uri))) this.changed.add(uri);
      }
      this.dirtyFacts.clear();
    }
    for (const uri of this.dirtyParts) {
      const rec = this.articles.get(uri);
      const next = rec ? partsFindings(rec.entries, this.registry) : EMPTY_PARTS;
      if (!sameFindings(this.parts.get(uri)?.findings, next.findings)) this.changed.add(uri);
      if (rec && next.findings.length > 0) this.parts.set(uri, next);
      else this.parts.delete(uri);
    }
    this.dirtyParts.clear();
  }

  private checkOne(fact: string, perUri: Map<string, ClaimEntry[]>, windowDays: number): FactResult {
    // A canonical order (by URI) makes an incremental check give exactly what a full one gives.
    const entries = perUri.size === 1 ? [...perUri.values()][0]! : [...perUri.keys()].sort().flatMap((u) => perUri.get(u)!);
    const def = this.registry.facts.get(fact);
    const result = checkFact(entries, { fact, kind: def?.kind, unit: def?.unit, windowDays });
    for (const list of result.findings.values()) sortFindings(list);
    return result;
  }
}
