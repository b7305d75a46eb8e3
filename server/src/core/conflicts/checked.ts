// Articles reduced to what the conflict checker reads (its contract: uri, claims, and eight
// fields of each claim). A one-pass check (workspace/batch.ts) keeps only these of each
// article; conflicts/equivalence.test.ts checks that the checker gives the same on them.
import type { Article, Claim } from '../model/article';

/** A claim reduced to what the conflict checker reads. */
export type CheckedClaim = Pick<Claim, 'span' | 'textSpan' | 'text' | 'fact' | 'actor' | 'asof' | 'reading' | 'printed'>;

/** The claims of an article as the conflict checker reads them. */
export function checkedClaims(article: Article): CheckedClaim[] {
  return article.claims.map((c) => {
    const out: CheckedClaim = { span: c.span, textSpan: c.textSpan, text: c.text, fact: c.fact, reading: c.reading };
    if (c.actor) out.actor = c.actor;
    if (c.asof) out.asof = c.asof;
    // conversions compare within printed precision only for figures read from their text
    if (c.printed) out.printed = c.printed;
    return out;
  });
}

/**
 * An Article the conflict checker can index, made from checked claims only. The checker
 * reads nothing else of it; only conflictsOf hands articles out, and nothing asks that of
 * a checker fed these.
 */
export function articleForChecker(uri: string, claims: CheckedClaim[]): Article {
  return { uri, claims } as unknown as Article;
}
