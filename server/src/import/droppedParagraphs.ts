// Paragraphs Readability drops from the middle of the text: a page that wraps each paragraph in
// boxes of its own (`<div class="x"><div><p>...</p></div></div>`, one per paragraph) loses the
// ones with a few links, whose box's link density Readability's clean-up reads as a link list.
// Such a paragraph's boxes are shaped as its neighbours' are, and both neighbours are kept.
import { toArray, type DomDocument, type DomElement, type DomNode } from './dom';
import { insideBoilerplate } from './paragraphs';

/** How many boxes above a paragraph its shape names. */
const LEVELS = 4;

/** A page's paragraphs as they sat before Readability, each with the shape of the boxes around it. */
export interface ParagraphShapes {
  paragraphs: DomElement[];
  shapes: string[];
}

/** The page's `<p>`s with text, outside boxes that are not the article, each with its shape: its own and its boxes' tag and class. Read before Readability, which moves them. */
export function paragraphShapes(doc: DomDocument): ParagraphShapes {
  const paragraphs = toArray(doc.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim() !== '' && !insideBoilerplate(p));
  const shapes = paragraphs.map((p) => {
    const parts: string[] = [];
    for (let n: DomElement | null = p, i = 0; n && n.tagName && i <= LEVELS; n = n.parentNode as DomElement | null, i++) parts.push(`${n.tagName}.${n.getAttribute('class') ?? ''}`);
    return parts.join('<');
  });
  return { paragraphs, shapes };
}

/**
 * Puts back into Readability's `content` each paragraph it dropped whose nearest paragraphs of the
 * same shape before and after it were both kept, right after the one before (or, the first of its
 * shape, whose next one was kept, right before that: the text's first paragraph); not one whose
 * text is mostly links (a teaser), nor one whose shape fewer than four of the page's paragraphs
 * share. True when it put any back.
 */
export function restoreDroppedParagraphs(content: DomNode, page: ParagraphShapes): boolean {
  const { paragraphs, shapes } = page;
  const kept = paragraphs.map((p) => within(p, content));
  let restored = false;
  const count = new Map<string, number>();
  for (const s of shapes) count.set(s, (count.get(s) ?? 0) + 1);
  for (let i = 0; i < paragraphs.length; i++) {
    if (kept[i] || (count.get(shapes[i]!) ?? 0) < 4 || linkShare(paragraphs[i]!) > 0.5) continue;
    const before = nearest(shapes, i, -1);
    const after = nearest(shapes, i, 1);
    // (the first of its shape, the text's first paragraph, goes before the next)
    if (after === undefined || !kept[after] || (before !== undefined && !kept[before])) continue;
    if (before === undefined) (paragraphs[after]! as Movable).before(paragraphs[i]!);
    else (paragraphs[before]! as Movable).after(paragraphs[i]!);
    kept[i] = true;
    restored = true;
  }
  return restored;
}

/** An element that nodes can be put before or after. */
type Movable = DomElement & { before(...nodes: DomNode[]): void; after(...nodes: DomNode[]): void };

/** The index of the nearest paragraph of the same shape as paragraph `i`, before it (`step` -1) or after it (1). */
function nearest(shapes: string[], i: number, step: number): number | undefined {
  for (let j = i + step; j >= 0 && j < shapes.length; j += step) if (shapes[j] === shapes[i]) return j;
  return undefined;
}

/** Whether `node` is inside `root`. */
function within(node: DomNode, root: DomNode): boolean {
  for (let n: DomNode | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** The share of `el`'s text inside links. */
function linkShare(el: DomElement): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  const linked = toArray(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return all === 0 ? 1 : linked / all;
}
