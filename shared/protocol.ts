// The custom messages between the Claimmark language server and the VS Code client (tree view,
// status item), one namespace per message, vscode-eslint style. Types only: both sides import it,
// so it must import nothing but vscode-languageserver-protocol.
import { CodeActionKind, NotificationType, RequestType, type Position, type Range } from 'vscode-languageserver-protocol';

/** The "tag all untagged figures in file" source action: the client's Tag All command finds it by this kind. */
export const TAG_ALL_KIND = `${CodeActionKind.Source}.claimmark.tagAll`;
/** "Annotate this article": a source action of its own kind (the client's command asks for it by kind). */
export const ANNOTATE_KIND = `${CodeActionKind.Source}.annotate.claimmark`;
/** "Add all unknown ids to claimmark.yaml": a source action of its own kind. */
export const ADD_IDS_KIND = `${CodeActionKind.Source}.claimmark.addUnknownIds`;

/** How the Claims tree groups claims. */
export type ClaimTreeGroupBy = 'actor' | 'fact' | 'conflicts';

/** Parameters of `claimmark/claimTree`. */
export interface ClaimTreeParams {
  /**
   * `actor`: actor -> fact -> claim (claims with no actor go under an actor group whose id is `''`).
   * `fact`: fact -> claim. `conflicts`: fact -> claim, only claims that conflict with another one.
   */
  groupBy: ClaimTreeGroupBy;
}

/** One claim, a leaf of the tree. */
export interface ClaimTreeClaim {
  kind: 'claim';
  /** The figure as printed in the article (the span's text). */
  figure: string;
  /** The figure as read, in words (`about 3,000 people`, `3000..4000`), when it could be read. */
  reading?: string;
  factId: string;
  /** The fact's registry label, when the registry has one. */
  factLabel?: string;
  /** The resolved actor id, if any. */
  actorId?: string;
  /** The actor's registry name, when the registry has one. */
  actorName?: string;
  /** The article the claim is in. */
  uri: string;
  /** The article's front matter title, else its file name. */
  articleTitle: string;
  /** The claim's as-of, `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`; absent when unknown. */
  asof?: string;
  /** The whole span `[figure]{...}` in the article. */
  range: Range;
  /** True when at least one other claim conflicts with this one. */
  conflict: boolean;
  /** How many other claims conflict with this one. */
  conflictCount: number;
}

/** A group: an actor or a fact, holding groups or claims. */
export interface ClaimTreeGroup {
  kind: 'actor' | 'fact';
  /** The actor or fact id (`''` for claims with no actor). */
  id: string;
  /** The registry name or label, else the id. */
  label: string;
  /** A secondary line: the actor's role, the fact's unit, ... */
  detail?: string;
  /** A fact group: the figures its claims hold (`800–3,000 people`), when any is readable. */
  values?: string;
  /** Claims below this group (all levels). */
  claimCount: number;
  /** Claims below this group that conflict with another claim. */
  conflictCount: number;
  children: ClaimTreeNode[];
}

/** A node of the Claims tree. */
export type ClaimTreeNode = ClaimTreeGroup | ClaimTreeClaim;

/** The answer to `claimmark/claimTree`. */
export interface ClaimTreeResult {
  /** Top-level groups, sorted by label. */
  nodes: ClaimTreeGroup[];
  /** Articles indexed (0 means the workspace has no `*.claims.txt`: the view shows its welcome). */
  articleCount: number;
}

/** Sent by the client: the Claims tree, grouped as asked. */
export namespace ClaimTreeRequest {
  export const method = 'claimmark/claimTree' as const;
  export const type = new RequestType<ClaimTreeParams, ClaimTreeResult, void>(method);
}

/** Parameters of `claimmark/claimsChanged`. */
export interface ClaimsChangedParams {
  /** The articles whose claims changed, when known (the client refreshes the whole tree anyway). */
  uris?: string[];
}

/** Sent by the server when any claim, conflict or registry label may have changed (debounced). */
export namespace ClaimsChangedNotification {
  export const method = 'claimmark/claimsChanged' as const;
  export const type = new NotificationType<ClaimsChangedParams>(method);
}

/** What the server is doing (its phase; `ServerState` in lsp/state.ts is the server's data). */
export type ServerPhase = 'starting' | 'indexing' | 'ready' | 'error';

/** Parameters of `claimmark/status`. */
export interface StatusParams {
  state: ServerPhase;
  /** Articles indexed. */
  articles: number;
  /** Claims indexed, across all articles. */
  claims: number;
  /** When the workspace was last checked (ISO 8601 date-time), if ever. */
  lastCheck?: string;
  /** A short human-readable detail (an error message, a settings problem). */
  message?: string;
}

/** Sent by the server whenever its state or counts change (after indexing, after each check). */
export namespace StatusNotification {
  export const method = 'claimmark/status' as const;
  export const type = new NotificationType<StatusParams>(method);
}

/** Parameters of `claimmark/markChoices`: a selection of an article, and what to mark it as. */
export interface MarkChoicesParams {
  textDocument: { uri: string };
  range: Range;
  kind: 'actor' | 'fact';
}

/** One id offered for a selection. */
export interface MarkChoice {
  id: string;
  /** The registry name or label, or where the id is used. */
  detail?: string;
  /** True for ids that fit the selected text (listed first). */
  fits?: boolean;
}

/** The answer to `claimmark/markChoices`: why the selection cannot be marked, or the ids (with a new id made from the text). */
export type MarkChoicesResult = { ok: false; reason: string } | { ok: true; text: string; candidates: MarkChoice[]; newId: string };

/** Sent by the client ("Mark Selection as Actor…/Claim…"): the ids a selection could be marked with. */
export namespace MarkChoicesRequest {
  export const method = 'claimmark/markChoices' as const;
  export const type = new RequestType<MarkChoicesParams, MarkChoicesResult, void>(method);
}

/** The answer to `claimmark/registryFromWorkspace`: the text of a new claimmark.yaml. */
export interface RegistryFromWorkspaceResult {
  text: string;
}

/** Sent by the client ("Open Registry" → "Create claimmark.yaml"): a registry made from the ids the workspace uses. */
export namespace RegistryFromWorkspaceRequest {
  export const method = 'claimmark/registryFromWorkspace' as const;
  export const type = new RequestType<Record<string, never> | null, RegistryFromWorkspaceResult, void>(method);
}

/** Parameters of `claimmark/actorOrFactAt`: a place in an article or in claimmark.yaml. */
export interface ActorOrFactAtParams {
  textDocument: { uri: string };
  position: Position;
}

/** An actor or a fact, by id. */
export interface ActorOrFact {
  kind: 'actor' | 'fact';
  id: string;
}

/**
 * Sent by the client ("Show Claims of Actor or Fact Under Cursor"): the actor or fact at a place
 * (the id under the cursor, else the role of the span around it; in claimmark.yaml, the entry
 * the cursor is in), or null. The server answers from its parse: the client never reads markup.
 */
export namespace ActorOrFactAtRequest {
  export const method = 'claimmark/actorOrFactAt' as const;
  export const type = new RequestType<ActorOrFactAtParams, ActorOrFact | null, void>(method);
}
