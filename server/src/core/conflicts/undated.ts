// not-compared: claims with no date (no `asof=`, and no usable `published:` to fall back on)
// whose fact has dated claims somewhere in the workspace. Claims with a date and without one are
// never compared (sweep.ts), so say so once per article, where the date belongs (the front
// matter), or at the first such claim when there is no front matter. DatedFacts keeps, across
// articles, which facts have a dated claim, so that only a change of that set re-checks others.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import { quote } from '../syntax/messages';

/** An article's undated claims and where its not-compared finding goes. */
export interface Undated {
  span: Span;
  /** True when `published:` is written but cannot be read. */
  badPublished: boolean;
  claims: { fact: string; text: string }[];
}

/** The undated claims of `article` (undefined: none). */
export function undatedOf(article: Article): Undated | undefined {
  if (article.published) return undefined; // only a bad asof= leaves a claim undated: bad-date says so
  const claims: Undated['claims'] = [];
  let first: Span | undefined;
  const badDates = article.findings.filter((f) => f.code === 'bad-date');
  for (const c of article.claims) {
    if (c.asof || badDates.some((f) => c.span.start <= f.span.start && f.span.end <= c.span.end)) continue;
    claims.push({ fact: c.fact.id, text: c.text });
    first ??= c.span;
  }
  if (!first) return undefined;
  const published = article.meta.keySpans['published'];
  const fm = article.syntax.frontMatter;
  return { span: published ?? (fm ? { start: fm.span.start, end: fm.span.start + 3 } : first), badPublished: !!published, claims };
}

/** The not-compared finding of an article's undated claims whose fact has a dated claim (`isDated`). */
export function notComparedFindings(undated: Undated | undefined, isDated: (fact: string) => boolean): Finding[] {
  const skipped = undated?.claims.filter((c) => isDated(c.fact));
  if (!undated || !skipped || skipped.length === 0) return [];
  const first = skipped[0]!;
  const which = skipped.length === 1 ? `the claim ${quote(first.text)} has` : `${skipped.length} claims (the first: ${quote(first.text)}) have`;
  const why = undated.badPublished ? 'the published date cannot be read' : 'the article has no published date';
  return [{
    code: 'not-compared',
    span: undated.span,
    message: `Not compared with the dated claims of ${quote(first.fact)}: ${which} no date (no asof=, and ${why}). Add published: to the front matter, or asof= to the claims`,
  }];
}

/** Which facts have a dated claim, counted by article. */
export class DatedFacts {
  private readonly count = new Map<string, number>();
  private readonly byUri = new Map<string, Set<string>>();

  has(fact: string): boolean {
    return (this.count.get(fact) ?? 0) > 0;
  }

  /** Records the article at `uri` (undefined: removed); true when some fact gained its first or lost its last dated claim. */
  set(uri: string, article: Article | undefined): boolean {
    const before = this.byUri.get(uri);
    const after = new Set<string>();
    if (article) for (const c of article.claims) if (c.asof) after.add(c.fact.id);
    let crossed = false;
    for (const f of before ?? []) if (!after.has(f)) crossed = this.add(f, -1) || crossed;
    for (const f of after) if (!before?.has(f)) crossed = this.add(f, 1) || crossed;
    if (after.size > 0) this.byUri.set(uri, after);
    else this.byUri.delete(uri);
    return crossed;
  }

  private add(fact: string, delta: number): boolean {
    const n = (this.count.get(fact) ?? 0) + delta;
    if (n > 0) this.count.set(fact, n);
    else this.count.delete(fact);
    return n === 0 || (n === 1 && delta > 0);
  }
}
