// Quoting the user's text in messages: short, single-quoted, never cut inside a surrogate pair.

const MAX_QUOTE = 40;

/** `'text'`, cut to about 40 characters with an ellipsis. */
export function quote(s: string): string {
  if (s.length <= MAX_QUOTE) return `'${s}'`;
  let cut = MAX_QUOTE;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair whole
  return `'${s.slice(0, cut)}…'`;
}

/** Quotes `text[start, end)`, copying no more than the quote shows (spans may be huge). */
export function quoteSpan(text: string, start: number, end: number): string {
  return quote(text.slice(start, Math.min(end, start + MAX_QUOTE + 1)));
}
