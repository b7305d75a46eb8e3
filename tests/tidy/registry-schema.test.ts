// client/schemas/claimmark.schema.json (the JSON Schema VS Code's YAML support checks
// claimmark.yaml with) is generated from the registry's zod schemas, its docs and the catalogue,
// so it never drifts from what Claimmark accepts. Refresh it with:
// UPDATE_DOCS=1 node --import tsx --test tests/tidy/registry-schema.test.ts  (fails once, then passes)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { ALL_CODES, CATALOG } from '../../server/src/core/diagnostics/catalog';
import { readRegistry } from '../../server/src/core/registry/read';
import {
  actorSchema, factSchema, sourceSchema, rulesSchema, ID_PATTERN, REGISTRY_SCHEMA_DOC, SINGLE_ITEM_LIST, type RegistrySection,
} from '../../server/src/core/registry/schema';

const file = join(__dirname, '..', '..', 'client', 'schemas', 'claimmark.schema.json');
const ENTRY_SCHEMAS: Record<RegistrySection, z.ZodType> = { actors: actorSchema, facts: factSchema, sources: sourceSchema, rules: rulesSchema };

type Json = { [key: string]: unknown };

/** JSON Schema of one zod schema, as input (what may be written), without a `$schema` of its own. */
function fromZod(schema: z.ZodType): Json {
  const { $schema: _, ...out } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Json;
  return rewrite(out) as Json;
}

/** A list marked SINGLE_ITEM_LIST takes one item without brackets too: `anyOf` the item or the list. */
function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  const { [SINGLE_ITEM_LIST]: single, ...rest } = node as Json;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, rewrite(v)]));
  if (!single) return out;
  const { type: _, items, ...others } = out;
  return { ...others, anyOf: [items, { type: 'array', items }] };
}

/** Adds the one-line docs of REGISTRY_SCHEMA_DOC to an entry's properties. */
function describe(schema: Json, section: RegistrySection): Json {
  const properties = schema.properties as Record<string, Json>;
  const keys = REGISTRY_SCHEMA_DOC[section].keys as Record<string, { description: string }>;
  assert.deepEqual(Object.keys(properties), Object.keys(keys), `${section}: the zod schema and its docs list different keys`);
  for (const [key, doc] of Object.entries(keys)) properties[key] = { description: doc.description, ...properties[key] };
  return schema;
}

/** The JSON Schema of claimmark.yaml. */
function render(): string {
  const properties: Record<string, Json> = {};
  for (const section of Object.keys(REGISTRY_SCHEMA_DOC) as RegistrySection[]) {
    const entry = describe(fromZod(ENTRY_SCHEMAS[section]), section);
    const doc = REGISTRY_SCHEMA_DOC[section];
    properties[section] = doc.keyedById
      ? { type: 'object', description: doc.description, propertyNames: { type: 'string', pattern: ID_PATTERN.source }, additionalProperties: entry }
      : { description: doc.description, ...entry };
  }
  // rules.severity: one property per code, for completion and hover, with the catalogue's summary
  const severity = ((properties.rules!.properties as Record<string, Json>).severity!);
  severity.properties = Object.fromEntries(ALL_CODES.map((c) => [c, { description: `${CATALOG[c].summary} (default: ${CATALOG[c].severity})`, ...(severity.additionalProperties as Json) }]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/claimmark/claimmark/main/client/schemas/claimmark.schema.json',
    title: 'Claimmark registry (claimmark.yaml)',
    description: 'The workspace registry: actors, facts, sources and team rules. Every section and field is optional (docs/format.md).',
    $comment: 'Generated from server/src/core/registry/schema.ts by tests/tidy/registry-schema.test.ts: do not edit.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

test('client/schemas/claimmark.schema.json is generated from the registry schema', () => {
  const expected = render();
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (process.env.UPDATE_DOCS && current !== expected) writeFileSync(file, expected);
  const how = process.env.UPDATE_DOCS ? 'it has been rewritten: review it and run again' : 'run with UPDATE_DOCS=1';
  assert.ok(current !== undefined, `${file} is missing: ${how}`);
  assert.equal(current, expected, `client/schemas/claimmark.schema.json is stale: ${how}`);
});

test('the schema lets every diagnostic code be given a severity in rules.severity', () => {
  const severity = JSON.parse(render()).properties.rules.properties.severity;
  assert.deepEqual(severity.propertyNames.enum, ALL_CODES);
  for (const code of ALL_CODES) {
    const registry = readRegistry(`rules:\n  severity:\n    ${code}: off\n`);
    assert.deepEqual(registry.findings, [], code);
  }
});

test('the schema accepts the registries Claimmark reads without findings, and rejects the broken sample', () => {
  const Ajv = require('ajv').default ?? require('ajv');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(render()));
  const root = join(__dirname, '..', '..');
  for (const rel of ['samples/claimmark.yaml', 'tests/fixtures/cli/team/claimmark.yaml']) {
    const text = readFileSync(join(root, rel), 'utf8');
    assert.deepEqual(readRegistry(text).findings, [], rel);
    assert.ok(validate(parseYaml(text)), `${rel}: ${JSON.stringify(validate.errors)}`);
  }
  const broken = readFileSync(join(root, 'samples/errors/broken-registry/claimmark.yaml'), 'utf8');
  assert.equal(validate(parseYaml(broken)), false, 'kind: rumour is not a fact kind');
});
