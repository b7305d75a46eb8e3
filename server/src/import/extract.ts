// One page's HTML to an article: metadata read first (Readability changes the document),
// then the body chosen by Mozilla Readability (where it finds none, by the block classifier,
// blocks.ts) and cut into paragraphs (paragraphs.ts), checked against the stated text (statedText.ts).
import { Readability } from '@mozilla/readability';
import { COMMENT_NODE, ELEMENT_NODE, parseDocument, toArray, type DomElement, type DomNode } from './dom';
import { readMetadata, type PageMetadata } from './metadata';
import { sharedWords } from './headline';
import { markBoilerplate, paragraphsOf, withoutClosingTags, withoutRepeatedRuns, withoutRepeatedStart, withoutStampedTeasers, withoutRepeatedLabels } from './paragraphs';
import { revealHiddenText } from './reveal';
import { paragraphShapes, restoreDroppedParagraphs } from './droppedParagraphs';
import { scatteredArticle } from './scattered';
import { classifiedArticle } from './blocks';
import { withinStatedText, withPaywalledRest } from './statedText';
import { shownStandfirst, withStandfirst } from './standfirst';
import { decodeEntities, normaliseText } from './text';
import { readJsonLd } from './jsonLd';
import { articleTexts, withoutNextArticles } from './nextArticle';
import { toIsoDate } from './dates';
import { bodyDate, lastResortDate, UPDATE_LABELLED, writesDayFirst } from './visibleDate';

/** An article read from a page. */
export interface ExtractedArticle {
  meta: PageMetadata;
  /** The headline: the first line of the imported file. */
  headline: string;
  /** The body, one paragraph per item, headline and byline left out. */
  paragraphs: string[];
}

/** Why a page gave no article. */
export interface NoArticle {
  error: string;
}

/** Reads `html` (already decoded) fetched from `pageUrl`, if any. */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle | NoArticle {
  const doc = parseDocument(html);
  revealHiddenText(doc);
  const meta = readMetadata(doc, pageUrl);
  const titles = statedTitles(doc);
  const standfirst = shownStandfirst(doc);
  // (the text the page states in its JSON-LD: a reference for the lines Readability keeps)
  const ld = readJsonLd(doc);
  const articleBody = ld?.articleBody;
  const dayFirst = writesDayFirst(doc);
  const articles = articleTexts(doc);
  // Read before Readability, which changes the document; used only when the body has no dateline either.
  const lastResort = meta.published ? undefined : lastResortDate(doc, pageUrl, dayFirst, meta.modified);
  // (before Readability, which unwraps a caption's box and loses its class)
  markBoilerplate(doc.documentElement as DomElement);
  removeComments(doc.documentElement);
  const shapes = paragraphShapes(doc);
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    parsed = new Readability<DomNode>(doc as never, { keepClasses: true, serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    // Readability throws on a few malformed trees (a candidate without a parent): no article, not a crash.
    parsed = null;
  }
  if (!meta.title && parsed?.title) meta.title = normaliseText(parsed.title);
  if (!meta.author && parsed?.byline) {
    const byline = cleanByline(parsed.byline);
    if (byline) meta.author = byline;
  }
  const headline = meta.title ?? 'Untitled';
  // (the date lines left out at the start still date the article when nothing else does)
  const dateLines: string[] = [];
  let paragraphs = parsed?.content ? withoutLeadingHeadAndByline(paragraphsOf(parsed.content), headline, meta.author, dateLines, titles) : [];
  const scattered = parsed?.content && paragraphs.length > 0 ? scatteredArticle(html, parsed.content, paragraphs) : undefined;
  if (scattered) paragraphs = withoutLeadingHeadAndByline(scattered, headline, meta.author, dateLines, titles);
  else if (parsed?.content && paragraphs.length > 0 && restoreDroppedParagraphs(parsed.content, shapes)) {
    dateLines.length = 0;
    paragraphs = withoutLeadingHeadAndByline(paragraphsOf(parsed.content), headline, meta.author, dateLines, titles);
  }
  // Readability found nothing, or nothing but a box (a cookie notice) that is not text: the block classifier's body, else the page's marked article, if any.
  if (paragraphs.length === 0) paragraphs = withoutLeadingHeadAndByline(classifiedArticle(html), headline, meta.author, dateLines, titles);
  if (paragraphs.length === 0) paragraphs = withoutLeadingHeadAndByline(markedArticle(html), headline, meta.author, dateLines, titles);
  if (paragraphs.length === 0) return { error: parsed?.content ? 'no article text found in the page' : 'no article found in the page' };
  paragraphs = withStandfirst(withoutClosingTags(withoutRepeatedLabels(withoutStampedTeasers(withoutRepeatedRuns(withoutRepeatedStart(withPaywalledRest(withinStatedText(withoutNextArticles(paragraphs, articles), articleBody), articleBody, ld?.paywalled ?? false)))))), standfirst);
  if (!meta.published) {
    const dated = bodyDate([...dateLines.slice(0, 1), ...paragraphs], dayFirst) ?? lastResort;
    if (dated) meta.published = dated;
  }
  return { meta, headline, paragraphs };
}

/**
 * Takes the comments out of the page: Readability ends a paragraph it builds from a box's loose text
 * at any node that is not text or an inline element, so React's `<!-- -->` between two text nodes
 * cut a sentence into lines (`... to countering`, `militancy`, `is evolving ...`).
 */
function removeComments(node: DomNode): void {
  for (const child of toArray(node.childNodes)) {
    if (child.nodeType === COMMENT_NODE) (node as DomNode & { removeChild(n: DomNode): void }).removeChild(child);
    else if (child.nodeType === ELEMENT_NODE) removeComments(child);
  }
}

/** Where pages mark their article's text, in order of trust. */
const ARTICLE_MARKS = ['[itemprop~="articleBody" i]', 'article', '[role="main" i]', 'main'];

/**
 * The paragraphs of the element the page marks as its article (`itemprop=articleBody`, else
 * `<article>`, `role=main`, `<main>`), read from a fresh parse (Readability has changed the
 * first): the first such element with at least 140 characters of text. A short post's page,
 * whose text Readability's threshold (500 characters) misses, still gives its article.
 */
export function markedArticle(html: string): string[] {
  const doc = parseDocument(html);
  revealHiddenText(doc);
  for (const mark of ARTICLE_MARKS) {
    for (const el of toArray(doc.querySelectorAll(mark))) {
      const paragraphs = paragraphsOf(el);
      if (paragraphs.join(' ').length >= 140) return paragraphs;
    }
  }
  return [];
}

/** A byline that names people: "By " and dates removed; undefined when nothing name-like is left. */
function cleanByline(byline: string): string | undefined {
  const text = normaliseText(byline).replace(/^(?:by|par|von|por|di)\s+/i, '');
  if (text === '' || text.length > 100 || /\d{4}|\d{1,2}:\d{2}/.test(text)) return undefined;
  return text;
}

/**
 * The body without a first line that repeats the headline (alone or as the `<title>` prints it, with
 * the site's name) or a headline the tags state (`titles`, with the kicker over it), nor a byline or a line of its date among the first three, nor a time
 * stamp line or a labelled publication date among the two after them (date lines put in `dateLines`).
 */
function withoutLeadingHeadAndByline(paragraphs: string[], headline: string, author: string | undefined, dateLines: string[], titles: Set<string>): string[] {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const same = (a: string, b: string) => key(a) !== '' && key(a) === key(b);
  let start = 0;
  while (start < paragraphs.length && start < 3) {
    const p = paragraphs[start]!;
    const byline = p.length < 120 && (/^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i)\s+\p{Lu}/u.test(p) || (author !== undefined && same(p, author)) || (author !== undefined && same(p.replace(/^(?:by|par|von|por|di)\s+/i, ''), author)));
    const dateLine = !same(p, headline) && !byline && isDateLine(p);
    if (dateLine) dateLines.push(p);
    // (a headline the tags state, when another was chosen, or the kicker over it: at most four words, no full stop;
    // or two such labels over it, the page's section over the kicker: `기사 상세` (article detail), `부동산` (real estate))
    const below = paragraphs.slice(start + 1, start + 3);
    const title = titles.has(key(p)) || (p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p) && below.some((n) => titles.has(key(n)) || same(n, headline)));
    if (same(p, headline) || byline || dateLine || title || isTitleElementLine(p, headline)) start++;
    else break;
  }
  // Further on, below the standfirst (the text's first line), only a time stamp, a date line with the time of day (`21.04.2024, 20:24 Uhr`);
  // and among the first three lines a place's name set apart over the text, a dateline (`Chemnitz.`).
  const rest = paragraphs.slice(start);
  return rest.filter((p, i) => {
    if (i <= 2 && PLACE_LINE.test(p) && /^\p{Lu}.{79}/u.test(rest[i + 1] ?? '')) return false;
    if (i === 0 || i > 2 || !isDateLine(p) || !(/\d{1,2}:\d{2}/.test(p) || PUBLISHED_LABEL.test(p))) return true;
    dateLines.push(p);
    return false;
  });
}

/** Whether `line` is the headline with the site's or section's name before or after a separator, as the `<title>` prints it (`The 6th Floor | Headline`), or with a kicker and a colon before it. */
function isTitleElementLine(line: string, headline: string): boolean {
  const at = line.indexOf(headline);
  if (at < 0 || line.length - headline.length > 40) return false;
  // (or a kicker with a colon before it, glued on or not: `Chile:Ex-Präsident stirbt ...`)
  return /^(?:.{2,38}\s[|–—-]\s|[^.!?:|]{2,30}:\s?)?$/u.test(line.slice(0, at)) && /^(?:\s[|–—-]\s.{2,38})?$/u.test(line.slice(at + headline.length)) && line !== headline;
}

/** A dateline set apart on its own line: a place's name of one to three capitalised words and a full stop (`Chemnitz.`, `Bad Homburg.`). */
const PLACE_LINE = /^\p{Lu}[\p{L}-]+(?:[ /-]\p{Lu}[\p{L}-]+){0,2}\.$/u;

/** A date line's label saying it is the publication's (`Published Jun 05, 2026 • 3 minute read`). */
const PUBLISHED_LABEL = /^(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato)\b/iu;

/**
 * A line that only says when the story was published, as pages print it between the headline and
 * the text (`Stand: 24.04.2024 22:58 Uhr`, `12.12.2025, 05:07 Uhr`, `Publicerad 22:31`, `Politics /
 * January 11, 2024`): at most 80 characters holding a date or a time of day and at most 30 letters
 * besides a written-out date and a time's am/pm and zone (`... Tue Dec 30, 2014 11:44pm GMT`, a
 * wire story's dateline). A line that labels an update (`Last updated September 14, 2016`)
 * stays: it tells the reader that the story was changed.
 */
function isDateLine(line: string): boolean {
  if (line.length > 80 || UPDATE_LABELLED.test(line)) return false;
  if (toIsoDate(line) === undefined && !/\d{1,2}:\d{2}/.test(line)) return false;
  // (a time's am/pm and zone are no more words than its digits: `11:44pm GMT`)
  return line.replace(/\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}/gu, '').replace(/\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4}\b)?/giu, '').replace(/[^\p{L}]/gu, '').length <= 30;
}

/** The headlines the page states in its tags (`og:title`, the JSON-LD `headline`) and prints in its header block (an `<h1>` in a `<header>` or a headline box), as `withoutLeadingHeadAndByline` compares lines. */
function statedTitles(doc: ReturnType<typeof parseDocument>): Set<string> {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const stated = [doc.querySelector('meta[property="og:title" i]')?.getAttribute('content'), readJsonLd(doc)?.headline].map((t) => normaliseText(decodeEntities(t ?? '')));
  // (and an <h1> in a header, the headline block the page prints over the text, when the tags state another headline)
  // (or the <h2> of a header that holds no <h1>, the article's own header under a page-wide <h1>; beside an <h1> an <h2> is the standfirst)
  const headings = toArray(doc.querySelectorAll('header h1, header h2, [class*="headline" i] h1')).filter((h) => h.tagName.toLowerCase() === 'h1' || !h.closest('header')?.querySelector('h1'));
  stated.push(...headings.map((h) => normaliseText(h.textContent ?? '')).filter((t) => t.length <= 300));
  // (and any other <h1> that tells the same story as a stated headline, in other words: the page's printed headline over a shorter one for sharing)
  const others = toArray(doc.querySelectorAll('h1')).map((h) => normaliseText(h.textContent ?? '')).filter((t) => t.length <= 300 && stated.some((s) => s !== '' && sharedWords(s, t) >= 0.5));
  stated.push(...others);
  // (and its two parts when a kicker opens it, "Kicker: Headline", which pages print on two lines)
  const parts = stated.flatMap((t) => /^([^:]{2,60}): (.{10,})$/u.exec(t)?.slice(1) ?? []);
  return new Set([...stated, ...parts].map(key).filter((k) => k !== ''));
}

