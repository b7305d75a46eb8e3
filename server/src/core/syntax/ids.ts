// Ids (actors, facts, sources) as the markup writes them: the rule, the URL exception for
// `src`, and a proposed fix for a wrong id (quick fixes read it from the finding's data).

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_SUGGESTED = 80;
const HTTP_URL = /^https?:\/\/\S+$/i;

/** True for a lower-case id: letters, digits, `-`, `_`, `.`, starting with a letter or digit. */
export function isValidId(s: string): boolean {
  return ID.test(s);
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
