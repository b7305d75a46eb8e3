// Core text edits -> an LSP WorkspaceEdit. Every document edit carries the version of the text
// it was computed from (open documents), or null (files on disk), so a client refuses a stale
// edit instead of applying it to the wrong text. A file to create comes first.
import type { WorkspaceEdit, TextDocumentEdit, CreateFile, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { DocumentEdits } from '../core/api';
import type { ServerState } from './state';
import { lineTable } from './convert';

/** Builds the edit; `texts` gives the text of documents the server does not hold (e.g. claimmark.yaml). */
export function toWorkspaceEdit(state: ServerState, docs: readonly DocumentEdits[], texts: ReadonlyMap<string, string> = new Map(), create?: string): WorkspaceEdit {
  const converted = docs.map((d) => {
    const own = texts.get(d.uri);
    const lines = own !== undefined ? lineTable(own) : state.linesOf(d.uri);
    if (!lines) throw new Error(`no text for ${d.uri}`);
    const edits: LspTextEdit[] = d.edits.map((e) => ({ range: lines.range(e.span), newText: e.newText }));
    return { uri: d.uri, edits };
  });
  if (!state.support.documentChanges) {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const c of converted) (changes[c.uri] ??= []).push(...c.edits);
    return { changes };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (create && state.support.createFiles) documentChanges.push({ kind: 'create', uri: create, options: { ignoreIfExists: true } });
  for (const c of converted) {
    documentChanges.push({ textDocument: { uri: c.uri, version: create === c.uri ? null : state.versionOf(c.uri) }, edits: c.edits });
  }
  return { documentChanges };
}
