// `claimmark check --jobs N` (worker threads) prints exactly what the one-thread check prints,
// in every format, with baselines, broken registries and unreadable files: the bundled CLI
// is run both ways on the samples, every error sample, and generated articles that conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root, run, workspace } from './helpers';

ensureBuilt();

/** Articles that report a few facts with disagreeing figures, so conflicts cross shards. */
function generated(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const figure = i % 7 === 0 ? `${3000 + i * 10}` : `about ${1000 + (i % 3) * 5}`;
    out[`gen/batch-${i % 4}/a${i}.claims.txt`] =
      `---\npublished: 2024-01-05\n---\n` +
      `The [ministry]{actor=kursk-mod} said [${figure}]{fact=gen-fact-${i % 5}} people were evacuated.` +
      (i % 4 === 1 ? ` Roads were closed for ${2 + (i % 9)} days.\n` : '\n') +
      (i % 6 === 0 ? `A second report put it at [${figure}]{fact=gen-fact-${(i + 1) % 5} asof=2024-02-0${1 + (i % 8)}} {% claimmark-disable-line untagged-figure %} 44 more.\n` : '');
  }
  return out;
}

function files(): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = { 'claimmark.yaml': readFileSync(join(root, 'samples', 'claimmark.yaml'), 'utf8') };
  for (const dir of ['samples', 'samples/constructs']) {
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.claims.txt'))) out[`${dir}/${f}`] = readFileSync(join(root, dir, f), 'utf8');
  }
  for (const f of readdirSync(join(root, 'samples', 'errors')).filter((f) => f.endsWith('.txt'))) out[`errors/${f.replace(/\.txt$/, '.claims.txt')}`] = readFileSync(join(root, 'samples', 'errors', f), 'utf8');
  out['errors/binary.claims.txt'] = Buffer.from([0x2d, 0x00, 0x01]);
  out['crlf/windows.claims.txt'] = readFileSync(join(root, 'samples', 'constructs', 'conflicts.claims.txt'), 'utf8').replace(/\n/g, '\r\n');
  return { ...out, ...generated(60) };
}

function both(cwd: string, ...args: string[]): void {
  const one = run(cwd, 'check', ...args, '--jobs', '1');
  for (const jobs of ['2', '3']) {
    const many = run(cwd, 'check', ...args, '--jobs', jobs);
    assert.equal(many.stdout, one.stdout, `stdout of --jobs ${jobs} ${args.join(' ')}`);
    assert.equal(many.stderr, one.stderr, `stderr of --jobs ${jobs} ${args.join(' ')}`);
    assert.equal(many.status, one.status, `exit code of --jobs ${jobs} ${args.join(' ')}`);
  }
}

test('every format is the same on worker threads as on one thread', () => {
  const dir = workspace(files());
  try {
    const text = run(dir, 'check', '--jobs', '1');
    assert.match(text.stdout, /conflicting-figure/, 'the workspace has conflicts');
    assert.match(text.stdout, /see gen\/batch-\d\/a\d+\.claims\.txt:4:/, 'related places point into other articles');
    assert.match(text.stderr, /binary\.claims\.txt: skipped: binary file/);
    for (const format of ['text', 'json', 'sarif', 'github']) both(dir, '--format', format);
    both(dir, '--severity', 'untagged-figure=off', '--fail-on', 'warning');
    both(dir, '--quiet');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('baselines written on one thread match on worker threads', () => {
  const dir = workspace(files());
  try {
    const wrote = run(dir, 'check', '--update-baseline', 'base.json', '--jobs', '1');
    assert.match(wrote.stderr, /wrote \d+ known problem/);
    const threaded = run(dir, 'check', '--update-baseline', 'base2.json', '--jobs', '3');
    assert.equal(readFileSync(join(dir, 'base2.json'), 'utf8'), readFileSync(join(dir, 'base.json'), 'utf8'));
    assert.equal(threaded.stderr.replace('base2.json', 'base.json'), wrote.stderr);
    rmSync(join(dir, 'base2.json'));
    writeFileSync(join(dir, 'gen', 'new.claims.txt'), 'Officials said 4,000 homes were destroyed.\n');
    both(dir, '--baseline', 'base.json');
    const only = run(dir, 'check', '--baseline', 'base.json', '--jobs', '2');
    assert.match(only.stdout, /new\.claims\.txt:1:\d+ information untagged-figure/);
    assert.doesNotMatch(only.stdout, /gen\/batch/, 'known problems stay quiet');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a broken claimmark.yaml reads the same on worker threads', () => {
  const broken = join(root, 'samples', 'errors', 'broken-registry');
  const dir = workspace({ ...generated(12), 'claimmark.yaml': readFileSync(join(broken, 'claimmark.yaml'), 'utf8') });
  try {
    const one = run(dir, 'check', '--jobs', '1');
    assert.match(one.stderr, /claimmark\.yaml is broken/);
    both(dir, '--format', 'json');
    both(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs takes a whole number', () => {
  const dir = workspace(generated(2));
  try {
    const r = run(dir, 'check', '--jobs', 'many');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs needs a whole number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
