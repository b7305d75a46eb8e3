// A sentence that reads out a document's findings after a colon: "Another finding of the survey: Two-thirds
// of Internet users look online ...", "One bright note in the poll: 58 percent of women oppose ..." (the
// document speaks, as "the survey found" would have it); and a document's that-clause, "The BJS bulletin
// ... indicated that federal Bureau of Prisons' facilities reported a slight slowdown in growth": what a
// document says others reported is the document's, as what a leading "according to" introduces is its source's.
import type { Span } from '../span';
import type { Cue } from './cues';
import { WEAK } from './reportingVerbs';

/** "<a few words> in|of|from the survey|poll|study|report|data:" opening a sentence; the document the source. */
const FINDING_OF = /^\s*(?:[\p{L}’'-]+\s+){1,4}(?:in|of|from)\s+(the\s+(?:latest\s+|new\s+)?(?:survey|poll|study|report|data|research))\s*:/iu;

/** The cue of a sentence that opens on what a document found, its findings after the colon, if it does. */
export function findingsCue(text: string, sentence: Span): Cue | undefined {
  const m = FINDING_OF.exec(text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const end = sentence.start + m[0].length;
  const start = sentence.start + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 3);
  return { cue: { start: end - 1, end }, source: { start, end: start + m[1]!.length }, direction: 'after' };
}

/** A document then, a few words on (its title, its number), the verb that opens what it holds: "The BJS bulletin, "..." (NCJ 185989), indicated that ". */
const DOCUMENT_SAYS_THAT = /\b(?:bulletin|report|survey|study|analysis|census|review)\b[^.;!?]{0,80}?\s(?:indicated|indicates|showed|shows|found|finds|revealed|reveals)\s+that\s+$/i;

/** The cues of a sentence without a weak one whose source opens a document's that-clause: the document speaks for it. */
export function withoutInnerReports(text: string, cues: Cue[]): Cue[] {
  return cues.filter((c) => !(c.direction === 'before' && WEAK.has(text.slice(c.cue.start, c.cue.end).toLowerCase()) && DOCUMENT_SAYS_THAT.test(text.slice(Math.max(0, c.source.start - 160), c.source.start))));
}
