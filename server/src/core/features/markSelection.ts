// "Mark Selection as Actor…" / "Mark Selection as Claim…": what can wrap a selection of an article,
// as data for a quick pick: the ids of the kind (registry, then used in the workspace), the
// ones that fit the selected text first, and a new id made from the text; and the edit that wraps it.
import type { Span } from '../span';
import type { TextEdit } from '../edit';
import type { WorkspaceModel } from '../workspace/types';
import { suggestId } from '../syntax/ids';
import { ActorBook } from '../draft/actors';
import { rankFactsForFigure } from '../draft/index';
import { idCandidates, lineStartOf } from './candidates';
import { escapeSpanText } from '../syntax/escape';

/** What a selection can be marked as. */
export type MarkKind = 'actor' | 'fact';

/** One id the quick pick offers. */
export interface MarkCandidate {
  id: string;
  /** The registry name or label, or where the id is used. */
  detail?: string;
  /** True for ids that fit the selected text (listed first). */
  fits?: boolean;
}

/** The answer for one selection: why it cannot be marked, or the candidates. */
export type MarkChoices = { ok: false; reason: string } | { ok: true; text: string; candidates: MarkCandidate[]; newId: string };

/** The ids `span` of article `uri` could be marked with. */
export function markChoices(ws: WorkspaceModel, uri: string, span: Span, kind: MarkKind): MarkChoices {
  const article = ws.getArticle(uri);
  if (!article) return { ok: false, reason: 'Not an article.' };
  const text = article.syntax.text;
  const selected = text.slice(span.start, span.end);
  if (selected.trim() === '') return { ok: false, reason: 'Select the words to mark first.' };
  if (/[\r\n]/.test(selected)) return { ok: false, reason: 'Select words within one line.' };
  const fm = article.syntax.frontMatter;
  if (fm && span.start < fm.span.end) return { ok: false, reason: 'The selection is in the front matter.' };
  if (article.syntax.spans.some((s) => s.span.start < span.end && span.start < s.span.end)) return { ok: false, reason: 'The selection overlaps markup: select plain text.' };
  const all = idCandidates(ws, kind, span).map((c): MarkCandidate => ({ id: c.label, ...(c.detail && { detail: c.detail }) }));
  const fitting = kind === 'actor' ? actorsFor(ws, selected) : factsFor(ws, text, span);
  const rank = (id: string) => { const i = fitting.indexOf(id); return i < 0 ? Infinity : i; };
  const candidates = all.map((c) => (fitting.includes(c.id) ? { ...c, fits: true } : c)).sort((a, b) => rank(a.id) - rank(b.id));
  const newId = kind === 'actor' ? actorBook(ws).resolve(selected).id : newFactId(ws, uri, span, selected);
  return { ok: true, text: selected, candidates, newId };
}

/** The edit that wraps `span` as `[text]{actor=id}` or `[text]{fact=id}` (`[`, `]`, `{`, `}` and `\` escaped). */
export function markEdit(text: string, span: Span, kind: MarkKind, id: string): TextEdit {
  const inner = escapeSpanText(text.slice(span.start, span.end));
  return { span, newText: `[${inner}]{${kind}=${id}}` };
}

function actorBook(ws: WorkspaceModel): ActorBook {
  const mentioned: { id: string; text: string }[] = [];
  for (const a of ws.articles()) for (const m of a.mentions) mentioned.push({ id: m.actor.id, text: m.text });
  return new ActorBook(ws.registry, mentioned);
}

function actorsFor(ws: WorkspaceModel, selected: string): string[] {
  const found = actorBook(ws).find(selected);
  return found ? [found.id] : [];
}

function factsFor(ws: WorkspaceModel, text: string, span: Span): string[] {
  if (ws.registry.facts.size === 0) return [];
  const lineEnd = text.slice(span.end).search(/[\r\n]/);
  const line = { start: lineStartOf(text, span.start), end: lineEnd < 0 ? text.length : span.end + lineEnd };
  return rankFactsForFigure(text, span, span.end, line, ws.registry).slice(0, 3);
}

/** The untagged-figure check's proposed fact for a figure in the selection, else an id from the selected words. */
function newFactId(ws: WorkspaceModel, uri: string, span: Span, selected: string): string {
  const untagged = ws.diagnostics(uri).find((d) => d.code === 'untagged-figure' && span.start <= d.span.start && d.span.end <= span.end);
  const proposed = (untagged?.data as { proposedFact?: string } | undefined)?.proposedFact;
  if (proposed) return proposed;
  const words = selected.replace(/[\d.,%]+/g, ' ').trim();
  return suggestId(words)?.slice(0, 40).replace(/-+$/, '') || 'figure';
}
