// An article's syntax whose markup-span trees can be dropped between uses and re-derived from
// its text on first access (the workspace drops those of documents not open in an editor).
import type { Span } from '../span';
import type { AttributeNode, MarkupSpanNode, ArticleSyntax } from '../syntax/tree';
import type { Article, IdRef } from './article';
import { parseArticleSyntax } from '../syntax/parse';

/** The kept span trees (undefined: released), in a slot that deep equality does not see. */
const KEPT = Symbol('kept markup spans');
/** The article the syntax belongs to: re-derived nodes share its claims' span objects again. */
const OWNER = Symbol('owning article');

interface Releasable extends ArticleSyntax {
  [KEPT]: MarkupSpanNode[] | undefined;
  [OWNER]: Article;
}

function getSpans(this: Releasable): MarkupSpanNode[] {
  let spans = this[KEPT];
  if (!spans) {
    spans = parseArticleSyntax(this.text).spans;
    relink(spans, this[OWNER]);
    this[KEPT] = spans;
  }
  return spans;
}

function setSpans(this: Releasable, spans: MarkupSpanNode[]): void {
  this[KEPT] = spans;
}

/** True when `syntax` was made by releasableSyntax. */
export function isReleasable(syntax: ArticleSyntax): boolean {
  return KEPT in syntax;
}

/**
 * A copy of `article.syntax` whose `spans` is an (enumerable) accessor: kept until
 * releaseSpans, then re-parsed from the text once on the next read. The same values.
 */
export function releasableSyntax(article: Article): ArticleSyntax {
  const s = article.syntax;
  const out = { text: s.text, bomLength: s.bomLength } as Releasable;
  if (s.frontMatter) out.frontMatter = s.frontMatter;
  out.lines = s.lines;
  Object.defineProperty(out, 'spans', { get: getSpans, set: setSpans, enumerable: true, configurable: false });
  out.suppressions = s.suppressions;
  out.comments = s.comments;
  out.errors = s.errors;
  Object.defineProperty(out, KEPT, { value: s.spans, writable: true, enumerable: false });
  Object.defineProperty(out, OWNER, { value: article, writable: true, enumerable: false });
  return out;
}

/** Drops the span trees of a releasable syntax (others keep theirs); the next read re-derives them. */
export function releaseSpans(syntax: ArticleSyntax): void {
  if (KEPT in syntax) (syntax as Releasable)[KEPT] = undefined;
}

/** True when a releasable syntax holds its span trees now (others always do). */
export function holdsSpans(syntax: ArticleSyntax): boolean {
  return !(KEPT in syntax) || (syntax as Releasable)[KEPT] !== undefined;
}

/**
 * Makes re-derived nodes share the span objects the article's claims, mentions and
 * `.nofigure` spans hold, as buildArticle's do (half the span objects). Only spans of equal
 * value are swapped, so the values stay the same. Also for the nodes an edited article makes
 * from runs (nodeRuns.ts).
 */
export function relink(nodes: MarkupSpanNode[], article: Article): void {
  if (nodes.length === 0) return;
  // each list is in text order, as the nodes are: one walk over the nodes per list
  let i = 0;
  for (const s of article.noFigures) {
    const n = nodeAt(nodes, (i = firstFrom(nodes, i, s.start)));
    if (n && sameSpan(n.span, s)) n.span = s;
  }
  i = 0;
  for (const m of article.mentions) {
    const n = nodeAt(nodes, (i = firstFrom(nodes, i, m.span.start)));
    if (!n || !sameSpan(n.span, m.span) || !sameSpan(n.textSpan, m.textSpan)) continue;
    n.span = m.span;
    n.textSpan = m.textSpan;
    relinkRef(n.attributes, m.actor);
  }
  i = 0;
  for (const c of article.claims) {
    const n = nodeAt(nodes, (i = firstFrom(nodes, i, c.span.start)));
    if (!n || !sameSpan(n.span, c.span) || !sameSpan(n.textSpan, c.textSpan)) continue;
    n.span = c.span;
    n.textSpan = c.textSpan;
    relinkRef(n.attributes, c.fact);
    if (c.by) relinkRef(n.attributes, c.by);
    if (c.src) relinkRef(n.attributes, c.src);
  }
}

/** The first index from `i` on whose node starts at or after `offset`. */
function firstFrom(nodes: readonly MarkupSpanNode[], i: number, offset: number): number {
  while (i < nodes.length && nodes[i]!.span.start < offset) i++;
  return i;
}

function nodeAt(nodes: readonly MarkupSpanNode[], i: number): MarkupSpanNode | undefined {
  return i < nodes.length ? nodes[i] : undefined;
}

/** The attribute whose value span equals the id reference's takes the reference's span object. */
function relinkRef(attributes: AttributeNode[], ref: IdRef): void {
  for (const a of attributes) {
    if (sameSpan(a.valueSpan, ref.span)) {
      a.valueSpan = ref.span;
      return;
    }
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
