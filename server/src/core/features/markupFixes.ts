// Quick fixes for markup errors, as text edits on the article: close an unclosed `{` or `[`,
// remove a repeated attribute, and take the parser's suggestion for a misspelt key, class,
// id or suppression code (`data.suggestion` on the finding).
import type { TextEdit } from '../edit';
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { Diagnostic } from '../workspace/types';
import { quote } from '../syntax/messages';

/** One fix: a title and the edits to the article. */
export interface MarkupFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** The fixes for one markup diagnostic of `article` (none for codes without a safe fix). */
export function markupFixes(article: Article, d: Diagnostic): MarkupFix[] {
  const text = article.syntax.text;
  const suggestion = (d.data as { suggestion?: unknown } | undefined)?.suggestion;
  switch (d.code) {
    case 'unclosed-attributes': return closeBrace(text, d.span.start);
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
 * `}` after the last well-formed item (`key=value`, `key="value"`, `.class`): the prose that
 * follows an unclosed block (`{fact=x by=y people died.`) stays prose.
 */
function closeBrace(text: string, open: number): MarkupFix[] {
  const end = lineEnd(text, open);
  const item = /\s*(?:[A-Za-z][\w-]*=(?:"(?:\\.|[^"\\])*"|[^\s"{}[\]]*)|\.[A-Za-z][\w-]*)(?=[\s[{]|$)/y;
  let at = open + 1;
  const line = text.slice(0, end);
  for (;;) {
    item.lastIndex = at;
    const m = item.exec(line);
    if (!m || m[0].trim() === '') break;
    at = item.lastIndex;
  }
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
