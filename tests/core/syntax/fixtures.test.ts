// Runs every fixture of tests/fixtures/syntax/ through check() (see check.ts for the format),
// and checks that together they cover every code the parser can report (found in the catalogue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, readFixture } from './check';
import { ALL_CODES } from '../../../server/src/core/diagnostics/catalog';

const dir = join(__dirname, '..', '..', 'fixtures', 'syntax');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

for (const file of files) {
  test(`fixture ${file}`, () => {
    check(readFileSync(join(dir, file), 'utf8'));
  });
}

/** The codes the parser can report: every catalogue code its sources (server/src/core/syntax/) name. */
function parserCodes(): string[] {
  const src = join(__dirname, '..', '..', '..', 'server', 'src', 'core', 'syntax');
  const text = readdirSync(src).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
  return ALL_CODES.filter((c) => text.includes(`'${c}'`));
}

test('the fixtures mark every code the parser reports', () => {
  const codes = parserCodes();
  assert.ok(codes.length >= 12, `only ${codes.length} parser codes found: ${codes.join(' ')}`);
  const marked = new Set(files.flatMap((f) => readFixture(readFileSync(join(dir, f), 'utf8')).marks.map((m) => m.label)));
  assert.deepEqual(codes.filter((c) => !marked.has(c)), []);
});
