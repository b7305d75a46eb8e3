// The workspace model: every article and the registry, updated one file at a time, with
// incremental indexes (claims by actor/fact/source, id references) and memoised diagnostics.
// Articles released by the caller (not open in an editor) keep no markup-span trees between uses.
import type { Finding } from '../diagnostics/finding';
import type { Article, Claim } from '../model/article';
import { emptyRegistry, type Registry } from '../registry/types';
import type { AnalysisOptions, ClaimRef, Diagnostic, IdKind, Location, SymbolAt, WorkspaceModel } from './types';
import { buildArticle } from '../model/build';
import { composeEdits, updateWithEdit, type ArticleEdit } from '../model/update';
import { readRegistry } from '../registry/read';
import { ConflictChecker } from '../conflicts/checker';
import { DatedFacts, notComparedFindings, undatedOf } from '../conflicts/undated';
import { findUntaggedFigures } from '../untagged/check';
import { UntaggedCache } from '../untagged/cache';
import { ClaimGroups, ReferenceIndex } from './index';
import { articleRefs, definitionsOf, refAt, refsWithin, registryRefs, type WrittenRef } from './refs';
import { finalize, optionsKey, splicedFindings, unknownIdFindings } from './diagnose';
import { isReleasable, releasableSyntax, releaseSpans } from '../model/releasableSyntax';

/** One article and what is cached about it. */
interface Entry {
  article: Article;
  /** The ids the article writes (articleRefs), made on first need: editing needs none. */
  refs?: WrittenRef[];
  /** Unknown-id findings of an earlier build of the article, and the edit since it (none: this build). */
  unknownIds?: { regVersion: number; findings: Finding[]; edit?: ArticleEdit };
  /** Unique per build of the article. */
  stamp: number;
  /** Bumped whenever the conflict checker says this article's findings changed. */
  conflictStamp: number;
  untagged?: { key: string; findings: Finding[] };
  /** Untagged figures per line, kept across edits of the document (made on its first edit: indexing needs none). */
  untaggedLines?: UntaggedCache;
  memo?: { key: string; diagnostics: Diagnostic[] };
  /** Its markup-span trees are dropped after each use (releaseSyntax: a document not open in an editor). */
  releasable?: boolean;
}

/** The ids an entry's article writes, made on first need. */
function refsOf(entry: Entry): WrittenRef[] {
  return (entry.refs ??= articleRefs(entry.article));
}

/** The workspace model (see WorkspaceModel in types.ts). */
export class Workspace implements WorkspaceModel {
  private readonly entries = new Map<string, Entry>();
  private reg: Registry = emptyRegistry();
  private regText: string | undefined;
  private regRefs: WrittenRef[] = [];
  private regVersion = 0;
  private regMemo?: { key: string; diagnostics: Diagnostic[] };
  private stamps = 0;
  private readonly checker = new ConflictChecker(this.reg);
  private readonly changed = new Set<string>();
  private readonly byActor = new ClaimGroups((c) => c.actor?.id);
  private readonly byFact = new ClaimGroups((c) => c.fact.id);
  private readonly bySource = new ClaimGroups((c) => c.src?.id);
  private readonly refIndex = new ReferenceIndex();
  /** Facts with a dated claim (not-compared), and a stamp bumped when that set changes. */
  private readonly dated = new DatedFacts();
  private datedStamp = 0;

  get registry(): Registry {
    return this.reg;
  }

  setArticle(uri: string, text: string, version = 0): Article {
    const old = this.entries.get(uri);
    if (old && old.article.syntax.text === text) {
      old.article.version = version; // same text: nothing to re-read
      old.releasable = false; // set again: kept until released again
      return old.article;
    }
    // An open document changes a few lines at a time: re-read only those.
    let article: Article;
    let edit: ArticleEdit | undefined;
    if (old) ({ article, edit } = updateWithEdit(old.article, text, version));
    else article = buildArticle(uri, text, version);
    if (old) this.unindex(old);
    const untaggedLines = old && (old.untaggedLines ?? new UntaggedCache());
    untaggedLines?.noteEdit(old!.article, article, edit);
    const entry: Entry = { article, stamp: ++this.stamps, conflictStamp: old?.conflictStamp ?? 0, ...(untaggedLines && { untaggedLines }) };
    // unknown ids outside the edited lines stay as they were (moved), when the edit is known
    const unknownIds = old?.unknownIds;
    if (unknownIds && edit) entry.unknownIds = { ...unknownIds, edit: unknownIds.edit ? composeEdits(unknownIds.edit, edit) : edit };
    this.entries.set(uri, entry);
    this.byActor.add(article);
    this.byFact.add(article);
    this.bySource.add(article);
    this.refIndex.add(uri, () => refsOf(entry));
    this.checker.setArticle(article);
    if (this.dated.set(uri, article)) this.datedChanged();
    this.changed.add(uri);
    return article;
  }

  removeArticle(uri: string): void {
    const old = this.entries.get(uri);
    if (!old) return;
    this.unindex(old);
    this.entries.delete(uri);
    this.checker.removeArticle(uri);
    if (this.dated.set(uri, undefined)) this.datedChanged();
    this.changed.add(uri);
  }

  /**
   * Lets the article's markup-span trees go between uses (a document read from disk and not
   * open): `syntax.spans` is re-parsed from its text on the next read, and dropped again
   * once its diagnostics are computed. Until setArticle is called for it again.
   */
  releaseSyntax(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    entry.releasable = true;
    const article = entry.article;
    if (!isReleasable(article.syntax)) article.syntax = releasableSyntax(article);
    releaseSpans(article.syntax);
  }

  getArticle(uri: string): Article | undefined {
    return this.entries.get(uri)?.article;
  }

  *articles(): Iterable<Article> {
    for (const e of this.entries.values()) yield e.article;
  }

  setRegistry(uri: string | undefined, text: string | undefined): void {
    if (uri === this.reg.uri && text === this.regText) return;
    const oldUri = this.reg.uri;
    this.reg = text === undefined ? emptyRegistry() : readRegistry(text, uri);
    this.regText = text;
    this.regRefs = registryRefs(this.reg);
    this.regVersion++;
    this.checker.setRegistry(this.reg);
    if (oldUri) this.changed.add(oldUri);
    if (this.reg.uri) this.changed.add(this.reg.uri);
    for (const uri of this.entries.keys()) this.changed.add(uri);
  }

  diagnostics(uri: string, options?: AnalysisOptions): Diagnostic[] {
    this.drainConflicts();
    const entry = this.entries.get(uri);
    if (!entry) return uri === this.reg.uri ? this.registryDiagnostics(options) : [];
    const key = `${entry.stamp}|${entry.conflictStamp}|${this.datedStamp}|${this.regVersion}|${optionsKey(options)}`;
    if (entry.memo?.key !== key) entry.memo = { key, diagnostics: this.computeDiagnostics(entry, uri, options) };
    // memoised: a closed document's spans are not needed until its next change (a query that read them is over)
    if (entry.releasable) releaseSpans(entry.article.syntax);
    return entry.memo.diagnostics;
  }

  takeChangedUris(): Set<string> {
    this.drainConflicts();
    const out = new Set(this.changed);
    this.changed.clear();
    return out;
  }

  claimsByActor(): Map<string, ClaimRef[]> {
    return this.byActor.read();
  }

  claimsByFact(): Map<string, ClaimRef[]> {
    return this.byFact.read();
  }

  claimsBySource(): Map<string, ClaimRef[]> {
    return this.bySource.read();
  }

  conflictsOf(uri: string, claim: Claim): ClaimRef[] {
    return this.checker.conflictsOf(uri, claim);
  }

  symbolAt(uri: string, offset: number): SymbolAt | undefined {
    const entry = this.entries.get(uri);
    const refs = entry ? refsOf(entry) : uri === this.reg.uri ? this.regRefs : undefined;
    const ref = refs && refAt(refs, offset);
    if (!ref) return undefined;
    return { kind: ref.kind, id: ref.id, span: ref.span, ...(ref.mention && { mention: ref.mention }), ...(ref.claim && { claim: ref.claim }) };
  }

  definition(kind: IdKind, id: string): Location | undefined {
    const def = definitionsOf(this.reg, kind).get(id);
    return def && this.reg.uri ? { uri: this.reg.uri, span: def.keySpan } : undefined;
  }

  references(kind: IdKind, id: string, includeDefinition: boolean): Location[] {
    const out: Location[] = [];
    const regUri = this.reg.uri;
    if (regUri) {
      for (const r of this.regRefs) {
        if (r.kind === kind && r.id === id && (includeDefinition || !r.definition)) out.push({ uri: regUri, span: r.span });
      }
    }
    return [...out, ...this.refIndex.locations(kind, id)];
  }

  private unindex(entry: Entry): void {
    this.byActor.remove(entry.article);
    this.byFact.remove(entry.article);
    this.bySource.remove(entry.article);
    this.refIndex.remove(entry.article.uri, []);
  }

  /** Every finding of an article, suppressions and severities applied. */
  private computeDiagnostics(entry: Entry, uri: string, options: AnalysisOptions | undefined): Diagnostic[] {
    const findings = [
      ...entry.article.findings,
      ...this.untagged(entry, options),
      ...this.checker.findings(uri),
      ...this.unknownIds(entry),
      ...notComparedFindings(undatedOf(entry.article), (f) => this.dated.has(f)),
    ];
    return finalize(findings, entry.article.syntax, this.reg, options);
  }

  /** Untagged figures, cached per article build, registry and vague-quantities choice. */
  private untagged(entry: Entry, options: AnalysisOptions | undefined): Finding[] {
    const vagueQuantities = options?.vagueQuantities ?? this.reg.rules.vagueQuantities;
    const key = `${entry.stamp}|${this.regVersion}|${vagueQuantities}`;
    if (entry.untagged?.key !== key) entry.untagged = { key, findings: entry.untaggedLines ? entry.untaggedLines.check(entry.article, this.reg.rules, { vagueQuantities }) : findUntaggedFigures(entry.article, this.reg.rules, { vagueQuantities }) };
    return entry.untagged.findings;
  }

  /** Unknown-id findings, re-checked only on the lines edited since they were last found. */
  private unknownIds(entry: Entry): Finding[] {
    const known = entry.unknownIds;
    let findings: Finding[];
    if (known?.regVersion !== this.regVersion) findings = unknownIdFindings(refsOf(entry), this.reg);
    else if (!known.edit) return known.findings;
    else {
      const { start, oldStop, delta } = known.edit;
      findings = splicedFindings(known.findings, known.edit, unknownIdFindings(refsWithin(entry.article, start, oldStop + delta), this.reg));
    }
    entry.unknownIds = { regVersion: this.regVersion, findings };
    return findings;
  }

  private registryDiagnostics(options: AnalysisOptions | undefined): Diagnostic[] {
    const key = `${this.regVersion}|${optionsKey(options)}`;
    if (this.regMemo?.key !== key) this.regMemo = { key, diagnostics: finalize(this.reg.findings, undefined, this.reg, options) };
    return this.regMemo.diagnostics;
  }

  /** A fact gained its first or lost its last dated claim: articles with undated claims may gain or lose not-compared. */
  private datedChanged(): void {
    this.datedStamp++;
    for (const [uri, e] of this.entries) if (e.article.claims.some((c) => !c.asof)) this.changed.add(uri);
  }

  /** Notes the articles whose conflict findings changed (the checker re-checks lazily, here). */
  private drainConflicts(): void {
    for (const uri of this.checker.takeChangedUris()) {
      const entry = this.entries.get(uri);
      if (entry) entry.conflictStamp++;
      this.changed.add(uri);
    }
  }
}
