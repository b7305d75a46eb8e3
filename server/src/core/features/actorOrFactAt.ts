// The actor or fact a command acts on at a place ("Show Claims of Actor or Fact Under Cursor"):
// in an article, the actor or fact id under the cursor, else the role of the span around it (an
// actor mention's actor, a claim's fact); in claimmark.yaml, the actor or fact entry the cursor
// is in, on its key or on one of its fields. Read from the workspace, never from the text again.
import type { Span } from '../span';
import type { WorkspaceModel } from '../workspace/types';

/** An actor or a fact, by id. */
export interface ActorOrFact {
  kind: 'actor' | 'fact';
  id: string;
}

const within = (s: Span, offset: number) => offset >= s.start && offset <= s.end;

/** The actor or fact at `offset` of the article or registry `uri`, if any. */
export function actorOrFactAt(ws: WorkspaceModel, uri: string, offset: number): ActorOrFact | undefined {
  const at = ws.symbolAt(uri, offset);
  if (at && at.kind !== 'source') return at.id === '' ? undefined : { kind: at.kind, id: at.id };
  const article = ws.getArticle(uri);
  if (article) {
    const mention = article.mentions.find((m) => within(m.span, offset));
    if (mention) return mention.actor.id === '' ? undefined : { kind: 'actor', id: mention.actor.id };
    const claim = article.claims.find((c) => within(c.span, offset));
    return claim && claim.fact.id !== '' ? { kind: 'fact', id: claim.fact.id } : undefined;
  }
  const registry = ws.registry;
  if (uri !== registry.uri) return undefined;
  for (const def of registry.actors.values()) if (offset >= def.keySpan.start && offset <= def.span.end) return { kind: 'actor', id: def.id };
  for (const def of registry.facts.values()) if (offset >= def.keySpan.start && offset <= def.span.end) return { kind: 'fact', id: def.id };
  return undefined;
}
