// Words of the conflict findings: how a claim is named in a message ("'about 3,000'
// (zelenskyy, 2024-12-23)") and in related information ("zelenskyy, 'about 3,000', 2024-12-23").
import type { RelatedFinding } from '../diagnostics/finding';
import type { ClaimEntry, RelatedMade } from './entry';
import { dateRangeText } from '../base/dates';

/** The as-of as written in messages: a day, a range `A..B`, or "no date". */
export function dateText(e: ClaimEntry): string {
  return dateRangeText(e.claim.asof) ?? 'no date';
}

/** The actor as written in messages. */
export function actorText(e: ClaimEntry): string {
  return e.actor ?? 'no actor';
}

/** `'about 3,000' (zelenskyy, 2024-12-23)`. */
export function describe(e: ClaimEntry): string {
  return (e.described ??= flat(`'${e.claim.text}' (${actorText(e)}, ${dateText(e)})`));
}

/** `'X' ... and N more` for a sorted list of others and their full count. */
export function othersText(first: ClaimEntry, count: number): string {
  return count > 1 ? `${describe(first)} and ${count - 1} more` : describe(first);
}

/** Related information for another claim: `actor, 'figure', date`, plus why when it helps (without, one object per claim). */
export function relatedTo(e: ClaimEntry, why?: string): RelatedFinding {
  const made = (e.related ??= relatedMade(e));
  if (!why) return (made.plain ??= relatedAt(e, made.text));
  return relatedAt(e, `${made.text} (${why})`);
}

/** relatedTo(e, why) for a why said of many claims (a cumulative fall's, in `slot`): one object per claim and slot. */
export function relatedKept(e: ClaimEntry, why: string, slot: 'later' | 'earlier'): RelatedFinding {
  const made = (e.related ??= relatedMade(e));
  // each slot by name: made[slot] was a keyed load V8 could not specialise (a megamorphic look-up per related place)
  if (slot === 'later') return (made.later ??= relatedAt(e, `${made.text} (${why})`));
  return (made.earlier ??= relatedAt(e, `${made.text} (${why})`));
}

/** A claim's related text, with every slot there from the start: one object shape (slots filled later made four, and every read of them a megamorphic look-up). */
function relatedMade(e: ClaimEntry): RelatedMade {
  return { text: flat(`${actorText(e)}, '${e.claim.text}', ${dateText(e)}`), plain: undefined, later: undefined, earlier: undefined };
}

function relatedAt(e: ClaimEntry, message: string): RelatedFinding {
  return { uri: e.uri, span: { start: e.claim.textSpan.start, end: e.claim.textSpan.end }, message };
}

/**
 * `s` as one flat string. A template's result is a tree of its pieces (five or six per text
 * here, 32 bytes each); a text kept for the whole check, and copied into every message that
 * names the claim, is cheaper made flat once.
 */
function flat(s: string): string {
  void s.charCodeAt(0); // reading a character flattens the tree in place
  return s;
}

/** Orders claims for presentation: by as-of (undated first), then article, then position. */
export function byDateThenPlace(a: ClaimEntry, b: ClaimEntry): number {
  const fa = a.from ?? -Infinity;
  const fb = b.from ?? -Infinity;
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.index - b.index;
}
