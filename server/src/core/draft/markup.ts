// The markup a draft writes: one span per claim and actor mention, with `by=`, `asof=` and
// `.own` only where the model's own reading of the drafted text needs them, checked by parsing
// the result (markup that would not parse as meant is left out).
import { applyEdits, withoutOverlaps, type TextEdit } from '../edit';
import type { Article } from '../model/article';
import { buildArticle } from '../model/build';
import { parseArticleSyntax } from '../syntax/parse';
import { articleForChecker, checkedClaims } from '../conflicts/checked';
import type { DraftContext } from './context';
import type { ArticleDraft, DraftedClaim, DraftedMention } from './draft';
import { escapeSpanText } from '../syntax/escape';

/** The markup of one drafted claim: fact, then what the draft writes (`by=`, `asof=`, `.own`). */
export function claimMarkup(c: Pick<DraftedClaim, 'text' | 'fact' | 'written'>): string {
  const attrs = [`fact=${c.fact}`];
  if (c.written.by) attrs.push(`by=${c.written.by}`);
  if (c.written.asof) attrs.push(`asof=${c.written.asof}`);
  if (c.written.own) attrs.push('.own');
  return `[${escapeSpanText(c.text)}]{${attrs.join(' ')}}`;
}

function editsOf(claims: readonly DraftedClaim[], mentions: readonly DraftedMention[]): TextEdit[] {
  const edits: TextEdit[] = [
    ...claims.map((c) => ({ span: c.span, newText: claimMarkup(c) })),
    ...mentions.map((m) => ({ span: m.span, newText: `[${escapeSpanText(m.text)}]{actor=${m.actor}}` })),
  ];
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Writes `by=` and `.own` where the model's own attribution of the drafted text would differ
 * from the draft's, and checks that the new markup parses as meant (else it is left out).
 */
export function finish(article: Article, ctx: DraftContext, drafts: DraftedClaim[], found: DraftedMention[], notes: string[], disputed: ReadonlySet<number> = new Set()): ArticleDraft {
  // (two drafts over one stretch of text would clobber it: the first keeps it, and a mention never overlaps a claim)
  const claims = withoutOverlaps(drafts);
  let mentions = found.filter((m) => !claims.some((c) => c.span.start < m.span.end && m.span.start < c.span.end));
  let edits = editsOf(claims, mentions);
  const drafted = buildArticle(article.uri, applyEdits(article.syntax.text, edits));
  const placed = placedStarts(edits);
  const byStart = new Map(drafted.claims.map((c) => [c.span.start, c]));
  for (const c of claims) {
    const model = byStart.get(placed.get(c.span.start)!);
    const modelActor = model?.actor?.id;
    if (c.actor && modelActor !== c.actor) c.written.by = c.actor;
    // own voice said out loud: the model would borrow a speaker, or report the claim as having none
    if (!c.actor && model?.attribution !== 'article') c.written.own = true;
  }
  edits = editsOf(claims, mentions);
  const before = article.syntax;
  const after = parseArticleSyntax(applyEdits(before.text, edits));
  if (after.errors.length > before.errors.length || after.spans.length !== before.spans.length + edits.length) {
    notes.push('some markup would not parse as meant: actor mentions left out');
    edits = editsOf(claims, []);
    const retry = parseArticleSyntax(applyEdits(before.text, edits));
    if (retry.errors.length > before.errors.length || retry.spans.length !== before.spans.length + edits.length) return { uri: article.uri, edits: [], claims: [], mentions: [], notes: [...notes, 'nothing drafted: the tags would change other markup'] };
    mentions = [];
  }
  if (splitConflicts(article, ctx, claims, disputed)) edits = editsOf(claims, mentions);
  ctx.noteDrafted(claims, article.uri);
  return { uri: article.uri, edits, claims, mentions, notes };
}

const CONFLICT_CODES = new Set(['conflicting-figure', 'self-contradiction', 'parts-exceed-total']);

/**
 * Checks the drafted article with the conflict checker itself, with the run's earlier drafts
 * (the registry plus the facts the run proposes, with their kinds), and gives every drafted
 * claim it finds in a conflict a fact of its own: a draft never makes a conflict, whatever the
 * grouping's estimate missed. Claims that were already in the article are never changed.
 * True when a claim's fact changed.
 */
function splitConflicts(article: Article, ctx: DraftContext, claims: DraftedClaim[], disputed: ReadonlySet<number>): boolean {
  let changed = false;
  for (let round = 0; round < 4; round++) {
    const drafted = buildArticle(article.uri, applyEdits(article.syntax.text, editsOf(claims, [])));
    const checker = ctx.checker;
    ctx.seedWritten(claims.map((c) => c.fact), article.uri);
    checker.setArticle(articleForChecker(article.uri, checkedClaims(drafted)));
    const findings = checker.findings(article.uri).filter((f) => CONFLICT_CODES.has(f.code));
    if (findings.length === 0) return changed;
    const placed = placedStarts(editsOf(claims, []));
    // a dispute the text states stays, as long as every figure it conflicts with is of this article and disputed too
    const disputedAt = new Set([...disputed].map((start) => placed.get(start)! + 1));
    // (or of an earlier draft whose own sentence named another source for the fact)
    const byPlace = new Map(claims.map((c) => [(placed.get(c.span.start) ?? -2) + 1, c]));
    const namedElsewhere = (uri: string, at: number) => { const c = byPlace.get(at); return !!c && (ctx.drafted.get(c.fact) ?? []).some((e) => e.uri === uri && e.named !== undefined && e.named.actor !== c.actor); };
    const conflicting = new Set(findings.filter((f) => !(disputedAt.has(f.span.start)
      && (f.related ?? []).every((r) => (r.uri === article.uri ? disputedAt.has(r.span.start) : namedElsewhere(r.uri, f.span.start))))).map((f) => f.span.start));
    const existing = new Set(article.claims.map((c) => c.span.start));
    // of two drafts of this article in conflict, one moves: the headline's, else one off the registry, else the later
    // ("$2 million fraud" in the headline, "more than $2 million" in the body): the last rounds move every one
    const headlineEnd = article.syntax.lines[0]?.span.end ?? 0;
    const rank = (c: DraftedClaim) => (c.registryFact ? 2 : 0) + (c.span.end <= headlineEnd ? 0 : 1);
    const yields = (c: DraftedClaim, start: number) => {
      const f = findings.find((x) => x.span.start === start);
      const others = (f?.related ?? []).map((r) => (r.uri === article.uri ? byPlace.get(r.span.start) : undefined));
      return round < 2 && others.length > 0 && others.every((o) => o !== undefined && conflicting.has((placed.get(o.span.start) ?? -2) + 1)
        && (rank(o) < rank(c) || (rank(o) === rank(c) && o.span.start > c.span.start)));
    };
    let split = false;
    for (const c of claims) {
      const at = placed.get(c.span.start);
      // findings sit on the figure inside the brackets: one after the claim's `[`
      if (at === undefined || !conflicting.has(at + 1) || existing.has(c.span.start) || yields(c, at + 1)) continue;
      c.fact = ctx.splitFact(c.fact);
      c.registryFact = false;
      changed = split = true;
    }
    if (!split) return changed;
  }
  return changed;
}

/** Where each edit's start lands in the edited text, keyed by its start in the old text. */
function placedStarts(edits: readonly TextEdit[]): Map<number, number> {
  const out = new Map<number, number>();
  let shift = 0;
  for (const e of edits) {
    out.set(e.span.start, e.span.start + shift);
    shift += e.newText.length - (e.span.end - e.span.start);
  }
  return out;
}
