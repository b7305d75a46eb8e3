// The shapes a draft is made of: the claims and actor mentions it proposes for one article, and
// the edits that write them (draft.ts makes them).
import type { Span } from '../span';
import type { TextEdit } from '../edit';

/** One drafted claim. */
export interface DraftedClaim {
  /** The figure's span in the article as it was. */
  span: Span;
  text: string;
  fact: string;
  /** True when the fact id is a registry fact. */
  registryFact: boolean;
  /** Up to two other registry facts that fit (for quick fixes). */
  alternatives: string[];
  /** Who states it; undefined in the article's own voice. */
  actor?: string;
  /** The as-of it holds at (an as-of value), undefined when unknown. */
  asof?: string;
  /** What the markup says beyond fact= (`by=`, `asof=`, `.own`). */
  written: { by?: string; asof?: string; own?: boolean };
}

/** One drafted actor mention. */
export interface DraftedMention {
  span: Span;
  text: string;
  actor: string;
}

/** The draft of one article. */
export interface ArticleDraft {
  uri: string;
  /** Edits into the article text (sorted, not overlapping): the new markup. */
  edits: TextEdit[];
  claims: DraftedClaim[];
  mentions: DraftedMention[];
  /** What the editor should know (a missing published date, figures left out). */
  notes: string[];
}
