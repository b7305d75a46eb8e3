// Words of the conflict findings: how a claim is named in a message ("'about 3,000'
// (zelenskyy, 2024-12-23)") and in related information ("zelenskyy, 'about 3,000', 2024-12-23").
import type { RelatedFinding } from '../diagnostics/finding';
import type { ClaimEntry } from './entry';
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

/**
 * Related information for another claim: `actor, 'figure', date`, plus why when it helps. A new
 * object each call: the conflict findings keep theirs by the fact's outcome (findings.ts `plainPlace`).
 */
export function relatedTo(e: ClaimEntry, why?: string): RelatedFinding {
  const text = relatedText(e);
  return relatedAt(e, why ? `${text} (${why})` : text);
}

/** `actor, 'figure', date`: a claim as a related place names it, made once. */
export function relatedText(e: ClaimEntry): string {
  return (e.related ??= flat(`${actorText(e)}, '${e.claim.text}', ${dateText(e)}`));
}

/** A related place at claim `e` with `message`. */
export function relatedAt(e: ClaimEntry, message: string): RelatedFinding {
  return { uri: e.uri, span: { start: e.textStart, end: e.textEnd }, message };
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
