// `check --format sarif` and `--format github`: the SARIF log validates against the official
// 2.1.0 schema (tests/fixtures/cli), every catalogue code is a rule, fingerprints survive line
// moves and change with the claim; GitHub workflow commands are escaped.
// Needs the devDependencies ajv-draft-04 and ajv-formats (the schema is draft-04).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, CATALOG } from '../../server/src/core/api';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { cli, FIXTURES, teamRepo } from './teams-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AjvDraft04 = require('ajv-draft-04');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const addFormats = require('ajv-formats');

function validator(): (data: unknown) => boolean & { errors?: unknown } {
  const Ajv = AjvDraft04.default ?? AjvDraft04;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats.default ?? addFormats)(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')));
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endColumn: number } } }[];
  relatedLocations?: unknown[];
  partialFingerprints: Record<string, string>;
}

function sarif(cwd: string, ...paths: string[]) {
  const r = cli(cwd, ['check', ...paths, '--format', 'sarif']);
  return { status: r.status, log: JSON.parse(r.stdout), stderr: r.stderr };
}

test('the SARIF log is valid SARIF 2.1.0 with a rule for every catalogue code', () => {
  const dir = teamRepo();
  const { status, log } = sarif(dir, 'articles');
  assert.equal(status, 1);
  const validate = validator();
  const ok = validate(log);
  assert.ok(ok, JSON.stringify((validate as unknown as { errors: unknown }).errors, null, 2));
  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.equal(run.tool.driver.name, 'claimmark');
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ALL_CODES);
  for (const rule of run.tool.driver.rules) {
    const info = CATALOG[rule.id as keyof typeof CATALOG];
    assert.equal(rule.shortDescription.text, info.summary.replace(/`/g, ''));
    assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' }[info.severity]);
  }
  const results: SarifResult[] = run.results;
  assert.deepEqual(results.map((r) => r.ruleId), ['conflicting-figure', 'claim-without-actor', 'bad-date', 'conflicting-figure', 'untagged-figure']);
  for (const r of results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  assert.deepEqual(results.map((r) => r.level), ['warning', 'warning', 'error', 'warning', 'note']);
  const first = results[0]!.locations[0]!.physicalLocation;
  assert.deepEqual(first.artifactLocation, { uri: 'articles/fire.claims.txt', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(first.region, { startLine: 8, startColumn: 46, endLine: 8, endColumn: 51 });
  assert.equal(results[0]!.relatedLocations?.length, 1);
  assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
});

test('paths are relative to the repository root, whatever the current folder', () => {
  const dir = teamRepo();
  const fromRoot = sarif(dir, 'articles').log.runs[0].results as SarifResult[];
  const fromInside = sarif(join(dir, 'articles'), '.').log.runs[0].results as SarifResult[];
  assert.deepEqual(fromInside.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri), fromRoot.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
  assert.deepEqual(fromInside.map((r) => r.partialFingerprints), fromRoot.map((r) => r.partialFingerprints));
});

test('fingerprints survive moved lines and change when the claim changes', () => {
  const dir = teamRepo();
  const file = join(dir, 'articles', 'fire.claims.txt');
  const before = sarif(dir, 'articles').log.runs[0].results as SarifResult[];
  const fps = (rs: SarifResult[]) => rs.map((r) => Object.values(r.partialFingerprints)[0]);
  assert.equal(new Set(fps(before)).size, before.length, 'every result has its own fingerprint');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('---\nThe', '---\nA new first paragraph, 2024.\n\nThe'));
  const moved = sarif(dir, 'articles').log.runs[0].results as SarifResult[];
  const lineOf = (rs: SarifResult[], code: string) => rs.find((r) => r.ruleId === code)!.locations[0]!.physicalLocation.region.startLine;
  assert.equal(lineOf(moved, 'bad-date'), lineOf(before, 'bad-date') + 2);
  const kept = fps(before);
  for (const fp of kept) assert.ok(fps(moved).includes(fp), 'a moved result keeps its fingerprint');
  writeFileSync(file, text.replace('[three]{fact=people-missing}', '[four]{fact=people-missing}'));
  const edited = fps(sarif(dir, 'articles').log.runs[0].results);
  assert.ok(!edited.includes(kept[0]!), 'a changed figure is a new result');
});

test('unreadable files become tool notifications and the log stays valid', () => {
  const dir = teamRepo();
  writeFileSync(join(dir, 'articles', 'scan.claims.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  const { status, log } = sarif(dir, 'articles');
  assert.equal(status, 1);
  const validate = validator();
  assert.ok(validate(log));
  const notes = log.runs[0].invocations[0].toolExecutionNotifications;
  assert.equal(notes.length, 1);
  assert.match(notes[0].message.text, /scan\.claims\.txt: skipped: binary file/);
});

test('--format github prints one escaped workflow command per diagnostic', () => {
  const dir = teamRepo();
  const r = cli(dir, ['check', 'articles', '--format', 'github']);
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 6);
  assert.equal(lines[2], `::error file=articles/fire.claims.txt,line=10,col=50,endLine=10,endColumn=60,title=claimmark bad-date::asof='2024-13-01' is not a date: write YYYY-MM-DD, YYYY-MM, YYYY or a range A..B`);
  assert.match(lines[0]!, /^::warning file=articles\/fire\.claims\.txt,line=8,col=46,.*::'three' .*%0Asee articles\/gazette\.claims\.txt:7:39 /);
  assert.match(lines[4]!, /^::notice /);
  assert.equal(escapeData('100% sure\r\nnext'), '100%25 sure%0D%0Anext');
  assert.equal(escapeProperty('a,b:c%'), 'a%2Cb%3Ac%25');
});
