// updateArticle: an article after an edit, re-reading only the edited lines (the lines before
// are kept, those after moved by shift.ts, the front matter's `by` and `published` reused).
// An edit that may change the front matter, the BOM or the first line builds afresh.

// Lines are independent: spans never cross a line, and attribution looks within the claim's
// line plus the front matter, so the lines between are parsed and read as buildArticle does.
import { firstStartingAt, type Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { ArticleSyntax } from '../syntax/tree';
import type { ActorMention, Article, Claim } from './article';
import { parseBodyLines } from '../syntax/partial';
import { articleDollar, buildArticle, namesDollars, noFigureSpans, readLines, sortedUnique } from './build';
import { Shift } from './shift';
import { dollarOfArticle } from '../figures/localDollar';
import { ownRuns, runSyntax, splicedRuns } from './nodeRuns';
import { orEmpty } from '../syntax/shared';

const CR = 13;
const CHUNKS = [65536, 4096, 256, 16, 1];

/**
 * The edited part, as offsets: the text before `start` is unchanged, and so is the old text
 * from `oldStop` on (moved by `delta`). Both are line starts; the lines between were re-read.
 */
export interface ArticleEdit {
  /** A line start in both texts. */
  start: number;
  /** A line start in the old text, or Infinity when the edit reaches the last line. */
  oldStop: number;
  /** The new text's length minus the old's. */
  delta: number;
}

/**
 * The article for `text`, given the article `prev` built from an earlier text of the same
 * document. Deep-equal to `buildArticle(prev.uri, text, version)`, at the cost of the changed
 * lines plus moving what follows them (tests/core/model/update.test.ts checks the equality).
 */
export function updateArticle(prev: Article, text: string, version: number): Article {
  return updateWithEdit(prev, text, version).article;
}

/**
 * updateArticle, also saying which lines it re-read (`edit`), so that caches of the previous
 * article can keep what lies outside them. No `edit` when the article was built afresh
 * (or the text is the same: then the article shares `prev`'s syntax).
 */
export function updateWithEdit(prev: Article, text: string, version: number): { article: Article; edit?: ArticleEdit } {
  if (prev.syntax.text === text) return { article: { ...prev, version } };
  const region = changedRegion(prev.syntax, text);
  // (an edit that changes which dollar the text's places write as "$" changes every claim in dollars;
  // the texts are searched only when a claim is in dollars, not on every keystroke)
  if (!region || (prev.meta.currency === undefined && prev.claims.some((c) => namesDollars(c.text)) && dollarOfArticle(prev.meta.url, prev.syntax.text) !== dollarOfArticle(prev.meta.url, text))) return { article: buildArticle(prev.uri, text, version) };
  return { article: spliced(prev, text, version, region), edit: region };
}

/**
 * One edit doing what `first` then `second` did: the lines before either's start are kept,
 * and the old text from where both keep it on is moved by both length changes.
 */
export function composeEdits(first: ArticleEdit, second: ArticleEdit): ArticleEdit {
  // old text from x on is kept by `first` when x >= first.oldStop, and lands at x + first.delta,
  // which `second` keeps when x + first.delta >= second.oldStop
  return { start: Math.min(first.start, second.start), oldStop: Math.max(first.oldStop, second.oldStop - first.delta), delta: first.delta + second.delta };
}

/** The article for `text`: `prev` outside `region`, the region's lines read afresh. */
function spliced(prev: Article, text: string, version: number, region: ArticleEdit): Article {
  const { start, oldStop, delta } = region;
  const old = prev.syntax;
  const shift = new Shift(oldStop, delta);
  const part = parseBodyLines(text, start, oldStop + delta);

  const claims: Claim[] = [];
  const mentions: ActorMention[] = [];
  const found: Finding[] = [...part.errors];
  const meta = prev.meta;
  // the front matter is before the edit: its `by` and `published` are the previous article's
  const { articleBy, published } = prev;
  readLines({ text, published, articleBy, dollar: articleDollar(meta, text) }, part.lines, part.spans, claims, mentions, found);

  /** Keeps what starts before the edited lines, puts `middle` next, then what starts from `oldStop` on, moved. */
  function splice<T>(list: readonly T[], spanOf: (item: T) => Span, middle: readonly T[], move: (item: T) => T): T[] {
    return spliceTail(list, spanOf, middle, (first) => {
      const moved: T[] = [];
      for (let i = first; i < list.length; i++) moved.push(move(list[i]!));
      return moved;
    });
  }
  function spliceTail<T>(list: readonly T[], spanOf: (item: T) => Span, middle: readonly T[], moveTail: (first: number) => T[]): T[] {
    const head = firstStartingAt(list, start, spanOf);
    const tail = moveTail(firstStartingAt(list, oldStop, spanOf));
    // at its exact size, and empty as the shared empty list, as the parser keeps its lists
    const out: T[] = new Array(head + middle.length + tail.length);
    let k = 0;
    for (let i = 0; i < head; i++) out[k++] = list[i]!;
    for (const item of middle) out[k++] = item;
    for (const item of tail) out[k++] = item;
    return orEmpty(out);
  }
  const bySpan = (x: { span: Span }) => x.span;
  // lines first: claims moved after them share their moved spans. The markup nodes stay runs
  // of the old lists until read (nodeRuns.ts): an edit's diagnostics never need them all.
  const syntax: ArticleSyntax = runSyntax({
    text,
    bomLength: old.bomLength,
    ...(old.frontMatter && { frontMatter: old.frontMatter }),
    lines: spliceTail(old.lines, bySpan, part.lines, (first) => shift.lineTail(old.lines, first)),
    suppressions: splice(old.suppressions, bySpan, part.suppressions, (s) => shift.suppression(s)),
    comments: splice(old.comments, bySpan, part.comments, (c) => shift.comment(c)),
    errors: splice(old.errors, bySpan, part.errors, (f) => shift.finding(f)),
  }, splicedRuns(old, start, oldStop, delta, part.spans));
  const article: Article = {
    uri: prev.uri,
    version,
    syntax,
    meta,
    claims: splice(prev.claims, bySpan, claims, (c) => shift.claim(c)),
    mentions: splice(prev.mentions, bySpan, mentions, (m) => shift.mention(m)),
    noFigures: splice(prev.noFigures, (s) => s, noFigureSpans(part.spans), (s) => shift.span(s)),
    findings: splice(prev.findings, bySpan, sortedUnique(found), (f) => shift.finding(f)),
    ...(articleBy && { articleBy }), ...(published && { published }),
  };
  ownRuns(article);
  return article;
}

/** The whole lines an edit from `prev` to `text` touches, or undefined when only a full build is safe. */
function changedRegion(prev: ArticleSyntax, text: string): ArticleEdit | undefined {
  const old = prev.text;
  const lines = prev.lines;
  // An unclosed front matter may be closed by a fence anywhere below: anything can change.
  if (lines.length === 0 || prev.errors[0]?.code === 'front-matter-unclosed') return undefined;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  // The first line to re-read starts at or before the edit, and is a line start in both texts:
  // a CR right before the edit might become the CR of a CRLF.
  let first = firstStartingAt(lines, prefix + 1) - 1;
  if (first >= 0 && lines[first]!.span.start === prefix && prefix > 0 && old.charCodeAt(prefix - 1) === CR) first--;
  if (first < 0) return undefined; // the edit reaches into the front matter
  if (first === 0 && !prev.frontMatter && !firstLineStaysBody(old, text, prev.bomLength, prefix)) return undefined;
  // The first line to keep starts after the edit's end, its preceding break unchanged.
  const end = old.length - suffix;
  const keep = firstStartingAt(lines, end + 1);
  return { start: lines[first]!.span.start, oldStop: keep < lines.length ? lines[keep]!.span.start : Infinity, delta: text.length - old.length };
}

/** Without front matter, an edit on the first line is a body edit unless it might add a fence or change the BOM. */
function firstLineStaysBody(old: string, text: string, bomLength: number, prefix: number): boolean {
  return prefix > bomLength && !old.startsWith('---', bomLength) && !text.startsWith('---', bomLength);
}

/** Length of the common prefix, compared a chunk at a time (string equality is a memory compare). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of CHUNKS) while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  return i;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  for (const step of CHUNKS) while (k + step <= max && a.slice(a.length - k - step, a.length - k) === b.slice(b.length - k - step, b.length - k)) k += step;
  return k;
}
