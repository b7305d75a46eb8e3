// The server's state: the core workspace model, open documents, settings and what the
// client can do. Handlers read it; only this file and loader.ts change it.
import { TextDocuments, type Connection, type ClientCapabilities } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../core/workspace/workspace';
import type { Article } from '../core/model/article';
import { DEFAULT_SETTINGS, type Settings, analysisOptions } from './settings';
import type { AnalysisOptions } from '../core/workspace/types';
import { lineTable, type LineTable } from './convert';

/** What the client told us it supports, read once at initialize. */
export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  workDoneProgress: boolean;
  relatedInformation: boolean;
}

export function readClientSupport(c: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    configuration: !!c.workspace?.configuration,
    watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workDoneProgress: !!c.window?.workDoneProgress,
    relatedInformation: !!c.textDocument?.publishDiagnostics?.relatedInformation,
  };
}

/** Everything a request handler may need. */
export class ServerState {
  readonly workspace = new Workspace();
  readonly documents = new TextDocuments(TextDocument);
  settings: Settings = DEFAULT_SETTINGS;
  options: AnalysisOptions = analysisOptions(DEFAULT_SETTINGS);
  support: ClientSupport = readClientSupport({});
  /** Workspace folder paths. */
  folders: string[] = [];
  /** Bumped per uri whenever its diagnostics may have changed: the pull result id. */
  private readonly generations = new Map<string, number>();
  lastCheck: Date | undefined;
  indexing = false;

  constructor(readonly connection: Connection) {}

  applySettings(s: Settings): void {
    this.settings = s;
    this.options = analysisOptions(s);
  }

  /** The text of a document the workspace knows (open or indexed), with its line table. */
  linesOf(uri: string): LineTable | undefined {
    const open = this.documents.get(uri);
    if (open) return lineTable(open.getText(), open);
    const article = this.workspace.getArticle(uri);
    if (article) return lineTable(article.syntax.text, article);
    return undefined;
  }

  article(uri: string): Article | undefined {
    return this.workspace.getArticle(uri);
  }

  /** Marks the documents whose diagnostics changed; returns them. */
  noteChanges(): string[] {
    const changed = [...this.workspace.takeChangedUris()];
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

  /** Every document with diagnostics: each article and the registry. */
  knownUris(): string[] {
    const uris = [...this.workspace.articles()].map((a) => a.uri);
    if (this.workspace.registry.uri) uris.push(this.workspace.registry.uri);
    return uris;
  }
}
