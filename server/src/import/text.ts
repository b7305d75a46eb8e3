// Text clean-up for imported articles: white space and invisible characters normalised, and
// the markup characters escaped so that an article's own text can never read as a claim span.

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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' };

/** Decodes the entities that JSON-LD and double-escaped meta values carry (`&amp;`, `&#8217;`, `&#x2019;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? all;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
  });
}
