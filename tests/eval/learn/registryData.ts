// Training data for the registry-fact scorer (server/src/core/draft/learned/registryChoice.ts):
// each DEV wave is drafted as the eval drafts it (draftScore.ts), every registry choice is
// recorded through the choice observer, and each labelled figure's record is labelled from its
// gold `fact=`. Reads dev folders only (tests/corpus/dev, devN), never held-out ones.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { observeRegistryChoices, useRegistryWeights, type RegistryChoiceSeen } from '../../../server/src/core/draft/learned/registryChoice';
import { registryCandidates } from '../../../server/src/core/draft/registryFeatures';
import { LAST_WAVE, loadSplit, type CorpusSplit } from '../../corpus/corpus';
import { EVAL_TODAY } from '../draftScore';
import { devSplit } from './record';

/** One labelled figure whose gold fact is a registry fact or a new one, with its candidates. */
export interface RegistryRecord {
  wave: number;
  article: string;
  text: string;
  /** The gold fact id, and whether the registry holds it. */
  gold: string;
  goldInRegistry: boolean;
  /** Candidate ids ('' is "no registry fact", last) and their feature rows. */
  ids: string[];
  rows: Float64Array[];
  /** The registry facts the rules fit, best first, and the fact the finished draft gave the figure. */
  rules: string[];
  final: string;
  /** The registry fact the choice gave the figure before grouping ('' for none). */
  chosen: string;
  /** The registry has facts at all (a figure of a workspace without one is no choice). */
  registrySize: number;
}

/** The dev split of wave `n` (1 is tests/corpus/dev): the actor trainer's. */
export { devSplit };

/** Every dev wave number, 1..LAST_WAVE. */
export const DEV_WAVES: readonly number[] = Array.from({ length: LAST_WAVE }, (_, i) => i + 1);

/** Drafts one dev wave as the eval does and returns a record per labelled figure drafted as a claim: as the rules choose, or with the weights in force (`withWeights`). */
export function recordWave(n: number, withWeights = false): RegistryRecord[] {
  const split = devSplit(n);
  if (!split.startsWith('dev')) throw new Error('dev only');
  const dir = join(__dirname, '../../corpus', split);
  const registryPath = join(dir, 'claimmark.yaml');
  const registry = readRegistry(existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '');
  const ctx = new DraftContext(registry);
  ctx.today = EVAL_TODAY;
  const out: RegistryRecord[] = [];
  let seen: RegistryChoiceSeen[] = [];
  // (recorded as the rules choose, whatever weights are shipped: the data do not move with the model)
  const shipped = useRegistryWeights(undefined);
  if (withWeights) useRegistryWeights(shipped);
  observeRegistryChoices((s) => seen.push(s));
  try {
    for (const article of loadSplit(split)) {
      const fields = [...(article.published && article.published !== 'unknown' ? [`published: ${article.published}`] : []), ...(article.outlet ? [`outlet: ${JSON.stringify(article.outlet)}`] : [])];
      const front = fields.length > 0 ? `---\n${fields.join('\n')}\n---\n` : '';
      seen = [];
      const draft = draftArticle(buildArticle(article.name, front + article.text), ctx);
      // the claims are a subsequence of the choices, in text order: match each to the next choice of its text
      const choiceOf = new Map<number, RegistryChoiceSeen>();
      let next = 0;
      for (const c of draft.claims) {
        const k = seen.findIndex((s, i) => i >= next && s.text === c.text);
        if (k >= 0) { choiceOf.set(c.span.start, seen[k]!); next = k + 1; }
      }
      for (const label of article.labels) {
        if (label.kind !== 'F' || !label.attrs.fact) continue;
        const claim = draft.claims.find((c) => c.span.start - front.length < label.end && label.start < c.span.end - front.length);
        if (!claim) continue;
        // (a figure whose choice was not seen, a threshold's, keeps no candidates: counted, never trained on)
        const s = choiceOf.get(claim.span.start);
        const { ids, rows } = s ? registryCandidates(s.frame, s.registry, s.asof, s.rules, s.earlier, s.text) : { ids: [], rows: [] };
        out.push({ wave: n, article: article.name, text: label.text, gold: label.attrs.fact, goldInRegistry: registry.facts.has(label.attrs.fact), ids, rows, rules: s ? s.rules.map((f) => f.id) : [], final: claim.fact, chosen: s?.chosen[0]?.id ?? '', registrySize: registry.facts.size });
      }
    }
  } finally {
    observeRegistryChoices(undefined);
    useRegistryWeights(shipped);
  }
  return out;
}

/** Every dev wave's records; with REGISTRY_RECORDS set, read from (or written to) that JSON file, to iterate on the fit quickly. */
export function recordAll(cache = process.env.REGISTRY_RECORDS): RegistryRecord[] {
  if (cache && existsSync(cache)) return (JSON.parse(readFileSync(cache, 'utf8')) as (Omit<RegistryRecord, 'rows'> & { rows: number[][] })[]).map((r) => ({ ...r, rows: r.rows.map((x) => Float64Array.from(x)) }));
  const all = DEV_WAVES.flatMap((n) => recordWave(n));
  if (cache) writeFileSync(cache, JSON.stringify(all.map((r) => ({ ...r, rows: r.rows.map((x) => [...x]) }))));
  return all;
}
