// Exit codes and the team options of `check`: --fail-on, --max-warnings, --severity, --quiet,
// option errors (exit 2), a broken claimmark.yaml (clear note, rest still checked), and the
// progress line on a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { Progress } from '../../server/src/cli/progress';
import { cli, teamRepo } from './teams-helpers';

const codes = (stdout: string) => JSON.parse(stdout).diagnostics.map((d: { code: string; severity: string }) => `${d.severity} ${d.code}`);

test('--fail-on sets the threshold: the team fixture has 1 error, 3 warnings and 1 info', () => {
  const dir = teamRepo();
  assert.equal(cli(dir, ['check', 'articles']).status, 1);
  const noError = teamRepo();
  writeFileSync(join(noError, 'articles', 'fire.claims.txt'), '---\npublished: 2024-03-02\n---\nThe [fire service]{actor=fire-service} said [three]{fact=people-missing} people were missing.\n');
  assert.equal(cli(noError, ['check', 'articles']).status, 0, 'warnings alone pass by default');
  assert.equal(cli(noError, ['check', 'articles', '--fail-on', 'warning']).status, 1);
  assert.equal(cli(noError, ['check', 'articles', '--fail-on=error']).status, 0);
  const onlyInfo = cli(noError, ['check', 'articles', '--fail-on', 'warning', '--severity', 'conflicting-figure=information']);
  assert.equal(onlyInfo.status, 0);
  assert.equal(cli(noError, ['check', 'articles', '--fail-on', 'information', '--severity', 'conflicting-figure=information']).status, 1);
});

test('--max-warnings N fails when there are more than N warnings', () => {
  const dir = teamRepo();
  const ok = cli(dir, ['check', 'articles', '--max-warnings', '3', '--severity', 'bad-date=warning']);
  assert.equal(ok.status, 1, 'bad-date as a warning makes 4 warnings');
  assert.match(ok.stderr, /4 warning\(s\), more than --max-warnings 3/);
  assert.equal(cli(dir, ['check', 'articles', '--max-warnings', '4', '--severity', 'bad-date=warning']).status, 0);
  assert.equal(cli(dir, ['check', 'articles', '--max-warnings', '0', '--severity', 'bad-date=off,conflicting-figure=off,claim-without-actor=hint']).status, 0);
});

test('--severity overrides claimmark.yaml and the catalogue; off drops the code', () => {
  const dir = teamRepo();
  const r = cli(dir, ['check', 'articles', '--format', 'json', '--severity', 'untagged-figure=error', '--severity', 'conflicting-figure=off']);
  assert.equal(r.status, 1);
  assert.deepEqual(codes(r.stdout), ['warning claim-without-actor', 'error bad-date', 'error untagged-figure']);
});

test('--quiet prints only findings at or above the threshold and no notes', () => {
  const dir = teamRepo();
  const r = cli(dir, ['check', 'articles', '--quiet', '--format', 'json']);
  assert.equal(r.status, 1);
  assert.deepEqual(codes(r.stdout), ['error bad-date']);
  const text = cli(dir, ['check', '.', '-q']);
  assert.equal(text.stdout.trimEnd().split('\n').length, 2, text.stdout);
  assert.equal(text.stderr, '');
  const quietWarnings = cli(dir, ['check', 'articles', '-q', '--fail-on', 'warning', '--format', 'json']);
  assert.deepEqual(codes(quietWarnings.stdout), ['warning conflicting-figure', 'warning claim-without-actor', 'error bad-date', 'warning conflicting-figure']);
});

test('usage errors exit 2: bad values and options of every command', () => {
  const dir = teamRepo();
  const cases: [string[], RegExp][] = [
    [['check', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
    [['check', '--max-warnings', '-1'], /--max-warnings needs a whole number/],
    [['check', '--severity', 'no-such-code=error'], /unknown diagnostic code 'no-such-code'/],
    [['check', '--severity', 'bad-date=loud'], /unknown level 'loud' for bad-date/],
    [['check', '--severity', 'bad-date'], /takes CODE=LEVEL/],
    [['check', '--fail-on', 'fatal'], /unknown value 'fatal' for --fail-on/],
    [['check', '--format', 'xml'], /unknown value 'xml' for --format: use text, json, sarif, github/],
    [['check', '--quiet=yes'], /--quiet takes no value/],
    [['check', '--bom'], /unknown option '--bom' for 'claimmark check'/],
    [['export', '--format', 'sarif'], /use json, csv, claimreview/],
    [['export', '--baseline', 'b.json'], /unknown option '--baseline' for 'claimmark export'/],
    [['report', '--output'], /--output needs a value/],
    [['report', 'nowhere'], /nowhere: no such file or folder/],
    [['export', 'nowhere'], /nowhere: no such file or folder/],
  ];
  for (const [args, message] of cases) {
    const r = cli(dir, args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('parseArgs keeps the check shape and adds only the options given', () => {
  assert.deepEqual(parseArgs(['check']), { kind: 'check', paths: ['.'], format: 'text' });
  assert.deepEqual(parseArgs(['check', 'a', '--format=sarif', '--baseline', 'b.json', '--max-warnings=0', '-q']), { kind: 'check', paths: ['a'], format: 'sarif', baseline: 'b.json', maxWarnings: 0, quiet: true });
  assert.deepEqual(parseArgs(['check', '--severity', 'bad-date=off,unknown-fact=error']), { kind: 'check', paths: ['.'], format: 'text', severity: { 'bad-date': 'off', 'unknown-fact': 'error' } });
  assert.deepEqual(parseArgs(['export', '--format', 'csv', '--bom', '-o', 'x.csv']), { kind: 'export', paths: ['.'], format: 'csv', bom: true, output: 'x.csv' });
  assert.deepEqual(parseArgs(['report', 'samples', '--title', 'Kursk']), { kind: 'report', paths: ['samples'], title: 'Kursk' });
  assert.deepEqual(parseArgs(['report', '-h']), { kind: 'help' });
});

test('a broken claimmark.yaml: an error at its position, a note on stderr, and every article still checked', () => {
  const dir = teamRepo();
  writeFileSync(join(dir, 'articles', 'claimmark.yaml'), 'actors:\n  fire-service: {name: Fire\n  gazette:\n    name: Gazette\nfacts:\n  people-missing: {label: Missing, kind: level}\n');
  for (const format of ['json', 'sarif', 'github', 'text']) {
    const r = cli(dir, ['check', 'articles', '--format', format]);
    assert.equal(r.status, 1, format);
    assert.match(r.stderr, /claimmark: articles\/claimmark\.yaml:\d+:\d+: claimmark\.yaml is broken: .*; its valid entries are still used and every article is still checked/, format);
  }
  const out = JSON.parse(cli(dir, ['check', 'articles', '--format', 'json']).stdout).diagnostics as { file: string; code: string }[];
  assert.ok(out.some((d) => d.file === join('articles', 'claimmark.yaml') && d.code.startsWith('registry-')));
  assert.ok(out.some((d) => d.file === join('articles', 'gazette.claims.txt') && d.code === 'conflicting-figure'), 'articles are still checked, with the valid entries');
  assert.ok(!out.some((d) => d.code === 'unknown-fact' && d.file.endsWith('gazette.claims.txt')), 'people-missing, a valid entry, is still known');
});

test('the progress line: drawn on a terminal after its delay, erased at the end; silent otherwise', () => {
  let out = '';
  const p = new Progress((s) => void (out += s), true, 0);
  p.update('reading', 1, 10);
  p.update('reading', 2, 10); // within 100 ms of the last draw: skipped
  p.done();
  assert.equal(out, '\r\x1b[Kclaimmark: reading 1/10 files\r\x1b[K');
  let quiet = '';
  const off = new Progress((s) => void (quiet += s), false, 0);
  off.update('reading', 1, 10);
  off.done();
  assert.equal(quiet, '');
  const dir = teamRepo();
  assert.equal(cli(dir, ['check', 'articles'], true).stderr, '', 'a short run on a terminal draws nothing');
});
