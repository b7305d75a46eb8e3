// The bundled CLI under abuse, each run bounded in time: special files named on the command
// line (a FIFO, /dev/zero, /dev/urandom) are refused at once; a full disk is one line and exit 2
// in every command and format; an unreadable folder is said, exit 1; ClaimReview JSON-LD cannot
// close a <script>; one 100,000-line article with 10,000 claims on 50 facts exports in seconds.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, openSync, closeSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root, workspace, CLEAN } from './helpers';

const cli = join(root, 'dist', 'cli.js');
const LIMIT = { timeout: 60_000 };
const made: string[] = [];
after(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

/** Runs the CLI with a time limit; `stdout` may name a file to write to (/dev/full). */
function run(cwd: string, args: string[], opts: { timeoutMs?: number; stdout?: string; uid?: number } = {}) {
  ensureBuilt();
  const fd = opts.stdout ? openSync(opts.stdout, 'w') : undefined;
  try {
    const r = spawnSync(process.execPath, [cli, ...args], {
      cwd, encoding: 'utf8', timeout: opts.timeoutMs ?? 20_000, maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', fd ?? 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '' },
      ...(opts.uid !== undefined && { uid: opts.uid, gid: opts.uid }),
    });
    return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function ws(files: Record<string, string>): string {
  const dir = workspace(files);
  made.push(dir);
  return dir;
}

test('a FIFO, /dev/zero and /dev/urandom named on the command line are refused at once (exit 1)', LIMIT, () => {
  const dir = ws({ 'a.claims.txt': CLEAN });
  assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.claims.txt')]).status, 0);
  for (const special of ['pipe.claims.txt', '/dev/zero', '/dev/urandom']) {
    for (const command of [['check'], ['export', '--format', 'json'], ['report', '--output', '-']]) {
      const r = run(dir, [...command, 'a.claims.txt', special], { timeoutMs: 10_000 });
      assert.equal(r.signal, null, `${command[0]} ${special}: still running after 10 s`);
      assert.equal(r.status, 1, `${command[0]} ${special}: ${r.stderr}`);
      assert.match(r.stderr, /not a regular file/);
    }
  }
});

test('a full disk (> /dev/full) is one line on stderr and exit 2, in every command and format', LIMIT, () => {
  const dir = ws({ 'a.claims.txt': CLEAN + 'About 4,500 homes were lost.\n' });
  const commands = [
    ...['text', 'json', 'sarif', 'github'].map((f) => ['check', '.', '--format', f]),
    ...['json', 'csv', 'claimreview'].map((f) => ['export', '.', '--format', f]),
    ['report', '.', '--output', '-'],
  ];
  for (const args of commands) {
    const r = run(dir, args, { stdout: '/dev/full' });
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.deepEqual(r.stderr.trim().split('\n').filter((l) => /cannot write/.test(l)), ['claimmark: cannot write the output: no space left on device (ENOSPC)'], args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at |Error: ENOSPC/, `${args.join(' ')}: a stack trace`);
  }
});

test('an unreadable folder is said and fails the run (exit 1), named or found', LIMIT, () => {
  const dir = ws({ 'a.claims.txt': CLEAN, 'locked/b.claims.txt': CLEAN });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'locked'), 0o000);
  // root reads any folder: run as nobody then
  const uid = process.getuid?.() === 0 ? 65534 : undefined;
  try {
    for (const args of [['check', '.'], ['check', 'locked'], ['export', '.'], ['report', '.', '--output', '-']]) {
      const r = run(dir, args, { uid });
      assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /locked: folder cannot be read: permission denied/, args.join(' '));
      assert.doesNotMatch(r.stderr, /no \*\.claims\.txt files/);
    }
  } finally {
    chmodSync(join(dir, 'locked'), 0o755);
  }
});

test('export --format claimreview writes < as \\u003c: no quoted text closes a <script> block', LIMIT, () => {
  const quote = '</script><script>alert(1)</script>';
  const dir = ws({ 'a.claims.txt': `The [council]{actor=council} said [twelve]{fact=homes quote="${quote}"} homes flooded. </script>\n` });
  const r = run(dir, ['export', '.', '--format', 'claimreview']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stdout.includes('<'), r.stdout);
  assert.ok(r.stdout.includes('\\u003c/script>'));
  const parsed = JSON.parse(r.stdout);
  assert.equal(parsed['@graph'][0].itemReviewed.text, quote, 'the same JSON once parsed');
});

test('one 100,000-line article with 10,000 claims on 50 facts: check, export and report each finish within the limit', LIMIT, () => {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(i % 10 === 0 ? `Officials said [${((i / 10) % 97) + 1}]{fact=f${(i / 10) % 50} by=a${(i / 10) % 7}} people died.` : 'Plain line of text without figures here.');
  const dir = ws({});
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'big.claims.txt'), lines.join('\n') + '\n');
  for (const args of [['check', 'big', '--format', 'json'], ['export', 'big', '--format', 'csv'], ['export', 'big', '--format', 'claimreview'], ['report', 'big', '--output', 'r.html']]) {
    const r = run(dir, args, { timeoutMs: 25_000 });
    assert.equal(r.signal, null, `${args.join(' ')}: did not finish in 25 s`);
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.status} ${r.stderr}`);
  }
});

test('a claimmark.yaml of 2,000 nested aliases (an alias bomb of maps) is read in bounded time', LIMIT, () => {
  const lines = ['facts:', '  f0: &f0 {label: zero}'];
  for (let i = 1; i < 2000; i++) lines.push(`  f${i}: &f${i} {parts: [*f${i - 1}, *f${i - 1}]}`);
  const dir = ws({ 'claimmark.yaml': lines.join('\n') + '\n', 'a.claims.txt': 'Officials said [12]{fact=f1999} people died.\n' });
  const r = run(dir, ['check', '.', '--format', 'json'], { timeoutMs: 20_000 });
  assert.equal(r.signal, null, 'did not finish in 20 s');
  const report = JSON.parse(r.stdout);
  assert.ok(report.diagnostics.some((d: any) => d.file === 'claimmark.yaml' && d.code === 'registry-invalid'), 'the aliased parts are reported');
  assert.ok(!report.diagnostics.some((d: any) => d.code === 'unknown-fact'), 'every fact is still defined');
});
