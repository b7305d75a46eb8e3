// The settings VS Code shows (package.json contributes.configuration) and the settings the
// server validates (zod, server/src/lsp/settings.ts) must be the same keys, types and defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { settingsSchema, DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';
import { CATALOG } from '../../server/src/core/diagnostics/catalog';
import pkg from '../../package.json';

interface Contributed { type?: string; enum?: string[]; default?: unknown; markdownDescription?: string }

const contributed: Record<string, Contributed> = Object.fromEntries(
  [pkg.contributes.configuration].flat().flatMap((c: { properties: Record<string, Contributed> }) => Object.entries(c.properties)));

/** Every leaf of the zod object schema, as dotted `claimmark.*` keys. */
function leaves(schema: z.ZodType, prefix: string): [string, z.ZodType][] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  return [[prefix, schema]];
}

function base(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}

function get(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

const serverKeys = leaves(settingsSchema, 'claimmark');

test('package.json contributes exactly the settings the server reads', () => {
  assert.deepEqual(Object.keys(contributed).sort(), serverKeys.map(([k]) => k).sort());
});

test('each setting has the same type, values and default on both sides', () => {
  for (const [key, schema] of serverKeys) {
    const c = contributed[key]!;
    const inner = base(schema);
    assert.ok(c.markdownDescription && c.markdownDescription.length > 20, `${key} needs a markdownDescription`);
    if (inner instanceof z.ZodEnum) {
      assert.equal(c.type, 'string', key);
      assert.deepEqual([...(c.enum ?? [])].sort(), [...inner.options].map(String).sort(), key);
    } else if (inner instanceof z.ZodBoolean) assert.equal(c.type, 'boolean', key);
    else if (inner instanceof z.ZodNumber) assert.ok(c.type === 'integer' || c.type === 'number', key);
    else if (inner instanceof z.ZodRecord) assert.equal(c.type, 'object', key);
    else assert.fail(`${key}: a setting type the test does not know`);
    const serverDefault = get(DEFAULT_SETTINGS, key.split('.').slice(1));
    if (serverDefault === undefined) {
      // Unset on the server means "claimmark.yaml decides"; VS Code shows the catalogue default.
      assert.equal(key, 'claimmark.untaggedFigures.severity');
      assert.equal(c.default, CATALOG['untagged-figure'].severity);
    } else {
      assert.deepEqual(c.default, serverDefault, key);
    }
  }
});

test('an invalid setting falls back to its default and is reported', () => {
  const r = readSettings({ maxFileSize: -3, untaggedFigures: { vagueQuantities: true } });
  assert.equal(r.settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  assert.equal(r.settings.untaggedFigures.vagueQuantities, true);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0]!, /maxFileSize/);
});
