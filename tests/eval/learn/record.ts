// Records, for every labelled figure of a DEV split, the candidates drafting's learned actor
// choice sees and which of them the labels call right (by the eval's own matcher). Never reads
// a held-out folder.
import { join } from 'node:path';
import { loadSplit, type CorpusArticle, type CorpusSplit } from '../../corpus/corpus';
import { actorFormsMatch, frontMatterOf, scoreDrafts, type DraftScore } from '../draftScore';
import { actorChoiceHook, type ActorChoiceRecord, type ActorWeights } from '../../../server/src/core/draft/learned/actorChoice';
import type { Example } from './softmax';

/** One labelled figure of a dev wave: its candidates (the rules' pick first), with the gold source. */
export interface Figure extends Example { wave: number; name: string; gold: string; candidates: { features: ReadonlyMap<string, number>; right: boolean; actor?: string }[] }

/** A dev wave's folder name: wave 1 is "dev". */
export function devSplit(wave: number): CorpusSplit {
  return wave === 1 ? 'dev' : (`dev${wave}` as CorpusSplit);
}

function devArticles(wave: number): CorpusArticle[] {
  const split = devSplit(wave);
  if (!split.startsWith('dev')) throw new Error('the trainer reads dev folders only');
  return loadSplit(split);
}

/** Drafts dev wave `wave` with `weights` (null: the rules' pick) and returns its score. */
export function scoreWave(wave: number, weights: ActorWeights | null): DraftScore {
  actorChoiceHook.weights = weights;
  try {
    return scoreDrafts(devArticles(wave), join(__dirname, '../../corpus', devSplit(wave)));
  } finally {
    delete actorChoiceHook.weights;
  }
}

/** Drafts dev wave `wave` with the rules' pick, recording every labelled figure's candidates; also returns the rules' score. */
export function recordWave(wave: number): { figures: Figure[]; score: DraftScore } {
  const articles = devArticles(wave);
  const records: ActorChoiceRecord[] = [];
  actorChoiceHook.record = (r) => records.push(r);
  let score: DraftScore;
  try {
    score = scoreWave(wave, null);
  } finally {
    delete actorChoiceHook.record;
  }
  const byName = new Map(articles.map((a) => [a.name, a]));
  const figures: Figure[] = [];
  for (const r of records) {
    const article = byName.get(r.uri)!;
    const prefix = frontMatterOf(article).length;
    const gold = article.labels.find((l) => l.kind === 'F' && r.figure.start - prefix < l.end && l.start < r.figure.end - prefix);
    if (!gold) continue;
    const by = gold.attrs.by ?? '-';
    // (the actors' names are read now, after the whole split is drafted, as the eval reads them)
    figures.push({ wave, name: r.uri, gold: by, candidates: r.candidates.map((c) => ({ features: c.features, right: actorFormsMatch(article, by, c.actor?.id, c.actor?.forms ?? []), actor: c.actor?.id })) });
  }
  return { figures, score };
}
