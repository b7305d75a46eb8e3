// Pathological files: huge lines and files full of figures, brackets, spans, sentences or
// lines, each diagnosed through the real Workspace within a time limit far above what linear
// work needs (the limits only catch quadratic blow-ups: these took 10 to 60 s before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { checkDiagnostics } from './invariants';

const SIZE = 100_000;
const LIMIT_MS = 15_000;

/** name -> a text of about SIZE characters. */
const CASES: Record<string, string> = {
  'one line of comma figures': '1,'.repeat(SIZE / 2),
  'one line of measures': '3 km '.repeat(SIZE / 5),
  'one line of money': '$3bn '.repeat(SIZE / 5),
  'one line of number words': 'one two three thousand million '.repeat(SIZE / 31),
  'one line of ranges': '1 to '.repeat(SIZE / 5),
  'one line of sentences': 'He said 3. '.repeat(SIZE / 11),
  'one line of mentions and figures': '[A]{actor=a} said 3 '.repeat(SIZE / 20),
  'one line of claims': '[3]{fact=f} '.repeat(SIZE / 12),
  'one line of open spans': '[x]{'.repeat(SIZE / 4),
  'one line of brackets': '['.repeat(SIZE),
  'many lines without a full stop': '3\n'.repeat(SIZE / 2),
  'many CR lines': '3\r'.repeat(SIZE / 2),
  'unclosed front matter': `---\n${'a: 1\n'.repeat(SIZE / 5)}`,
  'one long digit run': '9'.repeat(SIZE),
  'many suppressed lines': `${'{% claimmark-disable-line untagged-figure %} 3\n'.repeat(SIZE / 47)}4 people`,
};

for (const [name, text] of Object.entries(CASES)) {
  test(`pathological: ${name}`, () => {
    const uri = 'file:///ws/p.claims.txt';
    const started = performance.now();
    const ws = new Workspace();
    ws.setArticle(uri, text);
    const diags = ws.diagnostics(uri, { vagueQuantities: true });
    const ms = performance.now() - started;
    assert.deepEqual(checkDiagnostics(uri, diags, new Map([[uri, text]])).slice(0, 3), []);
    assert.ok(ms < LIMIT_MS, `${ms.toFixed(0)} ms for ${text.length} characters`);
  });
}
