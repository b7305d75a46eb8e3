// Tidy checks on the source tree itself: the core's folders form floors and every import
// points down them, front ends depend one way, shared/ is a contract only, and files stay small
// enough to read. (That the core uses no Node API is the compiler's job: server/src/core has
// its own tsconfig without Node types.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { root, sourceFiles } from './sources';

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

/**
 * The core's floors, bottom first (ARCHITECTURE.md draws them). A file may import from its own
 * folder and from folders on lower floors only; `.` is the core's root files (span.ts, edit.ts,
 * limits.ts), `api.ts` the top. A new folder fails the test until it is given a floor.
 */
const CORE_FLOORS: string[][] = [
  ['.'],
  ['base', 'text'],
  ['diagnostics', 'figures'],
  ['syntax'],
  ['registry'],
  ['model'],
  ['untagged', 'conflicts'],
  ['workspace'],
  ['draft'],
  ['features'],
  ['api.ts'],
];
const CORE = 'server/src/core';

/** The floor name of a core file: its top folder, `.` for a root file, `api.ts` for the API. */
function coreFolder(file: string): string {
  const rel = relative(CORE, file);
  if (rel === 'api.ts') return 'api.ts';
  return rel.includes('/') ? rel.split('/')[0]! : '.';
}

test('the core\'s folders form floors, and every import inside the core points down them', () => {
  const floorOf = new Map(CORE_FLOORS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const folders = new Set(sourceFiles(CORE).map(coreFolder));
  assert.deepEqual([...folders].filter((f) => !floorOf.has(f)), [], 'core folders without a floor in CORE_FLOORS');
  const upward: string[] = [];
  for (const file of sourceFiles(CORE)) {
    const from = coreFolder(file);
    for (const spec of imports(file).filter((i) => i.startsWith('.'))) {
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(CORE + '/')) continue; // out of the core: checked by the tests above
      const to = coreFolder(`${target}.ts`);
      if (to !== from && floorOf.get(to)! >= floorOf.get(from)!) upward.push(`${file}: ${spec} (${from} -> ${to})`);
    }
  }
  assert.deepEqual(upward, []);
});

test('shared/ is a contract: it imports nothing but vscode-languageserver-protocol and itself', () => {
  const offenders = sourceFiles('shared').flatMap((f) => imports(f).filter((i) => !(i === 'vscode-languageserver-protocol' || i.startsWith('./'))).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('the client reaches the server only through shared/ (and the importer it loads on first use)', () => {
  const offenders = sourceFiles('client/src').filter((f) => !f.startsWith('client/src/test/'))
    .flatMap((f) => imports(f).filter((i) => /server\/src\//.test(i) && !/server\/src\/import\//.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('the LSP layer and the CLI reach the core only through core/api.ts', () => {
  const offenders = ['server/src/lsp', 'server/src/cli'].flatMap(sourceFiles).flatMap((f) =>
    imports(f).filter((i) => /\/core\//.test(i) && !/\/core\/api$/.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});
