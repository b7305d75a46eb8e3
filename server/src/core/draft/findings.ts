// A sentence that reads out a document's findings after a colon: "Another finding of the survey: Two-thirds
// of Internet users look online ...", "One bright note in the poll: 58 percent of women oppose ..." (the
// document speaks, as "the survey found" would have it).
import type { Span } from '../span';
import type { Cue } from './cues';

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
