// `claimmark annotate` through the bundled CLI: the diff, --write, --format json, the
// registry it creates or extends, and the five seed articles drafted without a conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, run, workspace } from './helpers';
import { rawArticle } from '../fixtures/rawSample';

ensureBuilt();

const ARTICLE = `---
published: 2024-12-26
---
On Christmas morning, Russia launched 78 missiles and 106 drones, Ukraine’s air force said.
`;

test('annotate prints a unified diff and changes nothing; --write applies it', () => {
  const dir = workspace({ 'a.claims.txt': ARTICLE });
  const diff = run(dir, 'annotate', '.');
  assert.equal(diff.status, 0, diff.stderr);
  assert.match(diff.stdout, /^--- a\/a\.claims\.txt\n\+\+\+ b\/a\.claims\.txt\n/m);
  assert.match(diff.stdout, /^\+On Christmas morning, Russia launched \[78\]\{fact=missiles-launched asof=2024-12-25\} missiles/m);
  assert.match(diff.stdout, /^--- \/dev\/null\n\+\+\+ b\/claimmark\.yaml/m, 'a new registry is created');
  assert.equal(readFileSync(join(dir, 'a.claims.txt'), 'utf8'), ARTICLE, 'nothing written without --write');
  assert.match(run(dir, 'annotate', join(dir, 'a.claims.txt')).stdout, /^--- a\/a\.claims\.txt\n\+\+\+ b\/a\.claims\.txt\n/m, 'an absolute path shows relative, as git does');
  const write = run(dir, 'annotate', '--write');
  assert.equal(write.status, 0, write.stderr);
  assert.match(write.stderr, /drafted 2 claims in 1 articles; claimmark\.yaml created/);
  const text = readFileSync(join(dir, 'a.claims.txt'), 'utf8');
  assert.match(text, /\[Ukraine’s air force\]\{actor=ukraine-air-force\}/);
  const registry = readFileSync(join(dir, 'claimmark.yaml'), 'utf8');
  assert.match(registry, /^actors:\n {2}ukraine-air-force:\n {4}name: "Ukraine’s air force"|^actors:\n {2}ukraine-air-force:\n {4}name: Ukraine’s air force/m);
  assert.match(registry, /^ {2}missiles-launched:\n {4}label: missiles launched\n {4}kind: event$/m);
  // the drafted workspace checks clean: no unknown ids, no conflicts, no untagged figures
  const check = run(dir, 'check', '--format', 'json', '--severity', 'untagged-figure=warning');
  assert.deepEqual(JSON.parse(check.stdout).diagnostics, []);
  // a second run drafts nothing
  assert.equal(run(dir, 'annotate').stdout, '');
});

test('annotate --format json gives the edits, claims and registry entries with LSP ranges', () => {
  const dir = workspace({ 'a.claims.txt': ARTICLE });
  const r = run(dir, 'annotate', 'a.claims.txt', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const claims = out.articles[0].claims;
  assert.deepEqual(claims.map((c: { text: string; fact: string; actor: string; asof: string }) => [c.text, c.fact, c.actor, c.asof]), [
    ['78', 'missiles-launched', 'ukraine-air-force', '2024-12-25'],
    ['106', 'drones-launched', 'ukraine-air-force', '2024-12-25'],
  ]);
  assert.deepEqual(claims[0].range, { start: { line: 3, character: 38 }, end: { line: 3, character: 40 } });
  assert.deepEqual(out.registry.actors.map((a: { id: string }) => a.id), ['ukraine-air-force']);
  assert.equal(readFileSync(join(dir, 'a.claims.txt'), 'utf8'), ARTICLE);
});

test('annotate: an unreadable file is reported and the rest still runs; usage errors exit 2', () => {
  const dir = workspace({ 'a.claims.txt': ARTICLE, 'b.claims.txt': Buffer.from([0x61, 0, 0x62]) });
  const r = run(dir, 'annotate', '.', '--write');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /b\.claims\.txt: skipped: binary file/);
  assert.match(readFileSync(join(dir, 'a.claims.txt'), 'utf8'), /\{fact=missiles-launched/);
  assert.equal(run(dir, 'annotate', '--format', 'xml').status, 2);
  assert.equal(run(dir, 'annotate', '--frobnicate').status, 2);
  assert.equal(run(dir, 'annotate', 'missing-folder').status, 2);
});

test('the five seed articles, raw, drafted with --write, check without a conflict', () => {
  // the seeds as they arrive: the annotated samples with front matter, markup and comments
  // stripped (the same text as ../shared/seeds, which a checkout need not have)
  const samples = join(__dirname, '..', '..', 'samples');
  const files: Record<string, string> = {};
  for (const f of readdirSync(samples).filter((n) => n.endsWith('.claims.txt'))) {
    files[f] = rawArticle(readFileSync(join(samples, f), 'utf8'));
  }
  const dir = workspace(files);
  const write = run(dir, 'annotate', '--write');
  assert.equal(write.status, 0, write.stderr);
  const check = JSON.parse(run(dir, 'check', '--format', 'json').stdout);
  const codes = check.diagnostics.map((d: { code: string }) => d.code);
  assert.deepEqual(codes.filter((c: string) => c === 'conflicting-figure'), []);
  // the seeds have no published date: claims dated from the text ("On January 24") and undated ones
  // of one fact are not compared, which the information 'not-compared' says, rightly
  assert.deepEqual(codes.filter((c: string) => c !== 'untagged-figure' && c !== 'not-compared'), [], 'no unknown ids, no claims without an actor');
  const claims = Object.keys(files).map((f) => (readFileSync(join(dir, f), 'utf8').match(/\]\{fact=/g) ?? []).length).reduce((a, b) => a + b, 0);
  // (37 since "with one target being an arms depot" is read as a determiner, as the corpus labels it)
  assert.ok(claims >= 37, `${claims} claims drafted`);
});
