// An article that its page splits into several boxes (an ad column between each few
// paragraphs): Readability keeps the largest box only. Its paragraphs share a class with the
// rest of the article's, so the page's elements of that class, in document order, give the whole text.
import { parseDocument, toArray, type DomElement, type DomNode } from './dom';
import { insideBoilerplate, markBoilerplate, paragraphsOf } from './paragraphs';
import { revealHiddenText } from './reveal';

/** Text blocks that an article's class may mark. */
const MARKABLE = 'p, h2, h3, h4, li, blockquote';

/**
 * The article's paragraphs from every element of `html` with the class most of `chosen`'s
 * paragraphs (Readability's pick) carry, with the `h2`-`h4` crossheads of another class beside them
 * or alone in a box between two of theirs,
 * when those hold all of `chosen` and a tenth more; else undefined.
 */
export function scatteredArticle(html: string, chosen: DomNode, paragraphs: string[]): string[] | undefined {
  const token = commonParagraphClass(chosen as DomElement);
  if (!token) return undefined;
  const doc = parseDocument(html);
  revealHiddenText(doc);
  // (not the blocks of a footer, a side column or a box of other stories that share the class)
  markBoilerplate(doc.documentElement);
  const blocks = toArray(doc.querySelectorAll(MARKABLE)).filter((el) => !insideBoilerplate(el));
  const parents = new Set(blocks.filter((el) => hasClass(el, token)).map((el) => el.parentNode));
  // (and the crossheads between them, headings of another class in the same boxes, or alone in a box between two of theirs)
  const crosshead = (el: DomElement) => /^h[234]$/i.test(el.tagName) && (parents.has(el.parentNode) || betweenParagraphs(el, token));
  const marked = blocks.filter((el) => (hasClass(el, token) || crosshead(el)) && !hasMarkedAncestor(el, token));
  const found = Array.from(marked.flatMap((el) => paragraphsOf(el)));
  const length = (list: string[]) => list.reduce((n, p) => n + p.length, 0);
  if (length(found) < 1.1 * length(paragraphs)) return undefined;
  const have = new Set(found);
  // (by length: a "Read more" link among Readability's paragraphs is not the article's)
  return length(paragraphs.filter((p) => have.has(p))) >= 0.9 * length(paragraphs) ? found : undefined;
}

/** Siblings as linkedom gives them. */
type Sibling = DomElement & { previousElementSibling: Sibling | null; nextElementSibling: Sibling | null };

/**
 * Whether heading `h` is alone in its box (the largest ancestor with no other text) and the
 * nearest boxes with text before and after that box hold paragraphs of class `token`.
 */
function betweenParagraphs(h: DomElement, token: string): boolean {
  const text = (el: DomNode) => (el.textContent ?? '').replace(/\s+/g, '');
  const own = text(h);
  if (own === '' || own.length > 200) return false;
  let box = h as Sibling;
  while (box.parentNode && (box.parentNode as DomElement).tagName && text(box.parentNode) === own) box = box.parentNode as Sibling;
  const holds = (el: Sibling | null) => el !== null && (hasClass(el, token) || toArray(el.querySelectorAll('p, li')).some((p) => hasClass(p, token)));
  let before = box.previousElementSibling;
  while (before && text(before) === '') before = before.previousElementSibling;
  let after = box.nextElementSibling;
  while (after && text(after) === '') after = after.nextElementSibling;
  return holds(before) && holds(after);
}

/** A class token on at least three in five of the element's (at least four) paragraphs with text. */
function commonParagraphClass(root: DomElement): string | undefined {
  // (paragraphs with text: Readability leaves empty ones, and makes classless ones of a box's bare text)
  const ps = toArray(root.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim() !== '');
  if (ps.length < 4) return undefined;
  const counts = new Map<string, number>();
  for (const p of ps) for (const t of new Set(classes(p))) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | undefined;
  for (const [t, n] of counts) if (n >= 0.6 * ps.length && (!best || n > counts.get(best)!)) best = t;
  return best;
}

const classes = (el: DomElement) => (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t !== '');
const hasClass = (el: DomElement, token: string) => classes(el).includes(token);

function hasMarkedAncestor(el: DomElement, token: string): boolean {
  for (let p = el.parentNode as DomElement | null; p && p.nodeType === 1; p = p.parentNode as DomElement | null) {
    if (/^(?:p|h[234]|li|blockquote)$/i.test(p.tagName) && hasClass(p, token)) return true;
  }
  return false;
}
