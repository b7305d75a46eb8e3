// Every diagnostic code is documented where users look, and every markup, front-matter and claim
// error has a sample that raises it and nothing else. Code lists come from the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, CATALOG, isDiagnosticCode, type DiagnosticCode } from '../../server/src/core/diagnostics/catalog';
import { Workspace } from '../../server/src/core/workspace/workspace';

const root = join(__dirname, '..', '..');
/** The hand-written docs: docs/diagnostics.md is generated from the catalogue, so it proves nothing here. */
const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md') && f !== 'diagnostics.md')
  .map((f) => readFileSync(join(root, 'docs', f), 'utf8')).join('\n');

/** Codes that name ids the registry lacks: the samples use samples/claimmark.yaml's ids, so none is shown by one. */
const REGISTRY_LOOKUPS: DiagnosticCode[] = ['unknown-actor', 'unknown-fact', 'unknown-source'];
/** The codes with a file in samples/errors/: every markup, front-matter and claim code but the registry look-ups. */
const SAMPLED = ALL_CODES.filter((c) => ['markup', 'front-matter', 'claim'].includes(CATALOG[c].area) && !REGISTRY_LOOKUPS.includes(c));

test('every diagnostic code is kebab-case and has a summary', () => {
  for (const code of ALL_CODES) {
    assert.match(code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(CATALOG[code].summary.length > 10, code);
  }
  for (const code of REGISTRY_LOOKUPS) assert.equal(CATALOG[code].area, 'claim', code);
});

test('every diagnostic code is explained in the hand-written docs (not only the generated table)', () => {
  const missing = ALL_CODES.filter((c) => !docs.includes('`' + c + '`'));
  assert.deepEqual(missing, []);
});

test('samples/errors/ holds one file per markup, front-matter and claim code, and no other', () => {
  const dir = join(root, 'samples', 'errors');
  assert.ok(existsSync(dir), 'samples/errors/ is missing');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)).sort();
  assert.deepEqual(files, [...SAMPLED].sort());
});

test('each file of samples/errors/ raises exactly its code, once, checked alone with the samples registry', () => {
  const dir = join(root, 'samples', 'errors');
  const registry = readFileSync(join(root, 'samples', 'claimmark.yaml'), 'utf8');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const code = file.slice(0, -'.txt'.length);
    assert.ok(isDiagnosticCode(code), `${file} is not named by a code`);
    const ws = new Workspace();
    ws.setRegistry('file:///w/claimmark.yaml', registry);
    const uri = `file:///w/errors/${file}`;
    ws.setArticle(uri, readFileSync(join(dir, file), 'utf8'));
    assert.deepEqual(ws.diagnostics(uri).map((d) => d.code), [code], file);
  }
});
