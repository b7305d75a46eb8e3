// The front matter fast path (readSimpleFrontMatter) against `yaml` + zod (readFrontMatterWithYaml):
// wherever the fast path answers, its answer equals the general one exactly (meta, key order,
// key and value spans, findings), on every front matter in the repository, generated front
// matters of tricky values, LF and CRLF, and random mutations of both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter, readFrontMatterWithYaml, readSimpleFrontMatter } from '../../../server/src/core/model/frontMatter';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';

const ROOT = join(__dirname, '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every front matter body written in samples/, tests/corpus and tests/fixtures. */
function repositoryBodies(): string[] {
  const bodies: string[] = [];
  for (const dir of ['samples', 'tests/corpus', 'tests/fixtures']) {
    for (const file of filesUnder(join(ROOT, dir))) {
      const body = parseArticleSyntax(readFileSync(file, 'utf8')).frontMatter?.body;
      if (body !== undefined) bodies.push(body);
    }
  }
  return bodies;
}

let seed = 20261121;
const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;

const KEYS = ['id', 'title', 'outlet', 'author', 'published', 'url', 'retrieved', 'by', 'currency', 'Title', 'tags', '__proto__', 'constructor', 'by ', ' id'];
const VALUES = [
  'article-1', 'Actor-1', 'CAD', 'cad', 'XYZ', 'a', 'Generated report number 7', 'Gaza\'s reply', 'Ukraine’s losses', 'é', '2024-01-15', '2024-13-01', '2024-1-5',
  '20240115', '1984', '1984 report', '0x1F', '0o17', '1e3', '1.5', '-3', '+3', '.inf', '.NaN', 'null', 'Null', 'NULL', 'nUll', 'true', 'True',
  'FALSE', 'yes', 'no', '~', '', ' ', 'a ', ' a', 'a  b', 'a: b', 'a:b', 'a:', 'a #b', 'a#b', '#a', '"quoted"', '"q\\"x"', '"a # b"', '""',
  '"', '"a', 'a"', '" spaced "', "'single'", 'x\'y', '-a', '- a', '? a', '[a, b]', '{a: b}', 'a, b', 'a]', 'a}', '&anchor a', '*alias', 'a *b',
  '!tag a', '|', '>', 'a | b', '%a', 'a%b', '@a', '`a`', 'a`b', 'a\u00a0b', 'a\u2003b', 'a\tb', 'a\u2028b', 'a\ufeffb', 'a\u0085b', 'a\ud800b',
  'a😀b', '\ud83d', 'https://example.org/a?b=c', 'https://example.org/a#frag', 'http://x', 'ftp://x.org', 'http:/x', 'a\\b', 'a=b', 'a;b',
];
const GLUE = [': ', ': ', ': ', ':', ':  ', ' : ', ':\t'];
const NOISE = [':', ' ', '#', '"', "'", '\\', '[', ']', '{', '}', '-', '\t', '\r', '\n', '\u00a0', '&', '*', '!', '|', '>', 'a', '1', '\ud83d', '😀'];

/** Values each key accepts, so that most generated front matters are valid. */
const FITTING: Record<string, readonly string[]> = {
  id: ['article-1', 'a.b_c-2'], by: ['actor-7', 'ukraine-gur'], published: ['2024-01-15', '2024-02-29'], retrieved: ['2025-12-31'],
  url: ['https://example.org/a?b=c', 'http://x.org/a:b'], title: ['Generated report number 7', "Gaza's reply", '"Ukraine’s losses: a count"', 'a, b & c'],
  outlet: ['Outlet 1', 'Kyiv Independent'], author: ['Jane Doe', 'J. Doe (staff)'],
};

/** A front matter of random lines, mostly fitting `key: value` with distinct keys. */
function generated(): string {
  const keys = Object.keys(FITTING).sort(() => random(3) - 1);
  const lines: string[] = [];
  for (let n = 1 + random(8); n > 0; n--) {
    const key = keys[n - 1]!;
    lines.push(random(10) < 8 ? `${key}: ${pick(FITTING[key]!)}` : `${pick(KEYS)}${pick(GLUE)}${pick(VALUES)}`);
  }
  const eol = random(4) === 0 ? '\r\n' : '\n';
  return lines.join(eol) + (random(20) === 0 ? '' : eol);
}

/** `body` with a few characters inserted, deleted or replaced at random. */
function mutated(body: string): string {
  let out = body;
  for (let n = 1 + random(3); n > 0; n--) {
    const at = random(out.length + 1);
    const op = random(3);
    out = out.slice(0, at) + (op === 1 ? '' : pick(NOISE)) + out.slice(op === 0 ? at : at + 1);
  }
  return out;
}

function assertSame(body: string, base: number): boolean {
  const fast = readSimpleFrontMatter(body, base);
  const general = readFrontMatterWithYaml(body, base);
  assert.deepStrictEqual(readFrontMatter(body, base), general, JSON.stringify(body));
  if (fast === undefined) return false;
  assert.deepStrictEqual(fast, general, JSON.stringify(body));
  assert.equal(JSON.stringify(fast), JSON.stringify(general), `key order of ${JSON.stringify(body)}`);
  return true;
}

test('the fast path equals yaml + zod on every front matter in the repository, and on mutations of them', () => {
  const bodies = repositoryBodies();
  assert.ok(bodies.length >= 20, `found ${bodies.length} front matters`);
  let fast = 0;
  for (const body of bodies) {
    if (assertSame(body, 100)) fast++;
    if (assertSame(body.replace(/\r?\n/g, '\r\n'), 100)) fast++;
    for (let m = 0; m < 100; m++) assertSame(mutated(body), random(50));
    for (let m = 0; m < 20; m++) assertSame(mutated(body.replace(/\r?\n/g, '\r\n')), random(50));
  }
  assert.ok(fast >= bodies.length, `the fast path read ${fast} of ${bodies.length * 2} (LF and CRLF)`);
});

test('the fast path equals yaml + zod on generated front matters of tricky values, and on mutations of them', () => {
  let fast = 0;
  let total = 0;
  for (let n = 0; n < 4000; n++) {
    const body = generated();
    total += 2;
    if (assertSame(body, random(50))) fast++;
    if (assertSame(mutated(body), random(50))) fast++;
  }
  assert.ok(fast > total / 10 && fast < total, `the fast path read ${fast} of ${total}`);
});

test('the fast path reads plain and double-quoted values, and leaves the rest to yaml', () => {
  const plain = 'id: article-1\ntitle: Generated report number 1\noutlet: Outlet 1\npublished: 2024-01-15\nurl: https://example.org/a?b=c\nby: actor-7\n';
  assert.ok(readSimpleFrontMatter(plain, 4));
  assert.ok(readSimpleFrontMatter(plain.replace(/\n/g, '\r\n'), 4));
  assert.ok(readSimpleFrontMatter('title: "Ukraine’s losses: a count"\n', 4));
  for (const body of ['title: 1984\n', 'title: true\n', 'id: a\nid: b\n', 'tags: x\n', 'title: a # b\n', 'title: "a\\"b"\n', 'id: a\r\nby: b\n', 'id: Bad Id\n', 'title: x\n\n']) {
    assert.equal(readSimpleFrontMatter(body, 4), undefined, JSON.stringify(body));
  }
});
