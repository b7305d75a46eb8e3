// The markup nodes of an edited article, kept as runs of earlier node lists, each run moved by
// a length change, and made into one list only when something reads `syntax.spans` (hover,
// symbols, fixes). An edit then costs the runs it cuts, not a moved copy of every node after
// it (about 15 objects a node: 2 MB per edit of a 1 MB article). The untagged check reads
// only the edited lines' nodes (nodesBetween), so typing never makes the list.
import type { Span } from '../span';
import type { ArticleSyntax, AttributeNode, ClassNode, MarkupSpanNode } from '../syntax/tree';
import type { Article } from './article';
import { orEmpty } from '../syntax/shared';
import { relink } from './releasableSyntax';

/** `list[from..to)`, each node moved by `delta` UTF-16 units. */
interface Run {
  readonly list: readonly MarkupSpanNode[];
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/** Runs kept before the shortest neighbours are merged: bounds lookups and the old lists kept alive. */
const MAX_RUNS = 64;

/** The runs of a syntax whose nodes are not made yet, and the article whose claims made ones share spans with. */
const RUNS = Symbol('markup node runs');
const MADE = Symbol('made markup nodes');
const OWNER = Symbol('owning article');

interface RunSyntax extends ArticleSyntax {
  [RUNS]: readonly Run[] | undefined;
  [MADE]: MarkupSpanNode[] | undefined;
  [OWNER]: Article | undefined;
}

function getSpans(this: RunSyntax): MarkupSpanNode[] {
  let made = this[MADE];
  if (!made) {
    made = materialize(this[RUNS]!);
    const owner = this[OWNER];
    // made nodes share the span objects of the claims they wrap, as buildArticle's do
    if (owner) relink(made, owner);
    this[MADE] = made;
    this[RUNS] = undefined;
  }
  return made;
}

function setSpans(this: RunSyntax, spans: MarkupSpanNode[]): void {
  this[MADE] = spans;
  this[RUNS] = undefined;
}

/** The runs of `syntax`'s nodes: its pending runs, or one run over its list. */
function runsOf(syntax: ArticleSyntax): readonly Run[] {
  const pending = RUNS in syntax ? (syntax as RunSyntax)[RUNS] : undefined;
  if (pending) return pending;
  const list = syntax.spans;
  return list.length === 0 ? [] : [{ list, from: 0, to: list.length, delta: 0 }];
}

/**
 * The runs for an edit of `old` (see ArticleEdit): its nodes starting before `start`, then
 * `middle` (the re-read lines' nodes), then its nodes from `oldStop` on, moved by `delta`.
 */
export function splicedRuns(old: ArticleSyntax, start: number, oldStop: number, delta: number, middle: readonly MarkupSpanNode[]): Run[] {
  const out: Run[] = [];
  const runs = runsOf(old);
  for (const r of runs) {
    const to = firstFrom(r, start);
    if (to > r.from) push(out, to === r.to ? r : { list: r.list, from: r.from, to, delta: r.delta });
    if (to < r.to) break;
  }
  if (middle.length > 0) push(out, { list: middle, from: 0, to: middle.length, delta: 0 });
  if (oldStop !== Infinity) {
    for (const r of runs) {
      if (r.to === r.from || startOf(r, r.to - 1) < oldStop) continue;
      const from = firstFrom(r, oldStop);
      push(out, { list: r.list, from, to: r.to, delta: r.delta + delta });
    }
  }
  while (out.length > MAX_RUNS) mergeShortest(out);
  return out;
}

/**
 * `syntax` (without its `spans`) with nodes made from `runs` on first read. `owner`, set once
 * the article exists (ownRuns), gives made nodes its claims' span objects.
 */
export function runSyntax(syntax: Omit<ArticleSyntax, 'spans'>, runs: readonly Run[]): ArticleSyntax {
  const out = syntax as RunSyntax;
  Object.defineProperty(out, 'spans', { get: getSpans, set: setSpans, enumerable: true, configurable: false });
  Object.defineProperty(out, RUNS, { value: runs, writable: true, enumerable: false });
  Object.defineProperty(out, MADE, { value: undefined, writable: true, enumerable: false });
  Object.defineProperty(out, OWNER, { value: undefined, writable: true, enumerable: false });
  return out;
}

/** Names the article a run syntax belongs to (see runSyntax). */
export function ownRuns(article: Article): void {
  if (RUNS in article.syntax) (article.syntax as RunSyntax)[OWNER] = article;
}

/** True when `syntax.spans` is still runs (nothing has read it since the edit). */
export function nodesPending(syntax: ArticleSyntax): boolean {
  return RUNS in syntax && (syntax as RunSyntax)[RUNS] !== undefined;
}

/**
 * The nodes starting in [from, to) (line starts), without making the whole list: moved copies
 * where they lie in a moved run. The same values as cutting `syntax.spans` there.
 */
export function nodesBetween(syntax: ArticleSyntax, from: number, to: number): MarkupSpanNode[] {
  const out: MarkupSpanNode[] = [];
  for (const r of runsOf(syntax)) {
    if (r.to === r.from || startOf(r, r.to - 1) < from) continue;
    const last = firstFrom(r, to);
    for (let i = firstFrom(r, from); i < last; i++) out.push(r.delta === 0 ? r.list[i]! : movedNode(r.list[i]!, r.delta));
    if (last < r.to) break;
  }
  return out;
}

/** A node moved by `delta`: new objects throughout (articles share nothing that moves). */
function movedNode(n: MarkupSpanNode, delta: number): MarkupSpanNode {
  return {
    span: moved(n.span, delta),
    text: n.text,
    textSpan: moved(n.textSpan, delta),
    attrsSpan: moved(n.attrsSpan, delta),
    attributes: n.attributes.length === 0 ? orEmpty(n.attributes) : n.attributes.map((a) => movedAttribute(a, delta)),
    classes: n.classes.length === 0 ? orEmpty(n.classes) : n.classes.map((c): ClassNode => ({ name: c.name, span: moved(c.span, delta) })),
  };
}

function movedAttribute(a: AttributeNode, delta: number): AttributeNode {
  return { key: a.key, keySpan: moved(a.keySpan, delta), value: a.value, valueSpan: moved(a.valueSpan, delta), quoted: a.quoted, span: moved(a.span, delta) };
}

function moved(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

/** One list of every run's nodes, at its exact size (empty: the shared empty list, as the parser's). */
function materialize(runs: readonly Run[]): MarkupSpanNode[] {
  let n = 0;
  for (const r of runs) n += r.to - r.from;
  const out: MarkupSpanNode[] = new Array(n);
  let k = 0;
  for (const r of runs) for (let i = r.from; i < r.to; i++) out[k++] = r.delta === 0 ? r.list[i]! : movedNode(r.list[i]!, r.delta);
  return orEmpty(out);
}

/** Where the run's `i`th node starts now. */
function startOf(r: Run, i: number): number {
  return r.list[i]!.span.start + r.delta;
}

/** The first index of `r` whose node starts at or after `offset` now (r.to when none). */
function firstFrom(r: Run, offset: number): number {
  let lo = r.from;
  let hi = r.to;
  const at = offset - r.delta;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.list[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Appends a run, joined with the last one when it continues it (the same list, next index, same move). */
function push(out: Run[], r: Run): void {
  const last = out[out.length - 1];
  if (last && last.list === r.list && last.to === r.from && last.delta === r.delta) out[out.length - 1] = { list: r.list, from: last.from, to: r.to, delta: r.delta };
  else out.push(r);
}

/** Replaces the two neighbouring runs with the fewest nodes by one run over their moved nodes. */
function mergeShortest(out: Run[]): void {
  let best = 0;
  for (let i = 1; i + 1 < out.length; i++) if (size(out[i]!) + size(out[i + 1]!) < size(out[best]!) + size(out[best + 1]!)) best = i;
  const list = materialize([out[best]!, out[best + 1]!]);
  out.splice(best, 2, { list, from: 0, to: list.length, delta: 0 });
}

function size(r: Run): number {
  return r.to - r.from;
}
