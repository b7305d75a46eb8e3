// HTML escaping for the report: every piece of article or registry text goes through here.

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An href for a URL from an article or the registry: only http(s), else undefined (never javascript:). */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? esc(url) : undefined;
}

/** A number for reading: `3,000`, `1.25`, `∞` for null bounds. */
export function num(n: number | null, infinite = '∞'): string {
  return n === null ? infinite : n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}
