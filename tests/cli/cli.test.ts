// `claimmark check` end to end: exit codes, the JSON contract, the text format, discovery,
// the registry lookup, and files that cannot be checked. Runs the bundled dist/cli.js.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN, ensureBuilt, root, run, workspace } from './helpers';

before(ensureBuilt);

const noStackTrace = (s: string) => assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/);

test('--help and --version exit 0', () => {
  const help = run(root, '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /claimmark check \[paths\.\.\.\] \[--format text\|json\|sarif\|github\]/);
  assert.match(help.stdout, /Exit codes:/);
  const version = run(root, '--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

test('usage errors exit 2 with a message and no stack trace', () => {
  const dir = workspace({ 'a.claims.txt': CLEAN });
  for (const args of [[], ['check', '--frobnicate'], ['check', '--format', 'xml'], ['check', '--format'], ['check', 'missing-folder'], ['lint', '.']]) {
    const r = run(dir, ...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^claimmark: /, args.join(' '));
    noStackTrace(r.stderr);
    assert.equal(r.stdout, '');
  }
  assert.match(run(dir, 'check', 'nope.claims.txt').stderr, /nope\.claims\.txt: no such file or folder/);
});

test('a clean workspace exits 0 with a summary line', () => {
  const dir = workspace({ 'a.claims.txt': CLEAN });
  const r = run(dir, 'check');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '0 errors, 0 warnings, 0 infos in 1 file\n');
});

test('an error-severity diagnostic exits 1; text lines are path:line:col severity code message', () => {
  const dir = workspace({ 'docs/a.claims.txt': CLEAN + 'The [council]{actor=council} said [5]{fact=homes asof=2024-13-01} more.\n' });
  const r = run(dir, 'check', 'docs');
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^docs\/a\.claims\.txt:5:55 error bad-date asof='2024-13-01' is not a date/);
  assert.equal(lines.at(-1), '1 error, 0 warnings, 0 infos in 1 file');
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colours when stdout is not a terminal');
});

test('warnings alone exit 0', () => {
  const dir = workspace({ 'a.claims.txt': 'Somebody said [5]{fact=homes} homes flooded.\n' });
  const r = run(dir, 'check', '.');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^a\.claims\.txt:1:15 warning claim-without-actor /m);
});

test('JSON output follows the contract: 0-based UTF-16 ranges, related places in other files', () => {
  const dir = workspace({
    'x/one.claims.txt': '---\npublished: 2024-03-02\n---\n🌊 The [fire service]{actor=fire} said [three]{fact=missing} people were missing.\r\n',
    'x/two.claims.txt': '---\npublished: 2024-03-02\n---\nThe [Gazette]{actor=gazette} counted [11]{fact=missing} people missing.\n',
  });
  const r = run(dir, 'check', 'x', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out).sort(), ['diagnostics', 'problems']);
  assert.deepEqual(out.problems, []);
  const first = out.diagnostics[0];
  assert.deepEqual(Object.keys(first).sort(), ['code', 'file', 'message', 'range', 'related', 'severity']);
  assert.equal(first.file, join('x', 'one.claims.txt'));
  assert.equal(first.code, 'conflicting-figure');
  assert.equal(first.severity, 'warning');
  const line = '🌊 The [fire service]{actor=fire} said [three]{fact=missing} people were missing.';
  const character = line.indexOf('three');
  assert.deepEqual(first.range, { start: { line: 3, character }, end: { line: 3, character: character + 5 } });
  assert.equal(first.related.length, 1);
  assert.deepEqual(Object.keys(first.related[0]).sort(), ['file', 'message', 'range']);
  assert.equal(first.related[0].file, join('x', 'two.claims.txt'));
  assert.equal(first.related[0].range.start.line, 3);
  for (const d of out.diagnostics) {
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    assert.match(d.code, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(typeof d.message, 'string');
  }
});

test('discovery: recursive, skips node_modules, build output and dot-folders; a file named explicitly is checked whatever its name', () => {
  const bad = 'Said [5]{fact=homes asof=never} homes.\n';
  const dir = workspace({
    'a.claims.txt': CLEAN,
    'deep/er/b.claims.txt': CLEAN,
    'node_modules/pkg/c.claims.txt': bad,
    '.hidden/d.claims.txt': bad,
    'dist/e.claims.txt': bad,
    'out/f.claims.txt': bad,
    'notes.txt': bad,
  });
  const r = run(dir, 'check', '.', '--format=json');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout).diagnostics, []);
  assert.match(run(dir, 'check').stdout, /in 2 files/);
  const explicit = run(dir, 'check', 'notes.txt');
  assert.equal(explicit.status, 1);
  assert.match(explicit.stdout, /^notes\.txt:1:\d+ error bad-date/m);
});

test('the registry is the nearest claimmark.yaml above the paths; without one, unknown ids are not reported', () => {
  const registry = 'actors:\n  council: {name: Council}\nfacts:\n  homes: {label: Homes flooded}\n';
  const article = CLEAN.replace('actor=council', 'actor=mayor');
  const dir = workspace({ 'claimmark.yaml': registry, 'sub/deeper/a.claims.txt': article });
  const r = run(join(dir, 'sub'), 'check', 'deeper', '--format', 'json');
  const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
  assert.deepEqual(codes, ['unknown-actor']);
  const alone = workspace({ 'a.claims.txt': article });
  assert.deepEqual(JSON.parse(run(alone, 'check', '--format', 'json').stdout).diagnostics, []);
});

test('registry errors are reported in claimmark.yaml and fail the check', () => {
  const dir = workspace({ 'claimmark.yaml': 'actors:\n  council: [1, 2\n', 'a.claims.txt': CLEAN });
  const r = run(dir, 'check');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^claimmark\.yaml:\d+:\d+ error registry-/m);
  assert.match(r.stdout, /in 2 files/);
});

test('a binary file is skipped with a clear message and exits 1', () => {
  const dir = workspace({ 'a.claims.txt': CLEAN, 'b.claims.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]) });
  const r = run(dir, 'check', '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /b\.claims\.txt: skipped: binary file/);
  noStackTrace(r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.problems, [{ file: 'b.claims.txt', message: 'skipped: binary file (it contains NUL bytes)' }]);
  assert.deepEqual(out.diagnostics, []);
  const text = run(dir, 'check');
  assert.equal(text.status, 1);
  assert.equal(text.stdout, '0 errors, 0 warnings, 0 infos in 1 file (1 skipped: see above)\n');
});

test('a folder without articles is a note, not a failure', () => {
  const dir = workspace({ 'readme.md': '# nothing here\n' });
  const r = run(dir, 'check', '.');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /note: no \*\.claims\.txt files in \./);
  assert.equal(r.stdout, '0 errors, 0 warnings, 0 infos in 0 files\n');
});

test('the samples check without crashing and in both formats agree', () => {
  const text = run(root, 'check', 'samples');
  const json = run(root, 'check', 'samples', '--format', 'json');
  assert.ok(text.status === 0 || text.status === 1, text.stderr);
  assert.equal(json.status, text.status);
  noStackTrace(text.stderr);
  const diagnostics = JSON.parse(json.stdout).diagnostics;
  assert.equal(text.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l)).length, diagnostics.length);
});

test('a reader that stops early (| head -1) ends the run quietly: no stack trace, the exit code kept', () => {
  const dir = workspace({ 'a.claims.txt': 'Officials said 4,000 homes were destroyed.\n'.repeat(20_000) });
  try {
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${join(root, 'dist', 'cli.js')}" check . | head -1`], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stdout, /^a\.claims\.txt:1:\d+ information untagged-figure/);
    assert.doesNotMatch(r.stderr, /EPIPE|at .*\.js:\d+/, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
