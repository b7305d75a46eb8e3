// The article's headline: the title the page states (JSON-LD, the hAtom entry, the title meta tags,
// `<title>`), cleaned of the site's name and of section or author parts the page does not show with
// it, and set beside the headings the page shows its readers (docs/import.md, "title").
import { textWithoutControls, toArray, type DomDocument, type DomElement } from './dom';
import { decodeEntities, normaliseText } from './text';
import { hostName, siteKey } from './outlet';

// Readability's order: Dublin Core, then OpenGraph, then the rest.
const TITLE_KEYS = ['dc.title', 'dcterms.title', 'dcterm.title', 'og.title', 'headline', 'title', 'twitter.title', 'parsely-title'];

/** A stated title, and whether it is the og:title the page shows in its article's heading over a JSON-LD headline it does not show as its own (so it is taken as it is). */
export interface StatedTitle {
  title: string;
  shown: boolean;
}

/**
 * The title as the page states it, from the first source that has one: the JSON-LD headline, the
 * hAtom entry's title, the title meta tags (`meta`: values by lower-case key, `:` read as `.`),
 * Readability's guess from `<title>` (`fallbackTitle`), the `<title>` itself; a JSON-LD headline cut
 * short with an ellipsis is made whole from `og:title` or the `<title>`. But `og:title` wins
 * over a JSON-LD headline that the `<h1>` in the breadcrumb trail names (the page's name for search
 * engines) when a heading outside the trail shows it, and over one the page shows in no heading,
 * sharing under half its words, when it is the text of the page's `<h1>` (or of the `<h2>` in its
 * article's header, the `<h1>` kept for the site); and the `<h1>` in the
 * page's header wins over such a headline when `og:title` is not shown either and does not state
 * the same headline (two tags agreeing are the page's own).
 */
export function statedTitle(doc: DomDocument, ld: string | undefined, meta: Map<string, string>, fallbackTitle?: string): StatedTitle | undefined {
  const og = meta.get('og.title');
  const ldHeadline = ld === undefined ? undefined : uncut(ld, [og, titleElement(doc)]);
  if (ldHeadline && og && isTrailName(doc, ldHeadline) && showsOutsideTrail(doc, og)) return { title: og, shown: true };
  if (ldHeadline && og && (isOwnH1(doc, og) || isArticleHeading(doc, og)) && !showsOutsideTrail(doc, ldHeadline) && sharedWords(ldHeadline, og) < 0.5) return { title: og, shown: true };
  const own = headerH1(doc);
  if (ldHeadline && own && !(og && letters(og) === letters(ldHeadline)) && !showsOutsideTrail(doc, ldHeadline) && !(og && showsOutsideTrail(doc, og)) && sharedWords(ldHeadline, own) < 0.5) return { title: own, shown: true };
  const entry = ldHeadline ? undefined : entryTitle(doc);
  const title = ldHeadline ?? entry ?? TITLE_KEYS.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '') ?? fallbackTitle ?? titleElement(doc);
  // (no JSON-LD headline: the tags may state the <h1>'s headline shortened for sharing, "Aniston on the Tags on Her Coat" for "Aniston on the Tags on Her Céline Coat: 'I Wore It ...'")
  const h1 = ldHeadline || entry || title === undefined ? undefined : soleH1(doc);
  if (h1 && h1.length > title!.length && wordsInOrder(title!, h1)) return { title: h1, shown: true };
  return title === undefined ? undefined : { title, shown: false };
}

/** The text of the page's one visible `<h1>` outside the breadcrumb trail and not a link home, if all such headings read the same. */
function soleH1(doc: DomDocument): string | undefined {
  const texts = new Set(toArray(doc.querySelectorAll('h1')).filter((h) => !inTrail(h) && !isHidden(h) && !linksHome(h)).map((h) => normaliseText(decodeEntities(textWithoutControls(h)))));
  const [t] = [...texts];
  return texts.size === 1 && t!.length <= 300 ? t : undefined;
}

/**
 * Whether every word of `short` (three or more) is in `long`, in the same order, with words left
 * out between them (not only before or after them: a lead-in or a tail is fullerHeadline's and withKicker's to judge).
 */
function wordsInOrder(short: string, long: string): boolean {
  const words = (t: string) => normaliseText(decodeEntities(t)).toLowerCase().replace(/[‘’‚′`´]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const [a, b] = [words(short), words(long)];
  let at = 0;
  for (const w of b) if (at < a.length && w === a[at]) at++;
  return a.length >= 3 && at === a.length && !` ${b.join(' ')} `.includes(` ${a.join(' ')} `);
}

/** A headline cut short with an ellipsis (`... Trump: “Debito…`, `... Tru...`) made whole from another stated title that starts with what it keeps. */
function uncut(headline: string, others: (string | undefined)[]): string {
  const m = /^(.*\S)\s*(?:…|\.\.\.)$/su.exec(headline);
  if (!m) return headline;
  return others.find((o) => o !== undefined && o.length > m[1]!.length + 1 && o.startsWith(m[1]!)) ?? headline;
}

/** The text of the one visible `<h1>` in the article's `<header>` (inside `<article>` or `<main>`, not the site's banner; outside the breadcrumb trail, not the site's name), if the page has one such text. */
function headerH1(doc: DomDocument): string | undefined {
  const texts = new Set(toArray(doc.querySelectorAll('article header h1, main header h1')).filter((h) => !inTrail(h) && !isHidden(h) && !linksHome(h)).map((h) => normaliseText(decodeEntities(textWithoutControls(h)))));
  const [t] = [...texts];
  return texts.size === 1 && t!.length >= 10 && t!.length <= 300 ? t : undefined;
}

/** Whether a visible `<h1>` outside the breadcrumb trail reads `title` (its letters and digits). */
function isOwnH1(doc: DomDocument, title: string): boolean {
  const t = letters(title);
  return toArray(doc.querySelectorAll('h1')).some((h1) => letters(textWithoutControls(h1)) === t && !inTrail(h1) && !isHidden(h1));
}

/** Whether a visible `<h2>` in the article's header (its `<header>` or `<hgroup>`, inside `<article>` or `<main>`) reads `title`: a page that keeps its `<h1>` for the site. */
function isArticleHeading(doc: DomDocument, title: string): boolean {
  const t = letters(title);
  return toArray(doc.querySelectorAll('article header h2, article hgroup h2, main header h2, main hgroup h2')).some((h) => letters(textWithoutControls(h)) === t && !inTrail(h) && !isHidden(h));
}

/** The share of the words of the shorter of `a` and `b` that the other has too. */
export function sharedWords(a: string, b: string): number {
  const words = (t: string) => new Set(normaliseText(decodeEntities(t)).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size === 0 ? 0 : [...small].filter((w) => big.has(w)).length / small.size;
}

/** Only the letters and digits of `t`, in lower case: the same words however punctuated or spaced. */
const letters = (t: string) => normaliseText(decodeEntities(t)).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether `el` is part of the page's breadcrumb trail (inside a `<nav>`, or a box whose class, id or label names a breadcrumb). */
function inTrail(el: DomElement): boolean {
  for (let n: DomElement | null = el; n && n.tagName; n = n.parentNode as DomElement | null) {
    if (/^nav$/i.test(n.tagName) || /breadcrumb/i.test(`${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''} ${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('itemtype') ?? ''}`)) return true;
  }
  return false;
}

/** Whether the `<h1>` in the breadcrumb trail names `title` (the whole of it, or at least half of it at its end: a kicker before it). */
function isTrailName(doc: DomDocument, title: string): boolean {
  const t = letters(title);
  return toArray(doc.querySelectorAll('h1')).some((h1) => {
    const name = letters(h1.textContent ?? '');
    return name.length >= t.length / 2 && t.endsWith(name) && inTrail(h1);
  });
}

/** Whether a heading outside the breadcrumb trail (`h1`-`h3`, or an element named title or headline) shows the words of `title`, alone or with a kicker. */
function showsOutsideTrail(doc: DomDocument, title: string): boolean {
  const t = letters(title);
  return toArray(doc.querySelectorAll('h1, h2, h3, [class*="title" i], [class*="headline" i]')).some((el) => {
    const text = el.textContent ?? '';
    return text.length <= 400 && !isHidden(el) && letters(text).includes(t) && !inTrail(el);
  });
}

/** The headline from the stated `title`: the outlet's name and the parts the page does not show as its headline left out, the kicker it shows kept. */
export function headlineOf(stated: StatedTitle, doc: DomDocument, outlet: string | undefined, author: string | undefined, url: string | undefined): string {
  const title = withoutOutlet(stated.title, outlet, url);
  // (the trail after shownHeadline: what follows the path is the headline whole, kicker and all)
  return asPrinted(stated.shown ? title : fullerHeadline(withKicker(withoutTrail(shownHeadline(title, doc, author, url)), doc), doc), doc);
}

/**
 * The headline as the page prints it: the text of a visible `<h1>` that reads the same but for
 * letter case (tags title-cased for sharing, `Live Updates: New Cases Surge` over the printed
 * `Live updates: New cases surge`), not one set in capitals; or, for a headline of one word (a
 * section's name, `Arbeit` from `Arbeit - Party`), the page's one `<h1>` that holds that word.
 */
function asPrinted(headline: string, doc: DomDocument): string {
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    if (inTrail(h1) || isHidden(h1)) continue;
    const shown = normaliseText(decodeEntities(textWithoutControls(h1)));
    // (case alone: quotes stay as stated, `won't` in the tags over the heading's `won’t`)
    if (shown !== headline && shown.toLowerCase() === headline.toLowerCase() && /\p{Ll}/u.test(shown)) return shown;
  }
  const sole = /^[\p{L}\p{N}-]+$/u.test(headline) ? soleH1(doc) : undefined;
  return sole && sole.split(/\s+/).length >= 3 && sole.toLowerCase().split(/[^\p{L}\p{N}-]+/u).includes(headline.toLowerCase()) ? sole : headline;
}

/** The title without a breadcrumb path before it (`Times > Movies > Movie Review | Headline`: three or more parts, then a bar). */
function withoutTrail(title: string): string {
  const m = /^(?:[^>|]+\s>\s){2,}[^>|]+\s\|\s+(\S.*)$/su.exec(title);
  return m ? m[1]!.trim() : title;
}

/**
 * The hAtom entry's title, as microformats mark it: the text of the `h1`/`h2` of class
 * `entry-title` inside an element of class `hentry`, or the `h1` of that class inside an `<article>`
 * (a theme that drops `hentry` keeps it), when the page has one such title (several are a list of
 * posts), without the controls inside it (an "Add to ..." link to `#`).
 */
function entryTitle(doc: DomDocument): string | undefined {
  const texts = new Set(toArray(doc.querySelectorAll('.hentry h1.entry-title, .hentry h2.entry-title, article h1.entry-title')).map((el) => normaliseText(decodeEntities(textWithoutControls(el)))));
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
  // (a kicker the <h1> prints with the headline, in a box of its own and no colon: `<h1><span>Kicker</span> <span>Headline</span></h1>`, is the page's too)
  if (printsWhole(doc, title)) return title;
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

/** Whether a visible `<h1>` outside the breadcrumb trail prints the whole title, a kicker before its headline included (`<h1><span>Kicker</span> <span>Headline</span></h1>`). */
function printsWhole(doc: DomDocument, title: string): boolean {
  const t = letters(title);
  return toArray(doc.querySelectorAll('h1')).some((h) => !inTrail(h) && !isHidden(h) && letters(textWithoutControls(h)) === t);
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
 * element shows that same text (alone, or before or after a separator): the tags state a shortened headline
 * (JSON-LD and `og:title` `B C`, where the `<h1>` and the `<title>` read `A B C` and `A B C - Site` or `Site - A B C`).
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
    // (`A B C - Site`, or `Site - A B C`: the site's name before it)
    if (title === shown || (title.startsWith(shown) && /^\s*[|\-–—:·•»›_｜：]/.test(title.slice(shown.length))) || (title.endsWith(shown) && /[|\-–—:·•»›_｜：]\s*$/.test(title.slice(0, -shown.length)))) return shown;
  }
  return headline;
}
