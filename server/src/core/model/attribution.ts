// Who claims a figure (docs/format.md, Attribution): its `by=`; else the nearest actor mention
// before it in its sentence, else the nearest after it there; else the paragraph's last actor
// mentioned in an earlier sentence; else the front matter's `by`; else nobody.
import type { Span } from '../span';
import type { ActorMention, AttributionSource, IdRef } from './article';

/** A claim's resolved actor and how it was found. */
export interface Attribution {
  actor?: IdRef;
  attribution: AttributionSource;
}

/**
 * Resolves the actor of a claim at `claim` inside `sentence`. `mentions` are the actor
 * mentions of the claim's paragraph, sorted by start, from `from` on (the article's list as it
 * is read, without a copy per line); `articleBy` is the front matter `by`.
 */
export function attribute(claim: Span, by: IdRef | undefined, sentence: Span, mentions: readonly ActorMention[], articleBy?: IdRef, from = 0): Attribution {
  if (by) return { actor: by, attribution: 'explicit' };
  let before: ActorMention | undefined;
  let after: ActorMention | undefined;
  let earlier: ActorMention | undefined;
  for (let i = from; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.span.end <= sentence.start) earlier = m;
    else if (m.span.end <= claim.start) before = m;
    else if (m.span.start >= claim.end && m.span.start < sentence.end) {
      after ??= m;
    }
  }
  const inSentence = before ?? after;
  if (inSentence) return { actor: inSentence.actor, attribution: 'sentence' };
  if (earlier) return { actor: earlier.actor, attribution: 'paragraph' };
  if (articleBy) return { actor: articleBy, attribution: 'article' };
  return { attribution: 'none' };
}
