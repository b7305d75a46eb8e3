// Reads an article's front matter (the YAML between the `---` fences) into ArticleMeta, with
// findings located in the article: YAML is parsed with offsets shifted by where its body starts.
import { z } from 'zod';
import { isMap } from 'yaml';
import type { Finding } from '../diagnostics/finding';
import type { ArticleMeta } from './article';
import { httpUrlField, idField, isoDateField, textField } from '../registry/schema';
import { isNullNode, mapPairs, nodeSpan, parseYaml, type YamlNode } from '../registry/yamlTree';
import { validateNode } from '../registry/validate';

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
};

/**
 * Reads the YAML `body` of a front matter that starts at offset `bodyStart` in the article.
 * Never throws. Invalid YAML and wrong values are `front-matter-invalid` at the field,
 * unknown keys `front-matter-unknown-key` at the key; valid fields are kept. Dates come
 * back exactly as written (`2024-12-26`), never through a time-zone-shifted Date.
 */
export function readFrontMatter(body: string, bodyStart: number): { meta: ArticleMeta; findings: Finding[] } {
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
