// Pathological inputs parse in linear time. Nothing asserts a wall-clock limit: each input is
// parsed at size n and 8n, and the ratio of CPU times (best of several runs, so other
// processes on the machine matter little) must stay far below quadratic (64); linear is 8.
// Each timed run ends with a full GC, so a small input whose garbage would otherwise be
// collected after the clock stops is not unfairly cheap. A suspicious ratio is measured again
// before failing; a test timeout turns a runaway parse into a failure instead of a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import { PATHOLOGICAL } from './pathological';

const SMALL = 100_000;
const LIMIT = 24;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Best CPU time (user + system, ms) of parsing `text`, over `runs` runs. */
function cpuTime(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    const before = process.cpuUsage();
    parseArticleSyntax(text);
    gc();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function growth(make: (n: number) => string): number {
  const small = make(SMALL);
  const large = make(SMALL * 8);
  cpuTime(small, 3); // let the JIT settle
  return cpuTime(large, 2) / Math.max(cpuTime(small, 5), 1);
}

for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  test(`linear: ${name}`, { timeout: 120_000 }, () => {
    let ratio = growth(make);
    for (let retry = 0; retry < 2 && ratio >= LIMIT; retry++) ratio = Math.min(ratio, growth(make));
    if (process.env.SHOW_RATIOS) console.log(`${name}: ${ratio.toFixed(1)}`);
    assert.ok(ratio < LIMIT, `${name}: 8x the input took ${ratio.toFixed(1)}x the CPU time (linear ~8, quadratic ~64)`);
  });
}

test('the listed monsters finish: a 10 MB line, 1e6 `[`, 1e6 `{`, 3e5 `[a]{`', { timeout: 120_000 }, () => {
  const line = PATHOLOGICAL['one long prose line']!(10_000_000);
  const tree = parseArticleSyntax(line);
  assert.equal(tree.lines.length, 1);
  assert.ok(tree.spans.length > 100_000);
  assert.deepEqual(parseArticleSyntax('['.repeat(1_000_000)).errors, []);
  assert.deepEqual(parseArticleSyntax('{'.repeat(1_000_000)).errors, []);
  const unclosed = parseArticleSyntax('[a]{'.repeat(300_000)).errors;
  assert.equal(unclosed.length, 300_000);
  assert.ok(unclosed.every((e) => e.code === 'unclosed-attributes'));
});
