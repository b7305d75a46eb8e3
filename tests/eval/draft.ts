// `npm run eval` (part): how well drafting (claimmark annotate) does on the labelled corpus,
// dev and held-out printed separately. Prints; never asserts. `--draft-errors` lists dev
// errors; `--draft-heldout-errors` lists held-out ones, for the record only (never tune on them).
import { join } from 'node:path';
import { loadSplit } from '../corpus/corpus';
import { scoreDrafts, type DraftScore } from './draftScore';
import { printSeedComparison } from './seeds';

const pct = (a: number, b: number) => `${b === 0 ? '-' : ((100 * a) / b).toFixed(1)}% (${a}/${b})`;

function print(name: string, s: DraftScore): void {
  console.log(`${name}:`);
  console.log(`  figures drafted as claims ${pct(s.drafted, s.figures)}; untagged figures found that became claims ${pct(s.untaggedDrafted, s.untaggedFound)}`);
  console.log(`  actor right ${pct(s.actorRight, s.actorGold)}; own-voice figures left without an actor ${pct(s.ownRight, s.ownGold)}`);
  console.log(`  as-of right ${pct(s.asofRight, s.asofGold)}`);
  console.log(`  same-fact pairs precision ${pct(s.pairsBoth, s.pairsPredicted)}, recall ${pct(s.pairsBoth, s.pairsGold)}`);
  console.log(`  registry facts and actors reused ${pct(s.registryRight, s.registryGold)}`);
  console.log(`  conflict diagnostics after drafting ${s.conflicts}, of which the labels do not support ${s.unsupportedConflicts}`);
}

console.log('Drafting (claimmark annotate) on the labelled corpus, each split drafted as one workspace with its claimmark.yaml');
const dev = scoreDrafts(loadSplit('dev'), join(__dirname, '../corpus/dev'));
const heldout = scoreDrafts(loadSplit('heldout'), join(__dirname, '../corpus/heldout'));
print('dev', dev);
print('held-out', heldout);
console.log('targets on held-out: actor >= 90%, as-of >= 90%, pairs precision >= 95% and recall >= 85%, registry reuse >= 90%, no unsupported conflict');
if (process.argv.includes('--draft-errors')) console.log(`\ndev errors:\n${dev.errors.join('\n')}`);
if (process.argv.includes('--draft-heldout-errors')) console.log(`\nheld-out errors (record only):\n${heldout.errors.join('\n')}`);
printSeedComparison();
