// A second body extractor, independent of Readability's scoring: the page cut into text blocks,
// each classed as content or boilerplate by shallow text features (its word count and link density
// and its neighbours', after Kohlschütter et al., "Boilerplate Detection using Shallow Text
// Features", 2010, and jusText's context rules), then the article's box chosen as the element whose
// content text most outweighs its boilerplate text. Read when Readability finds no article.
import { isElement, parseDocument, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { markBoilerplate, paragraphsOf } from './paragraphs';
import { revealHiddenText } from './reveal';
import { normaliseText } from './text';

/** One block of text: the words between two block-level boundaries. */
export interface TextBlock {
  text: string;
  /** Words (a CJK character counting as half a word, as such text has no spaces). */
  words: number;
  /** Share of its characters inside links. */
  linkDensity: number;
  /** The element that holds the block: the nearest block-level ancestor. */
  box: DomElement;
  heading: boolean;
  content: boolean;
}

/** Elements that start and end a block. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'ul', 'ol', 'dl',
  'blockquote', 'pre', 'tr', 'table', 'figure', 'figcaption', 'center', 'address', 'details', 'summary', 'hr', 'form', 'td', 'th', 'body',
]);
/** Elements whose content is never text a reader reads as the article's. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'head', 'button', 'select', 'input', 'textarea', 'label']);

/** Elements around the article, never in it: navigation, side columns, footers, captions. */
const OUTSIDE = new Set(['nav', 'aside', 'footer', 'figcaption']);
/** The attribute `markBoilerplate` (paragraphs.ts) sets on captions and widgets, when it has run. */
const BOILERPLATE_MARK = 'data-claimmark-boilerplate';

/** The page's text blocks in document order; hidden elements, navigation, side columns, footers, captions and boxes marked as boilerplate left out. */
export function textBlocks(root: DomElement): TextBlock[] {
  const out: TextBlock[] = [];
  let text: string[] = [];
  let linked = 0;
  let links = 0;
  const boxes: DomElement[] = [root];
  const flush = () => {
    const t = normaliseText(text.join(''));
    const l = linked;
    text = [];
    linked = 0;
    if (t === '') return;
    const box = boxes[boxes.length - 1]!;
    out.push({ text: t, words: wordCount(t), linkDensity: Math.min(1, l / t.length), box, heading: /^h[1-6]$/i.test(box.tagName), content: false });
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      text.push(t);
      if (links > 0) linked += normaliseText(t).length;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') return flush();
    if (SKIPPED.has(tag) || OUTSIDE.has(tag) || hidden(node) || node.getAttribute(BOILERPLATE_MARK) !== null) return;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      boxes.push(node);
    }
    if (tag === 'a') links++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (tag === 'a') links--;
    if (block) {
      flush();
      boxes.pop();
    }
  };
  walk(root);
  flush();
  return out;
}

/** Hidden from readers: `hidden`, `aria-hidden`, or `display: none` written on the element. */
function hidden(el: DomElement): boolean {
  return el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Words in `text`: runs of letters and digits, each CJK character half a word. */
function wordCount(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return words + cjk / 2;
}

/**
 * Classes each block by its own and its neighbours' word counts and link densities (the paper's
 * decision tree over the previous, current and next block), then turns short blocks between two
 * content blocks into content, and a heading just before content into content (jusText's context).
 */
export function classifyBlocks(blocks: TextBlock[]): void {
  const none = { words: 0, linkDensity: 0 };
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1] ?? none;
    const next = blocks[i + 1] ?? none;
    if (b.linkDensity > 0.333) b.content = false;
    else if (prev.linkDensity <= 0.555) b.content = b.words > 16 || next.words > 15 || prev.words > 4;
    else b.content = b.words > 40 || next.words > 17;
  });
  // (a lone short block is boilerplate unless its neighbours are content; long ones keep their class)
  const first = blocks.map((b) => b.content);
  blocks.forEach((b, i) => {
    if (b.words >= 10 || b.linkDensity > 0.333) return;
    const before = first[i - 1] ?? false;
    const after = first[i + 1] ?? false;
    b.content = (before && after) || (b.heading && after);
  });
}

/** The classifier's reading of a page: its blocks, classed, and the box that holds its article. */
export interface ClassifiedPage {
  blocks: TextBlock[];
  region?: DomElement;
}

/**
 * Classes the page's blocks and finds its article's box: the element whose content blocks' text,
 * less its boilerplate blocks' text, is the largest (a box of other stories' teasers, long as their
 * summaries are, loses by its headlines' links; a page's wrapper by its menus and footer).
 */
export function classifyPage(root: DomElement): ClassifiedPage {
  const blocks = textBlocks(root);
  classifyBlocks(blocks);
  const scores = new Map<DomNode, number>();
  for (const b of blocks) {
    const v = b.content ? b.text.length : -b.text.length;
    for (let el: DomNode | null = b.box; el && isElement(el); el = el.parentNode) scores.set(el, (scores.get(el) ?? 0) + v);
  }
  let region: DomElement | undefined;
  let best = 0;
  for (const [el, v] of scores) {
    if (v > best) {
      best = v;
      region = el as DomElement;
    }
  }
  return region ? { blocks, region } : { blocks };
}

/**
 * The page's body by the block classifier, read as the importer reads Readability's (paragraphs.ts:
 * one line per block, captions, widgets and boxes named as boilerplate left out): the lines of the
 * article's box (`classifyPage`) but those of the blocks classed as boilerplate. Text hidden until a
 * script shows it is shown first (reveal.ts), as for Readability.
 */
export function classifiedArticle(html: string): string[] {
  const doc = parseDocument(html);
  revealHiddenText(doc);
  markBoilerplate(doc.documentElement);
  const { blocks, region } = classifyPage(doc.documentElement);
  if (!region) return [];
  // (the region's own boilerplate blocks: a teaser elsewhere may repeat a line of the text)
  const boilerplate = new Set(blocks.filter((b) => !b.content && (b.box === region || contains(region, b.box))).map((b) => b.text));
  return paragraphsOf(region).filter((p) => !boilerplate.has(p));
}

/** Whether `inner` is a descendant of `outer`. */
function contains(outer: DomElement, inner: DomNode): boolean {
  for (let n = inner.parentNode; n; n = n.parentNode) if (n === outer) return true;
  return false;
}
