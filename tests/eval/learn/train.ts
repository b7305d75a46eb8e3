// Trains and measures the learned choice of who states each figure (server/src/core/draft/learned/),
// on the DEV waves only (never a held-out folder):
//   node --import tsx tests/eval/learn/train.ts [--folds 5] [--l2 0.01] [--write]
// 1. drafts every dev wave with the rules' pick, recording each labelled figure's candidates;
// 2. the ceiling: how often the gold source (or own voice) is among the candidates;
// 3. cross-validation by whole waves: folds of consecutive waves; for each, fit on the others
//    (the L2 strength chosen by an inner cross-validation on those), then draft the fold's waves
//    with those weights and score them with the eval itself (actor, own voice, reuse, conflicts);
// 4. fits on all dev and, with --write, writes the weights to server/src/core/draft/learned/actorWeights.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAST_WAVE } from '../../corpus/corpus';
import type { DraftScore } from '../draftScore';
import { recordWave, scoreWave, type Figure } from './record';
import { fit, pick } from './softmax';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const FOLDS = Number(arg('--folds') ?? 5);
const L2_GRID = arg('--l2') ? [Number(arg('--l2'))] : [0.001, 0.003, 0.01, 0.03];
const ITERATIONS = Number(arg('--iterations') ?? 400);
// (--drop w:,fig: leaves those features out; --margin m asks a candidate to beat the rules' pick by m, by adding m to the weight of 'rule')
const DROP = (arg('--drop') ?? '').split(',').filter((p) => p !== '');
const MARGIN = Number(arg('--margin') ?? 0);
const waves = Array.from({ length: LAST_WAVE }, (_, i) => i + 1);

const t0 = Date.now();
const figures: Figure[] = [];
const ruleScores = new Map<number, DraftScore>();
for (const w of waves) {
  const { figures: f, score } = recordWave(w);
  for (const fig of f) for (const c of fig.candidates) for (const k of [...c.features.keys()]) if (DROP.some((p) => k.startsWith(p))) (c.features as Map<string, number>).delete(k);
  figures.push(...f);
  ruleScores.set(w, score);
}
const fmt = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
console.log(`recorded ${figures.length} labelled figures of ${waves.length} dev waves in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// the ceiling
const own = figures.filter((f) => f.gold === '-');
const reach = (fs: Figure[]) => fs.filter((f) => f.candidates.some((c) => c.right)).length;
const ruleRight = (fs: Figure[]) => fs.filter((f) => f.candidates[0]!.right).length;
console.log(`rules right ${fmt(ruleRight(figures), figures.length)}; own voice ${fmt(ruleRight(own), own.length)}`);
console.log(`ceiling: gold among the candidates ${fmt(reach(figures), figures.length)}; own voice ${fmt(reach(own), own.length)}, an actor ${fmt(reach(figures) - reach(own), figures.length - own.length)}`);
const sizes = figures.map((f) => f.candidates.length);
console.log(`candidates per figure: mean ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(2)}, max ${Math.max(...sizes)}`);

/** Weights fitted on `fs`, with the rules' pick given the margin. */
function train(fs: readonly Figure[], l2: number): Record<string, number> {
  const w = fit(fs, { l2, iterations: ITERATIONS });
  w['rule'] = (w['rule'] ?? 0) + MARGIN;
  return w;
}

/** Consecutive groups of waves, `k` of them, as even as whole waves allow. */
function groups(list: readonly number[], k: number): number[][] {
  return Array.from({ length: k }, (_, i) => list.slice(Math.round((i * list.length) / k), Math.round(((i + 1) * list.length) / k)));
}

/** Out-of-fold right picks of `fs` for weights fitted on the rest of `fs`, per fold of `waveList`. */
function offlineRight(fs: Figure[], waveList: readonly number[], k: number, l2: number): number {
  let right = 0;
  for (const g of groups(waveList, k)) {
    const held = new Set(g);
    const w = train(fs.filter((f) => !held.has(f.wave)), l2);
    right += fs.filter((f) => held.has(f.wave) && f.candidates[pick(f.candidates, w)]!.right).length;
  }
  return right;
}

/** The L2 strength an inner cross-validation on `fs` picks. */
function chooseL2(fs: Figure[], waveList: readonly number[]): number {
  if (L2_GRID.length === 1) return L2_GRID[0]!;
  let best = L2_GRID[0]!;
  let top = -1;
  for (const l2 of L2_GRID) {
    const r = offlineRight(fs, waveList, 3, l2);
    if (r > top) { top = r; best = l2; }
  }
  return best;
}

// (--sweep: out-of-fold right picks for each L2 strength and margin, offline, then stop: an exploration, not the decision)
if (process.argv.includes('--sweep')) {
  for (const l2 of [0.0003, 0.001, 0.003, 0.01, 0.03]) {
    const ws = groups(waves, FOLDS).map((g) => ({ held: new Set(g), w: fit(figures.filter((f) => !g.includes(f.wave)), { l2, iterations: ITERATIONS }) }));
    const row = [0, 0.25, 0.5, 1, 1.5].map((m) => {
      const right = ws.reduce((n, { held, w }) => n + figures.filter((f) => held.has(f.wave) && f.candidates[pick(f.candidates, { ...w, rule: (w['rule'] ?? 0) + m })]!.right).length, 0);
      return `margin ${m}: ${right - ruleRight(figures) >= 0 ? '+' : ''}${right - ruleRight(figures)}`;
    });
    console.log(`l2 ${l2}: ${row.join(', ')}`);
  }
  process.exit(0);
}

const sum = (list: DraftScore[], key: keyof DraftScore) => list.reduce((s, x) => s + (x[key] as number), 0);
const line = (list: DraftScore[]) => `actor ${sum(list, 'actorRight')}/${sum(list, 'actorGold')}, own ${sum(list, 'ownRight')}/${sum(list, 'ownGold')}, reuse ${sum(list, 'registryRight')}/${sum(list, 'registryGold')}, conflicts ${sum(list, 'conflicts')}/${sum(list, 'unsupportedConflicts')}, pairs ${sum(list, 'pairsBoth')}/${sum(list, 'pairsPredicted')}/${sum(list, 'pairsGold')}`;
const rulesAll: DraftScore[] = [];
const modelAll: DraftScore[] = [];
let offline = 0;
for (const g of groups(waves, FOLDS)) {
  const held = new Set(g);
  const trainSet = figures.filter((f) => !held.has(f.wave));
  const test = figures.filter((f) => held.has(f.wave));
  const l2 = chooseL2(trainSet, waves.filter((w) => !held.has(w)));
  const w = train(trainSet, l2);
  const right = test.filter((f) => f.candidates[pick(f.candidates, w)]!.right).length;
  offline += right;
  const rules = g.map((n) => ruleScores.get(n)!);
  const model = g.map((n) => scoreWave(n, w));
  rulesAll.push(...rules);
  modelAll.push(...model);
  console.log(`waves ${g[0]}-${g[g.length - 1]} (l2 ${l2}): figures ${test.length}, recorded rules ${ruleRight(test)} -> model ${right}`);
  console.log(`  rules: ${line(rules)}`);
  console.log(`  model: ${line(model)}`);
}
console.log(`out of fold, all dev: recorded figures rules ${ruleRight(figures)} -> model ${offline}`);
console.log(`  rules: ${line(rulesAll)}`);
console.log(`  model: ${line(modelAll)}`);

const l2 = chooseL2(figures, waves);
const final = train(figures, l2);
const inSample = figures.filter((f) => f.candidates[pick(f.candidates, final)]!.right).length;
console.log(`final fit on all dev (l2 ${l2}): in-sample recorded figures ${ruleRight(figures)} -> ${inSample}`);
const shown = Object.entries(final).filter(([, v]) => Math.abs(v) >= 0.005).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`${shown.length} weights of at least 0.005; the largest: ${shown.slice(0, 30).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
if (process.argv.includes('--write')) {
  const body = shown.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `  '${k}': ${v.toFixed(3)},`).join('\n');
  writeFileSync(join(__dirname, '../../../server/src/core/draft/learned/actorWeights.ts'), `// Generated by tests/eval/learn/train.ts (do not edit by hand): a conditional-logit model over each
// figure's candidate sources (actorFeatures.ts), fitted by gradient descent with L2 ${l2} on the
// ${figures.length} labelled figures of dev waves 1-${LAST_WAVE} (no held-out data). Weights under 0.005 are left out.
import type { ActorWeights } from './actorChoice';

/** The shipped weights of the learned actor choice (null: the rules' pick stands). */
export const ACTOR_WEIGHTS: ActorWeights | null = {
${body}
};
`);
  console.log('wrote actorWeights.ts');
}
