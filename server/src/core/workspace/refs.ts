// Where ids are written: in an article (actor=, fact=, by=, non-URL src=, front matter `by`)
// and in claimmark.yaml (entry keys, fact `parts`). symbolAt, references and unknown-id checks read these.
import { firstStartingAt, type Span } from '../span';
import type { ActorMention, Article, Claim } from '../model/article';
import type { Registry } from '../registry/types';
import type { IdKind } from './types';

/** One id as written in a document. */
export interface WrittenRef {
  kind: IdKind;
  id: string;
  span: Span;
  /** True for a registry entry's key (the definition). */
  definition?: boolean;
  claim?: Claim;
  mention?: ActorMention;
}

/** Every id written in an article, in text order. */
export function articleRefs(article: Article): WrittenRef[] {
  const out: WrittenRef[] = [];
  const by = article.articleBy;
  if (by) out.push({ kind: 'actor', id: by.id, span: by.span });
  for (const mention of article.mentions) out.push({ kind: 'actor', id: mention.actor.id, span: mention.actor.span, mention });
  for (const claim of article.claims) {
    out.push({ kind: 'fact', id: claim.fact.id, span: claim.fact.span, claim });
    if (claim.by) out.push({ kind: 'actor', id: claim.by.id, span: claim.by.span, claim });
    if (claim.src && !claim.srcIsUrl) out.push({ kind: 'source', id: claim.src.id, span: claim.src.span, claim });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The ids written in the article's body lines in [from, to) (line starts; Infinity: to the
 * end), in text order: articleRefs restricted to them, for updating after an edit of those lines.
 */
export function refsWithin(article: Article, from: number, to: number): WrittenRef[] {
  const out: WrittenRef[] = [];
  const { mentions, claims } = article;
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i]!.span.start < to; i++) {
    const mention = mentions[i]!;
    out.push({ kind: 'actor', id: mention.actor.id, span: mention.actor.span, mention });
  }
  for (let i = firstStartingAt(claims, from); i < claims.length && claims[i]!.span.start < to; i++) {
    const claim = claims[i]!;
    out.push({ kind: 'fact', id: claim.fact.id, span: claim.fact.span, claim });
    if (claim.by) out.push({ kind: 'actor', id: claim.by.id, span: claim.by.span, claim });
    if (claim.src && !claim.srcIsUrl) out.push({ kind: 'source', id: claim.src.id, span: claim.src.span, claim });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Every id written in the registry: entry keys (definitions) and fact `parts`. */
export function registryRefs(registry: Registry): WrittenRef[] {
  const out: WrittenRef[] = [];
  for (const def of registry.actors.values()) out.push({ kind: 'actor', id: def.id, span: def.keySpan, definition: true });
  for (const def of registry.sources.values()) out.push({ kind: 'source', id: def.id, span: def.keySpan, definition: true });
  for (const def of registry.facts.values()) {
    out.push({ kind: 'fact', id: def.id, span: def.keySpan, definition: true });
    for (const part of def.parts) out.push({ kind: 'fact', id: part.id, span: part.span });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The registry's table for a kind of id. */
export function definitionsOf(registry: Registry, kind: IdKind): Map<string, { keySpan: Span }> {
  return kind === 'actor' ? registry.actors : kind === 'fact' ? registry.facts : registry.sources;
}

/** The written ref under `offset` (the innermost, i.e. the shortest that touches it). */
export function refAt(refs: readonly WrittenRef[], offset: number): WrittenRef | undefined {
  let best: WrittenRef | undefined;
  for (const r of refs) {
    if (r.span.start > offset) break;
    if (offset <= r.span.end && (!best || r.span.end - r.span.start < best.span.end - best.span.start)) best = r;
  }
  return best;
}
