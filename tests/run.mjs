// The one test entry point (`npm test` runs it after the build). Runs every suite in turn:
// node:test suites (tests/**/*.test.ts via tsx), then the real-client suites registered in
// EXTERNAL_SUITES (each prints a closing "N passed, N failed" line). Prints the total last.
// A run cannot pass by accident: a skipped or todo test fails it, dist/ is rebuilt first when it
// is older than the sources, and UPDATE_DOCS is dropped so no generated file is rewritten.
// Usage: node tests/run.mjs [suite-name ...]   (no names: every suite)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureFreshDist } from './dist.cjs';

const root = new URL('..', import.meta.url).pathname;

/** node:test suites: a name and the folders whose *.test.ts files it runs. */
const NODE_SUITES = [
  { name: 'unit', dirs: ['tests/core', 'tests/cli', 'tests/tidy', 'tests/client'] },
  { name: 'lsp', dirs: ['tests/lsp'] },
];

/** Suites run by their own script; each must print "N passed, N failed" as its last such line. */
const EXTERNAL_SUITES = [
  { name: 'nvim', script: 'tests/nvim/run.mjs' },
  { name: 'vscode', script: 'tests/e2e/run.mjs' },
];

function findTests(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const name of readdirSync(abs)) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) out.push(...findTests(relative(root, p)));
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out.sort();
}

function lastCounts(output, re) {
  let found;
  for (const m of output.matchAll(re)) found = m;
  return found;
}

const wanted = process.argv.slice(2);
const pick = (name) => wanted.length === 0 || wanted.includes(name);
let passed = 0;
let failed = 0;
const problems = [];
/** The suites' environment: generated files are compared, never rewritten, in a full run. */
const env = { ...process.env };
delete env.UPDATE_DOCS;

// Every suite but the unit tests of the core runs bundles from dist/ (the CLI tests, the LSP,
// Neovim and VS Code suites): build them now when a source is newer, never test a stale one.
ensureFreshDist(root);

for (const suite of NODE_SUITES.filter((s) => pick(s.name))) {
  const files = suite.dirs.flatMap(findTests);
  if (files.length === 0) continue;
  console.log(`\n== ${suite.name}: ${files.length} test files`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
    cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const pass = lastCounts(r.stdout, /ℹ pass (\d+)/g);
  const fail = lastCounts(r.stdout, /ℹ fail (\d+)/g);
  if (!pass || !fail) { problems.push(`${suite.name}: no summary (exit ${r.status})`); failed++; continue; }
  passed += Number(pass[1]);
  failed += Number(fail[1]);
  // A test that did not run is not a pass: skipped and todo tests fail the run.
  for (const kind of ['skipped', 'todo']) {
    const n = Number(lastCounts(r.stdout, new RegExp(`ℹ ${kind} (\\d+)`, 'g'))?.[1] ?? 0);
    if (n > 0) { problems.push(`${suite.name}: ${n} ${kind} test${n === 1 ? '' : 's'}`); failed += n; }
  }
  if (r.status !== 0 && Number(fail[1]) === 0) { problems.push(`${suite.name}: exit ${r.status}`); failed++; }
}

for (const suite of EXTERNAL_SUITES.filter((s) => pick(s.name))) {
  if (!existsSync(join(root, suite.script))) {
    if (wanted.includes(suite.name)) { problems.push(`${suite.name}: ${suite.script} missing`); failed++; }
    continue;
  }
  console.log(`\n== ${suite.name}: ${suite.script}`);
  const r = spawnSync(process.execPath, [suite.script], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const m = lastCounts(r.stdout, /^(?:\w+: )?(\d+) passed, (\d+) failed/gm);
  if (!m) { problems.push(`${suite.name}: no "N passed, N failed" line (exit ${r.status})`); failed++; continue; }
  passed += Number(m[1]);
  failed += Number(m[2]);
  if (r.status !== 0 && Number(m[2]) === 0) { problems.push(`${suite.name}: exit ${r.status}`); failed++; }
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
if (passed === 0) { console.log('no test ran'); process.exit(1); }
process.exit(failed > 0 ? 1 : 0);
