// What must hold for every parse of every text: used by the fuzz test. Returns the first
// broken rule as a sentence (undefined when all hold), so a failure names what went wrong.
import type { ArticleSyntax } from '../../../server/src/core/syntax/tree';
import type { Span } from '../../../server/src/core/span';
import { isDiagnosticCode } from '../../../server/src/core/diagnostics/catalog';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The first invariant `tree` breaks for `text`, if any. */
export function brokenInvariant(text: string, tree: ArticleSyntax): string | undefined {
  const n = text.length;
  const bad = (s: Span) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n);
  const splits = (offset: number) => offset > 0 && offset < n && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
  const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
  const all: [string, Span][] = [];
  const add = (what: string, s: Span) => all.push([what, s]);

  if (tree.text !== text) return 'tree.text is not the text';
  if (tree.frontMatter) {
    const fm = tree.frontMatter;
    add('front matter', fm.span);
    add('front matter body', fm.bodySpan);
    if (!inside(fm.span, fm.bodySpan)) return 'front matter body outside the front matter';
    if (text.slice(fm.bodySpan.start, fm.bodySpan.end) !== fm.body) return 'front matter body is not its span';
  }
  let previous = -1;
  for (const line of tree.lines) {
    add('line', line.span);
    if (line.span.start <= previous) return 'lines out of order';
    if (/[\r\n]/.test(text.slice(line.span.start, line.span.end))) return 'a line holds a line break';
    previous = line.span.end;
  }
  const inline: Span[] = [];
  for (const s of tree.spans) {
    inline.push(s.span);
    add('span', s.span);
    add('span text', s.textSpan);
    add('span attributes', s.attrsSpan);
    if (!inside(s.span, s.textSpan) || !inside(s.span, s.attrsSpan) || s.textSpan.end + 1 !== s.attrsSpan.start) return 'span parts misplaced';
    if (text.slice(s.textSpan.start, s.textSpan.end) !== s.text) return 'span text is not its span';
    if (text[s.span.start] !== '[' || text[s.attrsSpan.start] !== '{' || text[s.span.end - 1] !== '}') return 'span delimiters wrong';
    for (const a of s.attributes) {
      for (const part of [a.span, a.keySpan, a.valueSpan]) add('attribute', part);
      if (!inside(s.attrsSpan, a.span) || !inside(a.span, a.keySpan) || !inside(a.span, a.valueSpan)) return 'attribute outside its span';
      if (!a.quoted && text.slice(a.valueSpan.start, a.valueSpan.end) !== a.value) return 'bare value is not its span';
    }
    for (const c of s.classes) {
      add('class', c.span);
      if (!inside(s.attrsSpan, c.span)) return 'class outside its span';
    }
  }
  for (const c of tree.comments) {
    inline.push(c.span);
    add('comment', c.span);
  }
  for (const s of tree.suppressions) {
    inline.push(s.span);
    add('suppression', s.span);
    if (s.scope !== 'line' && s.scope !== 'file') return `bad suppression scope ${String(s.scope)}`;
    if (s.codes.length !== s.codeSpans.length) return 'suppression codes and spans differ';
    for (const c of s.codeSpans) {
      add('suppression code', c);
      if (!inside(s.span, c)) return 'code outside its suppression';
    }
  }
  // Spans, comments and suppressions never overlap, and each lies on one body line.
  inline.sort((a, b) => a.start - b.start);
  for (let i = 1; i < inline.length; i++) if (inline[i]!.start < inline[i - 1]!.end) return 'inline nodes overlap';
  for (const s of inline) if (!tree.lines.some((l) => inside(l.span, s))) return 'inline node not within one line';
  for (const list of [tree.spans, tree.comments, tree.suppressions, tree.errors]) {
    for (let i = 1; i < list.length; i++) if (list[i]!.span.start < list[i - 1]!.span.start) return 'nodes or errors out of order';
  }
  for (const e of tree.errors) {
    add('error', e.span);
    if (!isDiagnosticCode(e.code) || e.message.length === 0) return `bad finding ${e.code}`;
    if (e.span.end === e.span.start) return `empty error span (${e.code})`;
  }
  for (const [what, s] of all) {
    if (bad(s)) return `${what} span ${JSON.stringify(s)} outside the text`;
    if (splits(s.start) || splits(s.end)) return `${what} span ${JSON.stringify(s)} splits a surrogate pair`;
  }
  return undefined;
}
