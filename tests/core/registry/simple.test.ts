// The registry fast path (registry/simple.ts) against `yaml` (readRegistryWithYaml): wherever the
// fast path reads a text, readRegistry's registry equals the general one exactly (entries, key
// order, spans, findings), on every claimmark.yaml in the repository, the bench registries in
// flow and block style, generated entries of tricky values, and random mutations of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry, readRegistryWithYaml } from '../../../server/src/core/registry/read';
import { readSimpleRegistry } from '../../../server/src/core/registry/simple';
import type { Registry } from '../../../server/src/core/registry/types';
import { SMALL_REGISTRY, teamRegistry } from '../../bench/articles';

const ROOT = join(__dirname, '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every registry written in samples/, tests/corpus and tests/fixtures. */
function repositoryRegistries(): string[] {
  return ['samples', 'tests/corpus', 'tests/fixtures'].flatMap((dir) => filesUnder(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(f, 'utf8')));
}

/** A registry as plain data, Maps as entry lists in order: equal texts of this are equal registries. */
function plain(r: Registry): string {
  return JSON.stringify({ ...r, actors: [...r.actors], facts: [...r.facts], sources: [...r.sources] });
}

/** Asserts readRegistry gives what `yaml` gives; true when the fast path read the text. */
function assertSame(text: string): boolean {
  const general = readRegistryWithYaml(text, 'claimmark.yaml');
  const got = readRegistry(text, 'claimmark.yaml');
  assert.deepStrictEqual(got, general, JSON.stringify(text));
  assert.equal(plain(got), plain(general), `key order of ${JSON.stringify(text)}`);
  return readSimpleRegistry(text) !== undefined && general.findings.length === 0;
}

/** The flow-style entries of a registry written as block maps (`  id:` then `    key: value` lines). */
function blockStyle(text: string): string {
  return text.replace(/^( {2}[^:\n]+):\s*\{(.*)\}$/gm, (_m, id: string, body: string) => `${id}:\n${body.split(', ').map((f) => `    ${f}`).join('\n')}`);
}

let seed = 20261205;
const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;

const NOISE = [' ', '  ', '\n', '\n\n', ':', ': ', ',', ', ', '{', '}', '[', ']', '"', "'", '#', ' #', '-', '- ', '\t', '\r', '\\', '&', '*', '!', '|', '>', '%', '@', '`',
  '?', '~', '0', '1.5', 'null', 'true', 'é', '\u00a0', '\ufeff', 'a', 'Z', '  x: y', '\n  e: {a: b}', '\n    name: N', '\nfacts:', '\nrules:', '---', '...'];

function mutated(text: string): string {
  let out = text;
  for (let n = 1 + random(3); n > 0; n--) {
    const at = random(out.length + 1);
    const op = random(3);
    out = out.slice(0, at) + (op === 1 ? '' : pick(NOISE)) + out.slice(op === 0 ? at : at + 1);
  }
  return out;
}

/** Entries under each section, flow or block, mostly valid, some with tricky values. */
function generated(): string {
  const tricky = ["Gaza's office", 'A & B', 'Yes', 'on', 'Null', 'nULL', 'True', 'FALSE', 'a  b', 'a b ', '"quoted, with: colon # and hash"', '""', '"é"', '"a\\"b"', 'http://x.org',
    '2024-01-05', '"2024-13-05"', '1984', 'v1.2', 'bogus', '(a)', 'a/b', 'x-y', 'é'];
  const valid: Record<string, Record<string, string[]>> = {
    actors: { name: ['Actor 1', 'Dr Who', 'x'], role: ['Minister of Health'], kind: ['person', 'organisation', 'media'], country: ['Ukraine'] },
    facts: { label: ['Deaths in the flood', 'Fact 3'], unit: ['people', 'km', 'USD'], kind: ['event', 'level', 'cumulative'] },
    sources: { publisher: ['Source 1', 'The Times'], title: ['A report (2024)'], date: ['"2024-01-05"'], url: ['"https://example.org/s/1"'] },
  };
  const out: string[] = [];
  for (const section of ['actors', 'facts', 'sources']) {
    out.push(`${section}:`);
    for (let e = 0; e < 4; e++) {
      const keys = Object.keys(valid[section]!);
      const fields = Array.from({ length: 1 + random(3) }, (_x, k) => keys[k]!).map((key) => `${key}: ${random(12) ? pick(valid[section]![key]!) : pick(tricky)}`);
      out.push(random(2) ? `  ${section.slice(0, 1)}-${e}: {${fields.join(', ')}}` : `  ${section.slice(0, 1)}-${e}:\n${fields.map((f) => `    ${f}`).join('\n')}`);
      if (random(4) === 0) out.push(pick(['', '# a comment', '  # an indented comment', '    # deeper']));
    }
  }
  return out.join('\n') + '\n';
}

test('the fast path reads the bench registries, in flow and block style, as yaml does', () => {
  for (const text of [teamRegistry(), teamRegistry(300), SMALL_REGISTRY, blockStyle(teamRegistry(300)), blockStyle(SMALL_REGISTRY)]) {
    assert.ok(assertSame(text), `fast path not taken for ${text.slice(0, 80)}`);
  }
});

test('the fast path equals yaml on every registry in the repository, generated ones, and mutations of them', () => {
  // a few entries of each section of the bench registries (mutating all 3,000 lines would take minutes)
  const few = (text: string) => text.split('\n').filter((line) => !/-(\d{2,}|[6-9]):/.test(line)).join('\n');
  const small = [few(teamRegistry(12)), blockStyle(few(teamRegistry(12))), few(SMALL_REGISTRY)];
  const texts = [...repositoryRegistries(), ...small];
  assert.ok(texts.length >= 20, `found ${texts.length} registries`);
  let fast = 0;
  let mutations = 0;
  for (const text of texts) {
    assertSame(text);
    // the small simple registries most: their mutations are what may still take the fast path
    const rounds = small.includes(text) ? 500 : text.length > 20_000 ? 5 : 40;
    for (let m = 0; m < rounds; m++) if (assertSame(mutated(text))) mutations++;
  }
  for (let g = 0; g < 300; g++) {
    const text = generated();
    if (assertSame(text)) fast++;
    if (assertSame(mutated(text))) mutations++;
  }
  assert.ok(fast > 50 && mutations > 20, `fast path read ${fast} generated registries and ${mutations} mutations`);
});
