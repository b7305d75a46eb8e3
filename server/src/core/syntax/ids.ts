// Ids (actors, facts, sources) as the markup writes them: the rule, the URL exception for
// `src`, and a proposed fix for a wrong id (quick fixes read it from the finding's data).

const MAX_SUGGESTED = 80;
const HTTP_URL = /^https?:\/\/\S+$/i;

/**
 * True for a lower-case id: letters, digits, `-`, `_`, `.`, starting with a letter or digit.
 * (/^[a-z0-9][a-z0-9._-]*$/ read by character: every id value of every span is checked, and
 * a pattern's call cost more than its few characters.)
 */
export function isValidId(s: string): boolean {
  const n = s.length;
  if (n === 0 || !isIdChar(s.charCodeAt(0), false)) return false;
  for (let i = 1; i < n; i++) if (!isIdChar(s.charCodeAt(i), true)) return false;
  return true;
}

/** [a-z0-9], and `.`, `_`, `-` when not first. */
function isIdChar(c: number, inner: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (inner && (c === 46 || c === 95 || c === 45));
}

/** True for an http(s) URL (a `src` may be one instead of a source id). */
export function isHttpUrl(s: string): boolean {
  return HTTP_URL.test(s);
}

/** A valid id close to `s` ("Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"), or undefined when none is obvious. */
export function suggestId(s: string): string | undefined {
  if (s.length > MAX_SUGGESTED || s.includes('://')) return undefined;
  const id = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
  return isValidId(id) ? id : undefined;
}
