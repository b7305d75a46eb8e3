// In a release (an institution's own voice, outletVoice.ts and documentVoice.ts), a paragraph
// that reads out a named set of data goes on in the next paragraphs that name no one:
// "According to the latest Monthly Regional Tourism Estimates released by the Ministry
// (MBIE), the fastest growing region ... was Nelson, which increased 14 per cent. / In the month
// of January, the fastest growing regions were Tasman, up 19 per cent ..." (both the
// ministry's, not the release's). A person's words do not go on so, only data: figures,
// statistics, estimates, results, a survey or a census. In news, a new paragraph is the
// writer's again, so draft.ts asks only where a release speaks.
import type { Cue } from './cues';
import { referenceOf, type DraftActor } from './actors';

/** Words for a set of data, as a cue's phrase prints them ("the latest Monthly Regional Tourism Estimates"). */
const DATA_WORDS = /\b(?:figures|statistics|estimates|data|results|survey|census)\b/i;

/** An institution's name around its office word: "the Office for National Statistics", "the Census Bureau", "Bureau of Labor Statistics". */
const INSTITUTION_NAME = /(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?:of|for|on|and)\s+)?)*\b(?:Office|Bureau|Center|Centre|Agency|Department|Ministry|Administration|Commission|Service|Authority)\b(?:\s+(?:(?:of|for|on|and)\s+)?\p{Lu}[\p{L}.’'-]*)*/gu;

/** A cue resolved to its actor, as draft.ts keeps them. */
type Resolved = { cue: Cue; actor?: DraftActor };

/** The phrase that names a cue's source: the source, and what its cue reads before it ("according to the latest Estimates released by" the MBIE); not its verb ("Demographic Analysis estimates"). */
function sourcePhrase(text: string, cue: Cue): string {
  return text.slice(cue.direction === 'after' ? Math.min(cue.cue.end, cue.source.start) : cue.source.start, cue.source.end);
}

/**
 * The data source a paragraph leaves speaking for the next one: the last cue of its sentences
 * `resolved` that reads out data, when the paragraph has figures; or, for a paragraph with no cue,
 * the one it carried on (`before`), so that a run of such paragraphs stays the data's.
 */
export function dataGoesOn(text: string, resolved: readonly (readonly Resolved[] | undefined)[], hasCue: boolean, hasFigures: boolean, before: Resolved | undefined): Resolved | undefined {
  if (!hasFigures) return undefined;
  const last = hasCue ? resolved.flatMap((r) => r ?? []).filter((r) => r.actor).pop() : before;
  // (named data only: "The survey, which was released today, shows" is the release's own, its publisher's)
  // (not an institution whose name holds such a word: "The Office for National Statistics has also announced" speaks as a person does)
  return last && DATA_WORDS.test(sourcePhrase(text, last.cue).replace(INSTITUTION_NAME, ' ')) && referenceOf(text.slice(last.cue.source.start, last.cue.source.end)).by === 'name' ? last : undefined;
}
