// Hover: a citation card on a claim, an id card on an actor mention, an id in an attribute or
// front matter, or a registry entry. Returns markdown (already escaped) and the span it covers.
import type { Span } from '../span';
import { spanTouches } from '../span';
import type { WorkspaceModel } from '../workspace/types';
import { claimCard } from './claimCard';
import { idCard } from './idCard';

/** What a hover shows. */
export interface HoverResult {
  span: Span;
  markdown: string;
}

/** The hover at `offset` in a document of the workspace, if there is anything to show. */
export function hoverAt(ws: WorkspaceModel, uri: string, offset: number): HoverResult | undefined {
  const symbol = ws.symbolAt(uri, offset);
  const article = ws.getArticle(uri);
  // On a claim's own fact id, or anywhere else in a claim: the citation card.
  const claim = article?.claims.find((c) => spanTouches(c.span, offset));
  if (article && claim && (!symbol || symbol.claim === claim && symbol.kind === 'fact' && symbol.span.start === claim.fact.span.start)) {
    return { span: claim.span, markdown: claimCard(ws, article, claim) };
  }
  if (symbol) return { span: symbol.span, markdown: idCard(ws, symbol.kind, symbol.id) };
  const mention = article?.mentions.find((m) => spanTouches(m.span, offset));
  if (mention) return { span: mention.span, markdown: idCard(ws, 'actor', mention.actor.id) };
  return undefined;
}
