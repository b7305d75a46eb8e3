// Sources a speaker cites inside his own quotation: "According to the Ministry of Health, the number
// ... has jumped nearly 14 per cent" or "Today's report confirms that ... 25 percent" within a
// minister's quoted words are his statement, the data he cites his (as "Today's trade figures show"
// is in a release's "X said:" statement).
import type { Cue } from './cues';
import { DATA_PHRASE } from './cueWords';

/**
 * True when `cue` opens inside a quotation that its paragraph opens (an opening mark before it, none
 * closing) and opens its sentence, and cites data or a body "according to" it: the quotation's speaker states its figures.
 */
export function citedInQuotation(text: string, lineStart: number, cue: Cue): boolean {
  const before = text.slice(lineStart, Math.min(cue.cue.start, cue.source.start));
  if (!/^\s*[“"]/.test(before) || /[”"]/.test(before.trimStart().slice(1))) return false;
  // (opening its sentence: "..., according to Myanmar's foreign ministry," said Ban is the ministry's count he passes on)
  if (!/(?:^\s*[“"]|[.!?]\s+)$/.test(before)) return false;
  const source = text.slice(cue.source.start, cue.source.end);
  return /^according/i.test(text.slice(cue.cue.start, cue.cue.end)) || (cue.direction === 'before' && DATA_PHRASE.test(source));
}
