// The DOM the importer reads, as the few members it uses, and the parser that builds it
// (linkedom: a small, fast DOM that Readability runs on; see docs/import.md for why not jsdom).
// linkedom ships CommonJS but types it as an ES module only: require it, typed as we use it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: unknown } };

/** A DOM node, as far as the importer reads one. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
}

/** A DOM element, as far as the importer reads one. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
  closest(selectors: string): DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
}

/** A parsed page. Readability changes it as it extracts, so read metadata first. */
export interface DomDocument {
  readonly documentElement: DomElement;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
}

/** DOM node types the importer tests for (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** Parses an HTML page (never throws on bad markup: HTML parsing has no errors). */
export function parseDocument(html: string): DomDocument {
  // linkedom treats a string without <html> as a fragment; wrap it so a document always has a body.
  if (!/<html[\s>]/i.test(html)) return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as DomDocument;
  return parseHTML(withoutLeadingJunk(html)).document as DomDocument;
}

/** What may come before `<html>`: a doctype, comments (a saved page's `<!-- saved from url=... -->`, IE's conditional `<html>`s), an XML declaration. */
const HARMLESS = /^(?:\s+|<!doctype[^>]*>|<!--[\s\S]*?-->|<\?xml[^>]*>)/i;

/**
 * The page without text or elements before its `<html>` (a server's `<b>Warning</b>: ...`
 * printed ahead of it), which leave linkedom with an empty body; unchanged when there are none.
 */
function withoutLeadingJunk(html: string): string {
  let at = 0;
  for (let m = HARMLESS.exec(html); m && m[0].length > 0; m = HARMLESS.exec(html.slice(at))) at += m[0].length;
  if (/^<html[\s>]/i.test(html.slice(at, at + 6))) return html;
  // The first <html> after the junk that is not inside a comment.
  const tags = /<!--[\s\S]*?-->|<html[\s>]/gi;
  tags.lastIndex = at;
  for (let m = tags.exec(html); m; m = tags.exec(html)) if (!m[0].startsWith('<!--')) return `<!DOCTYPE html>${html.slice(m.index)}`;
  return html;
}

/** The elements of `list` as an array. */
export function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.prototype.slice.call(list) as T[];
}

/** True when `node` is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** A control, not words: a button, or a link that goes nowhere (`href="#"`, `javascript:`). */
const CONTROL = /^(?:button|select|input)$/i;

/**
 * `el`'s text without the controls inside it: a heading's "Add to ..." watch-list link or a share
 * button is no part of its words (`<h1>Headline <a href="#">Add to ...</a></h1>` reads `Headline`).
 */
export function textWithoutControls(el: DomNode): string {
  if (el.nodeType === TEXT_NODE) return el.textContent ?? '';
  if (!isElement(el)) return '';
  if (CONTROL.test(el.tagName) || el.getAttribute('role')?.toLowerCase() === 'button') return '';
  if (/^a$/i.test(el.tagName) && /^\s*(?:#|javascript:)/i.test(el.getAttribute('href') ?? '')) return '';
  return toArray(el.childNodes).map(textWithoutControls).join('');
}
