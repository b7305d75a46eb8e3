// The standfirst (dek): the sentence or two under the headline that sum up the story. Pages
// state it as their description (`og:description`, `<meta name=description>`, JSON-LD) and show it in a
// box of their own above the body, which Readability leaves out; the figures in it are the
// story's ("21 drones" in the dek, "at least 21 attack drones" in the body), so it is the first
// paragraph when the page shows it.
import { toArray, type DomDocument, type DomElement } from './dom';
import { decodeEntities, normaliseText } from './text';
import { readJsonLd } from './jsonLd';

/** Elements inside a line of text. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'small', 'mark', 'abbr', 'cite', 'q', 'sup', 'sub', 'time', 'u']);

const DESCRIPTION_KEYS = ['meta[property="og:description" i]', 'meta[name="description" i]', 'meta[name="twitter:description" i]'];

/**
 * The page's description (its meta tags', or its JSON-LD article's) when an element of its body
 * (not a picture's) shows that text (the page's own standfirst, not only a search snippet):
 * exactly, or cut short in the description, or with the site's name after it, a label before it or
 * written twice there (then the shown text); read before Readability changes the document.
 */
export function shownStandfirst(doc: DomDocument): string | undefined {
  const descriptions = new Set<string>();
  for (const key of DESCRIPTION_KEYS) {
    const content = doc.querySelector(key)?.getAttribute('content');
    const text = content ? normaliseText(decodeEntities(content)) : '';
    if (text.length >= 40 && text.length <= 600) descriptions.add(text);
  }
  // (and the JSON-LD article's, which some pages keep apart from a shorter or older social one)
  const ld = normaliseText(decodeEntities(readJsonLd(doc)?.description ?? ''));
  if (ld.length >= 40 && ld.length <= 600) descriptions.add(ld);
  // (each also without a label of up to three words before a colon, which the page does not show: `Pakistan News: ...`)
  for (const d of [...descriptions]) {
    const label = /^([^:.!?]{2,30}):\s+/u.exec(d);
    if (label && label[1]!.trim().split(/\s+/).length <= 3 && d.length - label[0].length >= 60) descriptions.add(d.slice(label[0].length));
  }
  if (descriptions.size === 0) return undefined;
  for (const el of toArray(doc.querySelectorAll('body p, body h2, body div, body span'))) {
    // (a box of text, not a wrapper: reading every wrapper's text is quadratic in the nesting)
    if (!toArray(el.children).every((c) => INLINE.has(c.tagName.toLowerCase()))) continue;
    const text = el.textContent ?? '';
    const split = el.tagName.toLowerCase() === 'p' ? inParagraphs(el, descriptions) : undefined;
    if (split) return split;
    if (text.length < 40 || text.length > 700) continue;
    const shown = normaliseText(text);
    const told = [...descriptions].some((d) => truncates(d, shown) || labels(d, shown));
    if ((descriptions.has(shown) || told) && !el.closest('script, noscript, template, a, figure, figcaption, [hidden], [aria-hidden="true"]')) return shown;
  }
  return undefined;
}

/**
 * The description when the page shows it split into paragraphs, `el` and the ones right after it
 * (`<p>Sara ... hedersförtryck.</p><p>Nu ska hon ... utvisas till Pakistan.</p><p>– Jag vet ...</p>`
 * under the headline): their texts, joined, read the whole description.
 */
function inParagraphs(el: DomElement, descriptions: Set<string>): string | undefined {
  let shown = normaliseText(el.textContent ?? '');
  if (shown.length < 20) return undefined;
  const whole = [...descriptions].find((d) => d.length > shown.length && d.startsWith(`${shown} `));
  if (!whole || el.closest('script, noscript, template, a, figure, figcaption, [hidden], [aria-hidden="true"]')) return undefined;
  for (let next = el.nextElementSibling; next && next.tagName.toLowerCase() === 'p'; next = next.nextElementSibling) {
    shown = `${shown} ${normaliseText(next.textContent ?? '')}`;
    if (shown === whole) return shown;
    if (!whole.startsWith(`${shown} `)) return undefined;
  }
  return undefined;
}

/** Whether `description` is `shown` cut short (at least 60 characters of its start, an ellipsis after them or not). */
function truncates(description: string, shown: string): boolean {
  const start = description.replace(/\s*(?:\.\.\.|…)$/u, '');
  return start.length >= 60 && shown.length > description.length && shown.startsWith(start);
}

/** Whether `description` is `shown` (at least 60 characters) with the site's name after a separator (`... | Anadolu Ajansı`), or written twice. */
function labels(description: string, shown: string): boolean {
  if (shown.length < 60 || !description.startsWith(shown)) return false;
  const rest = description.slice(shown.length);
  return /^\s*[|\-–—]\s*[^|]{1,40}$/u.test(rest) || rest.replace(/^[.\s]+|[.\s]+$/g, '') === shown.replace(/[.\s]+$/, '');
}

/** `paragraphs` with the standfirst first, when they do not hold it already. */
export function withStandfirst(paragraphs: string[], standfirst: string | undefined): string[] {
  if (!standfirst || paragraphs.length === 0) return paragraphs;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const head = key(standfirst).slice(0, 60);
  // (held across lines too: a standfirst the body shows split into paragraphs)
  return paragraphs.some((p) => key(p).includes(head)) || key(paragraphs.slice(0, 8).join(' ')).includes(head) ? paragraphs : [standfirst, ...paragraphs];
}
