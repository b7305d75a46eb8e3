// Completion in an article: attribute keys inside `{...}`, ids after `actor=`, `by=`, `fact=`,
// `src=`, dates after `asof=`, and `by:` in the front matter. claimmark.yaml: registryCompletion.ts.
import type { Article } from '../model/article';
import type { WorkspaceModel } from '../workspace/types';
import { ATTRIBUTE_KEYS, CLASS_NAMES, type AttributeKey } from '../syntax/vocabulary';
import { FRONT_MATTER_KEYS } from '../model/frontMatter';
import { type CompletionCandidate, idCandidates, lineStartOf } from './candidates';
import { rankFactsForFigure } from '../draft/index';
import { registryCompletion } from './registryCompletion';
import { dateRangeText } from './names';

const KEY_DOCS: Record<AttributeKey, string> = {
  actor: 'Marks an actor mention: who speaks or acts (an actor id).',
  fact: 'Makes the span a claim: what the figure measures (a fact id).',
  by: 'The actor who claims the figure (overrides attribution).',
  asof: 'When the figure held: YYYY-MM-DD, YYYY-MM, YYYY or a range A..B.',
  src: 'The primary source: a registry source id or an http(s) URL.',
  value: 'The figure to use instead of the text, e.g. value=3000.',
  unit: 'The unit to use, e.g. unit=km2.',
  quote: 'The words the actor used, when the article paraphrases.',
  note: "A reviewer's note.",
};

const CLASS_DOCS: Record<(typeof CLASS_NAMES)[number], string> = {
  nofigure: 'Not a figure: the untagged-figure check skips this text.',
  own: "The article's own voice: no speaker is borrowed from the sentence or paragraph.",
};

const ID_KIND = { actor: 'actor', by: 'actor', fact: 'fact', src: 'source' } as const;

/** Completion candidates at `offset` of a document (`text` is its current text). */
export function completionsAt(ws: WorkspaceModel, uri: string, text: string, offset: number): CompletionCandidate[] {
  if (uri === ws.registry.uri) return registryCompletion(ws, text, offset);
  const article = ws.getArticle(uri);
  if (!article) return [];
  const fm = article.syntax.frontMatter;
  if (fm && fm.bodySpan.start <= offset && offset <= fm.bodySpan.end) return frontMatterCompletion(ws, text, offset);
  return attributeCompletion(ws, article, text, offset);
}

/** How far the word under the cursor reaches to the right (so a completion replaces all of it). */
function wordEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /[A-Za-z0-9._-]/.test(text[i]!)) i++;
  return i;
}

function attributeCompletion(ws: WorkspaceModel, article: Article, text: string, offset: number): CompletionCandidate[] {
  const start = lineStartOf(text, offset);
  const before = text.slice(Math.max(start, offset - 2000), offset);
  const open = before.lastIndexOf(']{');
  if (open < 0) return [];
  const inside = before.slice(open + 2);
  if (inside.includes('}') || (inside.match(/"/g)?.length ?? 0) % 2 === 1) return [];
  const token = /[^\s]*$/.exec(inside)![0];
  const end = wordEnd(text, offset);
  const eq = token.indexOf('=');
  if (eq < 0) {
    const span = { start: offset - token.length, end };
    const present = new Set([...inside.matchAll(/([A-Za-z][\w-]*)=/g)].map((m) => m[1]!));
    const keys: CompletionCandidate[] = ATTRIBUTE_KEYS.filter((k) => !present.has(k)).map((k, i) => ({
      label: k, kind: 'key', detail: KEY_DOCS[k], insertText: `${k}=`, span, sortText: String(i).padStart(2, '0'), retrigger: k !== 'quote' && k !== 'note' && k !== 'value',
    }));
    const classes: CompletionCandidate[] = CLASS_NAMES.map((c) => ({ label: `.${c}`, kind: 'class', detail: CLASS_DOCS[c], insertText: `.${c}`, span, sortText: '99' }));
    return [...keys, ...classes];
  }
  const key = token.slice(0, eq);
  const span = { start: offset - (token.length - eq - 1), end };
  if (key === 'fact') return rankedFacts(ws, text, offset - before.length, offset, open, span);
  if (key in ID_KIND) return idCandidates(ws, ID_KIND[key as keyof typeof ID_KIND], span);
  if (key === 'asof') {
    const fact = /(?:^|\s)fact=([^\s}"]+)/.exec(inside)?.[1];
    return dateCandidates(ws, article, fact, span);
  }
  return [];
}

/** Dates worth offering for `asof=`: the article's dates, then as-ofs other claims of the fact use. */
function dateCandidates(ws: WorkspaceModel, article: Article, fact: string | undefined, span: { start: number; end: number }): CompletionCandidate[] {
  const out = new Map<string, string>();
  if (article.meta.published) {
    out.set(article.meta.published, 'the article is published on this date');
    out.set(article.meta.published.slice(0, 7), 'the month the article is published');
  }
  if (article.meta.retrieved) out.set(article.meta.retrieved, 'the article was retrieved on this date');
  const claims = fact ? ws.claimsByFact().get(fact) ?? [] : article.claims.map((claim) => ({ claim }));
  for (const r of claims) {
    const d = r.claim.asofSource === 'explicit' ? dateRangeText(r.claim.asof) : undefined;
    if (d && !out.has(d)) out.set(d, fact ? `as-of of another claim of ${fact}` : 'as-of of another claim in this article');
  }
  return [...out].map(([d, why], i) => ({ label: d, kind: 'date', detail: why, insertText: d, span, sortText: String(i).padStart(4, '0') }));
}

function frontMatterCompletion(ws: WorkspaceModel, text: string, offset: number): CompletionCandidate[] {
  const start = lineStartOf(text, offset);
  const line = text.slice(start, offset);
  const by = /^by:\s*["']?([a-z0-9._-]*)$/.exec(line);
  if (by) return idCandidates(ws, 'actor', { start: offset - by[1]!.length, end: wordEnd(text, offset) });
  if (!/^[A-Za-z-]*$/.test(line)) return [];
  const span = { start, end: wordEnd(text, offset) };
  return Object.entries(FRONT_MATTER_KEYS).map(([k, doc]) => ({ label: k, kind: 'key', detail: doc, insertText: `${k}: `, span, retrigger: k === 'by' }));
}

/**
 * Fact ids after `fact=`, the registry facts that fit the figure's sentence first (its counted
 * noun, verb, unit and words, as drafting reads them), then the rest as idCandidates orders them.
 */
function rankedFacts(ws: WorkspaceModel, text: string, beforeStart: number, offset: number, open: number, span: { start: number; end: number }): CompletionCandidate[] {
  const all = idCandidates(ws, 'fact', span);
  const figureEnd = beforeStart + open; // the `]` of `]{`
  const figureStart = text.lastIndexOf('[', figureEnd);
  const close = text.indexOf('}', offset);
  const lineEnd = text.indexOf('\n', offset);
  if (figureStart < 0 || close < 0 || ws.registry.facts.size === 0) return all;
  const line = { start: lineStartOf(text, offset), end: lineEnd < 0 ? text.length : lineEnd };
  const ranked = rankFactsForFigure(text, { start: figureStart + 1, end: figureEnd }, close + 1, line, ws.registry);
  ranked.forEach((id, i) => {
    const c = all.find((x) => x.label === id);
    if (c) { c.sortText = ` ${String(i).padStart(3, '0')}`; c.detail = `${c.detail ?? ''} (fits this sentence)`.trim(); }
  });
  return all;
}
