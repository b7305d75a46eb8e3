// The drafting tests' shared setup: one article (headline first) with its published date, drafted
// with a registry, and a way to find the claim drafted on a figure's text.
import { buildArticle, DraftContext, draftArticle, readRegistry, type DraftedClaim } from '../../../server/src/core/api';

/** Drafts `body` published on `published` with `registry` (claimmark.yaml text); gives the claim drafted on a figure's text, if any. */
export function drafted(body: string, published: string, registry = ''): (figure: string) => DraftedClaim | undefined {
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\n${body}`), new DraftContext(readRegistry(registry)));
  return (figure) => d.claims.find((c) => c.text === figure);
}
