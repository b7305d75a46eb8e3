// Baselines: --update-baseline records every current problem, --baseline then fails only on
// new ones, known ones survive moved lines, fixed ones are noted as stale, and an unusable
// baseline file is a configuration error (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, teamRepo } from './teams-helpers';

const FIRE = join('articles', 'fire.claims.txt');

test('--update-baseline writes every problem, sorted, with file, code and message', () => {
  const dir = teamRepo();
  const r = cli(dir, ['check', 'articles', '--update-baseline', 'claimmark-baseline.json']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /wrote 5 known problem\(s\) to claimmark-baseline\.json/);
  const baseline = JSON.parse(readFileSync(join(dir, 'claimmark-baseline.json'), 'utf8'));
  assert.equal(baseline.version, 1);
  assert.equal(baseline.fingerprints, 'claimmark/v1');
  assert.deepEqual(baseline.entries.map((e: { file: string; code: string }) => `${e.file} ${e.code}`), [
    'articles/fire.claims.txt bad-date',
    'articles/fire.claims.txt claim-without-actor',
    'articles/fire.claims.txt conflicting-figure',
    'articles/gazette.claims.txt conflicting-figure',
    'articles/gazette.claims.txt untagged-figure',
  ]);
  for (const e of baseline.entries) assert.match(e.fingerprint, /^[0-9a-f]{32}$/);
  assert.equal(r.stdout, '0 errors, 0 warnings, 0 infos in 3 files\n', 'everything is now known');
});

test('with a baseline only new problems are reported and fail the check; moved lines stay known', () => {
  const dir = teamRepo();
  cli(dir, ['check', 'articles', '--update-baseline', 'b.json']);
  const clean = cli(dir, ['check', 'articles', '--baseline', 'b.json', '--format', 'json']);
  assert.equal(clean.status, 0);
  assert.deepEqual(JSON.parse(clean.stdout).diagnostics, []);
  assert.match(clean.stderr, /5 known problem\(s\) in the baseline not reported/);

  const text = readFileSync(join(dir, FIRE), 'utf8');
  writeFileSync(join(dir, FIRE), text.replace('---\nThe', "---\nAn editor's note.\n\nThe"));
  const moved = cli(dir, ['check', 'articles', '--baseline', 'b.json']);
  assert.equal(moved.status, 0, moved.stdout);
  assert.equal(moved.stdout, '0 errors, 0 warnings, 0 infos in 3 files\n');

  writeFileSync(join(dir, FIRE), readFileSync(join(dir, FIRE), 'utf8') + 'Later, [6]{fact=shelters-opened by=mayor asof=2024-02-30} shelters opened.\n');
  const r = cli(dir, ['check', 'articles', '--baseline', 'b.json', '--format', 'json']);
  assert.equal(r.status, 1);
  const found = JSON.parse(r.stdout).diagnostics.map((d: { code: string; range: { start: { line: number } } }) => `${d.code}@${d.range.start.line}`);
  assert.deepEqual(found, ['unknown-fact@12', 'bad-date@12'], 'only the new line is reported');
});

test('fixed problems are reported as stale baseline entries, not as failures', () => {
  const dir = teamRepo();
  cli(dir, ['check', 'articles', '--update-baseline', 'b.json']);
  const text = readFileSync(join(dir, FIRE), 'utf8');
  writeFileSync(join(dir, FIRE), text.replace('[5]{fact=homes-flooded asof=2024-13-01}', 'more'));
  const r = cli(dir, ['check', 'articles', '--baseline', 'b.json']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /3 known problem\(s\) in the baseline not reported; 2 baseline entries match nothing any more/);
});

test('an unusable baseline is a configuration error (exit 2) with a clear message', () => {
  const dir = teamRepo();
  mkdirSync(join(dir, 'folder.json'));
  writeFileSync(join(dir, 'broken.json'), '{"version": 1, "entries": [');
  writeFileSync(join(dir, 'other.json'), '{"some": "thing"}');
  writeFileSync(join(dir, 'old.json'), '{"version": 1, "fingerprints": "claimmark/v0", "entries": []}');
  const cases: [string, RegExp][] = [
    ['missing.json', /baseline missing\.json: no such file \(create it with --update-baseline\)/],
    ['folder.json', /baseline folder\.json: it is a folder/],
    ['broken.json', /baseline broken\.json: not valid JSON/],
    ['other.json', /not a claimmark baseline/],
    ['old.json', /written with fingerprints 'claimmark\/v0'.*--update-baseline/],
  ];
  for (const [file, message] of cases) {
    const r = cli(dir, ['check', 'articles', '--baseline', file]);
    assert.equal(r.status, 2, file);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  const unwritable = cli(dir, ['check', 'articles', '--update-baseline', join('no', 'such', 'dir', 'b.json')]);
  assert.equal(unwritable.status, 2);
  assert.match(unwritable.stderr, /cannot write baseline/);
});
