// A one-pass check of many articles, for `claimmark check`: each article is read, its own
// findings made at once, and the article dropped but for what conflicts, suppressions and
// fingerprints need. A Workspace keeps every article whole for the editor's features; a
// check that keeps a tenth of that leaves the garbage collector far less to copy.
// Its diagnostics are the Workspace's, item for item, but for the fix data of untagged figures
// (tests/core/workspace/batch.test.ts).
import type { Finding, RelatedFinding } from '../diagnostics/finding';
import type { SuppressionScope } from '../diagnostics/suppress';
import { emptyRegistry, type Registry } from '../registry/types';
import type { AnalysisOptions, Diagnostic } from './types';
import { buildArticle } from '../model/build';
import { readRegistry } from '../registry/read';
import { BatchConflicts } from '../conflicts/batchIndex';
import { numberIn, SharedIds } from '../base/interner';
import { isValidId } from '../syntax/ids';
import { checkedClaims, type CheckedClaim } from '../conflicts/checked';
import { findUntaggedFigures } from '../untagged/check';
import { notComparedFindings, undatedOf, type Undated } from '../conflicts/undated';
import { articleRefs } from './refs';
import { finalize, hasUnknownId, severitiesOf, unknownIdFindings } from './diagnose';
import type { Severities } from '../diagnostics/severity';

/**
 * What is kept of one article once it has been read: plain data (JSON-serialisable but for
 * the +/-Infinity of open figure intervals), so the CLI can cache it by the article's text.
 */
export interface KeptArticle {
  /** Its markup, front matter and claim findings, then its untagged figures. */
  own: Finding[];
  unknownIds: Finding[];
  /** Its claims with no date, for the not-compared finding (undefined: none). */
  undated: Undated | undefined;
  claims: CheckedClaim[];
  suppression: SuppressionScope;
  /**
   * A check without claim spans keeps no claims (`claims` empty: its conflict index's entries
   * stand for them), only the facts of its dated claims, one per dated claim (countDated).
   */
  datedFacts?: string[];
}

/**
 * The findings of an article that read other articles: its conflicts and its not-compared
 * finding. They change only when some article's claims change (the CLI's --cache keeps them,
 * so that an article edited without touching its claims is checked again alone).
 */
export interface CrossFindings {
  conflicts: Finding[];
  notCompared: Finding[];
}

/** Articles without suppression comments (most) share this. */
const NO_SUPPRESSIONS: SuppressionScope = Object.freeze({ suppressions: [], lines: [] });

/** The claims of a kept article once its conflict index's entries stand for them (BatchCheck.lean). */
const NO_CLAIMS: CheckedClaim[] = Object.freeze([]) as unknown as CheckedClaim[];

/** The one-pass check: add each article once, then ask for every file's diagnostics. */
export class BatchCheck {
  private readonly reg: Registry;
  private readonly regUri: string | undefined;
  private readonly checker: BatchConflicts;
  /** The kept claims' facts and actors, one object per id, numbered by the id table the conflict index reads too. */
  private readonly ids = new SharedIds();
  /** Per id number: 0 not yet asked, 1 a known (or malformed) fact, 2 an unknown fact (anyUnknownFact). */
  private factState = new Uint8Array(1024);
  private readonly kept = new Map<string, KeptArticle>();
  /**
   * Per fact, its dated claims in the articles kept (what DatedFacts answers, without its Set
   * per article: a replaced article's claims are still at hand in `kept` to be taken off).
   * Counted on the first question (only an article with undated claims asks), then kept up to date.
   */
  private dated: Map<string, number> | undefined;

  /**
   * `options` apply to every article (the CLI's --severity); the registry comes first, as untagged
   * and unknown ids need it. `claimSpans: false`: for a check that neither caches nor fingerprints
   * claims: addArticle keeps none (the conflict index's entries stand for them).
   */
  constructor(
    registry: { uri: string; text: string; read?: Registry } | undefined,
    private readonly options?: AnalysisOptions,
    settings?: { claimSpans?: boolean },
  ) {
    // `read`: the registry as an earlier check read this very text (the CLI's --cache)
    this.reg = registry ? (registry.read ?? readRegistry(registry.text, registry.uri)) : emptyRegistry();
    this.regUri = registry?.uri;
    this.lean = settings?.claimSpans === false;
    this.checker = new BatchConflicts(this.reg, this.ids.interner, this.lean);
    this.severities = severitiesOf(this.reg, options);
  }

  /** Each code's severity with this check's registry and options, resolved once. */
  private readonly severities: Severities;

  /** Without claim spans, nothing reads a kept claim but the conflict index: its entries stand for the claims. */
  private readonly lean: boolean;

  /** Reads an article (again, if `uri` was added before: the new text replaces it). */
  addArticle(uri: string, text: string): void {
    this.restore(uri, this.keep(uri, text));
    if (!this.lean) return;
    const kept = this.kept.get(uri)!;
    // the index has its entries: of the claims, the dated ones' facts are all that is read again
    const datedFacts: string[] = [];
    for (const c of kept.claims) if (c.asof) datedFacts.push(c.fact.id);
    kept.datedFacts = datedFacts;
    kept.claims = NO_CLAIMS;
  }

  /** What the check keeps of an article's text (without adding it: restore adds it; without claim spans, through addArticle only). */
  keep(uri: string, text: string): KeptArticle {
    const article = buildArticle(uri, text, 0);
    // (lean: the conflict index copies what it reads of each claim into its entry, and addArticle
    // drops the claims, so the article's own claims go in as they are: no second object per claim)
    const claims: CheckedClaim[] = this.lean ? article.claims : checkedClaims(article, true, this.ids);
    const suppressions = article.syntax.suppressions;
    return {
      // no quick fixes follow a check: its untagged figures carry no fix data
      own: [...article.findings, ...findUntaggedFigures(article, this.reg.rules, { vagueQuantities: this.options?.vagueQuantities, fixData: false })],
      unknownIds: this.anyUnknownFact(claims) || hasUnknownId(article, this.reg, true) ? unknownIdFindings(articleRefs(article), this.reg) : [],
      undated: undatedOf(article),
      claims,
      suppression: suppressions.length === 0 ? NO_SUPPRESSIONS : { suppressions, lines: article.syntax.lines },
      // (a field set after a literal goes to an array of its own: one per article kept)
      datedFacts: undefined,
    };
  }

  /** Adds an article from what an earlier check kept of the same text with the same registry and options (the CLI's --cache). */
  restore(uri: string, kept: KeptArticle): void {
    const suppression = kept.suppression.suppressions.length === 0 ? NO_SUPPRESSIONS : kept.suppression;
    const old = this.kept.get(uri);
    if (old && this.dated) countDated(this.dated, old, -1);
    this.kept.set(uri, suppression === kept.suppression ? kept : { ...kept, suppression });
    this.checker.setArticle(uri, kept.claims);
    if (this.dated) countDated(this.dated, kept, 1);
  }

  /**
   * True when some claim's fact is well-formed and not in the registry: each fact number is
   * looked up in the registry once per check (a look-up per claim in its table of 25,000 facts
   * missed the processor's caches at 100,000 articles).
   */
  private anyUnknownFact(claims: readonly CheckedClaim[]): boolean {
    if (!this.reg.present) return false;
    for (const c of claims) {
      const no = numberIn(this.ids.interner, c.fact);
      if (no >= this.factState.length) {
        const grown = new Uint8Array(Math.max(no + 1, 2 * this.factState.length));
        grown.set(this.factState);
        this.factState = grown;
      }
      let state = this.factState[no]!;
      if (state === 0) this.factState[no] = state = !this.reg.facts.has(c.fact.id) && isValidId(c.fact.id) ? 2 : 1;
      if (state === 2) return true;
    }
    return false;
  }

  /** True when some kept article has a dated claim of `fact`. */
  private isDated(fact: string): boolean {
    if (!this.dated) {
      this.dated = new Map();
      for (const kept of this.kept.values()) countDated(this.dated, kept, 1);
    }
    return this.dated.has(fact);
  }

  /** The registry as read (for the CLI's --cache). */
  get registry(): Registry {
    return this.reg;
  }

  /** What is kept of an article (for the CLI's --cache), undefined when it was not added. */
  keptOf(uri: string): KeptArticle | undefined {
    return this.kept.get(uri);
  }

  /** The diagnostics of an article or of the registry, as Workspace.diagnostics gives them with this check's options (untagged figures without fix data). */
  diagnostics(uri: string): Diagnostic[] {
    const kept = this.kept.get(uri);
    if (!kept) return uri === this.regUri ? finalize(this.reg.findings, undefined, this.reg, this.options) : [];
    return this.diagnosticsWith(uri, this.crossOf(uri)!);
  }

  /** The findings of an added article that read other articles (undefined when it was not added). */
  crossOf(uri: string): CrossFindings | undefined {
    const kept = this.kept.get(uri);
    if (!kept) return undefined;
    return { conflicts: this.checker.findings(uri), notCompared: notComparedFindings(kept.undated, (f) => this.isDated(f)) };
  }

  /**
   * The diagnostics of an added article with `cross` as its conflicts and not-compared finding
   * (those crossOf gave, maybe in an earlier run over the same claims: the CLI's --cache).
   */
  diagnosticsWith(uri: string, cross: CrossFindings): Diagnostic[] {
    const kept = this.kept.get(uri);
    if (!kept) return [];
    // Workspace.computeDiagnostics's order: equal spans and codes stay in it after sorting
    const findings = [...kept.own, ...cross.conflicts, ...kept.unknownIds, ...cross.notCompared];
    return finalize(findings, kept.suppression, this.reg, this.options, this.severities);
  }

  /** The related places of every conflict, made ahead of the diagnostics that list them, article by article (BatchConflicts.eachPlace). */
  eachPlace(article: (uri: string) => void, place: (r: RelatedFinding) => void): void {
    this.checker.eachPlace(article, place);
  }

  /** The claims of an article (their spans, fact and figure: what fingerprints key on; no spans without claimSpans). */
  claimsOf(uri: string): readonly CheckedClaim[] | undefined {
    return this.kept.get(uri)?.claims;
  }
}

/** Adds `delta` to the count of each dated claim's fact of `kept` in `dated` (a count of 0 is no entry). */
function countDated(dated: Map<string, number>, kept: KeptArticle, delta: number): void {
  if (kept.datedFacts) {
    for (const fact of kept.datedFacts) countFact(dated, fact, delta);
    return;
  }
  for (const c of kept.claims) if (c.asof) countFact(dated, c.fact.id, delta);
}

function countFact(dated: Map<string, number>, fact: string, delta: number): void {
  const n = (dated.get(fact) ?? 0) + delta;
  if (n > 0) dated.set(fact, n);
  else dated.delete(fact);
}
