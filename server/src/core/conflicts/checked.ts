// Articles reduced to what the conflict checker reads (its contract: uri, claims, and eight
// fields of each claim). A one-pass check (workspace/batch.ts) keeps only these of each
// article; conflicts/equivalence.test.ts checks that the checker gives the same on them.
import type { Article, Claim } from '../model/article';
import type { Span } from '../span';
import type { SharedIds } from '../base/interner';

/** A claim reduced to what the conflict checker reads. */
export type CheckedClaim = Pick<Claim, 'span' | 'textSpan' | 'text' | 'fact' | 'actor' | 'asof' | 'reading' | 'printed'>;

const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });
const refs = new Map<string, { id: string; span: Span }>();

/**
 * A claim's fact or actor as kept: its id, in one shared object per id, with no span. Nothing
 * that reads kept claims reads where the id is written (the checker, fingerprints and the
 * batch's dated facts read `id` only), and two objects per claim were a fifth of what a check
 * keeps. Bounded: cleared when full (sharing restarts; results never change).
 */
function idOnly(ref: { id: string; span: Span }): { id: string; span: Span } {
  let out = refs.get(ref.id);
  if (out === undefined) {
    if (refs.size >= 100_000) refs.clear();
    refs.set(ref.id, (out = Object.freeze({ id: ref.id, span: NO_SPAN })));
  }
  return out;
}

/**
 * The claims of an article as the conflict checker reads them. Without `spans`, each claim's
 * `span` is one shared empty span: the checker's findings read `textSpan` only (a check that
 * prints as it goes keeps 180,000 fewer objects on 10,000 articles; its cache and fingerprints need the spans).
 */
export function checkedClaims(article: Article, spans = true, ids?: SharedIds): CheckedClaim[] {
  // pushed, not mapped: an optimised map() makes a holey list, a second list shape for every reader of claims (entriesOf deopted on it)
  const out: CheckedClaim[] = [];
  for (const c of article.claims) out.push(checkedClaim(c, spans, ids));
  return exactList(out);
}

/**
 * A claim's checked fields as one object literal with exactly the fields it has: fields added
 * after a literal go to a separate property array in V8 (14 MB of them on 10,000 articles).
 * `ids`: the check's own shared ids (a one-pass check numbers them; see base/interner.ts).
 */
export function checkedClaim(c: CheckedClaim, keepSpan = true, ids?: SharedIds): CheckedClaim {
  const { textSpan, text, reading, asof } = c;
  const span = keepSpan ? c.span : NO_SPAN;
  const fact = ids ? ids.of(c.fact.id) : idOnly(c.fact);
  const actor = c.actor && (ids ? ids.of(c.actor.id) : idOnly(c.actor));
  // conversions compare within printed precision only for figures read from their text
  const printed = c.printed ? c.printed : undefined;
  if (actor && asof) return printed ? { span, textSpan, text, fact, reading, actor, asof, printed } : { span, textSpan, text, fact, reading, actor, asof };
  if (actor) return printed ? { span, textSpan, text, fact, reading, actor, printed } : { span, textSpan, text, fact, reading, actor };
  if (asof) return printed ? { span, textSpan, text, fact, reading, asof, printed } : { span, textSpan, text, fact, reading, asof };
  return printed ? { span, textSpan, text, fact, reading, printed } : { span, textSpan, text, fact, reading };
}

/**
 * `list` with no spare room: a list grown by push has room for up to 43 items when it holds 18
 * (an article's claims in the bench), and a check keeps several such lists per article (an
 * exact copy of a packed list stays packed). Empty lists are kept as they are.
 */
export function exactList<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * An Article the conflict checker can index, made from checked claims only. The checker
 * reads nothing else of it; only conflictsOf hands articles out, and nothing asks that of
 * a checker fed these.
 */
export function articleForChecker(uri: string, claims: CheckedClaim[]): Article {
  return { uri, claims } as unknown as Article;
}
