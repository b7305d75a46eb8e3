// docs/diagnostics.md is generated from the catalogue, so the two never drift apart.
// Refresh it with: UPDATE_DOCS=1 node --import tsx --test tests/tidy/diagnostics-doc.test.ts
// (that run rewrites a stale file and fails; the next one passes). tests/run.mjs drops UPDATE_DOCS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, CATALOG } from '../../server/src/core/diagnostics/catalog';

const file = join(__dirname, '..', '..', 'docs', 'diagnostics.md');

function render(): string {
  const areas = [...new Set(ALL_CODES.map((c) => CATALOG[c].area))];
  const lines = [
    '# Diagnostic codes',
    '',
    'Every diagnostic Claimmark reports has one of these codes. Codes are a contract: suppression',
    'comments, `claimmark.yaml` rules, editor settings, the CLI\'s JSON and SARIF output use them,',
    'so they are added, never renamed. The severity is the default; change it per workspace with',
    '`rules.severity` in `claimmark.yaml`, per user with the `claimmark.diagnostics.severity` setting.',
    '',
    '<!-- Generated from server/src/core/diagnostics/catalog.ts by tests/tidy/diagnostics-doc.test.ts. -->',
  ];
  for (const area of areas) {
    lines.push('', `## ${area}`, '', '| code | default | what it means |', '| --- | --- | --- |');
    for (const code of ALL_CODES.filter((c) => CATALOG[c].area === area)) {
      lines.push(`| \`${code}\` | ${CATALOG[code].severity} | ${CATALOG[code].summary.replace(/\|/g, '\\|')} |`);
    }
  }
  return lines.join('\n') + '\n';
}

test('docs/diagnostics.md lists every code of the catalogue', () => {
  const expected = render();
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  // Compared before anything is written: with UPDATE_DOCS=1 a stale file is rewritten and the
  // test still fails once, so a run never passes by regenerating what it checks.
  if (process.env.UPDATE_DOCS && current !== expected) writeFileSync(file, expected);
  const how = process.env.UPDATE_DOCS ? 'it has been rewritten: review it and run again' : 'run with UPDATE_DOCS=1';
  assert.ok(current !== undefined, `docs/diagnostics.md is missing: ${how}`);
  assert.equal(current, expected, `docs/diagnostics.md is stale: ${how}`);
});
