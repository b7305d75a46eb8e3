// Article text that a saved page holds but a script would show: React's streamed server
// rendering (Next.js) sends the content after the page's skeleton, in hidden `<div id="S:n">`
// that a script moves into `<template id="B:n">` (or `P:n`) placeholders; a metered paywall
// hides the rest of the text in a box named paywall, `hidden` or `aria-hidden`. Readability skips hidden elements,
// so both are put where a browser would show them before anything reads the page.
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

const COMMENT_NODE = 8;

/** Reveals streamed segments and paywalled boxes in `doc`, in place. */
export function revealHiddenText(doc: DomDocument): void {
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

function isInside(node: MutableNode, ancestor: MutableNode): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p === ancestor) return true;
  return false;
}
