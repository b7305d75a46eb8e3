// A sentence whose subject is a body's data with a participle after it ("New Eurostat figures
// published to mark World Teachers Day earlier this week show that ..."): the data speak, in their
// owner's name; the participle ("published") and the words before the verb ("to mark World Teachers
// Day") name no source.
import type { Cue } from './cues';
import type { Span } from '../span';

/** The owner's name, its data noun and a participle after it, up to a verb that shows at the end. */
const DATA_THEN_PARTICIPLE = /(?:^|\s)(?:(?:[Nn]ew|[Ll]atest|[Rr]ecent)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:figures|data|statistics|estimates)\s+(?:published|released|issued|compiled|out)\b(?!\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+)\s+)?by\b)[^,;:]*$/u;
/** Capitalised words before data that name no owner: "The data released ...", "New figures published today", "Official figures". */
const NO_OWNER = /^(?:the|new|latest|recent|official|separate|other|further|these|those|today['’]s|provisional|preliminary|final|annual|monthly|quarterly|government|national|regional|local)$/i;
/** Verbs by which data speak. */
const DATA_VERB = /^(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested)$/i;

/** Cues with a data subject read through its participle: the data's owner is the source of the verb, and the participle is no cue. */
export function dataThroughParticiple(text: string, sentence: Span, cues: Cue[]): Cue[] {
  const verb = cues.find((c) => c.direction === 'before' && DATA_VERB.test(text.slice(c.cue.start, c.cue.end)));
  if (!verb) return cues;
  const m = DATA_THEN_PARTICIPLE.exec(text.slice(sentence.start, verb.cue.start));
  if (!m || m[1]!.split(/\s+/).some((w) => NO_OWNER.test(w))) return cues;
  const start = sentence.start + m.index + m[0].indexOf(m[1]!);
  const owner = { start, end: start + m[1]!.length };
  // (the participle's own cue, "published" <- "New Eurostat figures", goes: it is the data's, not a statement)
  return cues.filter((c) => c === verb || c.cue.end <= owner.start || c.cue.start >= verb.cue.start).map((c) => (c === verb ? { ...c, source: owner } : c));
}
