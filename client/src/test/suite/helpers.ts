// Helpers for the real-editor tests: the extension's API, fixtures, and event-driven waits with
// deadlines (never sleeps): a check is re-run each time one of the given events fires.
import * as vscode from 'vscode';
import type { ClaimmarkApi } from '../../extension';
import { codeOf } from '../../tagAll';

/** The extension's id (publisher.name), to find and activate it. */
export const EXTENSION_ID = 'claimmark.claimmark';

/** The workspace folder the harness opened (a temp copy of samples/ plus tests/e2e/fixtures in e2e/). */
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** Activates the extension (if needed) and returns its API. */
export async function api(): Promise<ClaimmarkApi> {
  const ext = vscode.extensions.getExtension<ClaimmarkApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Resolves with check()'s value once it is truthy; re-checks on each event; rejects after `ms`. */
export function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, events: vscode.Event<unknown>[], ms = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const finish = (err: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      if (err) reject(err); else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    const attempt = async () => {
      try {
        const value = await check();
        if (value) finish(undefined, value);
      } catch (e) { finish(e as Error); }
    };
    for (const e of events) subs.push(e(() => void attempt()));
    void attempt();
  });
}

/** Waits until the diagnostics of `uri` satisfy `check`. */
export function diagnosticsUntil(uri: vscode.Uri, what: string, check: (d: vscode.Diagnostic[]) => boolean, ms = 20_000): Promise<vscode.Diagnostic[]> {
  return until(what, () => {
    const d = vscode.languages.getDiagnostics(uri);
    return check(d) ? d : undefined;
  }, [vscode.languages.onDidChangeDiagnostics], ms);
}

/** Diagnostics of `uri` with the given code. */
export function withCode(d: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return d.filter((x) => codeOf(x) === code);
}

/** Opens a document in an editor. */
export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The position of the first occurrence of `needle` in `doc` (plus `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

/** Waits until the language server is running. */
export async function serverRunning(): Promise<ClaimmarkApi> {
  const a = await api();
  await until('the language server to start', () => {
    if (a.client.startError) throw new Error(`the language server did not start: ${a.client.startError}`);
    return a.client.isRunning;
  }, [a.client.languageClient.onDidChangeState], 30_000);
  return a;
}

/** Hover text as plain strings. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}
