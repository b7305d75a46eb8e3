// The next article a page appends under its own (an endless scroll: Dagbladet's `second-article`),
// told apart before Readability, which may take the box that holds both as the article.
import { TEXT_NODE, toArray, type DomDocument, type DomElement, type DomNode } from './dom';
import { wordLine } from './statedText';

/** The word lines (statedText.ts `wordLine`) of the page's own article and of the ones after it, when it has more than one. */
export interface ArticleTexts {
  own: string;
  others: string[];
}

/**
 * The texts of the page's `<article>` elements that each hold a visible `<h1>` (not one inside
 * another), when there are two or more: the first is the page's own article, the rest are the
 * ones it appends. Undefined for a page with one such article (most pages).
 */
export function articleTexts(doc: DomDocument): ArticleTexts | undefined {
  const withH1 = toArray(doc.querySelectorAll('article')).filter((a) => a.querySelector('h1') !== null);
  const outer = withH1.filter((a) => !withH1.some((b) => b !== a && contains(b, a)));
  if (outer.length < 2) return undefined;
  const [own, ...others] = outer.map((a) => wordLine(textOf(a)));
  return { own: own!, others };
}

/** `paragraphs` without the lines that only an appended article holds, not the page's own (its text, crossheads and lists). */
export function withoutNextArticles(paragraphs: string[], texts: ArticleTexts | undefined): string[] {
  if (!texts) return paragraphs;
  const kept = paragraphs.filter((p) => {
    const line = wordLine(p);
    return texts.own.includes(line) || !texts.others.some((o) => o.includes(line));
  });
  // (most of the body gone: the first article was not the page's own after all)
  return kept.length >= paragraphs.length / 4 ? kept : paragraphs;
}

/** The element's text, a space between its text nodes (`textContent` runs a heading into the next paragraph's words). */
function textOf(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  return toArray(node.childNodes).map(textOf).join(' ');
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let n: DomElement | null = inner.parentNode as DomElement | null; n; n = n.parentNode as DomElement | null) if (n === outer) return true;
  return false;
}
