// Text clean-up for imported articles: white space and invisible characters normalised, and
// the markup characters escaped so that an article's own text can never read as a claim span.
import { decodeHTMLStrict } from 'entities';

/** Spaces of every width (no-break, thin, ideographic...) that become a plain space. */
const WIDE_SPACES = /[\u00a0\u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t\r\n\f\v]+/g;
/** Characters that print nothing (zero-width, soft hyphen, BOM, word joiner, control characters). */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** `text` in NFC with invisible characters removed and runs of white space made one space, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(WIDE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Escapes what the article parser would read as markup (docs/format.md): a backslash before
 * an escapable character, and every `{`, which is what turns `[...]` into a span and opens
 * `{% %}` comments. Brackets stay as they are: alone they are prose (quotes use them).
 */
export function escapeMarkup(line: string): string {
  return line.replace(/\\(?=[[\]{}\\])/g, '\\\\').replace(/\{/g, '\\{');
}

/** One line of front matter: `key: value`, the value quoted (YAML double quotes) unless it is plain. */
export function frontMatterLine(key: string, value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’()/&+-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[\d.+-]+$/.test(value);
  return `${key}: ${plain ? value : JSON.stringify(value)}`;
}

/**
 * Decodes the entities that JSON-LD and double-escaped meta values carry (`&amp;`, `&uuml;`,
 * `&#8217;`, `&#x2019;`): every HTML5 named entity, with its semicolon only (the `entities`
 * library's strict mode, so "&copy2024" or "AT&T" in a headline stay as written).
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
