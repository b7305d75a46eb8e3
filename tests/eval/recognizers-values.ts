// Prints how many Recognizers-Text spec results readFigure reads to the spec's value, per spec
// file (kept, passed, %); `--verbose` lists the failures. Never asserts: the thresholds are in
// tests/core/figures/recognizers.test.ts. Run: node --import tsx tests/eval/recognizers-values.ts
import { scoreSpecs } from '../core/figures/recognizersCheck';

const verbose = process.argv.includes('--verbose');
console.log('readFigure on Recognizers-Text English specs (filtered: tests/fixtures/recognizers-text)');
for (const s of scoreSpecs()) {
  console.log(`${s.file.padEnd(17)} kept ${String(s.kept).padStart(4)}  passed ${String(s.passed).padStart(4)}  ${(100 * s.passed / Math.max(1, s.kept)).toFixed(1)}%`);
  if (verbose) for (const f of s.failures) console.log(`    ${f}`);
}
