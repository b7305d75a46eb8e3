// Lists of links to other stories under a "Related:" label inside the text (`RELATED:` over three
// links to the site's other posts), and boxes whose accessible name says they hold other stories
// (`<section aria-labelledby=x>` with `<div id=x>Recommended from Editorial</div>`): markBoilerplate
// leaves them out with their label.
import { toArray, type DomElement } from './dom';
import { normaliseText } from './text';

/** A label that names what follows as other stories, in the languages of the test pages (`Related:`, `See also`, `More from X`, `Recommended from X`, `You may also like`, `Lesen Sie auch`, `Mehr zum Thema`, `Lire aussi`, `Les også`). */
const RELATED_LABEL = /^(?:related(?: articles| stories| content| links| coverage| posts)?|read more|see also|also read|read also|more on this(?: story)?|more from [\p{L}\p{N}.' ]{2,30}|recommended(?: for you| stories| articles| reading| from [\p{L}\p{N}.' ]{2,30})?|you (?:may|might) also like|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|lire aussi|à lire aussi|leer más|lea también|leia também|leggi anche|les også|læs også|läs också|lees ook)\s*:?$/iu;

/**
 * The lists (`<ul>`, `<ol>`) whose every item is one link and nothing else, right after an element
 * that reads only a label of other stories (`<p><strong>RELATED:</strong></p>`, `<h3>Mehr zum
 * Thema</h3>`), each with its label: other stories' links, not the article's text.
 */
export function relatedLinkLists(root: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (const list of toArray(root.querySelectorAll('ul, ol'))) {
    const label = (list as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
    if (!label || !RELATED_LABEL.test(normaliseText(label.textContent ?? ''))) continue;
    const items = toArray(list.querySelectorAll('li'));
    const linksOnly = items.length > 0 && items.every((li) => {
      const links = toArray(li.querySelectorAll('a'));
      return links.length === 1 && normaliseText(links[0]!.textContent ?? '') === normaliseText(li.textContent ?? '') && normaliseText(li.textContent ?? '') !== '';
    });
    if (linksOnly) out.push(label, list);
  }
  return out;
}

/** Longest text a labelled box of other stories has (a list of teasers, not the article's text). */
const BOX_TEXT = 1500;

/**
 * The boxes whose accessible name (the text of the element `aria-labelledby` points to, or
 * `aria-label`) reads only a label of other stories (`Recommended from Editorial`, `Related
 * articles`), under 1,500 characters: a carousel of other stories' links whose label is not right
 * before its list.
 */
export function labelledRelatedBoxes(root: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const boxes = toArray(root.querySelectorAll('[aria-labelledby], [aria-label]'));
  // (the labels by id, read once: a page may label many boxes)
  const byId = new Map<string, DomElement>();
  if (boxes.some((b) => b.getAttribute('aria-labelledby') !== null)) for (const el of toArray(root.querySelectorAll('[id]'))) if (!byId.has(el.getAttribute('id')!)) byId.set(el.getAttribute('id')!, el);
  for (const box of boxes) {
    const ids = (box.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((id) => id !== '');
    const named = ids.length > 0 ? ids.map((id) => byId.get(id)?.textContent ?? '').join(' ') : box.getAttribute('aria-label') ?? '';
    if (!RELATED_LABEL.test(normaliseText(named)) || normaliseText(box.textContent ?? '').length >= BOX_TEXT) continue;
    out.push(box);
  }
  return out;
}
