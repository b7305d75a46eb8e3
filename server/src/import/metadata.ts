// The article's front matter read from the page, each field from the most reliable source
// that states it: JSON-LD first, then OpenGraph and article meta tags, then plain meta tags,
// `<time datetime>`, `<title>` and the canonical link (docs/import.md lists the order).
import { textWithoutControls, toArray, type DomDocument, type DomElement } from './dom';
import { MEDIA, readJsonLdNodes } from './jsonLd';
import { localDay, toIsoDate } from './dates';
import { decodeEntities, normaliseText } from './text';
import { hostName, outletOf, siteKey } from './outlet';
import { dollarOfUrl, LOCAL_DOLLARS } from '../core/api';
import { BYLINE_CLASS, NOT_ARTICLE, classNamedDate, insideAny, labelledDate, nearHeadlineDate, publishedSentenceDate, saysUpdated, shortText, urlDate, writesDayFirst } from './visibleDate';

/** What the page says about the article; absent fields are unknown. */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** YYYY-MM-DD. */
  modified?: string;
  /** The canonical http(s) URL. */
  url?: string;
  /** The currency a bare "$" means on the page, when its locale says it is not US dollars and its URL does not ("en-CA": CAD). */
  currency?: string;
}

const PUBLISHED_KEYS = ['article.published_time', 'og.published_time', 'og.article.published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate', 'created',
  'publication_date', 'publication-date', 'published_date', 'published-date', 'date_published', 'citation_publication_date', 'citation_date', 'prism.publicationdate', 'dc.date.created', 'dcterms.datecreated'];
/** Meta keys naming a date without saying which (often the page's last change, as TYPO3 and Drupal write it): the date line under the headline, when it shows another day, wins over them. */
const BARE_DATE_KEYS = new Set(['date', 'dc.date', 'dcterms.date']);
const MODIFIED_KEYS = ['article.modified_time', 'og.updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const AUTHOR_KEYS = ['author', 'article.author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'twitter.creator'];
// Readability's order: Dublin Core, then OpenGraph, then the rest.
const TITLE_KEYS = ['dc.title', 'dcterms.title', 'dcterm.title', 'og.title', 'headline', 'title', 'twitter.title', 'parsely-title'];
const OUTLET_KEYS = ['og.site_name', 'application-name', 'publisher', 'dc.publisher', 'article.publisher', 'al.android.app_name', 'al.ios.app_name', 'apple-mobile-web-app-title'];

/** Reads the page's metadata; `pageUrl` (where it was fetched) resolves relative links. `fallbackTitle` is Readability's guess from `<title>`. */
export function readMetadata(doc: DomDocument, pageUrl?: string, fallbackTitle?: string): PageMetadata {
  const jsonLd = readJsonLdNodes(doc);
  const ld = jsonLd.article;
  const meta = metaValues(doc);
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '');
  const siteName = first(OUTLET_KEYS.filter((k) => !/^https?:/.test(meta.get(k) ?? '')));
  const title = ld?.headline ?? entryTitle(doc) ?? first(TITLE_KEYS) ?? fallbackTitle ?? titleElement(doc);
  const author = ld?.authors.length ? ld.authors.join(', ') : first(AUTHOR_KEYS.filter((k) => !/^https?:|^@/.test(meta.get(k) ?? '')));
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? meta.get('og.url') ?? ld?.url;
  const url = httpUrl(canonical, pageUrl) ?? httpUrl(pageUrl);
  const outlet = outletOf(siteName, ld?.publisher, url);
  // Last, the datePublished of JSON-LD nodes of other types (HowTo, Recipe, a forum post; not an embedded video's) when they all give one day (not a list's).
  const ldDays = new Set(jsonLd.workDates.map((d) => toIsoDate(d)));
  const modified = toIsoDate(ld?.dateModified) ?? MODIFIED_KEYS.map((k) => toIsoDate(meta.get(k))).find(Boolean);
  // (a bare `date` tag on the page's modification day, beside a stated publication day, is that change's)
  const published0 = toIsoDate(ld?.datePublished) ?? toIsoDate(meta.get('article.published_time'));
  const isChange = (k: string) => BARE_DATE_KEYS.has(k) && modified !== undefined && published0 !== undefined && published0 !== modified && toIsoDate(meta.get(k)) === modified;
  const stated = [ld?.datePublished, ...PUBLISHED_KEYS.map((k) => (isChange(k) ? undefined : meta.get(k))), ld?.dateCreated, jsonLd.pageDatePublished, ldDays.size === 1 ? jsonLd.workDates[0] : undefined];
  // The page's language says how its text writes a date with slashes; meta values keep month first (machines write them).
  const dayFirst = writesDayFirst(doc);
  const firstStated = stated.find((v) => toIsoDate(v) !== undefined);
  const others = [...stated, ...jsonLd.dates, ...toArray(doc.querySelectorAll('time[datetime]')).map((t) => t.getAttribute('datetime') ?? undefined)];
  const firstIndex = stated.findIndex((v) => toIsoDate(v) !== undefined);
  // A bare `date` meta tag gives way to a publication date line shown under the headline (not an update's).
  const shownOverBare = BARE_DATE_KEYS.has(PUBLISHED_KEYS[firstIndex - 1] ?? '') ? nearHeadlineDate(doc, dayFirst, title, false) : undefined;
  // Sources stating different days (JSON-LD one, article:published_time another): the one the page shows under the headline, when it is among them.
  const statedDays = new Set(stated.map((v) => toIsoDate(v)).filter((d): d is string => d !== undefined));
  const shownAmong = statedDays.size > 1 ? nearHeadlineDate(doc, dayFirst, title, false) : undefined;
  const published = shownOverBare ?? (shownAmong && statedDays.has(shownAmong) ? shownAmong : undefined) ?? (firstStated && localDay(firstStated, others, () => [urlDate(url), nearHeadlineDate(doc, dayFirst, title) ?? classNamedDate(doc, dayFirst)])) ??
    markedTimeDate(doc, dayFirst, () => nearHeadlineDate(doc, dayFirst, title)) ?? urlDate(url) ??
    inUrlMonth(url, [() => nearHeadlineDate(doc, dayFirst, title), () => classNamedDate(doc, dayFirst), () => classNamedDate(doc, dayFirst, BYLINE_CLASS), () => labelledDate(doc, dayFirst), () => publishedSentenceDate(doc, dayFirst), () => firstTimeDate(doc)]);
  const result: PageMetadata = {};
  if (title) result.title = fullerHeadline(withKicker(shownHeadline(withoutOutlet(title, outlet, url), doc, author, url), doc), doc);
  if (outlet) result.outlet = outlet;
  if (author) result.author = author.replace(/^(?:by|par|von|por|di)\s+/i, '');
  if (published) result.published = published;
  if (modified) result.modified = modified;
  if (url) result.url = url;
  const currency = localDollarOf(doc);
  if (currency && currency !== dollarOfUrl(url)) result.currency = currency;
  return result;
}

/** The dollar of the page's country, from its language tag or og:locale ("en-CA", "fr_CA", "en-AU"), when it writes its dollar "$" and that is not the US one. */
function localDollarOf(doc: DomDocument): string | undefined {
  const tags = [doc.documentElement?.getAttribute('lang'), doc.querySelector('meta[property="og:locale" i]')?.getAttribute('content')];
  for (const tag of tags) {
    const region = /^\s*[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(tag ?? '')?.[1]?.toUpperCase();
    const dollar = region ? LOCAL_DOLLARS[region] : undefined;
    if (dollar) return dollar;
  }
  return undefined;
}


/**
 * Every `<meta>` value (its `content`, else `value`; and `<time itemprop>`) by its key, lower-cased with `:` read as `.`
 * (`og:title`, `DC.title` are `og.title`, `dc.title`). RDFa `property` wins over `name` and
 * `itemprop`; among equals the first in the page wins.
 */
function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  // Some sites write a meta tag's value in `value` (`<meta value="2016-12-14T06:02:15Z" name="og:article:published_time">`).
  const elements = toArray(doc.querySelectorAll('meta[content], meta[value], time[itemprop][datetime]'));
  // A media object's properties (an embedded video's `datePublished`) come last: they are the media's, the page's only when it states nothing else (a podcast episode's page).
  const media = new Set(elements.filter(inMediaItem));
  const passes: [string[], boolean][] = [[['property'], false], [['name', 'itemprop', 'http-equiv'], false], [['itemprop'], true]];
  for (const [attrs, ofMedia] of passes) {
    for (const el of elements) {
      if (media.has(el) !== ofMedia) continue;
      const value = normaliseText(decodeEntities(el.getAttribute('content') ?? el.getAttribute('value') ?? el.getAttribute('datetime') ?? ''));
      if (value === '') continue;
      for (const attr of attrs) {
        for (const key of (el.getAttribute(attr) ?? '').toLowerCase().replace(/:/g, '.').split(/\s+/)) if (key !== '' && !values.has(key)) values.set(key, value);
      }
    }
  }
  return values;
}

/**
 * The date of an element marked as the publication date (`<time pubdate>`, a `<time>` whose
 * class says publish, any element with itemprop datePublished: its `datetime`, `content` or
 * short text, as microdata reads a value), else of a `<time datetime>` inside the article (not
 * one labelled an update's when another is not).
 */
function markedTimeDate(doc: DomDocument, dayFirst: boolean, headlineDate: () => string | undefined): string | undefined {
  // Not in a box of other articles: a list of them marks each one's date as its pubdate.
  const boxes = new Set(toArray(doc.querySelectorAll(NOT_ARTICLE)).filter((el) => !/^(?:html|body)$/i.test(el.tagName)));
  const marked = new Set<string>();
  const mediaMarked = new Set<string>();
  for (const el of toArray(doc.querySelectorAll('time[pubdate], [itemprop~="datePublished" i], time[class*="publish" i]'))) {
    if (insideAny(el, boxes)) continue;
    const date = toIsoDate(el.getAttribute('datetime')) ?? toIsoDate(el.getAttribute('content')) ?? toIsoDate(shortText(el), dayFirst);
    // A media object's mark (an embedded video's) only when nothing else is marked.
    if (date) (inMediaItem(el) ? mediaMarked : marked).add(date);
  }
  if (marked.size === 0) for (const d of mediaMarked) marked.add(d);
  // Marks giving different days are a list's (other articles', comments'): the date line under the headline, if any, says which is the article's.
  const first = marked.values().next().value;
  if (first) return marked.size > 1 ? headlineDate() ?? first : first;
  // Not a quoted post's time (an embedded tweet is a blockquote) nor one in a box of other articles.
  const outside = new Set(toArray(doc.querySelectorAll(`blockquote, figure, ${NOT_ARTICLE}`)));
  const inArticle = toArray(doc.querySelectorAll('article time[datetime], main time[datetime]')).filter((el) => !insideAny(el, outside) && toIsoDate(el.getAttribute('datetime')));
  const time = inArticle.find((el) => !saysUpdated(el)) ?? inArticle[0];
  return toIsoDate(time?.getAttribute('datetime'));
}

/**
 * Whether `el` is a property of a microdata item that is a media object (`<div itemscope
 * itemtype="https://schema.org/VideoObject">` around an embedded video's `datePublished`): its
 * nearest `itemscope` (itself or an ancestor) has such a type. Its dates are the media's.
 */
function inMediaItem(el: DomElement): boolean {
  for (let n: DomElement | null = el; n && n.tagName; n = n.parentNode as DomElement | null) {
    if (n.getAttribute('itemscope') === null) continue;
    const type = (n.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0]!.replace(/^.*\//, '');
    return MEDIA.test(type);
  }
  return false;
}

/**
 * The first date the page shows, by the `shown` readers in order; but when the URL's path names
 * a year and month without a day (`/2017/09/rezi-...`), the first of them in that month, should
 * an earlier one fall outside it (a book's `Erscheinungsdatum: 14.08.2017` under a review's
 * headline, the post's own date header `9. September 2017` further on).
 */
function inUrlMonth(url: string | undefined, shown: (() => string | undefined)[]): string | undefined {
  let month: string | undefined;
  try {
    const m = url ? /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\//.exec(new URL(url).pathname) : null;
    if (m) month = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  } catch {
    month = undefined;
  }
  let first: string | undefined;
  for (const read of shown) {
    const date = read();
    if (!date) continue;
    if (!month || date.startsWith(month)) return date;
    first ??= date;
  }
  return first;
}

/**
 * The date of the page's first `<time datetime>`, the weakest hint; else, as microformats write a
 * time, of the first `<abbr>` whose `title` is an ISO 8601 timestamp (`<abbr
 * title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr>`).
 */
function firstTimeDate(doc: DomDocument): string | undefined {
  const time = toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (time) return time;
  const abbr = toArray(doc.querySelectorAll('abbr[title]')).map((el) => el.getAttribute('title') ?? '').find((t) => /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t));
  return toIsoDate(abbr);
}

/**
 * The hAtom entry's title, as microformats mark it: the text of the `h1`/`h2` of class
 * `entry-title` inside an element of class `hentry`, when the page has one such title (several
 * are a list of posts), without the controls inside it (an "Add to ..." link to `#`).
 */
function entryTitle(doc: DomDocument): string | undefined {
  const texts = new Set(toArray(doc.querySelectorAll('.hentry h1.entry-title, .hentry h2.entry-title')).map((el) => normaliseText(decodeEntities(textWithoutControls(el)))));
  const [t] = [...texts];
  return texts.size !== 1 || t === '' || t!.length > 300 ? undefined : t;
}

function titleElement(doc: DomDocument): string | undefined {
  const t = normaliseText(doc.querySelector('title')?.textContent ?? '');
  return t === '' ? undefined : t;
}

/**
 * The title without a trailing or leading " | Outlet" (og:title and `<title>` often carry one): the
 * outlet's name, or the site's domain, compared as letters and digits in lower case, without a
 * leading "The", `www.` or a final domain ending (`Pastebin.com` for Pastebin, `Times of India` for
 * The Times of India, `elmundo.es` on elmundo.es). Spaces around the separator may be missing at
 * a full-width character or after a closing bracket (`「Treeviz」:phpspot開発日誌`).
 */
function withoutOutlet(title: string, outlet: string | undefined, url?: string): string {
  const names = new Set<string>();
  for (const n of [outlet, hostName(url)]) if (n && siteKey(n) !== '') names.add(siteKey(n));
  if (names.size === 0) return title;
  const sep = /(?:\s+[|–—:·•»›-]|\s*[|｜：_»›]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}」』）】]):)\s*/gu;
  let out = title;
  // Trailing first: the last separator whose rest is the site, then (once more) a leading one.
  const ends = [...out.matchAll(sep)];
  for (const m of ends.reverse()) {
    if (names.has(siteKey(out.slice(m.index! + m[0].length)))) {
      out = out.slice(0, m.index!).trim();
      break;
    }
  }
  const first = [...out.matchAll(sep)][0];
  if (first && first.index! > 0 && names.has(siteKey(out.slice(0, first.index!)))) out = out.slice(first.index! + first[0].length).trim();
  return out === '' ? title : out;
}

/**
 * The title cut at a separator (`|`, `｜`, `_`, ` - `, ` – `, ` — `, `·`, `•`, `»`, `::`, ` : `, `：`, or
 * before a trailing parenthesis) when what comes before it is the text of a heading the page shows
 * (h1, h2, an element named title, tit or headline; a final full stop and curly quotes aside) and at least half the
 * title: `Headline - Author - Site`, `标题_频道_网站`, `見出し：サイト`, `Headline (Published 2016)` give
 * `Headline`; shorter than half, when it is an `<h1>`'s text (not the site's name heading, a link to
 * the home page) and what follows is several parts or the author (`Headline - Section - Site`,
 * `Headline - Author`, `Headline - Die Neue Südtiroler Tageszeitung` on tageszeitung.it); or, when no such cut fits, after a separator (here also `: `) when what
 * follows it is such a heading, a section's or blog's label before it (`Opinion | Headline`,
 * `Blog name: Post title`).
 */
function shownHeadline(title: string, doc: DomDocument, author?: string, url?: string): string {
  const separators = [...title.matchAll(/\s*(?:\s[|\-–—·•»›:]|[|_｜：]|\s::)\s*|\s+(?=\()/g)];
  const allCuts = separators.map((m) => m.index!);
  const cuts = allCuts.filter((i) => i >= title.length / 2);
  const starts = [...separators, ...title.matchAll(/(?<=\S):\s+/g)].map((m) => m.index! + m[0].length).filter((i) => i <= title.length / 2).sort((x, y) => x - y);
  // Compared with curly and straight quotes alike (`won't` in the title, `won’t` in the heading) and a final full stop aside.
  const key = (t: string) => t.trim().replace(/[。.]$/, '').replace(/[‘’‚′`´]/g, "'").replace(/[“”„″]/g, '"');
  const shown = new Set<string>();
  const h1s = new Set<string>();
  for (const el of toArray(doc.querySelectorAll('h1, h2, [class], [id]'))) {
    const heading = /^h[12]$/i.test(el.tagName);
    if (!heading && !/title|headline|(?:^|[\s_-])tit(?:$|[\s_-])/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = el.textContent ?? '';
    // (not a heading hidden from readers: the site's name for search engines and screen readers)
    if (text.length > 400 || isHidden(el)) continue;
    const t = normaliseText(decodeEntities(text));
    shown.add(key(t));
    if (/^h1$/i.test(el.tagName) && !linksHome(el)) h1s.add(key(t));
  }
  const cut = cuts.find((i) => shown.has(key(title.slice(0, i))));
  const start = starts.find((i) => shown.has(key(title.slice(i))));
  // ("Linux Engineer's random thoughts - awk driven IoT": a blog's name in its banner and the post's
  // title in the <h1> are both shown; the <h1> is the article's)
  const isH1 = (part: string) => h1s.has(key(part));
  // ("Kenia: Nairobi von unten" over an <h1> "Nairobi von unten" with "Kenia" printed right above it: the kicker is the page's too)
  if (start !== undefined && cut === undefined && /:\s*$/.test(title.slice(0, start)) && isH1(title.slice(start)) && overlines(doc, key).has(key(title.slice(0, start).replace(/\s*:\s*$/, '')))) return title;
  if ((cut !== undefined || start !== undefined) && !(cut !== undefined && isH1(title.slice(0, cut))) && !(start !== undefined && isH1(title.slice(start)))) {
    const h1Start = separators.map((m) => m.index! + m[0].length).find((i) => isH1(title.slice(i)));
    if (h1Start !== undefined) return title.slice(h1Start).trim();
    const h1Cut = allCuts.find((i) => isH1(title.slice(0, i)));
    if (h1Cut !== undefined) return title.slice(0, h1Cut).trim();
  }
  if (cut !== undefined) return title.slice(0, cut).trim();
  if (start !== undefined) return title.slice(start).trim();
  const authorKey = author ? normaliseText(author).toLowerCase() : undefined;
  // (a site's longer name that holds its domain's: "Die Neue Südtiroler Tageszeitung" on tageszeitung.it)
  const host = siteKey(hostName(url)?.split('.').slice(-2).join('.') ?? '');
  const short = allCuts.find((i, n) => {
    if (!h1s.has(key(title.slice(0, i)))) return false;
    const next = allCuts[n + 1];
    const part = title.slice(i + separators[n]![0].length, next).trim().toLowerCase();
    return next !== undefined || (authorKey !== undefined && part === authorKey) || (host.length >= 5 && siteKey(part).includes(host));
  });
  return short === undefined ? title : title.slice(0, short).trim();
}

/** The short texts printed right above an `<h1>` (an overline, "Kenia" above "Nairobi von unten"), as `key` compares them. */
function overlines(doc: DomDocument, key: (t: string) => string): Set<string> {
  const out = new Set<string>();
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    const above = (h1 as DomElement & { previousElementSibling: DomElement | null }).previousElementSibling;
    const text = above ? normaliseText(decodeEntities(above.textContent ?? '')) : '';
    if (text !== '' && text.split(/\s+/).length <= 4) out.add(key(text));
  }
  return out;
}

/** Whether an element is hidden from readers (class `hidden`, `sr-only`, `visually-hidden`, `screen-reader-text`...; `display: none`): a site's name for search engines and screen readers. */
function isHidden(el: DomElement): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  return words.some((w) => /^(?:hidden|hide|sr-only|visually-?hidden|screen-reader-text|offscreen|element-invisible)$/.test(w)) || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Whether a heading is the site's name: its text is that of a link to the home page (`/`, `/blog/`, `https://host/`). */
function linksHome(el: DomElement): boolean {
  const text = normaliseText(el.textContent ?? '');
  return toArray(el.querySelectorAll('a[href]')).some((a) => {
    if (normaliseText(a.textContent ?? '') !== text) return false;
    const href = a.getAttribute('href') ?? '';
    try {
      return /^\/(?:[^/?#]+\/?)?$/.test(new URL(href, 'http://site.invalid/x/y/z').pathname);
    } catch {
      return false;
    }
  });
}

/** `href` resolved against `base` when it is an absolute http(s) URL, without its fragment. */
function httpUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/**
 * The headline with the kicker the page's `<h1>` prints before it ("Deutschlandtakt: Flixbus
 * attackiert Deutsche Bahn", where the tags state only "Flixbus attackiert Deutsche Bahn"): a
 * label of one to four words and a colon, the `<h1>`'s whole text otherwise the headline.
 */
function withKicker(headline: string, doc: DomDocument): string {
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    const shown = normaliseText(decodeEntities(h1.textContent ?? '')).replace(/\s+:\s*/g, ': ');
    if (shown.length <= headline.length || !shown.endsWith(headline)) continue;
    const kicker = /^([^:]{2,40}):\s$/u.exec(shown.slice(0, shown.length - headline.length));
    if (kicker && kicker[1]!.trim().split(/\s+/).length <= 4) return shown;
  }
  return headline;
}


/**
 * The `<h1>`'s text when it is the headline with more words before or after it and the `<title>`
 * element shows that same text (alone or before a separator): the tags state a shortened headline
 * (JSON-LD and `og:title` `B C`, where the `<h1>` and the `<title>` read `A B C` and `A B C - Site`).
 */
function fullerHeadline(headline: string, doc: DomDocument): string {
  const title = normaliseText(decodeEntities(doc.querySelector('title')?.textContent ?? ''));
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    if (isHidden(h1)) continue;
    const shown = normaliseText(decodeEntities(textWithoutControls(h1)));
    if (shown.length <= headline.length || shown.length > 300) continue;
    const at = shown.startsWith(headline) ? headline.length : shown.endsWith(headline) ? shown.length - headline.length - 1 : -1;
    // (whole words: a space or a punctuation mark next to the stated headline)
    if (at < 0 || !/[\s\p{P}]/u.test(shown[at] ?? '')) continue;
    if (title === shown || (title.startsWith(shown) && /^\s*[|\-–—:·•»›_｜：]/.test(title.slice(shown.length)))) return shown;
  }
  return headline;
}
