// Indexing the workspace from disk with work-done progress, and keeping it in step with
// file events. Open documents win over disk: their text comes from the editor.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { ServerState } from './state';
import { findArticles, readTextFile, readTextFileSync, isArticleName, isRegistryName, type ReadResult } from './files';
import { REGISTRY_NAME } from '../../../shared/workspaceFiles';
import { performance } from 'node:perf_hooks';
import { fileUri, uriToPath } from './uris';
import { MAX_INPUT_BYTES, type RegistryFile } from '../core/api';

/** The longest stretch of indexing between two turns of the event loop (requests are answered in between). */
const SLICE_MS = 20;

/** Reads claimmark.yaml (from the first folder that has one) and every article below the folders. */
export async function indexWorkspace(state: ServerState, progress: WorkDoneProgressReporter, isCancelled: () => boolean): Promise<void> {
  state.indexing = true;
  try {
    loadRegistry(state);
    const paths = (await Promise.all(state.folders.map((f) => findArticles(f, isCancelled)))).flat();
    progress.begin('Claimmark: indexing articles', 0, `0/${paths.length}`, true);
    let slice = performance.now();
    for (let done = 0; done < paths.length; ) {
      if (isCancelled()) break;
      const path = paths[done]!;
      const uri = fileUri(path);
      // Synchronous reads of small files cost less main-thread time than fs promises; the
      // loop yields every SLICE_MS instead. An open document's text wins over disk.
      if (!state.documents.get(uri)) applyRead(state, uri, readTextFileSync(path, state.settings.maxFileSize));
      done++;
      if (done % 200 === 0 || done === paths.length) progress.report(Math.round((done / paths.length) * 100), `${done}/${paths.length}`);
      if (performance.now() - slice > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
    progress.done();
  } finally {
    state.indexing = false;
  }
}

/** The registry path: claimmark.yaml at the root of the first workspace folder that has one. */
export function registryPath(state: ServerState): string | undefined {
  return state.folders.map((f) => join(f, REGISTRY_NAME)).find((p) => existsSync(p));
}

/**
 * (Re)reads the registry from its open document or from disk; none = zero config. Synchronous
 * (one file), so no request is ever answered before the registry is known. A claimmark.yaml
 * that cannot be used (unreadable, binary, not a regular file, over MAX_INPUT_BYTES) gets one
 * diagnostic saying why and a log line, and the articles are checked as without a registry.
 */
export function loadRegistry(state: ServerState): void {
  const path = registryPath(state);
  if (!path) { state.setRegistry(undefined, undefined); return; }
  const uri = fileUri(path);
  const open = state.documents.get(uri);
  if (open) { state.setRegistry(uri, open.getText()); return; }
  const read = readTextFileSync(path, Math.max(state.settings.maxFileSize, MAX_INPUT_BYTES));
  const was = state.skipped.get(uri);
  if (read.ok) {
    if (state.skipped.delete(uri)) state.markChanged(uri);
    state.setRegistry(uri, read.text);
    return;
  }
  const why = `Claimmark cannot use claimmark.yaml (${read.reason}): articles are checked as without a registry.`;
  if (was !== why) {
    state.connection.console.warn(why);
    state.skipped.set(uri, why);
    state.markChanged(uri);
  }
  state.setRegistry(undefined, undefined);
}

/** Reads one article from disk into the workspace; unreadable files are logged and dropped. */
export async function loadArticle(state: ServerState, path: string): Promise<void> {
  const uri = fileUri(path);
  applyRead(state, uri, await readTextFile(path, state.settings.maxFileSize));
}

/**
 * An article's text read from disk goes into the workspace; an unreadable file is logged and
 * dropped. A document not open in the editor keeps no markup-span trees between uses (they
 * are re-parsed when needed: ~4 KB less per article).
 */
function applyRead(state: ServerState, uri: string, read: ReadResult): void {
  if (read.ok) {
    state.workspace.setArticle(uri, read.text);
    if (!state.documents.get(uri)) state.workspace.releaseSyntax(uri);
  } else {
    state.connection.console.warn(read.reason);
    state.workspace.removeArticle(uri);
  }
}

/** A file changed on disk (created, changed or deleted), as the client's watcher reports it. */
export async function onFileEvent(state: ServerState, uri: string, deleted: boolean): Promise<void> {
  const path = uriToPath(uri);
  if (!path) return;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (isRegistryName(name)) { loadRegistry(state); return; }
  if (!isArticleName(name) || state.documents.get(uri)) return;
  if (deleted) state.workspace.removeArticle(uri);
  else await loadArticle(state, path);
}

/** claimmark.yaml for an edit: its current text, or where it would be created (first folder) when absent. */
export function registryFile(state: ServerState): RegistryFile | undefined {
  const uri = state.workspace.registry.uri;
  if (uri) return { uri, text: state.documents.get(uri)?.getText() ?? state.registryText ?? '', exists: true };
  const folder = state.folders[0];
  return folder === undefined ? undefined : { uri: fileUri(join(folder, REGISTRY_NAME)), text: '', exists: false };
}
