// What the untagged-figure check never looks inside: the BOM, front matter, every markup span
// (text and attributes), unclosed attribute blocks, suppression and other comments, and URLs.
import type { Span } from '../span';
import type { Article } from '../model/article';

/**
 * The spans of `text` that look like URLs ("https://...", "www....") up to the next white space:
 * those of "http://", then of "https://", then of "www.", each searched from the end of the last.
 */
export function urlSpans(text: string): Span[] {
  const http: Span[] = [];
  const https: Span[] = [];
  // One search for "://" finds both schemes (prose has few colons, and many h's to try a
  // prefix at); each scheme's next URL starts after the end of its last, as a search of its own would.
  let httpFrom = 0;
  let httpsFrom = 0;
  for (let k = text.indexOf('://'); k >= 0; k = text.indexOf('://', k + 1)) {
    if (k >= 4 && k - 4 >= httpFrom && text.startsWith('http', k - 4)) {
      const url = urlAt(text, k - 4);
      http.push(url);
      httpFrom = url.end + 1;
    } else if (k >= 5 && k - 5 >= httpsFrom && text.startsWith('https', k - 5)) {
      const url = urlAt(text, k - 5);
      https.push(url);
      httpsFrom = url.end + 1;
    }
  }
  const out = http.length + https.length === 0 ? http : [...http, ...https];
  for (let i = text.indexOf('www.'); i >= 0; i = text.indexOf('www.', i + 1)) {
    if (i > 0 && /[\w/.]/.test(text[i - 1]!)) continue;
    out.push(urlAt(text, i));
    i = out[out.length - 1]!.end;
  }
  return out;
}

/** The URL starting at `i`: up to white space or a closing bracket or quote, without final punctuation. */
function urlAt(text: string, i: number): Span {
  let e = i;
  while (e < text.length && !/[\s)\]"”>]/.test(text[e]!)) e++;
  while (e > i && /[.,;:!?]/.test(text[e - 1]!)) e--;
  return { start: i, end: e };
}

/**
 * Every span of the article that the check must skip, in no particular order. With `within`
 * (lines, sorted), only those that start in one of them: the masks a check of those lines needs.
 */
export function maskedSpans(article: Article, within?: readonly { span: Span }[]): Span[] {
  const syntax = article.syntax;
  const out: Span[] = [];
  const push = within ? (s: Span) => { if (lineAt(within, s.start)) out.push(s); } : (s: Span) => { out.push(s); };
  if (!within) {
    if (syntax.bomLength > 0) out.push({ start: 0, end: syntax.bomLength });
    if (syntax.frontMatter) out.push(syntax.frontMatter.span);
  }
  for (const s of syntax.spans) push(s.span);
  for (const s of syntax.suppressions) push(s.span);
  for (const c of syntax.comments) push(c.span);
  // an attribute block with no `}` runs to the end of its line: its text is markup to fix, not prose to tag
  for (const e of syntax.errors) if (e.code === 'unclosed-attributes') push({ start: e.span.start, end: lineAt(syntax.lines, e.span.start)?.end ?? e.span.end });
  for (const s of article.noFigures) push(s);
  if (!within) out.push(...urlSpans(syntax.text));
  // URLs end at white space, so a line's URLs are those of its own text
  else for (const { span: l } of within) for (const u of urlSpans(syntax.text.slice(l.start, l.end))) out.push({ start: u.start + l.start, end: u.end + l.start });
  return out;
}

/** The line (paragraph) that contains `offset`, by binary search over the article's lines. */
export function lineAt(lines: readonly { span: Span }[], offset: number): Span | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = lines[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
