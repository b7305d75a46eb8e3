// Publication dates a page shows but does not mark up: the date in its URL's path
// (/2015/03/18/), an element whose class says it holds the date, a short line just after the
// headline, a dateline or a labelled date line among the body's first paragraphs ("Feb. 23,
// 2015 -- ...", "Datum 28.01.2022"). Weaker than meta tags, so read only when those are missing.
import { toArray, type DomDocument, type DomElement } from './dom';
import { toIsoDate } from './dates';
import { soleStampDate } from './soleStamp';

/** The date in a URL's path: /2015/03/18/, /2015-03-18/, /20150318/, or /18-03-2015/ when the day is above 12. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:[/_-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:[/_.-]|$)/.exec(path);
  if (m) return toIsoDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  // A path segment that is a date with the year last, 29-10-2021 or 10-29-2021, only when the order is plain (one number above 12).
  const last = /\/([0-3]?\d)-([0-3]?\d)-((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  if (!last || (+last[1]! > 12) === (+last[2]! > 12)) return undefined;
  const [day, month] = +last[1]! > 12 ? [last[1]!, last[2]!] : [last[2]!, last[1]!];
  return toIsoDate(`${last[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

// Class or id words naming a date: any word ending in 'date' but an update's (`catdate`, `pubdate`), and others' words for it.
const DATE_CLASS = /(?:^|[\s_-])(?:(?!\w*(?:update|validate|candidate))\w*date|dates|datestamp|dateline|published|posted|timestamp|time|datum|fecha|authored|submitted)(?:$|[\s_-])/i;
/** Boxes of other articles, whose dates are theirs; and the site's menus (class `menu`, `role="navigation"`), whose date is the day it was saved (`Montag, 09.12.2019` in a top menu). */
export const NOT_ARTICLE = 'aside, nav, footer, [class*="related" i], [class*="recommend" i], [id*="related" i], [class*="trending" i], [class*="popular" i], [class*="more-posts" i], [class*="most-read" i], [class*="teaser" i]:not([class*="meta" i]), [role="navigation" i], [class~="menu" i]';
/** A class or id naming a date that is an update's, unless it also names the publication (WordPress: `entry-published updated`). */
const UPDATED_ONLY = /^(?!.*(?:publish|posted|pubdate)).*(?:updated|modified)/i;

// Class or id words of a byline or an article's line of facts (`teaser_text_meta`, `entry-meta`, `article-info`): such a line often holds the date (`Gunter Frank / 22.04.2020 / 06:15`).
export const BYLINE_CLASS = /(?:^|[\s_-])(?:meta|byline|byl|info|author|credits?)(?:$|[\s_-])/i;
// An update's label inside a line.
const UPDATE_IN_LINE = /(?:^|\W|last)(?:updated?|modified)\b/i;

/**
 * The first element named as a date (class or id, camelCase words too; not an update's alone, nor one its text labels an update's) outside asides and boxes of other articles, read from its attributes or short text.
 * With `named`, elements whose class or id match it instead (BYLINE_CLASS: a byline's line, read from its short text only).
 */
export function classNamedDate(doc: DomDocument, dayFirst = false, named = DATE_CLASS): string | undefined {
  // Not `<html>` or `<body>`: sites put feature flags in their classes (`f_recommended_footer_on`). A byline's line not in a comment either (`comment-meta`, `comment-author`).
  const boxes = named === DATE_CLASS ? NOT_ARTICLE : `${NOT_ARTICLE}, [class*="comment" i], [id*="comment" i], [class*="reply" i]`;
  const outside = new Set(toArray(doc.querySelectorAll(boxes)).filter((el) => !/^(?:html|body)$/i.test(el.tagName)));
  for (const el of toArray(doc.querySelectorAll('[class], [id]'))) {
    // camelCase names are read word by word (`itemPostDate`, `articleDateBlock`)
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    if (!named.test(names) || UPDATED_ONLY.test(names) || insideAny(el, outside) || (named !== DATE_CLASS && outside.has(el))) continue;
    const short = shortText(el);
    const values = named === DATE_CLASS ? [el.getAttribute('datetime'), el.getAttribute('title'), el.getAttribute('content'), short] : [short];
    for (const value of values) {
      const date = toIsoDate(value, value === short && dayFirst);
      if (!date) continue;
      // Never a date its text labels an update's (`Updated: ...`, `2019.03.26 lastupdate`)
      if (!saysUpdated(el) && !UPDATE_IN_LINE.test(short ?? '')) return date;
      // but a line giving the publication's date before the update's label and date (`Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46`) gives the first.
      const cut = value === short && !saysUpdated(el) ? short!.search(UPDATE_IN_LINE) : -1;
      const first = cut > 0 && toIsoDate(short!.slice(cut), dayFirst) ? toIsoDate(short!.slice(0, cut), dayFirst) : undefined;
      if (first) return first;
      break;
    }
  }
  return undefined;
}

/** A picture's caption ending with its day after a comma, five or more words before it and no digit (`Ukrainian armour near Bakhmut, 24 April 2023`), not a date line (`Published Monday, April 24, 2023`). */
const DATED_CAPTION = /^[^\d,]*(?:\S+\s+){4}[^\d,]*,\s(?:\d{1,2}\.?\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2},)\s\d{4}$/u;

/**
 * A date shown as a short line just after the headline (`December 16, 2016, 4:19 PM`, `Updated:
 * Dec 15, 2016`, a `<time>` with only text), where pages whose class names say nothing put it:
 * among the 60 elements after the first `<h1>`, the first whose text (at most 80 characters) or
 * `datetime` reads as a date and is not labelled an update's (else the first update's), stopping
 * at the second paragraph longer than 120 characters; else a date line just above the headline.
 * Without `orUpdated`, a page whose line under the headline is an update's has none.
 */
export function nearHeadlineDate(doc: DomDocument, dayFirst = false, title?: string, orUpdated = true): string | undefined {
  const h1 = headlineH1(doc, title);
  if (!h1) return undefined;
  const all = toArray(doc.querySelectorAll('*'));
  const from = all.indexOf(h1);
  let paragraphs = 0;
  let updated: string | undefined;
  for (const el of all.slice(from + 1, from + 61)) {
    if (/^(?:script|style|noscript|template)$/i.test(el.tagName)) continue;
    const short = shortText(el);
    // A standfirst may come before the date line; a second long paragraph is the body.
    if (/^p$/i.test(el.tagName) && short === undefined && (el.textContent ?? '').trim().length > 120 && ++paragraphs === 2) break;
    // (not a picture's caption dated the day it was taken: `Ukrainian armour near Bakhmut, 24 April 2023`)
    if (short !== undefined && DATED_CAPTION.test(short)) continue;
    const date = toIsoDate(el.getAttribute('datetime')) ?? toIsoDate(short, dayFirst);
    if (date && !saysUpdated(el)) return date;
    updated ??= date;
  }
  if (updated) return orUpdated ? updated : undefined;
  // A kicker line above the headline (`Datum: 19.10.2021`): the nearest of the 12 elements before
  // it, in the headline's parent or grandparent (not <body>: a masthead's date of the day is not one).
  const parent = h1.parentNode as DomElement | null;
  const block = new Set([parent, parent?.parentNode as DomElement | null].filter((n): n is DomElement => !!n && !!n.tagName && !/^(?:html|body)$/i.test(n.tagName)));
  const above = new Set<DomElement>();
  for (let n: DomElement | null = h1; n; n = n.parentNode as DomElement | null) above.add(n);
  for (const el of all.slice(Math.max(0, from - 12), from).reverse()) {
    if (/^(?:script|style|noscript|template|h1)$/i.test(el.tagName) || above.has(el) || !insideAny(el, block)) continue;
    // A heading or paragraph counts only as a date line of its own (`<h3>21.01.2022</h3>`,
    // `<p>21. Jan 2022 // Dominik Ricker</p>`), not as a teaser's title or text.
    const short = shortText(el);
    // A longer one only when it opens with its date (`<p>02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine</p>`).
    if (/^(?:h[2-6]|p)$/i.test(el.tagName) && (short === undefined || (short.length > 40 && !opensWithDate(short, dayFirst)))) continue;
    const date = toIsoDate(el.getAttribute('datetime')) ?? toIsoDate(short, dayFirst);
    if (date) return date;
  }
  return undefined;
}

/** Whether a line opens with a date (`02.02.2022 10:16 Uhr - ...`, `March 5, 2024 - ...`): one within its first 20 characters, the line starting with a digit or a month name. */
function opensWithDate(line: string, dayFirst: boolean): boolean {
  return /^(?:\d|\p{L}{3,9}\.? \d)/u.test(line) && toIsoDate(line.slice(0, 20), dayFirst) !== undefined;
}

// A site's logo or name set as a heading: `<h1 id="logo">`, `<h1 class="site-title">`.
const LOGO = /logo|brand|site[-_]?(?:title|name|header)|masthead/i;

/**
 * The headline's `<h1>`: the first that is not the site's logo (an `<h1>` with no text, or
 * one whose class or id, or its link's, names a logo, a brand or the site's title).
 */
export function headlineH1(doc: DomDocument, title?: string): DomElement | undefined {
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    const named = [h1, ...toArray(h1.querySelectorAll('a, img'))].some((el) => LOGO.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`));
    if (!named && (h1.textContent ?? '').trim() !== '') return h1;
  }
  // No <h1>: the first h2-h4 that shows the title (`<h3>Headline</h3>`), a title of at least 20 characters.
  const key = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!title || title.length < 20) return undefined;
  return toArray(doc.querySelectorAll('h2, h3, h4')).find((h) => { const k = key(h.textContent ?? ''); return k.length >= 20 && key(title).startsWith(k); });
}

// English outside these regions writes 2/10/2020 for 2 October, as do other languages.
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'ca', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'vi', 'um']);

/**
 * Whether the page writes a date with slashes day first, by its language (`<html lang>`,
 * `xml:lang`, `og:locale`, `Content-Language`): English with a region outside the US and a few
 * others (`en-GB`, `en_IN`), or another language; plain `en` or none is read month first.
 */
export function writesDayFirst(doc: DomDocument): boolean {
  const html = doc.documentElement;
  const tag = html?.getAttribute('lang') || html?.getAttribute('xml:lang') ||
    doc.querySelector('meta[property="og:locale" i]')?.getAttribute('content') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || '';
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(tag);
  if (!m) return false;
  const region = m[2]?.toLowerCase();
  if (m[1]!.toLowerCase() === 'en') return region !== undefined && !MONTH_FIRST_REGIONS.has(region);
  return region === undefined || !MONTH_FIRST_REGIONS.has(region);
}

// The label of an update's date opening a line, in English, German, French, Spanish and Italian.
const UPDATE_LABEL = /^[^\p{L}\d]*(?:(?:last\s+)?(?:updated|modified)|(?:zuletzt\s+)?aktualisiert|letzte änderung|(?:dernière\s+)?mise à jour|mis à jour|actualizado|aggiornato)(?!\p{L})/iu;

/** Whether a date element is labelled as an update's: `Updated: ...`, `Last modified on ...`, `Aktualisiert: ...`, or such a label just before it. */
export function saysUpdated(el: DomElement): boolean {
  const own = el.textContent ?? '';
  if (UPDATE_LABEL.test(own)) return true;
  const key = own.trim();
  if (key === '') return false;
  // The nearest text before it, up to three levels up (`<li><div>Updated:</div><div><span><time>`).
  let n = el.parentNode as DomElement | null;
  for (let depth = 0; n && depth < 4; depth++, n = n.parentNode as DomElement | null) {
    const around = n.textContent ?? '';
    const at = around.indexOf(key);
    const before = at > 0 ? around.slice(Math.max(0, at - 40), at).trim() : '';
    if (before !== '') return /(?:updated|modified|aktualisiert|letzte änderung|mis à jour|mise à jour|actualizado|aggiornato)\s*(?:on|at|am|le|el|il)?\s*:?$/i.test(before);
  }
  return false;
}

// A dateline: a date opening a paragraph, after a place name maybe, before a separator
// ("Feb. 23, 2015 -- ", "Karlsruhe, (12.11.2021). ", "01.02.2022 „Der ...", "2021-10-16 | ").
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.' -]{1,30},\s*)?\(?((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})|(?:\d{1,2}\.\d{1,2}\.\d{4})|(?:\d{4}-\d{2}-\d{2}))\)?\s*(?:--|—|–|-|:|\||\.(?!\d)|„|“|")/u;
// A short line that labels the publication's date ("Datum 28.01.2022", "Erstellt am: 30.01.2022 18:36", "Published on March 5, 2024").
const LABELLED = /^(?:datum|date|erstellt am|erschienen am|veröffentlicht(?: am)?|publiziert am|published(?: on)?|posted(?: on)?|publié le|mise en ligne(?: le)?|publicado(?: el)?|pubblicato(?: il)?)\s*(?::\s*|\s+)(.+)$/i;

/** A short line that labels the date of the last update (`Aktualisiert: 30.12.2016`, `Letzte Änderung: 14.01.2022 um 09:25`), a last resort. */
export const UPDATE_LABELLED = /^(?:(?:zuletzt )?aktualisiert(?: am)?|letzte änderung|(?:last )?updated(?: on)?|last modified(?: on)?|(?:dernière )?mise à jour(?: le)?|mis à jour le|actualizado(?: el)?|aggiornato(?: il)?)\s*(?::\s*|\s+)(.+)$/i;

/**
 * The date of the first short line (at most 60 characters) anywhere in the page that labels the
 * publication's date (`Datum: 26. Januar 2022`, `Erschienen am: 01.11.2023`, `Mise en ligne 23 mai
 * 2019`; or with `labels`, another kind of line), outside asides, navigation, footers and boxes of other articles.
 */
export function labelledDate(doc: DomDocument, dayFirst = false, labels = LABELLED): string | undefined {
  const outside = new Set(toArray(doc.querySelectorAll(NOT_ARTICLE)).filter((el) => !/^(?:html|body)$/i.test(el.tagName)));
  for (const el of toArray(doc.querySelectorAll('body *'))) {
    if (/^(?:script|style|noscript|template|select|option)$/i.test(el.tagName)) continue;
    // The element's text, else each of its own lines of text (`Letzte Änderung: ...<br>Erschienen am: 01.11.2023<br>`).
    const short = shortText(el);
    const lines = short !== undefined && short.length <= 60 ? [short] : toArray(el.childNodes).filter((n) => n.nodeType === 3).map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());
    for (const line of lines) {
      if (line.length > 60) continue;
      const label = labels.exec(line);
      const date = label && toIsoDate(label[1], dayFirst);
      if (date && !outside.has(el) && !insideAny(el, outside)) return date;
    }
  }
  return undefined;
}

// A sentence saying when the article was published, its date within 40 characters of the verb
// ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von ... geschrieben", "Posted by Jane on
// March 3, 2015", "Artikel veröffentlicht am 16.12.2012", "Publié le 9 juin 2019 par ...").
const PUBLISHED_SENTENCE = /^[^\d]{0,40}?(?<!\p{L})(?:published|posted|written|veröffentlicht|geschrieben|erstellt|erschienen|publiziert|eingestellt|wurde am|publié|mis en ligne|posté|publicado|pubblicato|gepubliceerd)(?!\p{L})([^\d]{0,40}?\d.{0,40})/iu;
/** Words of an update's date, which a published sentence must not hold before its date. */
const UPDATE_WORDS = /updat|aktualisiert|geändert|modifi|mis à jour|actualizado|aggiornato|bijgewerkt/i;

/**
 * The date of the first element (outside asides, navigation, footers and boxes of other articles)
 * whose text opens with a sentence saying when the article was published, in one of several
 * languages, the date at most 40 characters after the verb and no update's word before it.
 */
export function publishedSentenceDate(doc: DomDocument, dayFirst = false): string | undefined {
  const outside = new Set(toArray(doc.querySelectorAll(NOT_ARTICLE)).filter((el) => !/^(?:html|body)$/i.test(el.tagName)));
  for (const el of toArray(doc.querySelectorAll('body *'))) {
    if (/^(?:script|style|noscript|template|select|option)$/i.test(el.tagName)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 2000) continue;
    const m = PUBLISHED_SENTENCE.exec(raw.slice(0, 300).replace(/\s+/g, ' ').trim());
    if (!m || UPDATE_WORDS.test(m[0].slice(0, m[0].length - m[1]!.length) + m[1]!.replace(/\d.*$/, ''))) continue;
    const date = toIsoDate(m[1], dayFirst);
    if (date && !outside.has(el) && !insideAny(el, outside)) return date;
  }
  return undefined;
}

/**
 * Last resorts, for a page that shows no publication date anywhere: the last update's date, from
 * a short line labelling it, a sentence saying it (a wiki's `This page was last edited on 5 March
 * 2024`), an element named `updated` or `modified` (WordPress' `<span class="updated" title=...>`)
 * or `modified` (the page's meta tags), or the day of the one time stamp it prints (soleStampDate); else the date in the path of its `og:image` (`/2023/11/02/`).
 */
export function lastResortDate(doc: DomDocument, pageUrl?: string, dayFirst = false, modified?: string): string | undefined {
  const updated = labelledDate(doc, dayFirst, UPDATE_LABELLED) ?? updateSentenceDate(doc, dayFirst) ?? updateNamedDate(doc) ?? modified ?? soleStampDate(doc, dayFirst, NOT_ARTICLE);
  if (updated) return updated;
  const image = doc.querySelector('meta[property="og:image" i][content], meta[name="og:image" i][content]')?.getAttribute('content');
  try {
    return image ? urlDate(new URL(image.trim(), pageUrl).href) : undefined;
  } catch {
    return undefined;
  }
}

// A sentence saying when the page was last changed: MediaWiki's footer, in English and German.
const UPDATE_SENTENCE = /(?:last (?:edited|modified|updated)(?: on)?|zuletzt am|zuletzt geändert am|zuletzt bearbeitet am)\s+(.{6,40})/i;

/** The date of the first element (outside boxes of other articles) of at most 300 characters holding a sentence saying when the page was last changed. */
function updateSentenceDate(doc: DomDocument, dayFirst: boolean): string | undefined {
  const outside = new Set(toArray(doc.querySelectorAll(NOT_ARTICLE.replace(/^aside, nav, footer, /, ''))));
  for (const el of toArray(doc.querySelectorAll('body *'))) {
    const text = el.textContent ?? '';
    if (text.length > 300 || /^(?:script|style|noscript|template)$/i.test(el.tagName)) continue;
    const m = UPDATE_SENTENCE.exec(text.replace(/\s+/g, ' '));
    const date = m && toIsoDate(m[1], dayFirst);
    if (date && !insideAny(el, outside)) return date;
  }
  return undefined;
}

/** The date of the first element whose class names an update's date (`updated`, `modified`), from its `datetime`, `title` or `content`. */
function updateNamedDate(doc: DomDocument): string | undefined {
  for (const el of toArray(doc.querySelectorAll('[class*="updated" i], [class*="modified" i]'))) {
    if (!/(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '')) continue;
    const date = toIsoDate(el.getAttribute('datetime')) ?? toIsoDate(el.getAttribute('title')) ?? toIsoDate(el.getAttribute('content'));
    if (date) return date;
  }
  return undefined;
}

/** The date of a dateline or of a short line labelling the publication's date, in one of the body's first three paragraphs. */
export function bodyDate(paragraphs: readonly string[], dayFirst = false): string | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    const dateline = DATELINE.exec(p);
    const date = (dateline && toIsoDate(dateline[1])) ?? (p.length <= 60 ? toIsoDate(LABELLED.exec(p.trim())?.[1], dayFirst) : undefined);
    if (date) return date;
  }
  return undefined;
}

/** The element's text with its white space collapsed when that is at most 80 characters (markup indents a short date line with many). */
export function shortText(el: DomElement): string | undefined {
  const raw = el.textContent ?? '';
  if (raw.length > 2000) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length <= 80 ? text : undefined;
}

/** Whether `el` is inside one of `containers`. */
export function insideAny(el: DomElement, containers: Set<DomElement>): boolean {
  for (let n = el.parentNode as DomElement | null; n; n = n.parentNode as DomElement | null) if (containers.has(n)) return true;
  return false;
}
