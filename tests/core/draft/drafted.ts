// The drafting tests' shared setup: one article (headline first) with its published date, drafted
// with a registry, and a way to find the claim drafted on a figure's text.
import { buildArticle, DraftContext, draftArticle, readRegistry, type ArticleDraft, type DraftedClaim } from '../../../server/src/core/api';

/** Drafts `body` published on `published` with `registry` (claimmark.yaml text); gives the claim drafted on a figure's text, if any. */
export function drafted(body: string, published: string, registry = ''): (figure: string) => DraftedClaim | undefined {
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\n${body}`), new DraftContext(readRegistry(registry)));
  return (figure) => d.claims.find((c) => c.text === figure);
}

/** Drafts `body` as an article imported from `outlet` (front matter outlet), published 2 March 2025. */
export function draftedFromOutlet(outlet: string, body: string): ArticleDraft {
  return draftArticle(buildArticle('file:///w/o.claims.txt', `---\npublished: 2025-03-02\noutlet: "${outlet}"\n---\n${body}`), new DraftContext(readRegistry('')));
}

/** The actor drafted on each figure's text of `body` imported from `outlet` (draftedFromOutlet). */
export function actorsFrom(outlet: string, body: string): (figure: string) => string | undefined {
  const d = draftedFromOutlet(outlet, body);
  return (figure) => d.claims.find((c) => c.text === figure)?.actor;
}
