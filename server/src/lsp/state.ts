// The server's state: the core workspace model, open documents, settings and what the client
// can do, and the claims-changed event. Handlers read it; server.ts (initialize, document sync,
// settings) and loader.ts (indexing, file events) change it, through the methods here where any.
import { Emitter, TextDocuments, type Connection, type ClientCapabilities, type Event } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftIndexCache, Workspace, type AnalysisOptions, type Article } from '../core/api';
import { DEFAULT_SETTINGS, type Settings, analysisOptions } from './settings';
import { documentLines, lineTable, type LineTable } from './convert';
import { Lifecycle } from './lifecycle';

/** What the client told us it supports, read once at initialize. */
export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  workDoneProgress: boolean;
  relatedInformation: boolean;
  /** WorkspaceEdit.documentChanges (versioned edits) and file creation in them. */
  documentChanges: boolean;
  createFiles: boolean;
  /** Change annotations in WorkspaceEdits (labels, needsConfirmation: VS Code's refactor preview). */
  changeAnnotations: boolean;
}

/** What the client supports, read from its capabilities at initialize. */
export function readClientSupport(c: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    configuration: !!c.workspace?.configuration,
    watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workDoneProgress: !!c.window?.workDoneProgress,
    relatedInformation: !!c.textDocument?.publishDiagnostics?.relatedInformation,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    createFiles: !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    changeAnnotations: !!c.workspace?.workspaceEdit?.changeAnnotationSupport,
  };
}

/** Everything a request handler may need. */
export class ServerState {
  readonly workspace = new Workspace();
  /** The workspace as drafting last read it ("Annotate this article" asks again and again of an unchanged one). */
  readonly draftIndex = new DraftIndexCache();
  /** Open documents whose text may hold a NUL character (binary): each at open, then only after a change that inserts one. */
  private readonly maybeBinary = new WeakSet<TextDocument>();
  readonly documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => {
      const doc = TextDocument.create(uri, languageId, version, content);
      this.maybeBinary.add(doc);
      return doc;
    },
    update: (doc, changes, version) => {
      const next = TextDocument.update(doc, changes, version);
      if (changes.some((c) => c.text.includes('\u0000'))) this.maybeBinary.add(next);
      return next;
    },
  });
  settings: Settings = DEFAULT_SETTINGS;
  options: AnalysisOptions = analysisOptions(DEFAULT_SETTINGS);
  support: ClientSupport = readClientSupport({});
  /** Workspace folder paths. */
  folders: string[] = [];
  /** Bumped per uri whenever its diagnostics may have changed: the pull result id. */
  private readonly generations = new Map<string, number>();
  lastCheck: Date | undefined;
  /** True from the start until the first indexing ends: no 'ready' status before then (a document opened early would send one). */
  indexing = true;
  /** The text claimmark.yaml was last read from (its open document's, else the file's). */
  registryText: string | undefined;
  /** Open documents the server does not analyse (too large, binary), with why: one diagnostic each. */
  readonly skipped = new Map<string, string>();
  /** Before initialize, running, or shut down: what requests are answered. */
  readonly lifecycle = new Lifecycle();

  constructor(readonly connection: Connection) {}

  private readonly claimsChangedEmitter = new Emitter<readonly string[]>();
  /** Fires after each publish of changed diagnostics, with the documents whose claims may have changed (the Claims tree listens). */
  readonly onClaimsChanged: Event<readonly string[]> = this.claimsChangedEmitter.event;

  /** Tells the onClaimsChanged listeners that the claims of `uris` may have changed. */
  claimsChanged(uris: readonly string[]): void {
    this.claimsChangedEmitter.fire(uris);
  }

  private readonly pending = new Map<string, () => void>();
  private flushTimer: NodeJS.Timeout | undefined;

  /**
   * Queues the analysis of an edited document: a burst of keystrokes is analysed once, after
   * `delayMs` or before the next request (flush), whichever comes first.
   */
  defer(uri: string, run: () => void, delayMs = 25): void {
    this.pending.set(uri, run);
    this.flushTimer ??= setTimeout(() => this.flush(), delayMs);
  }

  /** Forgets a queued analysis (the document was closed). */
  dropPending(uri: string): void {
    this.pending.delete(uri);
  }

  /** Runs every queued analysis now, so a request sees the latest text. */
  flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const runs = [...this.pending.values()];
    this.pending.clear();
    for (const run of runs) {
      try { run(); } catch (e) { this.connection.console.error(`claimmark: analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`); }
    }
  }

  applySettings(s: Settings): void {
    this.settings = s;
    this.options = analysisOptions(s);
  }

  /** Sets the registry (undefined: none) and remembers its text for edits and positions. */
  setRegistry(uri: string | undefined, text: string | undefined): void {
    this.registryText = uri === undefined ? undefined : text;
    this.workspace.setRegistry(uri, text);
  }

  /**
   * True when an open document's text holds a NUL character. Reads the whole text only when a
   * change since the last look may have put one there: an edit of a 1 MB article scans nothing.
   */
  holdsNul(doc: TextDocument): boolean {
    if (!this.maybeBinary.has(doc)) return false;
    if (doc.getText().includes('\u0000')) return true;
    this.maybeBinary.delete(doc);
    return false;
  }

  /** The text of a document the workspace knows (open, indexed, or the registry), with its line table. */
  linesOf(uri: string): LineTable | undefined {
    const open = this.documents.get(uri);
    if (open) return documentLines(open);
    const article = this.workspace.getArticle(uri);
    if (article) return lineTable(article.syntax.text, article);
    if (uri === this.workspace.registry.uri && this.registryText !== undefined) return lineTable(this.registryText, this.workspace.registry);
    return undefined;
  }

  /** The version an edit to `uri` must match: the open document's, or null for a file on disk. */
  versionOf(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }

  article(uri: string): Article | undefined {
    return this.workspace.getArticle(uri);
  }

  /** Documents outside the workspace model whose diagnostics changed (an unusable registry): the next noteChanges takes them. */
  private readonly changedOutside = new Set<string>();

  /** Notes that a document's diagnostics changed outside the workspace model. */
  markChanged(uri: string): void {
    this.changedOutside.add(uri);
  }

  /** Marks the documents whose diagnostics changed; returns them. */
  noteChanges(extra: readonly string[] = []): string[] {
    const changed = [...new Set([...this.workspace.takeChangedUris(), ...this.changedOutside, ...extra])];
    this.changedOutside.clear();
    for (const uri of changed) this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    this.lastCheck = new Date();
    return changed;
  }

  /** Every document's diagnostics may have changed (settings changed). */
  invalidateAll(): string[] {
    const all = this.knownUris();
    for (const uri of all) this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    return all;
  }

  /** The pull-diagnostics result id of a document's current diagnostics. */
  resultId(uri: string): string {
    return `${this.generations.get(uri) ?? 0}`;
  }

  /** Every document with diagnostics: each article, the registry and the skipped open documents. */
  knownUris(): string[] {
    const uris = [...this.workspace.articles()].map((a) => a.uri);
    if (this.workspace.registry.uri) uris.push(this.workspace.registry.uri);
    uris.push(...this.skipped.keys());
    return uris;
  }
}
