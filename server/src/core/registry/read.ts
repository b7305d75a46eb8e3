// Reads claimmark.yaml into a Registry, keeping every valid entry and locating every problem.
// (A text in the plainest shape is read by simple.ts instead, without `yaml`: the same registry.)
//
// How it works: the `yaml` package parses the text into nodes that carry offsets; its syntax
// errors become `registry-syntax` findings, and reading goes on with whatever it recovered.
// The top level is walked by hand (sections `actors`, `facts`, `sources`, `rules`); each
// entry is validated on its own with zod (schema.ts), so one broken entry never drops the
// others. A zod issue's path (`['parts', 1]`) is followed back to the YAML node written
// there (validate.ts) to report `registry-invalid` at that key or value; the invalid field
// or list item is dropped and the rest of the entry kept. An entry keeps its id even when
// its body is wrong, so claims citing it are not flagged as unknown on top. Ids that are not
// lower-case get `bad-id` at the key (or at the part) and are left out; a repeated id keeps
// its first definition (YAML reports the repeat). Unknown keys are `registry-unknown-key`
// (a warning: a typo must not fail CI) with "unknown key 'x'" and `data: { unknownKey: 'x' }`. Fact `parts` naming
// undefined facts get `registry-unknown-reference` at the part and stay in the list
// (consumers look them up); a fact listed as its own part is reported and dropped.
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../diagnostics/finding';
import type { DiagnosticCode } from '../diagnostics/catalog';
import type { Span } from '../span';
import { DEFAULT_RULES, emptyRegistry, type ActorDef, type FactDef, type Located, type Registry, type Rules, type SourceDef } from './types';
import { ACTOR_KINDS, actorSchema, BAD_ID_MESSAGE, FACT_KINDS, factSchema, isId, REGISTRY_SCHEMA_DOC, rulesSchema, sourceSchema, type RegistrySection } from './schema';
import { isIsoDate } from '../base/dates';
import { isHttpUrl } from '../base/fields';
import { isNullNode, locate, nodeSpan, pairSpan, parseYaml, scalarText, type YamlNode, type YamlSource } from '../base/yamlTree';
import { validateNode, type Problem } from '../base/validate';
import { intern } from '../syntax/shared';
import { readSimpleRegistry, type SimpleRegistry } from './simple';

export { REGISTRY_SCHEMA_DOC } from './schema';

/** Reads the text of claimmark.yaml (never throws). An empty file is a present, empty registry. */
export function readRegistry(text: string, uri?: string): Registry {
  // the fast path for the plainest texts (simple.ts), else `yaml`: the same registry either way
  const simple = readSimpleRegistry(text);
  return (simple && registryOfSimple(simple, uri)) ?? readRegistryWithYaml(text, uri);
}

/**
 * The registry of a text simple.ts could read, made as readSection makes it from `yaml`'s
 * nodes; undefined when an entry is not valid (`yaml` then locates the problem).
 */
function registryOfSimple(simple: SimpleRegistry, uri: string | undefined): Registry | undefined {
  const registry: Registry = { ...emptyRegistry(), present: true, uri };
  for (const { section, entries } of simple) {
    for (const entry of entries) {
      const located: Located = { id: intern(entry.id), keySpan: entry.keySpan, span: entry.span };
      // sameShape({ ...located, ...data, aliases: [] }) and the like, made key by key at once
      const data = checkedStrings(STRING_CHECKS[section], entry.plain, located);
      if (!data) return undefined;
      if (section === 'actors') {
        data['aliases'] = [];
        registry.actors.set(located.id, data as unknown as ActorDef);
      } else if (section === 'facts') {
        data['parts'] = [];
        registry.facts.set(located.id, data as unknown as FactDef);
      } else registry.sources.set(located.id, data as unknown as SourceDef);
    }
  }
  checkParts(registry);
  registry.findings.sort((a, b) => a.span.start - b.span.start);
  return registry;
}

/**
 * What each key of an entry's schema (schema.ts) accepts of a string, in the schema's order:
 * `true` any (text), a test, or `false` for a list (aliases, parts), which the fast path
 * leaves to `yaml`.
 */
const STRING_CHECKS: Record<SimpleRegistry[number]['section'], Record<string, boolean | ((s: string) => boolean)>> = {
  actors: { name: true, role: true, kind: (s) => (ACTOR_KINDS as readonly string[]).includes(s), country: true, aliases: false },
  facts: { label: true, unit: true, kind: (s) => (FACT_KINDS as readonly string[]).includes(s), parts: false },
  sources: { publisher: true, title: true, date: isIsoDate, url: isHttpUrl },
};

/**
 * `located`'s fields, then the entry schema's safeParse(plain).data for an entry whose values
 * are all strings, when it succeeds and holds no list (undefined otherwise): the same fields,
 * in the schema's order, with the schema's own tests, without zod's machinery per entry
 * (simple.test.ts compares the registry with the one `yaml` and zod give, key order included).
 */
function checkedStrings(checks: Record<string, boolean | ((s: string) => boolean)>, plain: Record<string, string>, located: Located): Record<string, unknown> | undefined {
  for (const key in plain) if (!Object.hasOwn(checks, key)) return undefined; // a strict object: no other key
  const out: Record<string, unknown> = {};
  out['id'] = located.id;
  out['keySpan'] = located.keySpan;
  out['span'] = located.span;
  for (const key in checks) {
    const value = plain[key];
    if (value === undefined) continue;
    const check = checks[key]!;
    if (check === false || (check !== true && !check(value))) return undefined;
    // a unit is one shared string: the conflict index compares each claim's fact unit with the last one's
    out[key] = key === 'unit' ? intern(value) : value;
  }
  return out;
}

/** readRegistry with `yaml`, whatever the text (tests compare the fast path with it). */
export function readRegistryWithYaml(text: string, uri?: string): Registry {
  const registry: Registry = { ...emptyRegistry(), present: true, uri };
  const findings = registry.findings;
  try {
    const src = parseYaml(text);
    for (const p of src.problems) findings.push({ code: 'registry-syntax', span: p.span, message: p.message });
    if (isNullNode(src.root)) return registry;
    if (!isMap(src.root)) {
      findings.push(finding('registry-invalid', nodeSpan(src, src.root!), 'claimmark.yaml must be a map of sections: actors, facts, sources, rules'));
      return registry;
    }
    const seen = new Set<string>();
    for (const pair of src.root.items) {
      const key = scalarText(pair.key);
      const keyNode = pair.key as YamlNode;
      if (key === undefined || !(key in REGISTRY_SCHEMA_DOC)) {
        const message = `unknown key '${key ?? '?'}' (expected actors, facts, sources or rules)`;
        findings.push({ ...finding('registry-unknown-key', nodeSpan(src, keyNode), message), data: { unknownKey: key } });
        continue;
      }
      if (seen.has(key)) continue; // YAML reports the repeated key
      seen.add(key);
      readSection(src, key as RegistrySection, pair, registry);
    }
    checkParts(registry);
    registry.findings.sort((a, b) => a.span.start - b.span.start);
  } catch (e) {
    // A safety net: the core must never throw. Tests fuzz this path to keep it unused.
    findings.push(finding('registry-syntax', { start: 0, end: 0 }, `claimmark.yaml could not be read: ${String(e)}`));
  }
  return registry;
}

/**
 * `entry` copied key by key into a fresh object (same keys, same order). The spreads above give
 * each entry a hidden class of its own in V8, so reading `.unit` or `.parts` of thousands of
 * entries went through the runtime at about 2 us a read (4 s of a 100,000-article check);
 * entries built key by key from {} share one class per set of keys.
 */
function sameShape<T extends object>(entry: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entry)) out[key] = (entry as Record<string, unknown>)[key];
  return out as T;
}

function finding(code: DiagnosticCode, span: Span, message: string): Finding {
  return { code, span, message };
}

/** Turns a validation problem in an entry into a finding whose message names the entry. */
function reporter(findings: Finding[], where: string): (p: Problem) => void {
  return (p) => {
    const message = `${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
    if (p.unknownKey !== undefined) {
      findings.push({ ...finding('registry-unknown-key', p.span, message), data: { unknownKey: p.unknownKey } });
      return;
    }
    findings.push(finding(p.tag === 'id' ? 'bad-id' : 'registry-invalid', p.span, message));
  };
}

function readSection(src: YamlSource, section: RegistrySection, pair: Pair, registry: Registry): void {
  const value = pair.value as YamlNode | null;
  if (section === 'rules') {
    const data = isNullNode(value) ? {} : validateNode(src, value ?? undefined, rulesSchema, reporter(registry.findings, 'rules')) ?? {};
    registry.rules = toRules(data);
    return;
  }
  const label = section.slice(0, -1); // actors -> actor
  for (const entry of entries(src, section, value, registry.findings)) {
    const report = reporter(registry.findings, `${label} '${entry.id}'`);
    const located: Located = { id: entry.id, keySpan: entry.keySpan, span: entry.span };
    if (section === 'actors') {
      const d = (entry.node ? validateNode(src, entry.node, actorSchema, report) : undefined) ?? {};
      registry.actors.set(entry.id, sameShape({ ...located, ...d, aliases: d.aliases ?? [] }));
    } else if (section === 'facts') {
      const d: z.output<typeof factSchema> = (entry.node ? validateNode(src, entry.node, factSchema, report) : undefined) ?? {};
      const parts = d.parts ? partRefs(src, entry.node) : [];
      registry.facts.set(entry.id, sameShape({ ...located, ...d, parts }));
    } else {
      const d = (entry.node ? validateNode(src, entry.node, sourceSchema, report) : undefined) ?? {};
      registry.sources.set(entry.id, sameShape({ ...located, ...d }));
    }
  }
}

interface Entry {
  id: string;
  keySpan: Span;
  span: Span;
  /** The entry's body; undefined when written empty (`zelenskyy:`). */
  node?: YamlNode;
}

/** The well-formed, first-seen ids of a section, with where they are written. */
function entries(src: YamlSource, section: RegistrySection, value: YamlNode | null, findings: Finding[]): Entry[] {
  if (isNullNode(value)) return [];
  if (!isMap(value)) {
    findings.push(finding('registry-invalid', nodeSpan(src, value!), `${section}: expected a map from ids to entries`));
    return [];
  }
  const out: Entry[] = [];
  const ids = new Set<string>();
  for (const pair of value.items) {
    const id = scalarText(pair.key);
    const keySpan = pair.key ? nodeSpan(src, pair.key as YamlNode) : pairSpan(src, pair);
    if (id === undefined || !isId(id)) {
      findings.push(finding('bad-id', keySpan, `${section}: '${id ?? '?'}' ${BAD_ID_MESSAGE}`));
      continue;
    }
    if (ids.has(id)) continue;
    ids.add(id);
    const body = pair.value as YamlNode | null;
    // the articles' ids are interned (syntax/shared.ts): the same string objects as keys compare by
    // pointer in every registry lookup, not character by character
    out.push({ id: intern(id), keySpan, span: pairSpan(src, pair), node: isNullNode(body) ? undefined : body! });
  }
  return out;
}

/** The part ids written under a fact's `parts` (a list, or one id), each with its span. */
function partRefs(src: YamlSource, factNode: YamlNode | undefined): FactDef['parts'] {
  const parts = locate(factNode, ['parts']).value;
  const items = isSeq(parts) ? parts.items : [parts];
  const refs: FactDef['parts'] = [];
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string' && isId(item.value)) refs.push({ id: item.value, span: nodeSpan(src, item as YamlNode) });
  }
  return refs;
}

/** Parts must name defined facts other than the fact itself. */
function checkParts(registry: Registry): void {
  for (const fact of registry.facts.values()) {
    for (const part of fact.parts) {
      if (part.id === fact.id) {
        registry.findings.push(finding('registry-invalid', part.span, `fact '${fact.id}': parts: a fact cannot be a part of itself`));
      } else if (!registry.facts.has(part.id)) {
        registry.findings.push(finding('registry-unknown-reference', part.span, `fact '${fact.id}': part '${part.id}' is not defined under facts`));
      }
    }
    fact.parts = fact.parts.filter((p) => p.id !== fact.id);
  }
}

function toRules(d: z.output<typeof rulesSchema>): Rules {
  return {
    severity: { ...d.severity },
    tolerance: d.tolerance ?? DEFAULT_RULES.tolerance,
    windowDays: d['window-days'] ?? DEFAULT_RULES.windowDays,
    notFigures: d['not-figures'] ?? [],
    vagueQuantities: d['vague-quantities'] ?? DEFAULT_RULES.vagueQuantities,
  };
}
