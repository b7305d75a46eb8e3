// The contract of the workspace model (WorkspaceModel, implemented by workspace.ts): what the
// editor features, the LSP adapter and the CLI's export and report ask of it (`claimmark check`
// uses BatchCheck, batch.ts). Everything here is in offsets and ids, never positions.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Severity, SeveritySetting } from '../diagnostics/catalog';
import type { Article, Claim, ActorMention, ClaimRef } from '../model/article';
import type { IdKind, Registry } from '../registry/types';

/** A finding with its final severity (catalogue default, then claimmark.yaml rules, then user overrides). */
export interface Diagnostic extends Finding {
  severity: Severity;
}

/** A place in some document of the workspace. */
export interface Location {
  uri: string;
  span: Span;
}

export type { ClaimRef };

export type { IdKind };

/** An id under the cursor, in an article or in claimmark.yaml. */
export interface SymbolAt {
  kind: IdKind;
  id: string;
  span: Span;
  /** The actor mention or claim the id belongs to, when in an article. */
  mention?: ActorMention;
  claim?: Claim;
}

/** Per-user options the editor passes in (the CLI passes none). */
export interface AnalysisOptions {
  /** Severity overrides by code, applied after claimmark.yaml rules. */
  severity?: Partial<Record<string, SeveritySetting>>;
  /** Count vague quantities ("dozens", "hundreds of") and ages as untagged figures. */
  vagueQuantities?: boolean;
}

/** The workspace model: every article and the registry, updated one file at a time. */
export interface WorkspaceModel {
  /** Adds or replaces an article from its text; re-reads only that file. */
  setArticle(uri: string, text: string, version?: number): Article;
  removeArticle(uri: string): void;
  getArticle(uri: string): Article | undefined;
  /** Lets an article's markup-span trees go between uses (re-derived from its text when read); setArticle keeps them again. */
  releaseSyntax(uri: string): void;
  articles(): Iterable<Article>;

  /** Sets or replaces the registry (claimmark.yaml); undefined text = no registry. */
  setRegistry(uri: string | undefined, text: string | undefined): void;
  readonly registry: Registry;

  /** Every diagnostic for one document (an article or claimmark.yaml), suppressions applied. */
  diagnostics(uri: string, options?: AnalysisOptions): Diagnostic[];
  /** URIs whose diagnostics may have changed since the last call (drained on read). */
  takeChangedUris(): Set<string>;

  claimsByActor(): Map<string, ClaimRef[]>;
  claimsByFact(): Map<string, ClaimRef[]>;
  claimsBySource(): Map<string, ClaimRef[]>;
  /** Claims whose value conflicts with the given claim's, with the conflict findings that say so. */
  conflictsOf(uri: string, claim: Claim): ClaimRef[];

  /** The id under an offset in a document, if any. */
  symbolAt(uri: string, offset: number): SymbolAt | undefined;
  /** Where an id is defined (its claimmark.yaml key), if the registry defines it. */
  definition(kind: IdKind, id: string): Location | undefined;
  /** Every place an id is written: attribute values, front matter `by`, registry keys and `parts`. */
  references(kind: IdKind, id: string, includeDefinition: boolean): Location[];
}
