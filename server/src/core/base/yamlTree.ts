// YAML with offsets: parses text with the `yaml` package and answers "where is this key or
// value written?" for claimmark.yaml and article front matter. Spans are shifted by `base`
// so a YAML block embedded in an article reports offsets into the article.
import { parseDocument, isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Pair } from 'yaml';
import type { Span } from '../span';

/** A YAML node as the `yaml` package builds it (scalar, map, sequence or alias). */
export type YamlNode = NonNullable<Document.Parsed['contents']>;

/** A parsed YAML text and what is needed to turn its node ranges into spans. */
export interface YamlSource {
  /** The YAML text itself. */
  text: string;
  /** Offset of `text` in the document findings point into. */
  base: number;
  /** The root node; undefined for an empty document (only comments or blank). */
  root: YamlNode | undefined;
  /** Syntax errors and warnings from the YAML parser, already located. */
  problems: { span: Span; message: string }[];
  /** The parsed document. */
  doc: Document.Parsed;
  /** What each alias node stands for (undefined when no anchor precedes it), resolved in one pass. */
  aliases: Map<unknown, YamlNode | undefined>;
  /** Nodes that alias expansions may still produce, shared by every toPlain of this text. */
  aliasBudget: { left: number };
}

/**
 * What alias expansions may produce in one text, all entries together: linear in its length.
 * (A budget per entry let 300 facts each expand 100,000 nodes: 9 s for a 16 KB file.)
 */
export function aliasBudgetOf(text: string): number {
  return 100_000 + 4 * text.length;
}

/** Parses YAML text (never throws); `base` is added to every span it reports. */
export function parseYaml(text: string, base = 0): YamlSource {
  // yaml's own unique-key check compares every pair of keys in a map (16 s for 20,000
  // facts); ours is one Set per map, and reports the repeat the same way.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length)) + base;
  const repeats: [number, number][] = [];
  findRepeatedKeys(doc.contents, repeats);
  const errors = doc.warnings.length ? [...doc.errors, ...doc.warnings] : doc.errors;
  // yaml reports an unclosed quote at the end of the text: move it to the opening quote
  // (the quotes are looked up only when yaml reported a missing character).
  const quoteStarts = errors.some((e) => e.code === 'MISSING_CHAR') ? quotedScalarStarts(doc) : undefined;
  const problems = errors.map((e) => {
    let [start, end] = e.pos;
    const quote = e.code === 'MISSING_CHAR' ? quoteStarts?.get(start) : undefined;
    if (quote !== undefined) [start, end] = [quote, quote + 1];
    return { span: { start: clamp(start), end: clamp(Math.max(start, end)) }, message: e.message };
  });
  for (const [start, end] of repeats) problems.push({ span: { start: clamp(start), end: clamp(end) }, message: 'Map keys must be unique' });
  if (problems.length > 1) problems.sort((a, b) => a.span.start - b.span.start);
  // Every alias is written with `*`: a text without one has none to resolve.
  const aliases = text.includes('*') ? resolveAliases(doc) : new Map<unknown, YamlNode | undefined>();
  // `yaml` only complains about an undefined alias (`*nope`) when converting; say it here.
  for (const [alias, target] of aliases) {
    const a = alias as Alias;
    if (!target && a.range) problems.push({ span: { start: clamp(a.range[0]), end: clamp(a.range[1]) }, message: `Unresolved alias '*${a.source}'` });
  }
  return { text, base, root: (doc.contents ?? undefined) as YamlNode | undefined, problems, doc, aliases, aliasBudget: { left: aliasBudgetOf(text) } };
}

/** Every key written again in its map (the repeats, not the first), in document order; one Set per map. */
function findRepeatedKeys(node: unknown, out: [number, number][]): void {
  if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = pair.key as YamlNode | null;
      const id = isScalar(key) ? key.value : key;
      if (seen.has(id) && key?.range) out.push([key.range[0], key.range[1]]);
      seen.add(id);
      findRepeatedKeys(key, out);
      findRepeatedKeys(pair.value, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) findRepeatedKeys(item, out);
  }
}

/** Where each quoted scalar ends -> where its opening quote is. */
function quotedScalarStarts(doc: Document.Parsed): Map<number, number> {
  const starts = new Map<number, number>();
  visit(doc, {
    Scalar(_, scalar) {
      if (scalar.range && (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE')) starts.set(scalar.range[1], scalar.range[0]);
    },
  });
  return starts;
}

/**
 * Every alias with the node it stands for: the last node with its anchor before it, in
 * document order (what `Alias.resolve` answers). One pass: `resolve` walks the whole
 * document on each call, which made texts full of aliases quadratic (seconds per file).
 */
function resolveAliases(doc: Document.Parsed): Map<unknown, YamlNode | undefined> {
  const anchors = new Map<string, YamlNode>();
  const out = new Map<unknown, YamlNode | undefined>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) out.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node as YamlNode);
    },
  });
  return out;
}

/** Where a node is written (its value, without trailing comments or line breaks). */
export function nodeSpan(src: YamlSource, node: YamlNode): Span {
  const range = node.range ?? [0, 0, 0];
  return trimEnd(src, range[0], range[1]);
}

/** Where a whole `key: value` pair is written, from the key to the end of the value. */
export function pairSpan(src: YamlSource, pair: Pair): Span {
  const key = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  const start = key.range?.[0] ?? 0;
  const end = value?.range ? Math.max(value.range[1], key.range?.[1] ?? 0) : key.range?.[1] ?? start;
  return trimEnd(src, start, end);
}

/** A block collection's range runs to the next line; spans stop at its last character. */
function trimEnd(src: YamlSource, start: number, end: number): Span {
  let e = Math.min(end, src.text.length);
  while (e > start && /\s/.test(src.text[e - 1]!)) e--;
  return { start: start + src.base, end: e + src.base };
}

/** The text of a key or scalar: strings as they are, other scalars as written (`2024`, `true`). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

/** The `key: value` pairs of a map node whose keys are scalars (other keys are skipped). */
export function mapPairs(node: unknown): { key: string; pair: Pair }[] {
  if (!isMap(node)) return [];
  const out: { key: string; pair: Pair }[] = [];
  for (const pair of node.items) {
    const key = scalarText(pair.key);
    if (key !== undefined) out.push({ key, pair });
  }
  return out;
}

/** True for a missing value or an empty one (`key:` with nothing after it, or `~`, `null`). */
export function isNullNode(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value == null);
}

/**
 * Converts a node to plain JSON-like data for validation. Dates stay as written (YAML 1.1
 * timestamps would otherwise become JS Dates shifted by time zone), empty map values are
 * left out (an empty field means "not given"). Aliases are followed, but a cycle becomes
 * null and so does what aliases expand past the text's node budget ("billion laughs" alias bombs);
 * nodes written out in the text are always converted, so a bomb never voids the fields after it.
 */
export function toPlain(src: YamlSource, node: unknown): unknown {
  return convert(src, node, { stack: new Set(), budget: src.aliasBudget, inAlias: 0 });
}

interface Walk {
  stack: Set<unknown>;
  /** Nodes that alias expansions may still produce (the text's, shared by every toPlain). */
  budget: { left: number };
  /** How many aliases the walk is inside. */
  inAlias: number;
}

function convert(src: YamlSource, node: unknown, walk: Walk): unknown {
  if ((walk.inAlias > 0 && --walk.budget.left < 0) || walk.stack.has(node)) return null;
  if (isScalar(node)) return node.value instanceof Date ? node.source ?? node.value.toISOString().slice(0, 10) : node.value;
  walk.stack.add(node);
  try {
    if (isAlias(node)) {
      walk.inAlias++;
      try {
        return convert(src, src.aliases.get(node), walk);
      } finally {
        walk.inAlias--;
      }
    }
    if (isSeq(node)) return node.items.map((item) => convert(src, item, walk));
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const { key, pair } of mapPairs(node)) {
        if (!isNullNode(pair.value) && !(key in out)) out[key] = convert(src, pair.value, walk);
      }
      return out;
    }
    return null;
  } finally {
    walk.stack.delete(node);
  }
}

/** What a path into plain data points at: the node of the value, and the node of its key. */
export interface NodeAt {
  value?: YamlNode;
  key?: YamlNode;
}

/** Follows a validation path (`['parts', 1]`) from a node to the nodes written there. */
export function locate(node: YamlNode | undefined, path: readonly PropertyKey[]): NodeAt {
  let here: NodeAt = { value: node };
  for (const step of path) {
    const current = here.value;
    if (isMap(current)) {
      const found = mapPairs(current).find((p) => p.key === String(step));
      if (!found) return here;
      here = { key: found.pair.key as YamlNode, value: (found.pair.value ?? undefined) as YamlNode | undefined };
    } else if (isSeq(current) && typeof step === 'number' && current.items[step] !== undefined) {
      here = { value: current.items[step] as YamlNode };
    } else {
      return here;
    }
  }
  return here;
}
