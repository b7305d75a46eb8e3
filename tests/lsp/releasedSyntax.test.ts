// Articles indexed from disk and not open keep no markup-span trees between uses: their
// diagnostics and symbols are the same once opened, an edit made right after opening one gives
// what a server reading the edited file from disk gives, and both equal a core workspace that
// keeps every article's spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, copySamples, uriOf } from './client';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { findArticles } from '../../server/src/lsp/files';
import { analysisOptions, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const INSERT = 'The [ministry]{actor=nk-army} said [1,200]{fact=nk-casualties} troops were hurt; 300 more were missing. ';

const articlesIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.claims.txt')).map((f) => join(folder, f));
const diagnosticsOf = async (c: Client, uri: string) => (await c.request('textDocument/diagnostic', { textDocument: { uri } })).items;
const symbolsOf = (c: Client, uri: string) => c.request('textDocument/documentSymbol', { textDocument: { uri } });

/** Line and character of an offset (LF texts). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Code, message and range of every diagnostic of each article, from a core workspace that keeps all spans (no release). */
async function keptWorkspaceDiagnostics(folder: string): Promise<Map<string, unknown[]>> {
  const ws = new Workspace();
  ws.setRegistry(uriOf(join(folder, 'claimmark.yaml')), readFileSync(join(folder, 'claimmark.yaml'), 'utf8'));
  const texts = new Map<string, string>();
  for (const path of await findArticles(folder)) {
    texts.set(path, readFileSync(path, 'utf8'));
    ws.setArticle(uriOf(path), texts.get(path)!);
  }
  const out = new Map<string, unknown[]>();
  for (const [path, text] of texts) {
    assert.ok(!text.includes('\r'), path);
    out.set(path, ws.diagnostics(uriOf(path), analysisOptions(DEFAULT_SETTINGS)).map((d) => ({ code: d.code, message: d.message, range: { start: positionAt(text, d.span.start), end: positionAt(text, d.span.end) } })));
  }
  return out;
}

const brief = (items: { code: string; message: string; range: unknown }[]) => items.map((d) => ({ code: d.code, message: d.message, range: d.range }));

/** The last non-blank line: a body line in every sample. */
function lastBodyLine(text: string): number {
  const lines = text.split('\n');
  let i = lines.length - 1;
  while (i > 0 && lines[i]!.trim() === '') i--;
  return i;
}

test('a closed article answers the same once opened, and an edit after opening it equals a server reading the edited file', async () => {
  const folder = copySamples();
  const paths = [...articlesIn(folder), ...articlesIn(join(folder, 'constructs'))];
  assert.ok(paths.length > 5);
  const edited = new Map<string, unknown[]>();
  const first = await Client.start({ folder });
  try {
    await first.ready();
    for (const path of paths) {
      const uri = uriOf(path);
      const closed = await diagnosticsOf(first, uri);
      const closedSymbols = await symbolsOf(first, uri);
      await first.open(path);
      assert.deepEqual(await diagnosticsOf(first, uri), closed, `${path}: diagnostics once opened`);
      assert.deepEqual(await symbolsOf(first, uri), closedSymbols, `${path}: symbols once opened`);
      await first.insert(uri, lastBodyLine(readFileSync(path, 'utf8')), 0, INSERT);
    }
    // after every edit: an edit may change other articles' conflicts
    for (const path of paths) edited.set(path, await diagnosticsOf(first, uriOf(path)));
  } finally {
    await first.close();
  }
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const at = lastBodyLine(text);
    lines[at] = INSERT + lines[at];
    writeFileSync(path, lines.join('\n'));
  }
  const kept = await keptWorkspaceDiagnostics(folder);
  const second = await Client.start({ folder, removeFolder: true });
  try {
    await second.ready();
    for (const path of paths) {
      const fromDisk = await diagnosticsOf(second, uriOf(path));
      assert.deepEqual(brief(fromDisk), kept.get(path), `${path}: released on the server = kept in the core`);
      assert.ok(fromDisk.some((d: { code: string }) => d.code === 'untagged-figure' || d.code === 'unknown-actor'), `${path}: the inserted line is read`);
      assert.deepEqual(edited.get(path), fromDisk, `${path}: edited in the editor = read from disk`);
    }
  } finally {
    await second.close();
  }
});
