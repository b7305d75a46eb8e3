// Runs every fixture of tests/fixtures/syntax/ through check() (see check.ts for the format),
// and checks that together they cover every code the parser can report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, readFixture } from './check';

const dir = join(__dirname, '..', '..', 'fixtures', 'syntax');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

for (const file of files) {
  test(`fixture ${file}`, () => {
    check(readFileSync(join(dir, file), 'utf8'));
  });
}

test('the fixtures mark every code the parser reports', () => {
  const parserCodes = [
    'unclosed-bracket', 'unclosed-attributes', 'bad-attribute', 'unknown-attribute', 'duplicate-attribute',
    'conflicting-roles', 'claim-without-fact', 'span-without-role', 'empty-span', 'bad-id', 'bad-suppression',
    'front-matter-unclosed',
  ];
  const marked = new Set(files.flatMap((f) => readFixture(readFileSync(join(dir, f), 'utf8')).marks.map((m) => m.label)));
  assert.deepEqual(parserCodes.filter((c) => !marked.has(c)), []);
});
