// Reads an article's front matter (the YAML between the `---` fences) into ArticleMeta, with
// findings located in the article: YAML is parsed with offsets shifted by where its body starts.
// Plain `key: value` lines take a fast path (readSimpleFrontMatter); anything else goes to `yaml`.
import * as z from '../base/zod';
import { isMap } from 'yaml';
import type { Finding } from '../diagnostics/finding';
import type { ArticleMeta } from './article';
import { httpUrlField, idField, isHttpUrl, isId, isoDateField, textField } from '../base/fields';
import { DOLLAR_CURRENCIES } from '../figures/localDollar';
import { isIsoDate } from '../base/dates';
import { isNullNode, mapPairs, nodeSpan, parseYaml, type YamlNode } from '../base/yamlTree';
import { validateNode } from '../base/validate';

/** True for a currency a bare "$" may mean (`currency:`). */
const isDollarCurrency = (s: string): boolean => DOLLAR_CURRENCIES.includes(s);
const currencyField = z.string().refine(isDollarCurrency, `is not one of ${DOLLAR_CURRENCIES.join(', ')}`);

/** The front matter keys, validated on their own so one bad field keeps the others. */
const frontMatterSchema = z.strictObject({
  id: idField.optional(),
  title: textField.optional(),
  outlet: textField.optional(),
  author: textField.optional(),
  published: isoDateField.optional(),
  url: httpUrlField.optional(),
  retrieved: isoDateField.optional(),
  by: idField.optional(),
  currency: currencyField.optional(),
});

/** The keys front matter may use, with what each means (for completion and hover). */
export const FRONT_MATTER_KEYS: Record<keyof z.infer<typeof frontMatterSchema>, string> = {
  id: "The article's own id, used in exports and reports.",
  title: 'The title of the article.',
  outlet: 'The outlet that published it.',
  author: 'Who wrote it.',
  published: "The article's date, YYYY-MM-DD: the default as-of of its claims.",
  url: 'Where the article was read (http or https).',
  retrieved: 'When it was read, YYYY-MM-DD.',
  by: 'The default actor of claims that name none (an actor id).',
  currency: 'The currency a bare "$" means in the article, as an ISO code (CAD, AUD, NZD, SGD, HKD); US dollars when not set.',
};

/**
 * Reads the YAML `body` of a front matter that starts at offset `bodyStart` in the article.
 * Never throws. Invalid YAML and wrong values are `front-matter-invalid` at the field,
 * unknown keys `front-matter-unknown-key` at the key; valid fields are kept. Dates come
 * back exactly as written (`2024-12-26`), never through a time-zone-shifted Date.
 */
export function readFrontMatter(body: string, bodyStart: number): { meta: ArticleMeta; findings: Finding[] } {
  return readSimpleFrontMatter(body, bodyStart) ?? readFrontMatterWithYaml(body, bodyStart);
}

/** readFrontMatter through `yaml` and zod alone, for any front matter (the reference the fast path is tested against). */
export function readFrontMatterWithYaml(body: string, bodyStart: number): { meta: ArticleMeta; findings: Finding[] } {
  const meta: ArticleMeta = { keySpans: {}, valueSpans: {} };
  const findings: Finding[] = [];
  try {
    const src = parseYaml(body, bodyStart);
    for (const p of src.problems) findings.push({ code: 'front-matter-invalid', span: p.span, message: `front matter: ${p.message}` });
    if (isNullNode(src.root)) return { meta, findings };
    if (!isMap(src.root)) {
      findings.push({ code: 'front-matter-invalid', span: nodeSpan(src, src.root!), message: 'front matter must be `key: value` lines' });
      return { meta, findings };
    }
    const data = validateNode(src, src.root, frontMatterSchema, (p) => {
      const code = p.unknownKey !== undefined ? 'front-matter-unknown-key' : 'front-matter-invalid';
      const message = p.unknownKey !== undefined ? `unknown front matter key '${p.unknownKey}' (known: ${Object.keys(FRONT_MATTER_KEYS).join(', ')})` : `${p.field}: ${p.message}`;
      findings.push({ code, span: p.span, message });
    });
    Object.assign(meta, data);
    for (const { key, pair } of mapPairs(src.root)) {
      if (!(key in FRONT_MATTER_KEYS) || key in meta.keySpans) continue;
      meta.keySpans[key] = nodeSpan(src, pair.key as YamlNode);
      if (!isNullNode(pair.value)) meta.valueSpans![key] = nodeSpan(src, pair.value as YamlNode);
    }
  } catch (e) {
    // A safety net: the core must never throw (tests fuzz this path to keep it unused).
    findings.push({ code: 'front-matter-invalid', span: { start: bodyStart, end: bodyStart }, message: `front matter could not be read: ${String(e)}` });
  }
  return { meta, findings };
}

/**
 * The fast path: a front matter whose every line is `key: value` with a known key written
 * once and a value that YAML can only read as that very string, and that the schema accepts.
 * Why it exists: `yaml` builds a document, a CST and tokens for these five lines, which was a
 * third of building a typical article (0.8 s of a 10,000-article check). It is deliberately
 * narrow: undefined (use `yaml`) for any other character, quoting, spacing, or value, so it
 * never needs YAML's rules; tests/core/model/frontMatterFast.test.ts checks it gives exactly
 * what readFrontMatterWithYaml gives, on every front matter in the repository and mutations.
 */
export function readSimpleFrontMatter(body: string, bodyStart: number): { meta: ArticleMeta; findings: Finding[] } | undefined {
  if (body.length === 0 || body.charCodeAt(body.length - 1) !== LF) return undefined;
  // Lines end with LF, or all with CRLF (the CR is then no part of a value).
  const crlf = body.charCodeAt(body.length - 2) === CR;
  const keySpans: Record<string, { start: number; end: number }> = {};
  const valueSpans: Record<string, { start: number; end: number }> = {};
  const plain: Record<string, string> = {};
  for (let at = 0; at < body.length; ) {
    const lineBreak = body.indexOf('\n', at);
    const end = crlf ? lineBreak - 1 : lineBreak;
    if (crlf && body.charCodeAt(end) !== CR) return undefined;
    const colon = body.indexOf(': ', at);
    if (colon < 0 || colon > end) return undefined;
    const key = body.slice(at, colon);
    if (!Object.hasOwn(FRONT_MATTER_KEYS, key) || Object.hasOwn(plain, key)) return undefined;
    const value = simpleValue(body, colon + 2, end);
    if (value === undefined) return undefined;
    plain[key] = value;
    keySpans[key] = { start: bodyStart + at, end: bodyStart + colon };
    valueSpans[key] = { start: bodyStart + colon + 2, end: bodyStart + end };
    at = lineBreak + 1;
  }
  const data = checkedStrings(plain);
  if (!data) return undefined;
  return { meta: Object.assign({ keySpans, valueSpans }, data), findings: [] };
}

/** What each key of frontMatterSchema accepts of a string (text keys take any). */
const STRING_CHECKS: Record<keyof typeof FRONT_MATTER_KEYS, ((s: string) => boolean) | undefined> = {
  id: isId, title: undefined, outlet: undefined, author: undefined, published: isIsoDate, url: isHttpUrl, retrieved: isIsoDate, by: isId, currency: isDollarCurrency,
};

/**
 * frontMatterSchema.safeParse(plain).data for values that are all strings (undefined where
 * it fails): the same fields, in the schema's order, with zod's own checks, without its
 * machinery per article (frontMatterFast.test.ts compares both paths).
 */
function checkedStrings(plain: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const key of Object.keys(STRING_CHECKS) as (keyof typeof STRING_CHECKS)[]) {
    const value = plain[key];
    if (value === undefined) continue;
    const check = STRING_CHECKS[key];
    if (check && !check(value)) return undefined;
    out[key] = value;
  }
  return out;
}

const LF = 10;
const CR = 13;
const DOUBLE_QUOTE = 34;
/** A plain value starts with a letter or digit (/^[A-Za-z0-9]/), so no YAML indicator (`- ? : , [ ] { } # & * ! | > ' " % @`) can start it. */
function isPlainStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
/** Plain words YAML 1.2 reads as null or true/false (in any case, to stay clear of them). */
const NOT_A_STRING = /^(?:null|true|false)$/i;
/** The only values starting with a digit taken: a date shape, which YAML 1.2 (core schema) reads as a string. */
const DATE_SHAPE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * The string a value written at `body[start, end)` stands for, when that is obvious: a plain
 * value as above, or a double-quoted one without escapes. Undefined for anything else: a
 * character outside printable ASCII and non-space Unicode, `#`, brackets, braces, `: `, a
 * trailing `:` or space, a quote or backslash inside, a number, null or boolean.
 */
function simpleValue(body: string, start: number, end: number): string | undefined {
  if (end <= start) return undefined;
  const quoted = body.charCodeAt(start) === DOUBLE_QUOTE;
  const from = quoted ? start + 1 : start;
  const to = quoted ? end - 1 : end;
  if (quoted && (to < from || body.charCodeAt(to) !== DOUBLE_QUOTE)) return undefined;
  const value = body.slice(from, to);
  if (!SIMPLE_CHARS.test(value)) return undefined;
  if (quoted) return value.includes('"') ? undefined : value;
  if (value.includes(': ') || value.endsWith(':') || value.endsWith(' ')) return undefined;
  // (by character where that is the pattern's whole test: every value of every article's front matter is read here)
  if (!isPlainStart(value.charCodeAt(0)) || ((value.length === 4 || value.length === 5) && NOT_A_STRING.test(value))) return undefined;
  if (value.charCodeAt(0) <= 57 && !DATE_SHAPE.test(value)) return undefined; // a digit first: a number, or a date
  return value;
}

/**
 * Printable ASCII but `#`, `[`, `]`, `{`, `}`, backslash and backtick, and Unicode letters or
 * punctuation that are neither white space, nor line or BOM marks, nor unpaired surrogates.
 */
const SIMPLE_CHARS = /^(?:[ !"$-/0-9:;<=>?@A-Z^_a-z|~]|(?![\s\ufeff\u2028\u2029\u0080-\u009f])[\u00a0-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
