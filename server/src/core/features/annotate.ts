// The drafting engine (draft/) as code-action plans: "Annotate this article" (every drafted
// claim and actor mention, and the registry entries they need, labelled for a preview), "tag
// all" over the same draft, and the tag quick fix of one figure with its drafted attributes
// first and up to two alternative registry facts after it.
import { applyEdits, type TextEdit } from '../edit';
import type { Article } from '../model/article';
import { buildArticle } from '../model/build';
import { quote } from '../syntax/messages';
import type { AnalysisOptions, Diagnostic, WorkspaceModel } from '../workspace/types';
import { DraftContext, DraftIndexCache, draftArticle, draftRegistryEdits, type ArticleDraft, type DraftedClaim } from '../draft/index';
import { claimMarkup } from '../draft/markup';
import type { ActionPlan, RegistryFile } from './codeActions';

/** The groups an annotation's edits are shown in (change annotation labels). */
export type EditLabel = 'Claims' | 'Actor mentions' | 'Registry';

/** A text edit with the group it belongs to. */
export interface LabelledEdit extends TextEdit {
  label?: EditLabel;
}

/** A draft of one article and the context it was drafted in (whose proposals the registry edit reads). */
export interface Drafting {
  ctx: DraftContext;
  draft: ArticleDraft;
}

/**
 * Drafts `article` in a context built from the workspace: its registry and the actor mentions
 * of every article. `today` (`YYYY-MM-DD`) lets an undated article be dated from "Thursday (December 26)";
 * `cache` keeps the workspace's index between calls on an unchanged workspace.
 */
export function draftInWorkspace(ws: WorkspaceModel, article: Article, options?: AnalysisOptions, today?: string, cache?: DraftIndexCache): Drafting {
  const ctx = new DraftContext(ws.registry, ws.articles(), options?.vagueQuantities, cache);
  ctx.today = today;
  return { ctx, draft: draftArticle(article, ctx) };
}

/** The title every "Annotate this article" action starts with. */
export const ANNOTATE_TITLE = 'Annotate this article';

/**
 * "Annotate this article": the draft's edits (labelled Claims / Actor mentions) and, when it
 * proposes actors or facts, the edit of claimmark.yaml (labelled Registry; created when missing).
 * Undefined when the draft adds nothing.
 */
export function annotatePlan(drafting: Drafting, registry: RegistryFile | undefined): ActionPlan | undefined {
  const { draft } = drafting;
  if (draft.edits.length === 0) return undefined;
  const title = `${ANNOTATE_TITLE} (${count(draft.claims.length, 'claim')}, ${count(draft.mentions.length, 'actor mention')})`;
  return { title, kind: 'annotate', confirm: true, ...draftEdits(drafting, registry), ...(draft.notes.length > 0 && { notes: draft.notes }) };
}

/** "Tag all" over the draft: the same edits as annotating, applied without a preview. Undefined when the draft tags nothing. */
export function tagAllPlan(drafting: Drafting, registry: RegistryFile | undefined): ActionPlan | undefined {
  const n = drafting.draft.claims.length;
  if (n === 0) return undefined;
  return { title: tagAllTitle(n), kind: 'source', ...draftEdits(drafting, registry) };
}

/** "Tag all 3 untagged figures in this file as claims" (the client reads the count from it). */
export function tagAllTitle(n: number): string {
  return n === 1 ? 'Tag all 1 untagged figure in this file as a claim' : `Tag all ${n} untagged figures in this file as claims`;
}

function draftEdits(drafting: Drafting, registry: RegistryFile | undefined): Pick<ActionPlan, 'edits' | 'create'> {
  const { draft } = drafting;
  const mentionStarts = new Set(draft.mentions.map((m) => m.span.start));
  const labelled: LabelledEdit[] = draft.edits.map((e) => ({ ...e, label: mentionStarts.has(e.span.start) && !draft.claims.some((c) => c.span.start === e.span.start) ? 'Actor mentions' : 'Claims' }));
  const edits = [{ uri: draft.uri, edits: labelled }];
  const reg = registry ? registryEdits(drafting, registry.text) : [];
  if (!registry || reg.length === 0) return { edits };
  return { edits: [...edits, { uri: registry.uri, edits: reg }], ...(!registry.exists && { create: registry.uri }) };
}

/** The registry edit of a draft, kept with the draft (a lightbulb request offers "tag all" again and again over one draft). */
const registryMemo = new WeakMap<Drafting, { text: string; edits: LabelledEdit[] }>();

function registryEdits(drafting: Drafting, text: string): LabelledEdit[] {
  const memo = registryMemo.get(drafting);
  if (memo && memo.text === text) return memo.edits;
  const edits = draftRegistryEdits(text, drafting.ctx).map((e): LabelledEdit => ({ ...e, label: 'Registry' }));
  registryMemo.set(drafting, { text, edits });
  return edits;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * The tag fixes of one untagged figure from the draft: its drafted fact, actor and as-of
 * (preferred), then the same with each alternative registry fact. [] when the draft has no
 * claim at the figure (the caller falls back to the plain tag fix).
 */
export function draftedTagPlans(article: Article, d: Diagnostic, draft: ArticleDraft): ActionPlan[] {
  const claim = draft.claims.find((c) => c.span.start === d.span.start && c.span.end === d.span.end)
    ?? draft.claims.find((c) => c.span.start < d.span.end && d.span.start < c.span.end);
  if (!claim) return [];
  const figure = quote(claim.text);
  const by = attributionToWrite(article, claim);
  if (by === false) return [];
  const plan = (fact: string, preferred: boolean): ActionPlan => {
    const who = claim.actor ? ` by ${claim.actor}` : '';
    const when = claim.asof ? ` as of ${claim.asof}` : '';
    const title = preferred ? `Tag ${figure} as a claim of ${fact}${who}${when}` : `Tag ${figure} as a claim of ${fact} (registry)${who}`;
    return { title, kind: 'quickfix', diagnostic: d, edits: [{ uri: article.uri, edits: [claimEdit(claim, fact, by)] }], ...(preferred && { isPreferred: true }) };
  };
  return [plan(claim.fact, true), ...claim.alternatives.filter((f) => f !== claim.fact).slice(0, 2).map((f) => plan(f, false))];
}

/** The markup of one drafted claim on its own, with `fact` and `by` (the draft's as-of and own-voice marks). */
function claimEdit(claim: DraftedClaim, fact: string, by: string | undefined): TextEdit {
  const { by: _drafted, ...written } = claim.written;
  return { span: claim.span, newText: claimMarkup({ text: claim.text, fact, written: by ? { ...written, by } : written }) };
}

/**
 * The `by=` a claim tagged on its own (without the draft's other edits) needs: the draft's, or
 * the drafted actor where, without the draft's actor mentions, the model would attribute the
 * figure to someone else. False when the markup would not parse as one new claim there.
 */
function attributionToWrite(article: Article, claim: DraftedClaim): string | undefined | false {
  const tagged = buildArticle(article.uri, applyEdits(article.syntax.text, [claimEdit(claim, claim.fact, claim.written.by)]));
  const placed = tagged.claims.find((c) => c.span.start === claim.span.start);
  if (!placed || tagged.syntax.errors.length > article.syntax.errors.length) return false;
  if (claim.written.by) return claim.written.by;
  return claim.actor && placed.actor?.id !== claim.actor ? claim.actor : undefined;
}
