// `{% ... %}` comments. `{% claimmark-disable-line code ... %}` and
// `{% claimmark-disable-file code ... %}` are suppressions; any other comment is kept as a
// CommentNode so features can skip it. Codes are checked against the catalogue here.
import { span, type Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import { ALL_CODES, isDiagnosticCode } from '../diagnostics/catalog';
import type { CommentNode, SuppressionNode } from './tree';
import { isBlank } from './chars';
import { closestWord } from './suggest';
import { quote } from './messages';

const MAX_SUGGESTIONS = 8;

/** A Map, not an object: `{% constructor %}` must not find Object.prototype's members. */
const SCOPES = new Map<string, SuppressionNode['scope']>([
  ['claimmark-disable-line', 'line'],
  ['claimmark-disable-file', 'file'],
]);

/** Where comments and their findings go. */
export interface CommentSink {
  suppressions: SuppressionNode[];
  comments: CommentNode[];
  errors: Finding[];
}

/** Reads the comment from `{%` at `open` to `%}` at `close`. */
export function readComment(text: string, open: number, close: number, sink: CommentSink): void {
  const whole = span(open, close + 2);
  const first = nextWord(text, open + 2, close);
  const directive = first && text.slice(first.start, first.end);
  const scope = directive ? SCOPES.get(directive) : undefined;
  if (!first || !scope) {
    if (first && directive?.startsWith('claimmark-')) {
      const message = `Unknown suppression ${quote(directive)}: write claimmark-disable-line or claimmark-disable-file`;
      sink.errors.push({ code: 'bad-suppression', span: first, message });
    }
    sink.comments.push({ span: whole });
    return;
  }
  const codeSpans: Span[] = [];
  for (let w = nextWord(text, first.end, close); w; w = nextWord(text, w.end, close)) codeSpans.push(w);
  const codes = codeSpans.map((s) => text.slice(s.start, s.end));
  let suggested = 0;
  codes.forEach((code, i) => {
    if (isDiagnosticCode(code)) return;
    // Suggestions cost an edit distance per code: a few per comment are plenty.
    const suggestion = suggested++ < MAX_SUGGESTIONS ? closestWord(code, ALL_CODES, 3) : undefined;
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
    const message = `Unknown diagnostic code ${quote(code)}${hint}`;
    sink.errors.push({ code: 'bad-suppression', span: codeSpans[i]!, message, ...(suggestion && { data: { suggestion } }) });
  });
  sink.suppressions.push({ span: whole, scope, codes, codeSpans });
}

/** The first word of `text[start, end)` (words are separated by blanks or commas). */
function nextWord(text: string, start: number, end: number): Span | undefined {
  let i = start;
  while (i < end && isSeparator(text.charCodeAt(i))) i++;
  const from = i;
  while (i < end && !isSeparator(text.charCodeAt(i))) i++;
  return i > from ? span(from, i) : undefined;
}

function isSeparator(c: number): boolean {
  return isBlank(c) || c === 44; // ','
}
