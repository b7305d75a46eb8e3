// Tidy checks on the source tree itself: the core stays pure, dependencies point one way,
// and files stay small enough to read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

test('the core imports no vscode, LSP or node modules', () => {
  const banned = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|node:.*|fs|path|os|child_process|util|url|crypto)$/;
  const offenders = sourceFiles('server/src/core').flatMap((f) => imports(f).filter((i) => banned.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('the core imports nothing from the LSP layer, the CLI or the client', () => {
  const offenders = sourceFiles('server/src/core').flatMap((f) =>
    imports(f).filter((i) => i.startsWith('.') && /\/(lsp|cli)\/|client\//.test(join(relative(root, join(root, f, '..')), i))).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('the CLI does not depend on the LSP layer', () => {
  const offenders = sourceFiles('server/src/cli').flatMap((f) => imports(f).filter((i) => /\/lsp\/|vscode-languageserver/.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('every source file stays under 400 lines', () => {
  const dirs = ['server/src', 'client/src'];
  const long = dirs.flatMap(sourceFiles).map((f) => ({ f, n: readFileSync(join(root, f), 'utf8').split('\n').length })).filter((x) => x.n > 400);
  assert.deepEqual(long.map((x) => `${x.f} (${x.n} lines)`), []);
});
