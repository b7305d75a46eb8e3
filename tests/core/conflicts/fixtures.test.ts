// Runs every case of tests/fixtures/conflicts/*.json through a fresh ConflictChecker.
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCase, type FixtureCase } from './helpers';

const dir = join(__dirname, '..', '..', 'fixtures', 'conflicts');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureCase[];
  for (const c of cases) test(`${file}: ${c.name}`, () => checkCase(c));
}
