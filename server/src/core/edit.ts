// Text edits the core computes (quick fixes, renames, drafts, registry entries) and applyEdits.
// Offsets refer to the text an edit was computed from: the LSP layer pins them to that
// document's version (lsp/edits.ts); the CLI applies them to the file it read.
import type { Span } from './span';

/** Replace `span` of a document's text with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** Edits to one document; `uri` is the document they apply to. */
export interface DocumentEdits {
  uri: string;
  edits: TextEdit[];
}

/**
 * Of items in order of their starts, those that overlap none kept before them: two drafts or
 * tags over one stretch of text would make overlapping edits (applyEdits throws on them), and
 * the first keeps the stretch.
 */
export function withoutOverlaps<T extends { span: Span }>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) if (out.length === 0 || out[out.length - 1]!.span.end <= item.span.start) out.push(item);
  return out;
}

/** Applies non-overlapping edits to a text (used by tests and the CLI). Throws on overlap: callers must not build overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.span.start < at) throw new Error(`overlapping edits at ${e.span.start}`);
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
