// Go to definition and find references at a place: the id under the cursor, then the registry
// entry that defines it or every place it is written (the registry, every article).
import type { Location, WorkspaceModel } from '../workspace/types';
import { NOT_CANCELLED, type CancellationToken } from '../cancellation';

/** Where the id under `offset` is defined in claimmark.yaml, if it is. */
export function definitionAt(ws: WorkspaceModel, uri: string, offset: number): Location | undefined {
  const s = ws.symbolAt(uri, offset);
  return s && ws.definition(s.kind, s.id);
}

/**
 * Every place the id under `offset` is written, its definition included when asked. The index
 * answers at once; `token` is checked before it is asked (an empty answer once set).
 */
export function referencesAt(ws: WorkspaceModel, uri: string, offset: number, includeDeclaration: boolean, token: CancellationToken = NOT_CANCELLED): Location[] {
  if (token.isCancellationRequested) return [];
  const s = ws.symbolAt(uri, offset);
  return s ? ws.references(s.kind, s.id, includeDeclaration) : [];
}
