// Over stdio: a bad request gets an error and the server stays up; binary, huge and unreadable
// files are a diagnostic or a log line, never a crash; a cancelled request answers RequestCancelled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { Client, copySamples } from './client';

let c: Client;
let folder: string;

before(async () => {
  folder = copySamples();
  // Files the indexer meets on disk: binary content, and text over the size limit.
  writeFileSync(join(folder, 'binary.claims.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0xfe]));
  writeFileSync(join(folder, 'huge.claims.txt'), 'They said [12]{fact=nk-casualties} died. '.repeat(30_000));
  c = await Client.start({ folder, removeFolder: true, settings: { maxFileSize: 1_000_000 } });
  await c.ready();
});
after(async () => { await c.close(); });

async function stillServes(): Promise<void> {
  const symbols = await c.request('workspace/symbol', { query: 'zelenskyy' });
  assert.ok(symbols.length > 0, 'the server still answers');
  assert.ok(c.alive);
}

test('binary and huge files on disk are logged and skipped, not indexed', async () => {
  assert.ok(c.logs.some((l) => /binary\.claims\.txt looks binary/.test(l)), c.logs.join('\n'));
  assert.ok(c.logs.some((l) => /huge\.claims\.txt is \d+ bytes, over the claimmark\.maxFileSize limit/.test(l)), c.logs.join('\n'));
  const report = await c.request('workspace/diagnostic', { previousResultIds: [] });
  assert.ok(!report.items.some((i: any) => /binary|huge/.test(i.uri)));
  await stillServes();
});

test('an open binary or huge document gets one diagnostic saying why, and no analysis', async () => {
  const bin = await c.open(join(folder, 'open-binary.claims.txt'), 'PNG\u0000\u0000 said 4,500 homes');
  const big = await c.open(join(folder, 'open-huge.claims.txt'), 'Officials said 4,500 homes were destroyed. '.repeat(30_000));
  for (const [uri, why] of [[bin, /binary/], [big, /maxFileSize/]] as const) {
    const r = await c.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r.items.length, 1);
    assert.equal(r.items[0].code, 'file-not-analysed');
    assert.match(r.items[0].message, why);
  }
  await c.change(bin, 'Now plain text: 4,500 homes were destroyed.\n');
  const r = await c.request('textDocument/diagnostic', { textDocument: { uri: bin } });
  assert.ok(r.items.some((d: any) => d.code === 'untagged-figure'), 'analysed once it is text');
  await stillServes();
});

test('an edit that inserts a NUL stops the analysis, and one that removes it resumes it', async () => {
  const uri = await c.open(join(folder, 'typed.claims.txt'), 'Officials said 4,500 homes were destroyed.\nSecond line.\n');
  const codes = async () => (await c.request('textDocument/diagnostic', { textDocument: { uri } })).items.map((d: any) => d.code);
  assert.deepEqual(await codes(), ['untagged-figure']);
  await c.insert(uri, 1, 3, 'x\u0000y'); // only the change carries the NUL: the server sees it without rescanning
  assert.deepEqual(await codes(), ['file-not-analysed']);
  await c.insert(uri, 0, 0, 'More text. '); // still binary after an edit elsewhere
  assert.deepEqual(await codes(), ['file-not-analysed']);
  await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 6 } }, text: '' }] });
  assert.deepEqual(await codes(), ['untagged-figure']);
  await stillServes();
});

test('a request with malformed params answers InvalidParams before any handler runs; the server stays up', async () => {
  await assert.rejects(c.request('textDocument/hover', { position: { line: 0, character: 0 } }), (e: any) => e.code === -32602 && /hover: textDocument/.test(e.message));
  await assert.rejects(c.request('textDocument/completion', { textDocument: null, position: { line: 0, character: 0 } }), (e: any) => e.code === -32602 && /completion: textDocument/.test(e.message));
  await stillServes();
});

test('invalid custom request parameters are refused with InvalidParams', async () => {
  await assert.rejects(c.request('claimmark/claimTree', { groupBy: 'colour' }), (e: any) => e.code === -32602);
  await assert.rejects(c.request('claimmark/noSuchRequest', {}), (e: any) => e.code === -32601);
  await stillServes();
});

test('only the workspace registry counts: other YAML files, and a nested claimmark.yaml, are ignored', async () => {
  const before = await c.request('workspace/symbol', { query: 'zelenskyy' });
  await c.open(join(folder, 'errors', 'broken-registry', 'claimmark.yaml'));
  await c.open(join(folder, 'other.yaml'), 'actors: [this is not a registry\n');
  assert.deepEqual(await c.request('workspace/symbol', { query: 'zelenskyy' }), before);
  const report = await c.request('workspace/diagnostic', { previousResultIds: [] });
  assert.ok(!report.items.some((i: any) => /other\.yaml|broken-registry\/claimmark\.yaml/.test(i.uri)));
});

test('requests on documents the server does not know answer empty, not errors', async () => {
  const other = { textDocument: { uri: 'file:///nowhere/x.claims.txt' }, position: { line: 3, character: 4 } };
  assert.equal(await c.request('textDocument/hover', other), null);
  assert.deepEqual(await c.request('textDocument/completion', other), []);
  assert.deepEqual(await c.request('textDocument/documentSymbol', other), []);
});

test('a request cancelled right after it is sent answers RequestCancelled', async () => {
  // Cancellation races the request over the pipe (a fast server may answer first): of up to 40
  // tries, at least one must be cancelled, and every other one must still get a full answer.
  const outcomes: string[] = [];
  for (let i = 0; i < 40 && !outcomes.includes('cancelled'); i++) {
    const source = new CancellationTokenSource();
    const pending = c.request('workspace/diagnostic', { previousResultIds: [] }, source);
    source.cancel();
    outcomes.push(await pending.then((r: any) => (Array.isArray(r.items) ? 'answered' : 'bad'), (e: any) => (e.code === -32800 ? 'cancelled' : `error ${e.code}`)));
  }
  assert.ok(outcomes.includes('cancelled'), outcomes.join());
  assert.ok(outcomes.every((o) => o === 'cancelled' || o === 'answered'), outcomes.join());
  await stillServes();
});
