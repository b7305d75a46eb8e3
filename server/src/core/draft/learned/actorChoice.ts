// The learned choice of who states a figure: drafting's rules resolve the sources of each sentence
// and pick one for the figure; this file keeps the sources of the paragraph and the two before,
// gathers the candidates (actorFeatures.ts) and scores each with a linear model (weights in
// actorWeights.ts, written by tests/eval/learn/): the highest score wins, the rules' pick on a tie.
import type { Span } from '../../span';
import type { Article } from '../../model/article';
import type { DraftActor } from '../actors';
import type { Attributed } from '../attribution';
import { candidatesOf, type Candidate, type ResolvedSource, type Routes } from './actorFeatures';
import { ACTOR_WEIGHTS } from './actorWeights';

/** Linear weights by feature name (a missing feature weighs 0). */
export type ActorWeights = Readonly<Record<string, number>>;

/** One figure's candidates, as the trainer records them. */
export interface ActorChoiceRecord { uri: string; figure: Span; candidates: Candidate[] }

/**
 * What the trainer (tests/eval/learn/) sets: `record` sees every figure's candidates, and
 * `weights` replaces the shipped ones (null: keep the rules' pick). Drafting leaves both unset.
 */
export const actorChoiceHook: { record?: (r: ActorChoiceRecord) => void; weights?: ActorWeights | null } = {};

/** The score of one candidate: the dot product of its features with the weights. */
export function scoreOf(features: ReadonlyMap<string, number>, weights: ActorWeights): number {
  let s = 0;
  for (const [name, value] of features) s += (weights[name] ?? 0) * value;
  return s;
}

/** The best of `candidates` (the first, the rules' pick, wins ties). */
export function bestOf(candidates: readonly Candidate[], weights: ActorWeights): Candidate {
  let best = candidates[0]!;
  let top = scoreOf(best.features, weights);
  for (const c of candidates.slice(1)) {
    const s = scoreOf(c.features, weights);
    if (s > top) { best = c; top = s; }
  }
  return best;
}

/** Follows one article's sentences and paragraphs, and chooses each figure's source among the candidates. */
export class ActorChoice {
  private paragraphSources: { source: ResolvedSource; at: number }[] = [];
  private sentences = 0;
  private lastParagraphs: ResolvedSource[][] = [];
  private readonly named = new Map<string, number>();
  private line: Span = { start: 0, end: 0 };

  constructor(private readonly article: Article) {}

  /** A new paragraph begins (the one before, if it had any sentence, becomes the paragraph before). */
  paragraph(line: Span): void {
    // (with no weights and no recorder there is nothing to follow: drafting pays nothing for the hook)
    if (!weightsInUse() && !actorChoiceHook.record) return;
    if (this.sentences > 0) this.lastParagraphs = [this.paragraphSources.map((e) => e.source), ...this.lastParagraphs].slice(0, 2);
    this.paragraphSources = [];
    this.sentences = 0;
    this.line = line;
  }

  /** The paragraph's next sentence begins, with its sources. */
  sentence(resolved: readonly ResolvedSource[]): void {
    if (!weightsInUse() && !actorChoiceHook.record) return;
    this.sentences++;
    const ids = new Set<string>();
    for (const r of resolved) {
      this.paragraphSources.push({ source: r, at: this.sentences });
      if (r.actor && !ids.has(r.actor.id)) { ids.add(r.actor.id); this.named.set(r.actor.id, (this.named.get(r.actor.id) ?? 0) + 1); }
    }
  }

  /** Who states the figure at `figure`: the rules' pick (`rule`), unless the model scores another candidate higher. */
  choose(figure: Span, sentence: Span, resolved: readonly ResolvedSource[], routes: Routes, recent: readonly DraftActor[], rule: Attributed): Attributed {
    const weights = weightsInUse();
    if (!weights && !actorChoiceHook.record) return rule;
    const text = this.article.syntax.text;
    const here = this.sentences;
    const candidates = candidatesOf({
      text, figure, sentence, line: this.line, headline: this.line.start === this.article.syntax.lines[0]?.span.start, resolved,
      earlier: this.paragraphSources.filter((e) => e.at < here).map((e) => ({ source: e.source, back: here - e.at })),
      before: this.lastParagraphs.flatMap((p, i) => p.map((source) => ({ source, back: i + 1 }))),
      routes, recent, named: this.named, rule: rule.actor,
    });
    actorChoiceHook.record?.({ uri: this.article.uri, figure, candidates });
    if (!weights) return rule;
    const best = bestOf(candidates, weights);
    if (best === candidates[0]) return rule;
    return best.actor ? { actor: best.actor, cue: cueOf(best.actor, resolved) } : {};
  }
}

/** The weights drafting uses: the trainer's, else the shipped ones (null: none). */
function weightsInUse(): ActorWeights | null {
  return actorChoiceHook.weights === undefined ? ACTOR_WEIGHTS : actorChoiceHook.weights;
}

/** The cue of the figure's sentence that names `actor`, if any (a mention is written over its source). */
function cueOf(actor: DraftActor, resolved: readonly ResolvedSource[]): ResolvedSource['cue'] | undefined {
  return resolved.find((r) => r.actor === actor)?.cue;
}
