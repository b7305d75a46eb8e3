// Over stdio: what one document sends is bounded whatever it holds. At most
// claimmark.maxDiagnostics diagnostics (the first by position) plus one saying how many more,
// and a few related places per diagnostic with the rest counted in its message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from './client';

const LIMIT = { timeout: 60_000 };
let c: Client;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'claimmark-limits-'));
  c = await Client.start({ folder, removeFolder: true });
  await c.ready();
});
after(async () => { await c.close(); });

const pull = async (uri: string) => (await c.request('textDocument/diagnostic', { textDocument: { uri } })).items as any[];

test('3,000 untagged figures: the first 1,000 by position, then one too-many-diagnostics at the first left out', LIMIT, async () => {
  const text = 'Officials said 4,500 homes burned.\n'.repeat(3000);
  const uri = await c.open(join(folder, 'many.claims.txt'), text);
  const items = await pull(uri);
  assert.equal(items.length, 1001);
  assert.ok(items.slice(0, 1000).every((d, i) => d.code === 'untagged-figure' && d.range.start.line === i));
  const last = items[1000];
  assert.equal(last.code, 'too-many-diagnostics');
  assert.deepEqual(last.range.start, { line: 1000, character: 15 });
  assert.match(last.message, /^2000 more diagnostics from here on not shown: this document has 3000, over the claimmark\.maxDiagnostics limit of 1000/);
  // an edit keeps the cap; fixing lines brings the count down
  await c.change(uri, 'Officials said 4,500 homes burned.\n'.repeat(1000) + 'Quiet line.\n'.repeat(2000));
  const after = await pull(uri);
  assert.equal(after.length, 1000);
  assert.ok(!after.some((d) => d.code === 'too-many-diagnostics'));
});

test('one article of 20,000 claims on 200 facts: a bounded report, each diagnostic with at most 20 related places', LIMIT, async () => {
  let text = '';
  for (let i = 0; i < 20_000; i++) text += `Officials said [${(i % 97) + 1}]{fact=f${i % 200} by=a${i % 7}} people died.\n`;
  const uri = await c.open(join(folder, 'conflicts.claims.txt'), text);
  const items = await pull(uri);
  assert.equal(items.length, 1001);
  assert.ok(items.every((d) => (d.relatedInformation?.length ?? 0) <= 20));
  assert.match(items[0].message, /and \d+ more/, 'the related places not listed are counted in the message');
});
