// Document symbols (the outline): an article's front matter, claims and actor mentions in text
// order; claimmark.yaml's sections and entries. Workspace symbols: registry entries, ids used
// but undefined, and articles, matched against a query.
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { IdKind, WorkspaceModel } from '../workspace/types';
import { actorName, articleTitle, dateRangeText } from './names';
import { SECTION_OF } from '../registry/entryEdit';
import { NOT_CANCELLED, type CancellationToken } from '../cancellation';

/** One symbol of a document. */
export interface SymbolNode {
  name: string;
  detail?: string;
  kind: 'front-matter' | 'claim' | 'mention' | 'section' | IdKind | 'article';
  span: Span;
  selectionSpan: Span;
  children?: SymbolNode[];
}

/** The outline of a document (`text` is its current text; needed for claimmark.yaml). */
export function documentSymbols(ws: WorkspaceModel, uri: string, text: string): SymbolNode[] {
  if (uri === ws.registry.uri) return registrySymbols(ws, text);
  const article = ws.getArticle(uri);
  return article ? articleSymbols(ws, article) : [];
}

function articleSymbols(ws: WorkspaceModel, article: Article): SymbolNode[] {
  const out: SymbolNode[] = [];
  const fm = article.syntax.frontMatter;
  if (fm) out.push({ name: article.meta.title ?? 'Front matter', detail: [article.meta.outlet, article.meta.published].filter(Boolean).join(', '), kind: 'front-matter', span: fm.span, selectionSpan: fm.span });
  for (const c of article.claims) {
    const detail = [c.actor && actorName(ws.registry, c.actor.id), dateRangeText(c.asof)].filter(Boolean).join(', ');
    out.push({ name: `${c.fact.id}: ${c.text}`, ...(detail && { detail }), kind: 'claim', span: c.span, selectionSpan: c.textSpan });
  }
  for (const m of article.mentions) out.push({ name: m.text, detail: `actor=${m.actor.id}`, kind: 'mention', span: m.span, selectionSpan: m.textSpan });
  return out.sort((a, b) => a.span.start - b.span.start);
}

function registrySymbols(ws: WorkspaceModel, text: string): SymbolNode[] {
  const reg = ws.registry;
  const out: SymbolNode[] = [];
  for (const kind of ['actor', 'fact', 'source'] as const) {
    const table: Map<string, { id: string; keySpan: Span; span: Span; name?: string; label?: string; title?: string; publisher?: string }> =
      kind === 'actor' ? reg.actors : kind === 'fact' ? reg.facts : reg.sources;
    const children: SymbolNode[] = [...table.values()].map((d) => {
      const detail = d.name ?? d.label ?? d.title ?? d.publisher;
      return { name: d.id, ...(detail && { detail }), kind, span: d.span, selectionSpan: d.keySpan };
    });
    const m = new RegExp(`^${SECTION_OF[kind]}\\s*:`, 'm').exec(text);
    if (!m) continue;
    const end = Math.max(m.index + m[0].length, ...children.map((c) => c.span.end));
    out.push({ name: SECTION_OF[kind], detail: `${children.length}`, kind: 'section', span: { start: m.index, end }, selectionSpan: { start: m.index, end: m.index + SECTION_OF[kind].length }, children });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A workspace symbol: a name and where it is. */
export interface WorkspaceSymbolHit {
  name: string;
  detail?: string;
  kind: IdKind | 'article';
  uri: string;
  span: Span;
}

/** True when every character of `query` appears in `s` in order (case-insensitive). */
export function fuzzyMatch(query: string, s: string): boolean {
  const q = query.toLowerCase();
  const t = s.toLowerCase();
  let j = 0;
  for (let i = 0; i < t.length && j < q.length; i++) if (t[i] === q[j]) j++;
  return j === q.length;
}

/** Registry entries, undefined ids (at their first use) and articles that match `query`, at most `limit` (partial once `token` is set). */
export function workspaceSymbols(ws: WorkspaceModel, query: string, token: CancellationToken = NOT_CANCELLED, limit = 500): WorkspaceSymbolHit[] {
  const out: WorkspaceSymbolHit[] = [];
  const add = (h: WorkspaceSymbolHit) => { if (out.length < limit && (fuzzyMatch(query, h.name) || (h.detail !== undefined && fuzzyMatch(query, h.detail)))) out.push(h); };
  const reg = ws.registry;
  for (const kind of ['actor', 'fact', 'source'] as const) {
    const groups = kind === 'actor' ? ws.claimsByActor() : kind === 'fact' ? ws.claimsByFact() : ws.claimsBySource();
    const table = kind === 'actor' ? reg.actors : kind === 'fact' ? reg.facts : reg.sources;
    for (const [id, d] of table) {
      const def = d as { name?: string; label?: string; title?: string; keySpan: Span };
      const detail = def.name ?? def.label ?? def.title;
      if (reg.uri) add({ name: id, ...(detail && { detail }), kind, uri: reg.uri, span: def.keySpan });
    }
    for (const [id, claims] of groups) {
      if (token.isCancellationRequested) return out;
      const first = claims[0];
      if (!table.has(id) && first) add({ name: id, detail: 'not in claimmark.yaml', kind, uri: first.uri, span: kind === 'fact' ? first.claim.fact.span : first.claim.span });
    }
  }
  for (const a of ws.articles()) if (!token.isCancellationRequested) add({ name: articleTitle(a), detail: a.meta.outlet ?? a.uri, kind: 'article', uri: a.uri, span: { start: 0, end: 0 } });
  return out;
}
