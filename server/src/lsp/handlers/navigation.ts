// Go to definition, find references and rename for actor, fact and source ids, across every
// article and claimmark.yaml. Renames are versioned WorkspaceEdits; invalid names are refused.
import {
  ResponseError, ErrorCodes, type DefinitionParams, type Location, type PrepareRenameParams,
  type ReferenceParams, type RenameParams, type WorkspaceEdit, type Range,
} from 'vscode-languageserver/node';
import { definitionAt, prepareRename, referencesAt, renameAt, type Location as CoreLocation } from '../../core/api';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';
import { toWorkspaceEdit } from '../edits';

function toLocation(state: ServerState, loc: CoreLocation): Location | undefined {
  const lines = state.linesOf(loc.uri);
  return lines && { uri: loc.uri, range: lines.range(loc.span) };
}

/** Installs definition, references, prepareRename and rename. */
export function registerNavigation(state: ServerState): void {
  const { connection, workspace } = state;
  const offset = (uri: string, p: { line: number; character: number }) => state.linesOf(uri)?.offsetAt(p);

  connection.onDefinition(guardRequest(state, 'definition', (params: DefinitionParams): Location | null => {
    const at = offset(params.textDocument.uri, params.position);
    const def = at === undefined ? undefined : definitionAt(workspace, params.textDocument.uri, at);
    return (def && toLocation(state, def)) ?? null;
  }));

  connection.onReferences(guardRequest(state, 'references', (params: ReferenceParams, token): Location[] => {
    const at = offset(params.textDocument.uri, params.position);
    if (at === undefined) return [];
    return referencesAt(workspace, params.textDocument.uri, at, params.context.includeDeclaration, token).flatMap((l) => toLocation(state, l) ?? []);
  }));

  connection.onPrepareRename(guardRequest(state, 'prepare rename', (params: PrepareRenameParams): { range: Range; placeholder: string } | ResponseError<void> => {
    const lines = state.linesOf(params.textDocument.uri);
    if (!lines) return new ResponseError(ErrorCodes.InvalidRequest, 'This document is not part of the Claimmark workspace.');
    const t = prepareRename(workspace, params.textDocument.uri, lines.offsetAt(params.position));
    return 'message' in t ? new ResponseError(ErrorCodes.InvalidRequest, t.message) : { range: lines.range(t.span), placeholder: t.id };
  }));

  connection.onRenameRequest(guardRequest(state, 'rename', (params: RenameParams, token): WorkspaceEdit | ResponseError<void> => {
    const at = offset(params.textDocument.uri, params.position);
    if (at === undefined) return new ResponseError(ErrorCodes.InvalidRequest, 'This document is not part of the Claimmark workspace.');
    const r = renameAt(workspace, params.textDocument.uri, at, params.newName, token);
    return r.ok ? toWorkspaceEdit(state, r.edits) : new ResponseError(ErrorCodes.InvalidRequest, r.message);
  }));
}
