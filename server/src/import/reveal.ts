// Article text that a saved page holds but a script would show: React's streamed server
// rendering (Next.js) sends the content after the page's skeleton, in hidden `<div id="S:n">`
// that a script moves into `<template id="B:n">` (or `P:n`) placeholders; a metered paywall
// hides the rest of the text in a box named paywall, `hidden` or `aria-hidden`; a page a script
// builds may hold its whole text in `<noscript>`, shown when scripts are off. Readability skips hidden
// elements and drops `<noscript>`, so these are put where a browser would show them before anything reads the page.
import { toArray, type DomDocument } from './dom';

/** The DOM calls used to move nodes (linkedom has them all). */
interface MutableNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly nextSibling: MutableNode | null;
  readonly firstChild: MutableNode | null;
  readonly parentNode: MutableNode | null;
  insertBefore(node: MutableNode, before: MutableNode | null): void;
  remove(): void;
}
interface MutableElement extends MutableNode {
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Reveals streamed segments, paywalled boxes and a page's text held only in `<noscript>` in `doc`, in place. */
export function revealHiddenText(doc: DomDocument): void {
  revealNoscriptPage(doc);
  for (const segment of toArray(doc.querySelectorAll('div[hidden][id^="S:"]')) as unknown as MutableElement[]) {
    const n = segment.getAttribute('id')!.slice(2);
    const target = (doc.querySelector(`template[id="B:${n}"]`) ?? doc.querySelector(`template[id="P:${n}"]`)) as unknown as MutableElement | null;
    if (!target?.parentNode || isInside(target, segment)) continue;
    const parent = target.parentNode;
    // A boundary's fallback (a skeleton) runs from its template to the closing <!--/$-->.
    if (target.getAttribute('id')!.startsWith('B:')) {
      for (let next = target.nextSibling; next && !(next.nodeType === COMMENT_NODE && next.textContent === '/$'); next = target.nextSibling) next.remove();
    }
    for (let child = segment.firstChild; child; child = segment.firstChild) parent.insertBefore(child, target);
    target.remove();
    segment.remove();
  }
  for (const box of toArray(doc.querySelectorAll('[hidden], [aria-hidden="true"]')) as unknown as MutableElement[]) {
    if (!/paywall/i.test(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`)) continue;
    box.removeAttribute('hidden');
    box.removeAttribute('aria-hidden');
  }
}

/**
 * A page whose body shows no text but in `<noscript>` (a script builds it; its fallback holds the
 * article, as a press release's page on a script-built site): the `<noscript>` boxes are unwrapped.
 * A page with text of its own keeps them as they are (a "please turn on JavaScript" notice).
 */
function revealNoscriptPage(doc: DomDocument): void {
  const body = doc.querySelector('body');
  const boxes = toArray(doc.querySelectorAll('body noscript')) as unknown as MutableElement[];
  if (!body || boxes.length === 0) return;
  const outside = (node: MutableNode): number => {
    if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').trim().length;
    if (node.nodeType !== ELEMENT_NODE || /^(?:noscript|script|style|template)$/i.test((node as unknown as { tagName: string }).tagName)) return 0;
    let n = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) n += outside(child);
    return n;
  };
  const inside = boxes.reduce((n, box) => n + (box.textContent ?? '').trim().length, 0);
  if (outside(body as unknown as MutableNode) >= 100 || inside < 200) return;
  for (const box of boxes) {
    const parent = box.parentNode;
    if (!parent) continue;
    for (let child = box.firstChild; child; child = box.firstChild) parent.insertBefore(child, box);
    box.remove();
  }
}

function isInside(node: MutableNode, ancestor: MutableNode): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p === ancestor) return true;
  return false;
}
