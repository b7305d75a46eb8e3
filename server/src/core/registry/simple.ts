// The registry fast path's reader: claimmark.yaml written in the plainest shape, read line by
// line without `yaml`. Why it exists: `yaml` builds tokens, a CST and a document for every
// entry, which for a registry of 2,500 facts was 125 ms and 160 MB of garbage per check,
// more than reading 5,000 articles. It is deliberately narrow, like the front matter's
// (model/frontMatter.ts): sections `actors`, `facts` and `sources` at the margin, each entry
// `  id: {key: value, ...}` on one line or `  id:` with `    key: value` lines under it, values
// plain words or double-quoted text that YAML can only read as that very string, whole-line
// comments and empty lines. Anything else gives undefined, and read.ts reads the text with `yaml`.
// tests/core/registry/simple.test.ts checks that the registry built from it is the one `yaml`
// gives, on every registry in the repository, generated ones and random mutations.
import type { Span } from '../span';
import { isId } from '../base/fields';

/** One entry as written: its id, where the id and the whole `id: value` are, its fields in order. */
export interface SimpleEntry {
  id: string;
  keySpan: Span;
  span: Span;
  /** Field -> value (a null-prototype object, as toPlain makes). */
  plain: Record<string, string>;
}

/** The sections of a simple registry, in the order written. */
export type SimpleRegistry = { section: 'actors' | 'facts' | 'sources'; entries: SimpleEntry[] }[];

const SECTION = /^(actors|facts|sources):$/;
const ENTRY = /^ {2}([a-z][a-z0-9._-]*):(?: (\{.*\}))?$/;
const FIELD = /^ {4}([a-z][a-z-]*): (.+)$/;
/** A key and its value in a flow map, and what follows: `, ` or the end. */
const FLOW_FIELD = /([a-z][a-z-]*): ("[^"\\]*"|[^,{}[\]"]*?)(, |$)/y;

/** A plain value YAML reads as this very string: a letter first, then letters, digits, spaces and `. _ / - ( ) & '`, no space last. */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._/()&'-]*$/;
/** Plain words YAML 1.2 reads as null or true/false (in any case, to stay clear of them). */
const NOT_A_STRING = /^(?:null|true|false)$/i;
/** A double-quoted value without escapes, of printable ASCII. */
const QUOTED = /^"[ !#-[\]-~]*"$/;

/** The string a value written as `raw` stands for, or undefined when YAML might read it otherwise. */
function valueOf(raw: string): string | undefined {
  if (QUOTED.test(raw)) return raw.slice(1, -1);
  if (!PLAIN.test(raw) || raw.endsWith(' ') || raw.includes('  ') || NOT_A_STRING.test(raw)) return undefined;
  return raw;
}

/**
 * The sections and entries of `text`, or undefined when it is not written in the simple shape
 * (see the top of this file). Ids are checked to be ids; values are not validated here.
 */
export function readSimpleRegistry(text: string): SimpleRegistry | undefined {
  if (text.length === 0 || !text.endsWith('\n') || text.includes('\r') || text.includes('\t')) return undefined;
  const out: SimpleRegistry = [];
  let entries: SimpleEntry[] | undefined;
  let ids: Set<string> | undefined;
  /** The block entry whose fields are being read. */
  let open: SimpleEntry | undefined;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end);
    const start = at;
    at = end + 1;
    if (line === '' || /^ *#/.test(line)) continue; // comments go no further than their line
    const field = open && FIELD.exec(line);
    if (field) {
      const key = field[1]!;
      const value = valueOf(field[2]!);
      if (value === undefined || key in open!.plain) return undefined;
      open!.plain[key] = value;
      open!.span.end = end;
      continue;
    }
    if (open && Object.keys(open.plain).length === 0) return undefined; // `id:` with nothing under it
    open = undefined;
    const section = SECTION.exec(line);
    if (section) {
      const name = section[1] as SimpleRegistry[number]['section'];
      if (out.some((s) => s.section === name)) return undefined;
      out.push({ section: name, entries: (entries = []) });
      ids = new Set();
      continue;
    }
    const entry = entries && ENTRY.exec(line);
    if (!entry) return undefined;
    const id = entry[1]!;
    if (!isId(id) || ids!.has(id)) return undefined;
    ids!.add(id);
    const keySpan = { start: start + 2, end: start + 2 + id.length };
    const plain: Record<string, string> = Object.create(null);
    const e: SimpleEntry = { id, keySpan, span: { start: keySpan.start, end }, plain };
    entries!.push(e);
    if (entry[2] === undefined) {
      open = e;
      continue;
    }
    if (!readFlowFields(entry[2], plain)) return undefined;
  }
  if (open && Object.keys(open.plain).length === 0) return undefined;
  return out;
}

/** Reads `{key: value, ...}` into `plain`; false when it is not that simple shape. */
function readFlowFields(flow: string, plain: Record<string, string>): boolean {
  const body = flow.slice(1, -1);
  if (body === '') return false;
  FLOW_FIELD.lastIndex = 0;
  for (;;) {
    const m = FLOW_FIELD.exec(body);
    if (!m) return false;
    const value = valueOf(m[2]!);
    if (value === undefined || m[1]! in plain) return false;
    plain[m[1]!] = value;
    // the last field ends the map (no trailing comma)
    if (m[3] === '') return FLOW_FIELD.lastIndex === body.length;
  }
}
