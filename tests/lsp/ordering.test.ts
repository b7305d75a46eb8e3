// Raw stdio transcripts: a request is answered against the text as it was when the request
// arrived, even when an edit is written right behind it; no returned range splits a surrogate pair.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uriOf } from './client';
import { RawServer, initializeFrames, notify, request } from './raw';

const LIMIT = { timeout: 30_000 };
let folder: string;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'claimmark-order-'));
  writeFileSync(join(folder, 'claimmark.yaml'), 'actors:\n  zelenskyy: {name: Volodymyr Zelenskyy}\nfacts:\n  alpha-count: {label: Alpha}\n  beta-count: {label: Beta}\n');
});
after(() => rmSync(folder, { recursive: true, force: true }));

const V1 = 'Officials said [12]{fact=alpha-count by=zelenskyy} people died.\n';
/** Capabilities for versioned edits (documentChanges), as editors send them. */
const CAPABILITIES = { workspace: { workspaceEdit: { documentChanges: true } } };
const INSERTED = 'Officials said [99]{fact=beta-count by=zelenskyy} homes burned.\n';

/** A started server with `text` open as race.claims.txt (version 1). */
async function serverWith(text: string): Promise<{ s: RawServer; uri: string }> {
  const s = new RawServer();
  const uri = uriOf(join(folder, 'race.claims.txt'));
  s.write(initializeFrames(folder, CAPABILITIES) + notify('textDocument/didOpen', { textDocument: { uri, languageId: 'claimmark', version: 1, text } }));
  await s.answer(1);
  return { s, uri };
}

test('a rename written together with a later edit renames what was under the cursor when it was sent', LIMIT, async () => {
  const { s, uri } = await serverWith(V1);
  try {
    const rename = request(2, 'textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 27 }, newName: 'gamma-count' });
    const edit = notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: INSERTED }] });
    s.write(rename + edit); // one write: the edit is in the server's queue before the rename is handled
    const answer = await s.answer(2);
    if (answer.error) {
      assert.equal(answer.error.code, -32801, 'the only acceptable error is ContentModified');
      return;
    }
    const changes = answer.result.documentChanges.find((c: any) => c.textDocument.uri === uri);
    assert.equal(changes.textDocument.version, 1, 'stamped with the version the position was meant for');
    assert.deepEqual(changes.edits.map((e: any) => e.range.start), [{ line: 0, character: 25 }], 'alpha-count, where it was in version 1');
    assert.ok(!JSON.stringify(answer.result).includes('beta'), JSON.stringify(answer.result));
    // and the edit was applied after it: a hover now finds beta-count at (0,27)
    s.write(request(3, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 27 } }));
    assert.match((await s.answer(3)).result.contents.value, /beta-count/);
  } finally {
    s.kill();
  }
});

test('every position-taking request is answered against the text it was sent for', LIMIT, async () => {
  const { s, uri } = await serverWith(V1);
  try {
    const at = { textDocument: { uri }, position: { line: 0, character: 27 } };
    const cases: [string, unknown, (r: any) => void][] = [
      ['textDocument/hover', at, (r) => assert.match(r.result.contents.value, /Alpha/)],
      ['textDocument/definition', at, (r) => assert.deepEqual(r.result.range.start, { line: 3, character: 2 }, 'alpha-count in claimmark.yaml')],
      ['textDocument/prepareRename', at, (r) => assert.equal(r.result.placeholder, 'alpha-count')],
      ['textDocument/references', { ...at, context: { includeDeclaration: false } }, (r) => assert.deepEqual(r.result.map((l: any) => l.range.start), [{ line: 0, character: 25 }])],
      ['textDocument/completion', at, (r) => assert.ok(r.result.some((i: any) => i.label === 'beta-count'), 'fact ids offered')],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 64 } }, context: { diagnostics: [] } }, (r) => assert.deepEqual(r.result, [], 'no fix: version 1 has no untagged figure')],
      ['textDocument/documentSymbol', { textDocument: { uri } }, (r) => assert.ok(r.result.length > 0)],
      ['textDocument/diagnostic', { textDocument: { uri } }, (r) => assert.deepEqual(r.result.items.map((d: any) => d.code), [])],
    ];
    let version = 1;
    let id = 1;
    for (const [method, params, check] of cases) {
      // the request, and right behind it in the same write an edit that puts an untagged figure in place of the claim
      const edit = notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: 'Officials said 4,500 homes were destroyed in the night.\n' }] });
      s.write(request(++id, method, params) + edit);
      check(await s.answer(id));
      s.write(notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: V1 }] }));
    }
  } finally {
    s.kill();
  }
});

test('completion between the halves of an emoji returns no range that splits it', LIMIT, async () => {
  const text = 'Officials said [12]{fact=a😀b}\n';
  const { s, uri } = await serverWith(text);
  try {
    s.write(request(2, 'textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 27 } }));
    const items = (await s.answer(2)).result as any[];
    assert.ok(items.length > 0);
    const splits = (ch: number) => /[\uD800-\uDBFF]/.test(text[ch - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[ch] ?? '');
    for (const item of items) {
      const { start, end } = item.textEdit.range;
      assert.ok(!splits(start.character) && !splits(end.character), `${item.label}: ${JSON.stringify(item.textEdit.range)} splits 😀`);
    }
  } finally {
    s.kill();
  }
});
