// Offsets into a document's text. The core speaks UTF-16 offsets only; the front ends turn
// them into line/character positions at their edges (lsp/convert.ts; text/lines.ts for the CLI).

/** A half-open range [start, end) of UTF-16 code-unit offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Builds a span; `end` defaults to `start` (an empty span, e.g. "expected here"). */
export function span(start: number, end: number = start): Span {
  return { start, end };
}

/** The text a span covers. */
export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when `inner` lies within `outer` (bounds included). */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the offset lies in [start, end]; the end is included so a cursor right after a token still hits it. */
export function spanTouches(s: Span, offset: number): boolean {
  return s.start <= offset && offset <= s.end;
}

/**
 * The index of the first item whose span starts at or after `offset`, by binary search (items
 * in order of span start). `spanOf` reads an item's span: its `span` field by default.
 */
export function firstStartingAt<T>(list: readonly T[], offset: number, spanOf: (item: T) => Span = (item) => (item as { span: Span }).span): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(list[mid]!).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
