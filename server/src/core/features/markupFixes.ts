// Quick fixes for markup errors, as text edits on the article: close an unclosed `{` or `[`,
// remove a repeated attribute, and take the parser's suggestion for a misspelt key, class,
// id or suppression code (`data.suggestion` on the finding).
import type { TextEdit } from '../edit';
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { Diagnostic } from '../workspace/types';
import { quote } from '../syntax/messages';
import { ID_KEYS } from '../syntax/vocabulary';
import { isHttpUrl } from '../syntax/ids';

/** One fix: a title and the edits to the article. */
export interface MarkupFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** The fixes for one markup diagnostic of `article` (none for codes without a safe fix); `cursor`: where the editor's cursor is. */
export function markupFixes(article: Article, d: Diagnostic, cursor?: number): MarkupFix[] {
  const text = article.syntax.text;
  const suggestion = (d.data as { suggestion?: unknown } | undefined)?.suggestion;
  switch (d.code) {
    case 'unclosed-attributes': return closeBrace(text, d.span.start, cursor);
    case 'unclosed-bracket': return closeBracket(text, d.span.start);
    case 'duplicate-attribute': return [{ title: `Remove the repeated ${quote(text.slice(d.span.start, d.span.end))}`, edits: [{ span: withBlankBefore(text, d.span), newText: '' }], isPreferred: true }];
    case 'unknown-attribute':
    case 'bad-id':
    case 'bad-suppression':
      return typeof suggestion === 'string' ? replaceWith(article, d, suggestion) : [];
    default: return [];
  }
}

function lineEnd(text: string, from: number): number {
  const m = /[\r\n]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Where the `}` of the unclosed block opened at `open` goes: after the last well-formed item
 * (`key=value`, `key="value"`, `.class`), so the prose that follows (`{fact=x by=y people
 * died.`) stays prose. An id value ends at the first character an id cannot hold
 * (`actor=ukraine’s` closes as `{actor=ukraine}’s`), and a value the cursor is inside of ends
 * at the cursor (`{actor=ukraine|ians` closes as `{actor=ukraine}ians`): text after the cursor is
 * never taken into an id.
 */
export function closingPoint(text: string, open: number, cursor?: number): number {
  const end = lineEnd(text, open);
  const item = /\s*(?:([A-Za-z][\w-]*)=(?:"(?:\\.|[^"\\])*"|([^\s"{}[\]]*))|\.[A-Za-z][\w-]*)/y;
  let at = open + 1;
  const line = text.slice(0, end);
  for (;;) {
    item.lastIndex = at;
    const m = item.exec(line);
    if (!m || m[0].trim() === '') break;
    let next = item.lastIndex;
    const bare = m[2];
    if (bare !== undefined) {
      const valueStart = next - bare.length;
      let keep = bare.length;
      if ((ID_KEYS as readonly string[]).includes(m[1]!) && !isHttpUrl(bare)) keep = /^[A-Za-z0-9._-]*/.exec(bare)![0].length;
      if (cursor !== undefined && valueStart < cursor && cursor < valueStart + keep) keep = cursor - valueStart;
      next = valueStart + keep;
    }
    at = next;
    if (at < end && !/[\s[{]/.test(text[at]!)) break; // text runs on right after it: close here
  }
  return at;
}

function closeBrace(text: string, open: number, cursor?: number): MarkupFix[] {
  const at = closingPoint(text, open, cursor);
  return [{ title: "Close the attributes with '}'", edits: [{ span: { start: at, end: at }, newText: '}' }], isPreferred: true }];
}

/** `]` right before the `{` that follows on the line (the span most likely lost its `]`). */
function closeBracket(text: string, open: number): MarkupFix[] {
  const end = lineEnd(text, open);
  const brace = text.indexOf('{', open + 1);
  if (brace < 0 || brace >= end || text[brace + 1] === '%') return [];
  return [{ title: "Close the span with ']' before its attributes", edits: [{ span: { start: brace, end: brace }, newText: ']' }], isPreferred: true }];
}

/** The span plus the blanks before it, so removing an attribute leaves single spacing. */
function withBlankBefore(text: string, s: Span): Span {
  let start = s.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: s.end };
}

function replaceWith(article: Article, d: Diagnostic, suggestion: string): MarkupFix[] {
  let target = d.span;
  // `nofigure=x` is a misspelt class: replace the whole attribute, not just its key.
  if (d.code === 'unknown-attribute' && suggestion.startsWith('.') && article.syntax.text[d.span.start] !== '.') {
    const attr = article.syntax.spans.flatMap((s) => s.attributes).find((a) => a.keySpan.start === d.span.start);
    if (attr) target = attr.span;
  }
  return [{ title: `Change to ${quote(suggestion)}`, edits: [{ span: target, newText: suggestion }], isPreferred: true }];
}
