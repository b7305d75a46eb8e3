// Wires the connection: lifecycle, document sync, settings, file events, and every handler.
// Handlers stay thin (find the document, call the core, convert); logic lives in the core.
import {
  type Connection, type InitializeParams, type InitializeResult, TextDocumentSyncKind, ResponseError, ErrorCodes, type InitializeError,
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerState, readClientSupport } from './state';
import { readSettings } from './settings';
import { indexWorkspace, loadArticle, loadRegistry, onFileEvent } from './loader';
import { join } from 'node:path';
import { fileUri, normalizeUri, uriToPath } from './uris';
import { isArticleName, isRegistryName } from './files';
import { ARTICLE_GLOB, REGISTRY_GLOB, REGISTRY_NAME } from '../../../shared/workspaceFiles';
import { registerDiagnostics, publishChanges } from './handlers/diagnostics';
import { registerFeatures, FEATURE_CAPABILITIES } from './handlers/index';
import { guardNotification as guard } from './guard';
import { sendStatus } from './handlers/tree';
import { MAX_INPUT_BYTES } from '../core/api';

/** Starts serving on a connection (stdio or IPC): the whole server. */
export function startServer(connection: Connection): ServerState {
  const state = new ServerState(connection);

  state.lifecycle.install(connection);
  let initializedOnce = false;

  connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
    // One workspace per server: a second initialize would drop the registry the first one read.
    if (state.lifecycle.phase !== 'starting') return new ResponseError(ErrorCodes.InvalidRequest, 'claimmark: initialize was already received', { retry: false });
    state.support = readClientSupport(params.capabilities);
    state.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (state.folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) state.folders.push(root);
    }
    if (params.initializationOptions && typeof params.initializationOptions === 'object') {
      const { settings, problems } = readSettings((params.initializationOptions as { settings?: unknown }).settings);
      state.applySettings(settings);
      for (const p of problems) connection.console.warn(p);
    }
    state.lifecycle.phase = 'running';
    // Read now, before any request can arrive: no request waits for it, none is answered without it.
    loadRegistry(state);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        ...(state.support.pullDiagnostics
          ? { diagnosticProvider: { identifier: 'claimmark', interFileDependencies: true, workspaceDiagnostics: true } }
          : {}),
        workspace: { workspaceFolders: { supported: true } },
        ...FEATURE_CAPABILITIES,
      },
      serverInfo: { name: 'claimmark-language-server' },
    };
  });

  connection.onInitialized(guard(state, 'initialized', async () => {
    if (initializedOnce) return;
    initializedOnce = true;
    if (state.support.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimmark' });
      await refreshSettings(state);
    }
    if (state.support.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: ARTICLE_GLOB }, { globPattern: REGISTRY_GLOB }],
      });
    }
    sendStatus(state, 'indexing');
    const progress = state.support.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const reporter = progress ?? { begin() {}, report() {}, done() {} };
    try {
      await indexWorkspace(state, reporter as never, () => !!progress?.token.isCancellationRequested);
    } catch (e) {
      sendStatus(state, 'error', `indexing failed: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
    publishChanges(state, state.noteChanges());
    sendStatus(state, 'ready');
  }));

  connection.onDidChangeConfiguration(guard(state, 'configuration', async (change) => {
    if (state.support.configuration) await refreshSettings(state);
    else applyRawSettings(state, (change.settings as { claimmark?: unknown } | undefined)?.claimmark);
    publishChanges(state, state.invalidateAll());
  }));

  connection.onDidChangeWatchedFiles(guard(state, 'watched files', async (params) => {
    for (const c of params.changes) await onFileEvent(state, c.uri, c.type === FileChangeType.Deleted);
    publishChanges(state, state.noteChanges());
  }));

  state.documents.onDidOpen(guard(state, 'open', (e) => syncDocument(state, e.document, true)));
  // Edits are analysed once per burst (the document is live: the run reads its latest text).
  state.documents.onDidChangeContent(guard(state, 'change', (e) => {
    const doc = e.document;
    state.defer(doc.uri, () => { if (state.documents.get(doc.uri) === doc) syncDocument(state, doc); });
  }));
  state.documents.onDidClose(guard(state, 'close', async (e) => {
    // The editor's text is gone: fall back to the file on disk (or drop an unsaved new file).
    state.dropPending(e.document.uri);
    if (state.skipped.delete(e.document.uri) && !state.support.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    const path = uriToPath(e.document.uri);
    const name = path?.slice(path.lastIndexOf('/') + 1) ?? '';
    if (isRegistryName(name)) loadRegistry(state);
    else if (path && isArticleName(name)) await loadArticle(state, path);
    else state.workspace.removeArticle(e.document.uri);
    publishChanges(state, state.noteChanges());
  }));

  registerDiagnostics(state);
  registerFeatures(state);
  state.documents.listen(state.lifecycle.documentsConnection(connection));
  connection.listen();
  return state;
}

/**
 * An open document's new text: the registry or an article (any open claimmark document counts
 * as an article). Text over claimmark.maxFileSize or with NUL characters is not analysed: the
 * document gets one diagnostic saying why, and a log line.
 */
function syncDocument(state: ServerState, doc: TextDocument, opened = false): void {
  const { uri, version } = doc;
  const text = doc.getText();
  const path = uriToPath(uri) ?? uri;
  const name = path.slice(path.lastIndexOf('/') + 1);
  // Editors may send every YAML file: only the workspace's own claimmark.yaml (at a folder's root) is ours.
  if (/\.ya?ml$/i.test(name) && !(isRegistryName(name) && isWorkspaceRegistry(state, uri))) return;
  const registry = isRegistryName(name);
  // claimmark.yaml is read up to the CLI's limit: a registry the CLI reads works here too.
  const why = skipReason(text, registry ? Math.max(state.settings.maxFileSize, MAX_INPUT_BYTES) : state.settings.maxFileSize, state.holdsNul(doc));
  const wasSkipped = state.skipped.get(uri);
  if (why) {
    if (wasSkipped === undefined) state.connection.console.warn(`${uri}: ${why}`);
    state.skipped.set(uri, why);
    if (registry) state.setRegistry(undefined, undefined); // articles are checked as without one
    else state.workspace.removeArticle(uri);
    publishChanges(state, state.noteChanges([uri]));
    return;
  }
  state.skipped.delete(uri);
  if (registry) state.setRegistry(uri, text);
  else state.workspace.setArticle(uri, text, version);
  // A document just opened gets its diagnostics even when its text is the one indexed from disk.
  publishChanges(state, state.noteChanges(wasSkipped !== undefined || opened ? [uri] : []));
}

/** True for claimmark.yaml at the root of a workspace folder (a nested one is some other workspace's). */
function isWorkspaceRegistry(state: ServerState, uri: string): boolean {
  return state.folders.some((f) => fileUri(join(f, REGISTRY_NAME)) === normalizeUri(uri));
}

/** Why a document's text is not analysed (too large, binary), or undefined. */
function skipReason(text: string, maxBytes: number, holdsNul: boolean): string | undefined {
  if (text.length > maxBytes / 3 && Buffer.byteLength(text, 'utf8') > maxBytes) {
    return `Claimmark does not analyse this file: it is over the claimmark.maxFileSize limit of ${maxBytes} bytes.`;
  }
  if (holdsNul) return 'Claimmark does not analyse this file: it looks binary (it contains NUL characters).';
  return undefined;
}

async function refreshSettings(state: ServerState): Promise<void> {
  const raw = await state.connection.workspace.getConfiguration('claimmark').catch(() => undefined);
  applyRawSettings(state, raw);
}

function applyRawSettings(state: ServerState, raw: unknown): void {
  const { settings, problems } = readSettings(raw);
  state.applySettings(settings);
  for (const p of problems) {
    state.connection.console.warn(p);
    void state.connection.window.showWarningMessage(`Claimmark: ${p}`);
  }
}
