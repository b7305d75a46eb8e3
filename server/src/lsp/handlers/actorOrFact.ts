// claimmark/actorOrFactAt: the actor or fact at a place, for the client's "Show Claims of Actor
// or Fact Under Cursor" (the core's actorOrFactAt, so the client never parses markup itself).
import { actorOrFactAt } from '../../core/api';
import { ActorOrFactAtRequest, type ActorOrFact, type ActorOrFactAtParams } from '../../../../shared/protocol';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';

/** Installs the claimmark/actorOrFactAt handler. */
export function registerActorOrFact(state: ServerState): void {
  state.connection.onRequest(ActorOrFactAtRequest.method, guardRequest(state, 'actor or fact at', (params: ActorOrFactAtParams): ActorOrFact | null => {
    const lines = state.linesOf(params.textDocument.uri);
    return (lines && actorOrFactAt(state.workspace, params.textDocument.uri, lines.offsetAt(params.position))) ?? null;
  }));
}
