// A page that marks no publication date up and labels none may still print one time stamp, a date
// with its time of day (`5/24/2016 02:05 PM` in a column beside the text): when it prints exactly one
// such day, that is the day it was published (a list of other stories prints several).
import { isElement, toArray, TEXT_NODE, type DomDocument, type DomNode } from './dom';
import { toIsoDate } from './dates';

// A date (`5/24/2016`, `24.05.2016`, `2016-05-24`, `May 24, 2016`, `24 May 2016`, `24. Mai 2016`), then
// at most a comma, a bar or a word such as `at`/`um`/`à`, then a time of day (`02:05 PM`, `14.05 Uhr`; not
// another date, `12.11.2021 10.11.2021`).
const STAMP = /(?<![\p{L}\p{N}])(\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\p{L}{3,9}\.? \d{1,2},? (?:19|20)\d{2}|\d{1,2}\.? \p{L}{3,9}\.? (?:19|20)\d{2})[\s,|·•-]{0,4}(?:(?:at|um|à|a las|alle|om|kl\.?)\s+)?(?:\d{1,2}:\d{2}(?![\d:]*[./]\d)|\d{1,2}\.\d{2}\s?(?:uhr|h)(?!\p{L}))/giu;

/** The text of `node`, each text node apart (a `<br>` between a date and its time reads as a space), scripts, styles and the `skip` boxes left out. */
function textOf(node: DomNode, out: string[], skip: Set<DomNode>): void {
  if (node.nodeType === TEXT_NODE) out.push(node.textContent ?? '');
  else if (isElement(node) && !skip.has(node) && !/^(?:script|style|noscript|template|select|option)$/i.test(node.tagName)) for (const child of toArray(node.childNodes)) textOf(child, out, skip);
}

/** Readers' comments, whose time stamps are theirs. */
const COMMENTS = '[class*="comment" i], [id*="comment" i], [class*="reply" i]';

/**
 * The day of the one time stamp the page prints (a date with a time of day, anywhere in its
 * visible text but in readers' comments and the boxes `outside` selects: other articles', menus),
 * when every such stamp gives that same day; else undefined.
 */
export function soleStampDate(doc: DomDocument, dayFirst: boolean, outside: string): string | undefined {
  const body = doc.querySelector('body');
  if (!body) return undefined;
  const skip = new Set<DomNode>(toArray(doc.querySelectorAll(`${outside}, ${COMMENTS}`)).filter((el) => !/^(?:html|body)$/i.test(el.tagName)));
  const parts: string[] = [];
  textOf(body, parts, skip);
  const days = new Set<string>();
  for (const m of parts.join(' ').replace(/\s+/g, ' ').matchAll(STAMP)) {
    const day = toIsoDate(m[1], dayFirst);
    if (day) days.add(day);
    if (days.size > 1) return undefined;
  }
  return days.size === 1 ? [...days][0] : undefined;
}
