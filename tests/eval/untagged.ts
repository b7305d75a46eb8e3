// `npm run eval`: how well the untagged-figure detector does on the labelled corpus (dev and
// held-out, printed separately) and on the Recognizers-Text specs. Prints; never asserts
// (tests/core/untagged/eval.test.ts holds the thresholds). `--errors` lists dev errors;
// `--heldout-errors` lists held-out errors, for the record only (never tune on them).
import { loadSplit } from '../corpus/corpus';
import { scoreArticles, type Score } from './score';
import { scoreRecognizers } from './recognizers';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function print(name: string, s: Score): void {
  console.log(`${name.padEnd(9)} articles ${s.articles}  detections ${s.detections}  TP ${s.truePositives}  FP ${s.falsePositives}  gold F ${s.gold}  recalled ${s.recalled}  exact ${s.exact}`);
  console.log(`${''.padEnd(9)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  exact span ${pct(s.exactRate)}`);
}

const dev = scoreArticles(loadSplit('dev'));
const heldout = scoreArticles(loadSplit('heldout'));
console.log('Untagged figures: labelled corpus (tests/corpus), vague quantities off');
print('dev', dev);
print('held-out', heldout);
console.log('targets on held-out: precision >= 97%, recall >= 97%, exact span >= 85%');
if (process.argv.includes('--errors')) console.log(`\ndev errors:\n${dev.errors.join('\n')}`);
if (process.argv.includes('--heldout-errors')) console.log(`\nheld-out errors (record only):\n${heldout.errors.join('\n')}`);

console.log('\nRecognizers-Text English specs as span checks (results that fit the figure policy):');
for (const r of scoreRecognizers()) {
  console.log(`${r.model.padEnd(17)} kept ${r.kept}  found ${r.found} (${pct(r.kept ? r.found / r.kept : 1)})  exact span ${r.exact} (${pct(r.kept ? r.exact / r.kept : 1)})  dropped ${Object.values(r.dropped).reduce((a, b) => a + b, 0)}`);
  for (const [why, n] of Object.entries(r.dropped)) console.log(`    dropped ${n}: ${why}`);
  if (process.argv.includes('--errors')) for (const m of r.misses) console.log(`    miss ${m}`);
}
