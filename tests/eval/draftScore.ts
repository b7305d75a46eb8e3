// Scores the drafting engine (server/src/core/draft/) against the corpus's drafting labels
// (tests/corpus/README.md): each split is drafted as one workspace with its claimmark.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyEdits, DraftContext, draftArticle, draftRegistryEdits, parseAsOf, readRegistry, Workspace, buildArticle,
  type ArticleDraft, type DraftedClaim,
} from '../../server/src/core/api';
import type { CorpusArticle, GoldLabel } from '../corpus/corpus';
import { flippedOffice, nameWords } from '../../server/src/core/draft/actors';

export interface DraftScore {
  figures: number;
  drafted: number;
  untaggedFound: number;
  untaggedDrafted: number;
  actorGold: number;
  actorRight: number;
  ownGold: number;
  ownRight: number;
  asofGold: number;
  asofRight: number;
  pairsGold: number;
  pairsPredicted: number;
  pairsBoth: number;
  registryGold: number;
  registryRight: number;
  conflicts: number;
  unsupportedConflicts: number;
  errors: string[];
}

function asofMatches(gold: string, drafted: string | undefined): boolean {
  return gold.split(',').some((alt) => {
    if (alt === '?') return drafted === undefined;
    const g = parseAsOf(alt);
    const d = drafted === undefined ? undefined : parseAsOf(drafted);
    return !!g && !!d && g.from === d.from && g.to === d.to;
  });
}

function overlap(a?: string, b?: string): boolean {
  const x = a && a !== '?' ? parseAsOf(a.split(',')[0]!) : undefined;
  const y = b && b !== '?' ? parseAsOf(b.split(',')[0]!) : undefined;
  return !x || !y || (x.from <= y.to && y.from <= x.to);
}

/** True when the drafted actor names the gold source: the same registry id, or names in common. */
function actorMatches(article: CorpusArticle, goldKey: string, drafted: string | undefined, ctx: DraftContext): boolean {
  return actorFormsMatch(article, goldKey, drafted, drafted === undefined ? [] : ctx.actors.get(drafted)?.forms ?? []);
}

/** `actorMatches` with the drafted actor's names given (`forms`): the learned actor choice's trainer labels its candidates with it (tests/eval/learn/). */
export function actorFormsMatch(article: CorpusArticle, goldKey: string, drafted: string | undefined, forms: readonly string[]): boolean {
  if (goldKey === '-') return drafted === undefined;
  if (drafted === undefined) return false;
  if (drafted === goldKey) return true;
  const gold = article.actors.find((a) => a.key === goldKey);
  const norm = (s: string) => nameWords(s).join(' ');
  // (and "U.S. Department of Commerce" is "the Commerce Department", as drafting keys them)
  const names = (list: readonly string[]) => list.map(norm).flatMap((k) => [k, ...(flippedOffice(k) ? [flippedOffice(k)!] : [])]);
  const goldNames = names(gold?.names ?? []);
  return names(forms).some((f) => f !== '' && goldNames.some((g) => g === f || (f.length > 3 && g.includes(f)) || (g.length > 3 && f.includes(g))));
}

/** The front matter an importer would write for a corpus article: the published day, and the outlet where the file records it (empty when neither). */
export function frontMatterOf(article: CorpusArticle): string {
  const fields = [...(article.published && article.published !== 'unknown' ? [`published: ${article.published}`] : []), ...(article.outlet ? [`outlet: ${JSON.stringify(article.outlet)}`] : [])];
  return fields.length > 0 ? `---\n${fields.join('\n')}\n---\n` : '';
}

// `claimmark annotate` gives drafting the real date, which bounds the dates it reads in undated
// articles ("Monday, August 17" is the latest such day before it). The eval fixes that day so that
// its figures do not move with the calendar (the day this was fixed, 2026-12-06).
export const EVAL_TODAY = '2026-12-06';

/** Drafts every article of a split as one workspace and scores the drafts against the labels. */
export function scoreDrafts(articles: readonly CorpusArticle[], dir: string): DraftScore {
  const registryPath = join(dir, 'claimmark.yaml');
  const registryText = existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '';
  const registry = readRegistry(registryText);
  const ctx = new DraftContext(registry);
  ctx.today = EVAL_TODAY;
  const s: DraftScore = { figures: 0, drafted: 0, untaggedFound: 0, untaggedDrafted: 0, actorGold: 0, actorRight: 0, ownGold: 0, ownRight: 0, asofGold: 0, asofRight: 0,
    pairsGold: 0, pairsPredicted: 0, pairsBoth: 0, registryGold: 0, registryRight: 0, conflicts: 0, unsupportedConflicts: 0, errors: [] };
  const drafted: { article: CorpusArticle; prefix: number; text: string; draft: ArticleDraft }[] = [];
  for (const article of articles) {
    const front = frontMatterOf(article);
    const text = front + article.text;
    const built = buildArticle(article.name, text);
    const draft = draftArticle(built, ctx);
    drafted.push({ article, prefix: front.length, text, draft });
  }
  const ws = new Workspace();
  const regAfter = applyEdits(registryText, draftRegistryEdits(registryText, ctx));
  ws.setRegistry('claimmark.yaml', regAfter);
  for (const d of drafted) {
    const { article, prefix, draft } = d;
    const at = (l: GoldLabel) => draft.claims.find((c) => c.span.start - prefix < l.end && l.start < c.span.end - prefix);
    const golds = article.labels.filter((l) => l.kind === 'F');
    s.untaggedFound += draft.claims.length;
    s.untaggedDrafted += draft.claims.length;
    const pairs: { gold: GoldLabel; claim?: DraftedClaim }[] = golds.map((g) => ({ gold: g, claim: at(g) }));
    for (const { gold, claim } of pairs) {
      s.figures++;
      if (!claim) { s.errors.push(`${article.name}: not drafted "${gold.text}"`); continue; }
      s.drafted++;
      const by = gold.attrs.by ?? '-';
      s.actorGold++;
      const actorOk = actorMatches(article, by, claim.actor, ctx);
      if (actorOk) s.actorRight++;
      else s.errors.push(`${article.name}: actor of "${gold.text}" is ${claim.actor ?? '(none)'}, gold ${by}`);
      if (by === '-') { s.ownGold++; if (claim.actor === undefined) s.ownRight++; }
      if (gold.attrs.asof) {
        s.asofGold++;
        if (asofMatches(gold.attrs.asof, claim.asof)) s.asofRight++;
        else s.errors.push(`${article.name}: asof of "${gold.text}" is ${claim.asof ?? '(none)'}, gold ${gold.attrs.asof}`);
      }
      if (gold.attrs.fact && registry.facts.has(gold.attrs.fact)) {
        s.registryGold++;
        if (claim.fact === gold.attrs.fact) s.registryRight++;
        else s.errors.push(`${article.name}: registry fact of "${gold.text}" is ${claim.fact}, gold ${gold.attrs.fact}`);
      }
      if (by !== '-' && registry.actors.has(by)) {
        s.registryGold++;
        if (claim.actor === by) s.registryRight++;
        else s.errors.push(`${article.name}: registry actor of "${gold.text}" is ${claim.actor ?? '(none)'}, gold ${by}`);
      }
    }
    const done = pairs.filter((p) => p.claim);
    for (let i = 0; i < done.length; i++) {
      for (let j = i + 1; j < done.length; j++) {
        const a = done[i]!;
        const b = done[j]!;
        const goldSame = a.gold.attrs.fact === b.gold.attrs.fact && overlap(a.gold.attrs.asof, b.gold.attrs.asof);
        const predSame = a.claim!.fact === b.claim!.fact && overlap(a.claim!.asof, b.claim!.asof);
        if (goldSame) s.pairsGold++;
        if (predSame) s.pairsPredicted++;
        if (goldSame && predSame) s.pairsBoth++;
        if (predSame && !goldSame) s.errors.push(`${article.name}: "${a.gold.text}" and "${b.gold.text}" share ${a.claim!.fact}, gold ${a.gold.attrs.fact} / ${b.gold.attrs.fact}`);
        if (goldSame && !predSame) s.errors.push(`${article.name}: "${a.gold.text}" (${a.claim!.fact}) and "${b.gold.text}" (${b.claim!.fact}) are one fact, gold ${a.gold.attrs.fact}`);
      }
    }
    ws.setArticle(article.name, applyEdits(d.text, draft.edits));
  }
  // a conflict is supported by the text when the labels give both figures one fact
  const placed = new Map<string, { start: number; end: number; fact?: string }[]>();
  for (const d of drafted) {
    let shift = 0;
    const list: { start: number; end: number; fact?: string }[] = [];
    for (const e of d.draft.edits) {
      const claim = d.draft.claims.find((c) => c.span.start === e.span.start);
      if (claim) {
        const gold = d.article.labels.find((l) => l.kind !== 'N' && claim.span.start - d.prefix < l.end && l.start < claim.span.end - d.prefix);
        list.push({ start: e.span.start + shift, end: e.span.start + shift + e.newText.length, ...(gold?.attrs.fact && { fact: gold.attrs.fact }) });
      }
      shift += e.newText.length - (e.span.end - e.span.start);
    }
    placed.set(d.article.name, list);
  }
  const goldFactAt = { get: (key: string) => {
    const [uri, at] = [key.slice(0, key.lastIndexOf('@')), Number(key.slice(key.lastIndexOf('@') + 1))];
    return placed.get(uri)?.find((p) => p.start <= at && at < p.end)?.fact;
  } };
  for (const d of drafted) {
    for (const diag of ws.diagnostics(d.article.name)) {
      if (diag.code !== 'conflicting-figure') continue;
      s.conflicts++;
      const mine = goldFactAt.get(`${d.article.name}@${diag.span.start}`);
      const others = (diag.related ?? []).map((r) => goldFactAt.get(`${r.uri}@${r.span.start}`));
      if (!mine || others.some((o) => o !== mine)) {
        s.unsupportedConflicts++;
        s.errors.push(`${d.article.name}: unsupported conflict (gold ${mine} vs ${others.join(', ')}): ${diag.message}`);
      }
    }
  }
  return s;
}
