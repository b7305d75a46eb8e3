// The registry fact a figure is given (grouping.ts asks here): the rules' ranking
// (registryFacts.ts), or, when weights are set, a linear scorer over every fact worth
// considering and "no registry fact" (registryFeatures.ts). An observer may watch each choice
// (the trainer in tests/eval/learn/ records candidates through it).
import type { Registry } from '../../registry/types';
import type { Frame } from '../facts';
import { registryFactsFor, type RegistryFit } from '../registryFacts';
import { eachCandidate, REGISTRY_FEATURES, type EarlierFigure } from '../registryFeatures';
import { REGISTRY_WEIGHTS } from './registryWeights';

/** What one choice saw: the figure, its as-of, the rules' fits and the article's earlier figures with their facts. */
export interface RegistryChoiceSeen { text: string; frame: Frame; registry: Registry; asof: string | undefined; rules: RegistryFit[]; earlier: readonly EarlierFigure[]; chosen: RegistryFit[] }

let observer: ((seen: RegistryChoiceSeen) => void) | undefined;
let weights: Float64Array | undefined = toVector(REGISTRY_WEIGHTS);

/** Sets (or clears) the observer told of every choice: for training and measuring only. */
export function observeRegistryChoices(fn: ((seen: RegistryChoiceSeen) => void) | undefined): void {
  observer = fn;
}

/** Sets the scorer's weights by feature name (undefined: the rules alone); returns the ones in force before. */
export function useRegistryWeights(named: Readonly<Record<string, number>> | undefined): Readonly<Record<string, number>> | undefined {
  const before = weights && Object.fromEntries(REGISTRY_FEATURES.map((f, i) => [f, weights![i]!]));
  weights = named && toVector(named);
  return before;
}

function toVector(named: Readonly<Record<string, number>> | undefined): Float64Array | undefined {
  if (!named || Object.keys(named).length === 0) return undefined;
  return Float64Array.from(REGISTRY_FEATURES, (f) => named[f] ?? 0);
}

/**
 * Registry facts for a figure (its frame, as-of and printed text), best first (empty: a new fact).
 * `earlierOf` gives the article's figures before it, with the registry facts chosen for them:
 * called only when a scorer or an observer needs them (drafting with the rules alone builds none).
 */
export function chooseRegistryFacts(figure: { frame: Frame; asof?: string; text: string }, registry: Registry, earlierOf: () => readonly EarlierFigure[]): RegistryFit[] {
  const { frame, asof } = figure;
  // (a figure its fact's label prints with its counted noun describes the fact: "eight" of "waits for ... eight key diagnostic tests")
  const rules = registryFactsFor(frame, registry, asof).filter((f) => !inLabel(registry.facts.get(f.id)?.label, figure.text, frame.head));
  if (!weights && !observer) return rules;
  const earlier = earlierOf();
  const chosen = weights && registry.facts.size > 0 ? scored(figure.text, frame, registry, asof, rules, earlier, weights) : rules;
  observer?.({ text: figure.text, frame, registry, asof, rules, earlier, chosen });
  return chosen;
}

/** The facts the scorer puts above "no registry fact", best first, with the rules' fit where they had one. */
function scored(text: string, frame: Frame, registry: Registry, asof: string | undefined, rules: RegistryFit[], earlier: readonly EarlierFigure[], w: Float64Array): RegistryFit[] {
  const scores: { id: string; s: number }[] = [];
  eachCandidate(frame, registry, asof, rules, earlier, text, (id, row) => {
    let s = 0;
    for (let i = 0; i < row.length; i++) if (row[i] !== 0) s += row[i]! * w[i]!;
    scores.push({ id, s });
  });
  const none = scores[scores.length - 1]!.s;
  const byRule = new Map(rules.map((f) => [f.id, f]));
  return scores.filter((c) => c.id !== '' && c.s > none).sort((a, b) => b.s - a.s || a.id.localeCompare(b.id))
    // (grouping weighs fits by their score and whether the unit alone named them: the rules' reading where they had one)
    .map((c) => byRule.get(c.id) ?? { id: c.id, score: 1 / (1 + Math.exp(none - c.s)), byUnit: true });
}

/** True when a fact's label prints the figure with its counted noun after it ("Ongoing waits for NHSScotland's eight key diagnostic tests" and "eight" tests). */
function inLabel(label: string | undefined, text: string, head: string): boolean {
  if (!label || head.length < 3 || !/^[a-z]/i.test(text)) return false;
  return new RegExp(`(?:^|[\\s(])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:[\\p{L}'-]+\\s+){0,3}?${head}`, 'iu').test(label);
}
