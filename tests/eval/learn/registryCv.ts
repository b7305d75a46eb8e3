// Decides whether the registry-fact scorer beats the rules, on DEV only: the error kinds and the
// ceiling of the candidates, then cross-validation by wave (five folds of whole consecutive dev
// waves: train on four, draft the fifth with the weights), out-of-fold against the rules on the
// same waves: registry facts reused, pairs precision and recall, conflicts.
// `node --import tsx tests/eval/learn/registryCv.ts` (about four minutes).
import { join } from 'node:path';
import { useRegistryWeights } from '../../../server/src/core/draft/learned/registryChoice';
import { loadSplit } from '../../corpus/corpus';
import { scoreDrafts, type DraftScore } from '../draftScore';
import { devSplit, DEV_WAVES, recordAll, type RegistryRecord } from './registryData';
import { fit, FIT_OPTIONS, named, predict, targetOf } from './registryTrain';

/** The out-of-fold figures of a group of waves. */
interface Tally { factGold: number; factRight: number; reuseGold: number; reuseRight: number; pairsGold: number; pairsPredicted: number; pairsBoth: number; conflicts: number; unsupported: number; picked: number; pickedRight: number }

const empty = (): Tally => ({ factGold: 0, factRight: 0, reuseGold: 0, reuseRight: 0, pairsGold: 0, pairsPredicted: 0, pairsBoth: 0, conflicts: 0, unsupported: 0, picked: 0, pickedRight: 0 });

function add(t: Tally, s: DraftScore): void {
  const factErrors = s.errors.filter((e) => / registry fact of /.test(e)).length;
  t.reuseGold += s.registryGold;
  t.reuseRight += s.registryRight;
  t.factRight -= factErrors; // (completed with the fact labels' count from the records)
  t.pairsGold += s.pairsGold;
  t.pairsPredicted += s.pairsPredicted;
  t.pairsBoth += s.pairsBoth;
  t.conflicts += s.conflicts;
  t.unsupported += s.unsupportedConflicts;
}

function draftWaves(waves: readonly number[], weights: Record<string, number> | undefined, t: Tally): void {
  const before = useRegistryWeights(weights);
  try {
    for (const n of waves) add(t, scoreDrafts(loadSplit(devSplit(n)), join(__dirname, '../../corpus', devSplit(n))));
  } finally {
    useRegistryWeights(before);
  }
}

const pct = (a: number, b: number) => `${b === 0 ? '-' : ((100 * a) / b).toFixed(1)}% (${a}/${b})`;

function line(name: string, t: Tally): string {
  return `${name}: registry facts reused ${pct(t.factRight, t.factGold)}; facts and actors reused ${pct(t.reuseRight, t.reuseGold)}; pairs P ${pct(t.pairsBoth, t.pairsPredicted)}, R ${pct(t.pairsBoth, t.pairsGold)}; conflicts ${t.conflicts} (unsupported ${t.unsupported}); choice right ${pct(t.pickedRight, t.picked)}`;
}

/** The error kinds of the rules' registry facts on dev, and the ceiling of the candidates. */
function kinds(all: readonly RegistryRecord[]): void {
  const reg = all.filter((r) => r.goldInRegistry);
  const wrong = reg.filter((r) => r.final !== r.gold);
  const notConsidered = wrong.filter((r) => !r.rules.includes(r.gold));
  console.log(`dev figures labelled with a registry fact: ${reg.length}, the rules' drafts right ${reg.length - wrong.length}`);
  console.log(`  (a) gold fact not among the rules' fits: ${notConsidered.length} (among the wider candidates: ${notConsidered.filter((r) => r.ids.includes(r.gold)).length})`);
  console.log(`  (b) among the rules' fits, ranked below another: ${wrong.filter((r) => r.rules.includes(r.gold) && r.rules[0] !== r.gold).length}`);
  console.log(`  (c) gold a new fact, drafted a registry fact: ${all.filter((r) => !r.goldInRegistry && r.final !== r.gold && r.rules.includes(r.final)).length} of ${all.filter((r) => !r.goldInRegistry).length}`);
  console.log(`  (d) the rules' first fit right, regrouped away later: ${wrong.filter((r) => r.rules[0] === r.gold).length}`);
  console.log(`  ceiling: gold among the rules' fits ${reg.filter((r) => r.rules.includes(r.gold)).length}, among the wider candidates ${reg.filter((r) => r.ids.includes(r.gold)).length}; candidates per figure ${(all.reduce((s, r) => s + r.ids.length, 0) / all.length).toFixed(1)}`);
}

if (require.main === module) {
  const records = recordAll();
  const gold = process.argv.find((a) => a.startsWith('--gold-weight='));
  const bias = process.argv.find((a) => a.startsWith('--rule-bias='));
  const options = { ...FIT_OPTIONS, ...(gold && { goldWeight: Number(gold.slice('--gold-weight='.length)) }), ...(bias && { ruleBias: Number(bias.slice('--rule-bias='.length)) }) };
  console.log(`fit: ${JSON.stringify(options)}`);
  kinds(records);
  const folds = 5;
  const size = Math.ceil(DEV_WAVES.length / folds);
  const groups = Array.from({ length: folds }, (_, k) => DEV_WAVES.slice(k * size, (k + 1) * size));
  const total = { model: empty(), rules: empty() };
  for (const waves of groups) {
    const inFold = new Set(waves);
    const { weights, loss } = fit(records.filter((r) => !inFold.has(r.wave)), options);
    const test = records.filter((r) => inFold.has(r.wave));
    const model = empty();
    const rules = empty();
    for (const t of [model, rules]) {
      const gold = test.filter((r) => r.goldInRegistry).length;
      t.factGold += gold;
      t.factRight += gold;
    }
    // the choice alone, figure by figure (before grouping): the scorer's pick and the rules' first fit against the gold
    for (const r of test.filter((x) => targetOf(x) >= 0 && x.registrySize > 0)) {
      const want = r.goldInRegistry ? r.gold : '';
      for (const [t, got] of [[model, predict(r, weights)], [rules, r.rules[0] ?? '']] as const) { t.picked++; if (got === want) t.pickedRight++; }
    }
    draftWaves(waves, named(weights), model);
    draftWaves(waves, undefined, rules);
    console.log(`waves ${waves[0]}-${waves[waves.length - 1]} (trained on the other waves, loss ${loss.toFixed(3)})`);
    console.log(`  ${line('scorer', model)}`);
    console.log(`  ${line('rules ', rules)}`);
    for (const key of Object.keys(model) as (keyof Tally)[]) { total.model[key] += model[key]; total.rules[key] += rules[key]; }
  }
  console.log('all dev waves, out of fold');
  console.log(`  ${line('scorer', total.model)}`);
  console.log(`  ${line('rules ', total.rules)}`);
}
