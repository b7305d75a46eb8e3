// A source that "also" reports goes on from what came before it: "The U.S. unemployment rate fell
// to 4.5 percent in March. / Friday's report from the Labor Department also said ...": the lead's
// figure is the report's too, though the lead names no one; so is one whose content takes up the
// figures before ("A new report says both numbers are record highs"). Only a paragraph in
// the article's own voice right before such a sentence takes it (not the headline).
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { LineNode } from '../syntax/tree';
import { splitSentences } from '../model/sentences';
import { findCues, type Cue } from './cues';
import type { DraftActor } from './actors';
import type { DraftContext } from './context';
import { resolveSource } from './sources';

// (a named set of data that goes on into the next paragraphs, read where this is: dataGoesOn.ts)
export { dataGoesOn } from './dataGoesOn';

/** "also said", "also reports", "also found": a reporting verb right after "also". */
const ALSO = /\balso\s*$/i;

/** What a report says of the figures before it: "A new report says both numbers are record highs". */
const BACK_REFERENCE = /^\s+(?:that\s+)?(?:both|these|those|the)\s+(?:numbers|figures)\b/i;

/** True when a cue's verb follows "also" ("the Labor Department also said"), or its content takes up the figures before ("says both numbers are"). */
function goesOnFromBefore(text: string, cue: Cue): boolean {
  return ALSO.test(text.slice(Math.max(0, cue.cue.start - 8), cue.cue.start)) || BACK_REFERENCE.test(text.slice(cue.cue.end, cue.cue.end + 30));
}

/**
 * For the paragraph `line` (not the headline): the source of the next paragraph's first sentence
 * when it "also" reports (its first such cue, resolved), looked up once, when first asked.
 */
export function alsoSaidAfter(article: Article, ctx: DraftContext, line: LineNode, protectedSpans: readonly Span[], recent: readonly DraftActor[]): () => { cue: Cue; actor?: DraftActor } | undefined {
  const lines = article.syntax.lines;
  const text = article.syntax.text;
  let found: { cue: Cue; actor?: DraftActor } | null | undefined;
  return () => {
    if (found !== undefined) return found ?? undefined;
    found = null;
    const at = lines.indexOf(line);
    const next = at > 0 ? lines.slice(at + 1).find((l) => text.slice(l.span.start, l.span.end).trim() !== '') : undefined;
    const first = next && splitSentences(text, next.span, protectedSpans)[0];
    if (!first || !/\b(?:also|numbers|figures)\b/i.test(text.slice(first.start, first.end))) return undefined;
    const cue = findCues(text, first).find((c) => goesOnFromBefore(text, c));
    const actor = cue && resolveSource(article, ctx, cue, recent, first);
    if (cue && actor) found = { cue, actor };
    return found ?? undefined;
  };
}
