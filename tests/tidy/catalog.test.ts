// Every diagnostic code is documented, so users can look up what they see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, CATALOG } from '../../server/src/core/diagnostics/catalog';

const root = join(__dirname, '..', '..');
const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'docs', f), 'utf8')).join('\n');

test('every diagnostic code is kebab-case and has a summary', () => {
  for (const code of ALL_CODES) {
    assert.match(code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(CATALOG[code].summary.length > 10, code);
  }
});

test('every diagnostic code is documented in docs/', () => {
  const missing = ALL_CODES.filter((c) => !docs.includes('`' + c + '`'));
  assert.deepEqual(missing, []);
});

test('every markup, front-matter and claim error code has an error sample', () => {
  const dir = join(root, 'samples', 'errors');
  if (!existsSync(dir)) assert.fail('samples/errors/ is missing');
  const files = readdirSync(dir);
  const wanted = ALL_CODES.filter((c) => ['markup', 'front-matter'].includes(CATALOG[c].area) || ['claim-without-fact', 'unreadable-figure', 'bad-date', 'bad-value', 'claim-without-actor', 'bad-id'].includes(c));
  const missing = wanted.filter((c) => !files.includes(`${c}.txt`));
  assert.deepEqual(missing, []);
});
