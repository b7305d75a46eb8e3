// Code actions for a range of a document: the untagged-figure fixes (tag as claim, not a
// figure, suppress on the line / in the file / in the workspace, tag all in file), adding an
// unknown id to claimmark.yaml, and the markup quick fixes. Each is plain data: a title and
// text edits per document, computed against the texts the caller passes in. Tagging uses the
// drafting engine's draft of the article when the caller gives one (annotate.ts).
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { AnalysisOptions, Diagnostic, IdKind, WorkspaceModel } from '../workspace/types';
import { markNotFigure, suppressFile, suppressInWorkspace, suppressLine, tagAll, tagAsClaim } from '../untagged/fixes';
import type { UntaggedFigureData } from '../untagged/check';
import { quote } from '../syntax/messages';
import { closingPoint, markupFixes } from './markupFixes';
import { existingIdFix } from './idFixes';
import { claimWithoutActorFixes } from './actorFixes';
import { setFrontMatterKey } from './frontMatterEdit';
import { addUnknownIdsPlan } from './registryBootstrap';
import { addRegistryEntry, SECTION_OF } from '../registry/entryEdit';
import { draftedTagPlans, tagAllPlan, tagAllTitle, type Drafting, type LabelledEdit } from './annotate';

/** One code action. */
export interface ActionPlan {
  title: string;
  /** `annotate`: "Annotate this article" (a source action of its own kind); `registry`: "Add all unknown ids" (likewise). */
  kind: 'quickfix' | 'source' | 'annotate' | 'registry';
  /** The diagnostic it fixes, if any. */
  diagnostic?: Diagnostic;
  /** Edits per document (each edit may carry a group label); a document listed in `create` is created (empty) first. */
  edits: { uri: string; edits: LabelledEdit[] }[];
  create?: string;
  isPreferred?: boolean;
  /** The edits should be reviewed before they apply (an editor shows a preview). */
  confirm?: boolean;
  /** What the user should know about the edits (e.g. relative dates left unresolved). */
  notes?: string[];
  /** A message to show once the edit is applied (e.g. how many claims it added). */
  report?: string;
}

/** Where claimmark.yaml is, and its text (`exists: false`: it would be created at `uri`). */
export interface RegistryFile {
  uri: string;
  text: string;
  exists: boolean;
}

/**
 * The code actions for `span` of the document `uri`. `drafting` gives the draft of the article
 * (called at most once, only when a figure is to be tagged); without it, or when it gives
 * none, tagging proposes a fact from the figure's noun alone.
 */
export function codeActions(ws: WorkspaceModel, uri: string, span: Span, registry: RegistryFile | undefined, options?: AnalysisOptions, drafting?: () => Drafting | undefined): ActionPlan[] {
  const article = ws.getArticle(uri);
  if (!article) return [];
  const here = ws.diagnostics(uri, options).filter((d) => touches(d, span) || closesAtCursor(article, d, span));
  const out: ActionPlan[] = [];
  let drafted: Drafting | undefined | null = null;
  let addAll: ActionPlan | undefined | null = null;
  const draft = () => (drafted === null ? (drafted = drafting?.()) : drafted);
  for (const d of here) {
    if (d.code === 'untagged-figure') out.push(...untaggedActions(article, d, registry, draft()));
    else if (d.code === 'claim-without-actor') out.push(...claimWithoutActorFixes(ws, article, d, registry));
    else if (d.code === 'not-compared') out.push({ title: 'Add published: to the front matter (then type the date)', kind: 'quickfix', diagnostic: d, isPreferred: true, edits: [{ uri, edits: setFrontMatterKey(article, 'published', '') }] });
    else if (d.code === 'unknown-actor' || d.code === 'unknown-fact' || d.code === 'unknown-source') {
      const add = addIdAction(article, d, registry);
      if (add) out.push(add);
      const all = addAll === null ? (addAll = addUnknownIdsPlan(ws, registry)) : addAll;
      if (all && !/^Add all 1 /.test(all.title)) out.push({ ...all, kind: 'quickfix', diagnostic: d });
    } else {
      const existing = d.code === 'bad-id' ? existingIdFix(ws, article, d) : undefined;
      if (existing) out.push({ title: existing.title, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: existing.edits }], isPreferred: true });
      for (const fix of markupFixes(article, d, span.start)) out.push({ title: fix.title, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: fix.edits }], ...(fix.isPreferred && !existing && { isPreferred: true }) });
    }
  }
  const untagged = here.find((d) => d.code === 'untagged-figure');
  if (untagged) {
    const fromDraft = draft() && tagAllPlan(draft()!, registry);
    const all = fromDraft ? [] : tagAll(article, ws.registry.rules, options?.vagueQuantities === undefined ? undefined : { vagueQuantities: options.vagueQuantities });
    const plan = fromDraft ?? (all.length > 0 ? { title: tagAllTitle(all.length), kind: 'source' as const, edits: [{ uri, edits: all }] } : undefined);
    if (plan) {
      const n = Number(/\d+/.exec(plan.title)?.[0] ?? 0);
      const report = n === 1 ? 'Tagged 1 figure as a claim. Undo with Ctrl+Z.' : `Tagged ${n} figures as claims. Undo with Ctrl+Z.`;
      // in the source actions, and in the quick fixes of the figure (Ctrl+.), after its own fixes
      out.push({ ...plan, report }, { ...plan, report, kind: 'quickfix', diagnostic: untagged });
    }
  }
  const seen = new Set<string>();
  // A fix that would not land as meant returns no edits: offer nothing rather than a no-op.
  const doesSomething = (a: ActionPlan) => a.edits.some((e) => e.edits.length > 0);
  // Never a quick fix for a diagnostic away from the cursor.
  const atCursor = (a: ActionPlan) => a.kind !== 'quickfix' || !a.diagnostic || touches(a.diagnostic, span) || closesAtCursor(article, a.diagnostic, span);
  return out.filter((a) => doesSomething(a) && atCursor(a) && !seen.has(`${a.kind} ${a.title}`) && !!seen.add(`${a.kind} ${a.title}`));
}

function touches(d: Diagnostic, span: Span): boolean {
  return d.span.start <= span.end && span.start <= d.span.end;
}

/** An unclosed block whose `}` would go at the cursor, inside its items (its diagnostic covers only the `{`). */
function closesAtCursor(article: Article, d: Diagnostic, span: Span): boolean {
  if (d.code !== 'unclosed-attributes' || span.start !== span.end || span.start <= d.span.end) return false;
  return closingPoint(article.syntax.text, d.span.start, span.start) === span.start;
}

function untaggedActions(article: Article, d: Diagnostic, registry: RegistryFile | undefined, drafting: Drafting | undefined): ActionPlan[] {
  const data = (d.data ?? {}) as Partial<UntaggedFigureData>;
  const figure = quote(article.syntax.text.slice(d.span.start, d.span.end));
  const by = data.guessedActor ? ` by ${data.guessedActor}` : '';
  const one = (title: string, edits: ReturnType<typeof tagAsClaim>, isPreferred = false): ActionPlan =>
    ({ title, kind: 'quickfix', diagnostic: d, edits: [{ uri: article.uri, edits }], ...(isPreferred && { isPreferred }) });
  const drafted = drafting ? draftedTagPlans(article, d, drafting.draft) : [];
  const out = [
    ...(drafted.length > 0 ? drafted : [one(`Tag ${figure} as a claim of ${data.proposedFact ?? 'figure'}${by}`, tagAsClaim(article, d), true)]),
    one(`Mark ${figure} as not a figure`, markNotFigure(article, d)),
    one('Ignore untagged figures on this line', suppressLine(article, d)),
    one('Ignore untagged figures in this file', suppressFile(article)),
  ];
  if (registry) {
    out.push({
      title: 'Ignore untagged figures in the whole workspace (claimmark.yaml)', kind: 'quickfix', diagnostic: d,
      edits: [{ uri: registry.uri, edits: suppressInWorkspace(registry.text) }], ...(!registry.exists && { create: registry.uri }),
    });
  }
  return out;
}

function addIdAction(article: Article, d: Diagnostic, registry: RegistryFile | undefined): ActionPlan | undefined {
  const data = (d.data ?? {}) as { kind?: IdKind; id?: string };
  if (!registry || !data.kind || !data.id) return undefined;
  const fields: Record<string, string> = {};
  if (data.kind === 'actor') {
    const mention = article.mentions.find((m) => m.actor.span.start === d.span.start);
    if (mention && mention.text.trim()) fields['name'] = mention.text.trim();
  }
  return {
    title: `Add ${data.kind} ${quote(data.id)} to claimmark.yaml (${SECTION_OF[data.kind]})`, kind: 'quickfix', diagnostic: d, isPreferred: true,
    edits: [{ uri: registry.uri, edits: addRegistryEntry(registry.text, data.kind, data.id, fields) }], ...(!registry.exists && { create: registry.uri }),
  };
}
