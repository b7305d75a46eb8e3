// Safe markdown for hovers: article and registry text is untrusted, so every character that
// markdown (or HTML inside markdown) gives meaning to is escaped, and only http(s) links pass.

/**
 * Characters that can start markdown or HTML anywhere in a line: emphasis, code, links and
 * images, HTML tags and entities, tables, strikethrough, math. `-`, `.`, `:` and `=` only
 * matter at the start of a line, handled apart, so ids and dates stay readable raw.
 */
const SPECIAL = /[\\`*_{}[\]()#+!|<>~&$]/g;

/** Longest untrusted text put in a hover, so a huge span cannot flood the card. */
const MAX_TEXT = 500;

/**
 * Escapes untrusted text for markdown: every markdown or HTML character gets a backslash (so
 * `<img onerror>` shows as text and `[x](command:...)` is no link), line breaks become spaces
 * and long text is cut.
 */
export function escapeMarkdown(text: string): string {
  let t = text.length > MAX_TEXT ? `${cutAt(text, MAX_TEXT)}…` : text;
  t = t.replace(/[\r\n\u2028\u2029]+/g, ' ').trimStart().replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  t = t.replace(SPECIAL, (c) => `\\${c}`);
  // At the start of a line these would open a list, a heading underline or a rule.
  return t.replace(/^\s*([-=.>])/, (m, c: string) => m.replace(c, `\\${c}`)).replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** True for an absolute http(s) URL with a host and no white space or control characters. */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#\\<>"'`]+[^\s<>"'`\\]*$/i.test(url) && !/[\u0000-\u001f\u007f]/.test(url);
}

/**
 * A markdown link `[label](url)` when `url` is an http(s) URL; otherwise the escaped text of
 * the label and the url (a `javascript:` or `command:` URL never becomes a link).
 */
export function safeLink(label: string, url: string): string {
  if (!isSafeUrl(url)) return escapeMarkdown(label === url ? url : `${label} (${url})`);
  // Parentheses, brackets and spaces would end the destination early: percent-encode them.
  const target = url.replace(/[()[\]<>\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${target})`;
}

/** Cuts a string to at most `n` code units without splitting a surrogate pair. */
function cutAt(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}
