// Validates a YAML node against a zod schema: every issue is located at the key or value it
// concerns, and the invalid parts are dropped so the rest of the node is still used.
import type { z } from 'zod';
import type { Span } from '../span';
import { isNullNode, locate, nodeSpan, toPlain, type YamlNode, type YamlSource } from './yamlTree';

/** One validation problem, located in the document. */
export interface Problem {
  span: Span;
  /** Where in the node, e.g. `kind`, `parts[1]`, `severity.untagged-figure` (empty for the node itself). */
  field: string;
  /** What is wrong, quoting what was written. */
  message: string;
  /** Set when the problem is a key the schema does not know. */
  unknownKey?: string;
  /** The `params.tag` of a failed refinement, e.g. `id` for a malformed id. */
  tag?: string;
}

/**
 * Validates `node` with `schema`, reports each issue, and returns the data with the invalid
 * fields or list items left out (undefined when the node as a whole is invalid).
 */
export function validateNode<S extends z.ZodType>(src: YamlSource, node: YamlNode | undefined, schema: S, report: (p: Problem) => void): z.output<S> | undefined {
  const plain = toPlain(src, node);
  const first = schema.safeParse(plain);
  if (first.success) return first.data;
  const invalid: PropertyKey[][] = [];
  for (const issue of first.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = locate(node, [...issue.path, key]);
        report({ span: spanOf(src, at.key ?? at.value ?? node), field: fieldName(issue.path), message: `unknown key '${key}'`, unknownKey: key });
        invalid.push([...issue.path, key]);
      }
      continue;
    }
    const at = locate(node, issue.path);
    const target = issue.code === 'invalid_key' || isNullNode(at.value) ? at.key ?? at.value ?? node : at.value;
    const tag = issue.code === 'custom' ? (issue.params as { tag?: string } | undefined)?.tag : undefined;
    report({ span: spanOf(src, target), field: fieldName(issue.path), message: describe(src, issue, target), ...(tag && { tag }) });
    invalid.push([...issue.path]);
  }
  if (invalid.some((path) => path.length === 0)) return undefined;
  const second = schema.safeParse(prune(plain, invalid));
  return second.success ? second.data : undefined;
}

function spanOf(src: YamlSource, node: YamlNode | undefined): Span {
  return node ? nodeSpan(src, node) : { start: src.base, end: src.base };
}

/** `['parts', 1]` -> `parts[1]`; `['severity', 'x']` -> `severity.x`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

const KIND_NAMES: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'a map (key: value lines)', array: 'a list' };

/** A message for one issue that quotes what the user wrote. */
function describe(src: YamlSource, issue: z.core.$ZodIssue, node: YamlNode | undefined): string {
  const written = node ? quoteWritten(src, node) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KIND_NAMES[issue.expected] ?? issue.expected}, got ${written}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${written}`;
    case 'too_big':
      return `${written} is too large: at most ${String(issue.maximum)}`;
    case 'too_small':
      return `${written} is too small: at least ${String(issue.minimum)}`;
    case 'invalid_key':
      return `${written} ${issue.issues[0]?.message ?? 'is not a valid key'}`;
    default:
      return `${written} ${issue.message}`;
  }
}

function quoteWritten(src: YamlSource, node: YamlNode): string {
  const span = nodeSpan(src, node);
  const text = src.text.slice(span.start - src.base, span.end - src.base).replace(/\s+/g, ' ');
  return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}'`;
}

const DROPPED = Symbol('dropped');

/** Removes the values at `paths` from a copy-free plain value (list items are filtered out). */
function prune(plain: unknown, paths: PropertyKey[][]): unknown {
  for (const path of paths) {
    let parent: unknown = plain;
    for (const step of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[step];
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent[last as number] = DROPPED;
    else if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[last];
  }
  return compact(plain);
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== DROPPED).map(compact);
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = compact((value as Record<string, unknown>)[key]);
  }
  return value;
}
