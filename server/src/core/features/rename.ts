// Rename of an actor, fact or source id across every article and claimmark.yaml: the id under
// the cursor, every place it is written (attribute values, front matter `by`, registry keys
// and `parts`), and a check that the new name is a valid id not already taken.
import type { DocumentEdits } from '../edit';
import type { Span } from '../span';
import type { IdKind, WorkspaceModel } from '../workspace/types';
import { isValidId } from '../syntax/ids';
import { quote } from '../syntax/messages';
import { NOT_CANCELLED, type CancellationToken } from '../cancellation';

/** The id a rename would start from. */
export interface RenameTarget {
  kind: IdKind;
  id: string;
  span: Span;
}

/** The outcome of a rename: edits per document, or why it cannot be done. */
export type RenameResult = { ok: true; edits: DocumentEdits[] } | { ok: false; message: string };

/** The id under `offset` that can be renamed, or why not. */
export function prepareRename(ws: WorkspaceModel, uri: string, offset: number): RenameTarget | { message: string } {
  const s = ws.symbolAt(uri, offset);
  if (!s) return { message: 'Put the cursor on an actor, fact or source id to rename it.' };
  if (!isValidId(s.id)) return { message: `${quote(s.id)} is not a valid id; fix it first.` };
  return { kind: s.kind, id: s.id, span: s.span };
}

/** Every edit that renames the id under `offset` to `newName` (partial once `token` is set). */
export function renameAt(ws: WorkspaceModel, uri: string, offset: number, newName: string, token: CancellationToken = NOT_CANCELLED): RenameResult {
  const target = prepareRename(ws, uri, offset);
  if ('message' in target) return { ok: false, message: target.message };
  return renameId(ws, target.kind, target.id, newName, token);
}

/** Every edit that renames `id` (of `kind`) to `newName` across the workspace (partial once `token` is set). */
export function renameId(ws: WorkspaceModel, kind: IdKind, id: string, newName: string, token: CancellationToken = NOT_CANCELLED): RenameResult {
  const name = newName.trim();
  if (!isValidId(name)) return { ok: false, message: `${quote(name)} is not a valid id: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.` };
  if (name === id) return { ok: true, edits: [] };
  if (ws.definition(kind, name) || ws.references(kind, name, true).length > 0) {
    return { ok: false, message: `The ${kind} id ${quote(name)} is already used; renaming ${quote(id)} to it would merge the two.` };
  }
  const byUri = new Map<string, DocumentEdits>();
  for (const loc of ws.references(kind, id, true)) {
    if (token.isCancellationRequested) break;
    let doc = byUri.get(loc.uri);
    if (!doc) byUri.set(loc.uri, (doc = { uri: loc.uri, edits: [] }));
    if (!doc.edits.some((e) => e.span.start === loc.span.start)) doc.edits.push({ span: loc.span, newText: name });
  }
  return { ok: true, edits: [...byUri.values()] };
}
