// Over stdio, in temporary workspaces: special files never block the server (a FIFO that
// replaces an article while the workspace is indexed), and a claimmark.yaml the server cannot
// use is reported once on itself while articles are checked as without a registry; a large
// registry that the CLI reads is read by the server too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, copySamples, uriOf } from './client';

const LIMIT = { timeout: 60_000 };

test('a FIFO that replaces an article during indexing is skipped with a log line, not waited on', LIMIT, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimmark-fifo-'));
  for (let i = 0; i < 2000; i++) writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.claims.txt`), `Officials said [${i}]{fact=f${i % 10}} people left.\n`);
  writeFileSync(join(folder, 'zz.claims.txt'), 'Officials said [5]{fact=f1} people left.\n');
  const c = await Client.start({ folder, removeFolder: true });
  try {
    // the articles are listed before indexing begins: swap the last one for a FIFO then
    await c.waitFor('$/progress', (p) => p.value.kind === 'begin');
    rmSync(join(folder, 'zz.claims.txt'));
    assert.equal(spawnSync('mkfifo', [join(folder, 'zz.claims.txt')]).status, 0);
    const ready = await c.ready(30_000);
    assert.equal(ready.articles, 2000);
    assert.ok(c.logs.some((l) => /zz\.claims\.txt is not a regular file/.test(l)), c.logs.join('\n'));
    assert.ok((await c.request('workspace/symbol', { query: 'f1' })).length >= 0, 'still answers');
  } finally {
    await c.close();
  }
});

/** Workspace diagnostics by code, and those of claimmark.yaml. */
async function pull(c: Client): Promise<{ codes: string[]; registry: any[] }> {
  const report = await c.request('workspace/diagnostic', { previousResultIds: [] });
  const regUri = uriOf(join(c.options.folder, 'claimmark.yaml'));
  return {
    codes: report.items.filter((i: any) => i.uri !== regUri).flatMap((i: any) => i.items.map((d: any) => d.code)),
    registry: report.items.find((i: any) => i.uri === regUri)?.items ?? [],
  };
}

for (const [name, make] of [
  ['binary', (p: string) => writeFileSync(p, Buffer.from('actors:\n  x: {}\n\u0000\u0000'))],
  ['a FIFO', (p: string) => assert.equal(spawnSync('mkfifo', [p]).status, 0)],
  ['over the size limit', (p: string) => writeFileSync(p, `# ${'x'.repeat(70 * 1024 * 1024)}\n`)],
] as const) {
  test(`a claimmark.yaml that is ${name} is reported once on itself; articles are checked as without a registry`, LIMIT, async () => {
    const folder = copySamples();
    rmSync(join(folder, 'claimmark.yaml'));
    make(join(folder, 'claimmark.yaml'));
    const c = await Client.start({ folder, removeFolder: true });
    try {
      await c.ready();
      const { codes, registry } = await pull(c);
      assert.deepEqual(codes.filter((x) => x.startsWith('unknown-')), [], 'no unknown-id error: there is no registry to know ids from');
      assert.equal(registry.length, 1, JSON.stringify(registry));
      assert.match(registry[0].message, /cannot use claimmark\.yaml/);
      assert.equal(c.logs.filter((l) => /cannot use claimmark\.yaml/.test(l)).length, 1, c.logs.join('\n'));
    } finally {
      await c.close();
    }
  });
}

test('a 6 MB claimmark.yaml (which the CLI reads) is read whatever claimmark.maxFileSize says of articles', LIMIT, async () => {
  const folder = copySamples();
  const extra = Array.from({ length: 80_000 }, (_, i) => `  padding-fact-${i}: {label: Padding fact number ${i} with a long label to fill the file}`).join('\n');
  const registry = join(folder, 'claimmark.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^facts:\n/m, `facts:\n${extra}\n`));
  assert.ok(statSync(registry).size > 6_000_000);
  const c = await Client.start({ folder, removeFolder: true, settings: { maxFileSize: 1_000_000 } });
  try {
    await c.ready();
    const { codes, registry: own } = await pull(c);
    assert.deepEqual(codes.filter((x) => x.startsWith('unknown-')), []);
    assert.ok(!own.some((d: any) => d.code === 'file-not-analysed'));
    assert.ok((await c.request('workspace/symbol', { query: 'padding-fact-79999' })).length > 0, 'its facts are known');
  } finally {
    await c.close();
  }
});
