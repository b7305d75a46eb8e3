// Text put inside a span's brackets: the characters markup gives meaning to there are escaped,
// so the span's text reads back as printed. Every fix and draft that writes a span uses this.

/** Escapes `[`, `]`, `{`, `}` and `\` with a backslash. */
export function escapeSpanText(text: string): string {
  return text.replace(/[[\]{}\\]/g, (c) => `\\${c}`);
}
