// Raw stdio transcripts of protocol misuse: the lifecycle as LSP states it (-32002 before
// initialize, one initialize, -32600 after shutdown), malformed frames (logged, then the server
// exits non-zero so the editor restarts it), a body that is not JSON (-32700), and parameters
// of the wrong type (-32602 saying what was wrong).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uriOf } from './client';
import { RawServer, frame, initializeFrames, notify, request } from './raw';

const LIMIT = { timeout: 30_000 };
let folder: string;
let other: string;
let uri: string;
const TEXT = 'Officials said [12]{fact=alpha-count by=zelenskyy} people died.\n';

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'claimmark-protocol-'));
  other = mkdtempSync(join(tmpdir(), 'claimmark-protocol-other-'));
  writeFileSync(join(folder, 'claimmark.yaml'), 'actors:\n  zelenskyy: {name: Volodymyr Zelenskyy}\nfacts:\n  alpha-count: {label: Alpha}\n');
  writeFileSync(join(folder, 'a.claims.txt'), TEXT);
  uri = uriOf(join(folder, 'a.claims.txt'));
});
after(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

const hoverAt = (id: number) => request(id, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 27 } });

/** Runs `body` with a fresh server, killed afterwards whatever happens. */
async function withServer(body: (s: RawServer) => Promise<void>): Promise<void> {
  const s = new RawServer();
  try { await body(s); } finally { s.kill(); }
}

test('a request before initialize answers ServerNotInitialized (-32002), at once', LIMIT, () => withServer(async (s) => {
  s.write(hoverAt(5) + request(6, 'workspace/symbol', { query: 'z' }) + request(7, 'shutdown'));
  for (const id of [5, 6, 7]) assert.equal((await s.answer(id, 3000)).error?.code, -32002);
  s.write(initializeFrames(folder));
  assert.ok((await s.answer(1)).result.capabilities);
}));

test('a second initialize is refused and the first workspace stays', LIMIT, () => withServer(async (s) => {
  s.write(initializeFrames(folder));
  await s.answer(1);
  s.write(request(2, 'initialize', { processId: null, rootUri: uriOf(other), capabilities: {}, workspaceFolders: [{ uri: uriOf(other), name: 'other' }] }));
  assert.equal((await s.answer(2)).error?.code, -32600);
  s.write(notify('initialized', {}) + notify('textDocument/didOpen', { textDocument: { uri, languageId: 'claimmark', version: 1, text: TEXT } }) + hoverAt(3));
  assert.match((await s.answer(3)).result.contents.value, /Alpha/, 'the registry of the first folder is still read');
}));

test('after shutdown every request answers InvalidRequest (-32600); exit then ends the process with 0', LIMIT, () => withServer(async (s) => {
  s.write(initializeFrames(folder) + request(2, 'shutdown'));
  assert.equal((await s.answer(2)).result, null);
  s.write(hoverAt(3) + request(4, 'shutdown') + request(5, 'claimmark/noSuchRequest', {}));
  for (const id of [3, 4, 5]) assert.equal((await s.answer(id)).error?.code, -32600);
  s.write(notify('exit'));
  assert.equal(await s.exitCode(), 0);
}));

for (const [name, bad] of [
  ['too short', 'Content-Length: 10\r\n\r\n' + JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'workspace/symbol', params: { query: 'z' } })],
  ['too long', 'Content-Length: 90\r\n\r\n' + JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'workspace/symbol', params: { query: 'z' } })],
  ['not a number', 'Content-Length: abc\r\n\r\n{}'],
  ['missing', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
] as const) {
  test(`a frame whose Content-Length is ${name} is logged, and the server exits non-zero`, LIMIT, () => withServer(async (s) => {
    s.write(initializeFrames(folder));
    await s.answer(1);
    s.write(bad + request(3, 'shutdown'));
    const code = await s.exitCode();
    assert.ok(typeof code === 'number' && code !== 0, `exit code ${code}`);
    assert.match(s.stderr, /malformed message/i);
  }));
}

test('a frame that stops halfway (a Content-Length beyond what is sent) ends the server after a while', { timeout: 40_000 }, () => withServer(async (s) => {
  s.write(initializeFrames(folder));
  await s.answer(1);
  s.write('Content-Length: 5000\r\n\r\n{"jsonrpc":"2.0","id":3,"method":"shutdown"}');
  const code = await s.exitCode(30_000);
  assert.ok(typeof code === 'number' && code !== 0, `exit code ${code}`);
  assert.match(s.stderr, /malformed message/i);
}));

test('a body that is not JSON answers ParseError (-32700) with id null, and the server goes on', LIMIT, () => withServer(async (s) => {
  s.write(initializeFrames(folder));
  await s.answer(1);
  const junk = '{"jsonrpc": "2.0", "id": 3, "method": ';
  s.write(`Content-Length: ${junk.length}\r\n\r\n${junk}` + request(4, 'workspace/symbol', { query: 'zelenskyy' }));
  assert.equal((await s.answer(null)).error.code, -32700);
  assert.ok(Array.isArray((await s.answer(4)).result), 'still answers');
}));

test('parameters of the wrong type answer InvalidParams (-32602) saying what was wrong', LIMIT, () => withServer(async (s) => {
  s.write(initializeFrames(folder) + notify('textDocument/didOpen', { textDocument: { uri, languageId: 'claimmark', version: 1, text: TEXT } }));
  await s.answer(1);
  const cases: [string, unknown, RegExp][] = [
    ['textDocument/hover', 42, /params/],
    ['textDocument/hover', 'str', /params/],
    ['textDocument/hover', {}, /textDocument/],
    ['textDocument/hover', { textDocument: { uri } }, /position/],
    ['textDocument/completion', { textDocument: { uri }, position: { line: 'a', character: 0 } }, /position\.line/],
    ['textDocument/definition', { textDocument: { uri: 7 }, position: { line: 0, character: 0 } }, /textDocument\.uri/],
    ['textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 27 }, newName: 42 }, /newName/],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 } }, context: { diagnostics: [] } }, /range\.end/],
    ['textDocument/references', { textDocument: { uri }, position: { line: 0, character: 0 } }, /context/],
    ['textDocument/diagnostic', { textDocument: {} }, /textDocument\.uri/],
    ['workspace/symbol', { query: 5 }, /query/],
    ['claimmark/claimTree', 'actor', /groupBy|params/],
  ];
  cases.forEach(([method, params], i) => s.write(frame({ jsonrpc: '2.0', id: 10 + i, method, params })));
  for (const [i, [method, , why]] of cases.entries()) {
    const a = await s.answer(10 + i);
    assert.equal(a.error?.code, -32602, `${method} ${JSON.stringify(cases[i]![1])}: ${JSON.stringify(a)}`);
    assert.match(a.error.message, why);
    assert.doesNotMatch(a.error.message, /Cannot read properties|is not a function/);
  }
  s.write(hoverAt(99));
  assert.match((await s.answer(99)).result.contents.value, /Alpha/, 'still serves');
}));
