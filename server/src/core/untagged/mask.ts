// What the untagged-figure check never looks inside: the BOM, front matter, every markup span
// (text and attributes), unclosed attribute blocks, suppression and other comments, and URLs.
import type { Span } from '../span';
import type { Article } from '../model/article';

/** The spans of `text` that look like URLs ("https://...", "www....") up to the next white space. */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const prefix of ['http://', 'https://', 'www.']) {
    for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
      if (prefix === 'www.' && i > 0 && /[\w/.]/.test(text[i - 1]!)) continue;
      let e = i;
      while (e < text.length && !/[\s)\]"”>]/.test(text[e]!)) e++;
      while (e > i && /[.,;:!?]/.test(text[e - 1]!)) e--;
      out.push({ start: i, end: e });
      i = e;
    }
  }
  return out;
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
