// A document's that-clause: "The BJS bulletin ... indicated that federal Bureau of Prisons'
// facilities reported a slight slowdown in growth - a 9.3 percent increase": what a document says
// others reported is the document's, as what a leading "according to" introduces is its source's.
import type { Span } from '../span';
import { WEAK } from './reportingVerbs';

/** A document then, a few words on (its title, its number), the verb that opens what it holds: "The BJS bulletin, "..." (NCJ 185989), indicated that ". */
const DOCUMENT_SAYS_THAT = /\b(?:bulletin|report|survey|study|analysis|census|review)\b[^.;!?]{0,80}?\s(?:indicated|indicates|showed|shows|found|finds|revealed|reveals)\s+that\s+$/i;

/** The cues of a sentence without a weak one whose source opens a document's that-clause: the document speaks for it. */
export function withoutInnerReports<C extends { cue: Span; source: Span; direction: string }>(text: string, cues: C[]): C[] {
  return cues.filter((c) => !(c.direction === 'before' && WEAK.has(text.slice(c.cue.start, c.cue.end).toLowerCase()) && DOCUMENT_SAYS_THAT.test(text.slice(Math.max(0, c.source.start - 160), c.source.start))));
}
