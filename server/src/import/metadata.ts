// The article's front matter read from the page, each field from the most reliable source
// that states it: JSON-LD first, then OpenGraph and article meta tags, then plain meta tags,
// `<time datetime>`, `<title>` and the canonical link (docs/import.md lists the order).
import { toArray, type DomDocument, type DomElement } from './dom';
import { MEDIA, readJsonLdNodes } from './jsonLd';
import { localDay, toIsoDate } from './dates';
import { decodeEntities, normaliseText } from './text';
import { outletOf } from './outlet';
import { headlineOf, statedTitle } from './headline';
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
const OUTLET_KEYS = ['og.site_name', 'application-name', 'publisher', 'dc.publisher', 'article.publisher', 'al.android.app_name', 'al.ios.app_name', 'apple-mobile-web-app-title'];

/** Reads the page's metadata; `pageUrl` (where it was fetched) resolves relative links. `fallbackTitle` is Readability's guess from `<title>`. */
export function readMetadata(doc: DomDocument, pageUrl?: string, fallbackTitle?: string): PageMetadata {
  const jsonLd = readJsonLdNodes(doc);
  const ld = jsonLd.article;
  const meta = metaValues(doc);
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '');
  const siteName = first(OUTLET_KEYS.filter((k) => !/^https?:/.test(meta.get(k) ?? '')));
  const statedAs = statedTitle(doc, ld?.headline, meta, fallbackTitle);
  const title = statedAs?.title;
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
  if (statedAs) result.title = headlineOf(statedAs, doc, outlet, author, url);
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
