// Over stdio: initialize, indexing (status, progress), pull diagnostics (document, workspace,
// unchanged), push diagnostics for a client that does not pull, and settings from workspace/configuration.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Client, copySamples } from './client';
import { smallArticles } from '../bench/articles';

const ARTICLE = 'kursk-nk-casualties-2024-12-26.claims.txt';
const clients: Client[] = [];
after(async () => { for (const c of clients) await c.close(); });

async function start(options: Partial<ConstructorParameters<typeof Object>[0]> & { pull?: boolean; settings?: Record<string, unknown> } = {}): Promise<Client> {
  const c = await Client.start({ folder: copySamples(), removeFolder: true, ...options });
  clients.push(c);
  await c.ready();
  return c;
}

test('initialize declares the features; indexing reports progress and status', async () => {
  const c = await start();
  const caps = c.initializeResult.capabilities;
  for (const k of ['hoverProvider', 'completionProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'diagnosticProvider'] as const) assert.ok(caps[k], k);
  const states = c.notes.filter((n) => n.method === 'claimmark/status').map((n) => n.params.state);
  assert.deepEqual(states.slice(0, 2), ['indexing', 'ready'], JSON.stringify(c.notes.map((n) => n.method)));
  const ready = c.notes.find((n) => n.method === 'claimmark/status' && n.params.state === 'ready')!.params;
  assert.ok(ready.articles >= 16 && ready.claims > 50, JSON.stringify(ready));
  const progress = c.notes.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
  assert.deepEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
});

test('pull diagnostics: full, then unchanged, then full again after an edit', async () => {
  const c = await start();
  const uri = await c.open(join(c.options.folder, ARTICLE));
  const first = await c.request('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(first.kind, 'full');
  assert.ok(first.items.every((d: any) => d.source === 'claimmark' && typeof d.code === 'string'));
  const again = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
  assert.equal(again.kind, 'unchanged');
  const lines = c.text(uri)!.split('\n').length;
  await c.insert(uri, lines - 1, 0, 'Officials said 4,500 homes were destroyed.\n');
  const third = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
  assert.equal(third.kind, 'full');
  assert.ok(third.items.some((d: any) => d.code === 'untagged-figure' && d.range.start.line === lines - 1), JSON.stringify(third.items.map((d: any) => [d.code, d.range.start.line])));
});

test('workspace diagnostics cover every article and the registry, conflicts with related information', async () => {
  const c = await start();
  const report = await c.request('workspace/diagnostic', { previousResultIds: [] });
  const uris: string[] = report.items.map((i: any) => i.uri);
  assert.ok(uris.some((u) => u.endsWith('/claimmark.yaml')));
  assert.ok(uris.filter((u) => u.endsWith('.claims.txt')).length >= 16);
  const conflict = report.items.flatMap((i: any) => i.items).find((d: any) => d.code === 'conflicting-figure');
  assert.ok(conflict?.relatedInformation?.length > 0, 'a conflict with related information');
  const unchanged = await c.request('workspace/diagnostic', { previousResultIds: report.items.map((i: any) => ({ uri: i.uri, value: i.resultId })) });
  assert.ok(unchanged.items.every((i: any) => i.kind === 'unchanged'));
});

test('workspace diagnostics in partial results, as VS Code asks: a few hundred documents each, all of them, the final answer empty', async () => {
  const folder = copySamples();
  const generated = smallArticles();
  mkdirSync(join(folder, 'many'));
  for (let i = 0; i < 450; i++) writeFileSync(join(folder, 'many', `a${i}.claims.txt`), generated(i));
  const c = await start({ folder });
  const whole = await c.request('workspace/diagnostic', { previousResultIds: [] });
  const { partials, final } = await c.pullWorkspacePartially();
  assert.deepEqual(final, [], 'every item went in a partial result');
  assert.ok(partials.length >= 3 && partials.every((p) => p.length > 0 && p.length <= 200), `partial sizes ${partials.map((p) => p.length).join()}`);
  const byUri = (items: any[]) => new Map(items.map((i) => [i.uri, i]));
  assert.deepEqual(byUri(partials.flat()), byUri(whole.items), 'the same reports as one whole answer');
  assert.ok(whole.items.length > 460);
  // unchanged documents answer unchanged in partial results too
  const again = await c.pullWorkspacePartially(whole.items.map((i: any) => ({ uri: i.uri, value: i.resultId })));
  assert.ok(again.partials.flat().length === whole.items.length && again.partials.flat().every((i: any) => i.kind === 'unchanged'));
});

test('push diagnostics for a client that does not pull, with the document version', async () => {
  const c = await start({ pull: false });
  assert.equal(c.initializeResult.capabilities.diagnosticProvider, undefined);
  const uri = await c.open(join(c.options.folder, ARTICLE));
  await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
  const from = c.notes.length;
  const version = await c.insert(uri, 0, 0, '');
  await c.change(uri, `${c.text(uri)}Officials said 4,500 homes were destroyed.\n`);
  const pushed = await c.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version + 1, 20_000, from);
  assert.ok(pushed.diagnostics.some((d: any) => d.code === 'untagged-figure'));
});

test('settings come from workspace/configuration; invalid ones fall back to defaults with a warning', async () => {
  const c = await start({ settings: { untaggedFigures: { severity: 'error' }, maxFileSize: 'huge' } });
  const uri = await c.open(join(c.options.folder, ARTICLE), `${readFileSync(join(c.options.folder, ARTICLE), 'utf8')}Officials said 4,500 homes were destroyed.\n`);
  const r = await c.request('textDocument/diagnostic', { textDocument: { uri } });
  const untagged = r.items.filter((d: any) => d.code === 'untagged-figure');
  assert.ok(untagged.length > 0 && untagged.every((d: any) => d.severity === 1), 'untagged figures are errors');
  assert.ok(c.logs.some((l) => /claimmark\.maxFileSize/.test(l)), c.logs.join('\n'));
});
