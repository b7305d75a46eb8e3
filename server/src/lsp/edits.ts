// Core text edits -> an LSP WorkspaceEdit. Every document edit carries the version of the text
// it was computed from (open documents), or null (files on disk), so a client refuses a stale
// edit instead of applying it to the wrong text. A file to create comes first. Edits that carry
// a group label become change annotations when the client supports them (a preview groups them).
import type { WorkspaceEdit, TextDocumentEdit, CreateFile, TextEdit as LspTextEdit, AnnotatedTextEdit, ChangeAnnotation } from 'vscode-languageserver/node';
import type { DocumentEdits, LabelledEdit } from '../core/api';
import type { ServerState } from './state';
import { lineTable } from './convert';

/** How a WorkspaceEdit is built: a file to create first; whether labelled edits need the user's confirmation. */
export interface EditOptions {
  create?: string;
  confirm?: boolean;
  /** Description of each label's change annotation. */
  descriptions?: Partial<Record<string, string>>;
}

/** Builds the edit; `texts` gives the text of documents the server does not hold (e.g. claimmark.yaml). */
export function toWorkspaceEdit(state: ServerState, docs: readonly DocumentEdits[], texts: ReadonlyMap<string, string> = new Map(), options: string | EditOptions = {}): WorkspaceEdit {
  const { create, confirm, descriptions } = typeof options === 'string' ? { create: options } as EditOptions : options;
  const annotate = state.support.documentChanges && state.support.changeAnnotations;
  const annotations: Record<string, ChangeAnnotation> = {};
  const annotationOf = (label: string | undefined): string | undefined => {
    if (!annotate || label === undefined) return undefined;
    annotations[label] ??= { label, ...(confirm && { needsConfirmation: true }), ...(descriptions?.[label] && { description: descriptions[label] }) };
    return label;
  };
  const converted = docs.map((d) => {
    const own = texts.get(d.uri);
    const lines = own !== undefined ? lineTable(own) : state.linesOf(d.uri);
    if (!lines) throw new Error(`no text for ${d.uri}`);
    const edits: (LspTextEdit | AnnotatedTextEdit)[] = d.edits.map((e: LabelledEdit) => {
      const annotationId = annotationOf(e.label);
      return { range: lines.range(e.span), newText: e.newText, ...(annotationId !== undefined && { annotationId }) };
    });
    return { uri: d.uri, edits, label: (d.edits as readonly LabelledEdit[]).find((e) => e.label)?.label as string | undefined };
  });
  if (!state.support.documentChanges) {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const c of converted) (changes[c.uri] ??= []).push(...c.edits);
    return { changes };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (create && state.support.createFiles) {
    const annotationId = annotationOf(converted.find((c) => c.uri === create)?.label);
    documentChanges.push({ kind: 'create', uri: create, options: { ignoreIfExists: true }, ...(annotationId !== undefined && { annotationId }) });
  }
  for (const c of converted) {
    documentChanges.push({ textDocument: { uri: c.uri, version: create === c.uri ? null : state.versionOf(c.uri) }, edits: c.edits });
  }
  return Object.keys(annotations).length > 0 ? { documentChanges, changeAnnotations: annotations } : { documentChanges };
}
