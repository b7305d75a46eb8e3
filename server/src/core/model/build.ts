// buildArticle: text -> Article. Parses the syntax, reads the front matter, turns spans into
// claims, actor mentions and not-a-figure marks, and resolves as-of and attribution
// (docs/format.md, Meaning). Never throws: problems are findings.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { LineNode, MarkupSpanNode } from '../syntax/tree';
import type { ActorMention, Article, ArticleMeta, Claim, DateRange, IdRef } from './article';
import { parseArticleSyntax } from '../syntax/parse';
import { quote } from '../syntax/messages';
import { orEmpty } from '../syntax/shared';
import { readFrontMatter } from './frontMatter';
import { parseAsOf } from '../base/dates';
import { dollarOfArticle } from '../figures/localDollar';
import { sentencesInto } from './sentences';
import { attribute } from './attribution';
import { attr, claimAsOf, claimReading, claimSource, idRef } from './claim';

/** Reads one article file into its meaning. `version` is the caller's document version. */
export function buildArticle(uri: string, text: string, version = 0): Article {
  const syntax = parseArticleSyntax(text);
  const front = syntax.frontMatter ? readFrontMatter(syntax.frontMatter.body, syntax.frontMatter.bodySpan.start) : { meta: { keySpans: {} }, findings: [] };
  const meta: ArticleMeta = front.meta;
  const articleBy = articleByRef(text, meta);
  const published = meta.published ? parseAsOf(meta.published) : undefined;
  const findings: Finding[] = [...syntax.errors, ...front.findings];
  const claims: Claim[] = [];
  const mentions: ActorMention[] = [];
  const noFigures = noFigureSpans(syntax.spans);

  readLines({ text, published, articleBy, dollar: articleDollar(meta, text) }, syntax.lines, syntax.spans, claims, mentions, findings);
  return {
    uri, version, syntax, meta, claims: orEmpty(claims), mentions: orEmpty(mentions), noFigures, findings: sortedUnique(findings),
    ...(articleBy && { articleBy }), ...(published && { published }),
  };
}

/** What reading one line needs from the rest of the article (the front matter's `published`, `by` and `currency` or `url`). */
export interface LineContext {
  text: string;
  published: DateRange | undefined;
  articleBy: IdRef | undefined;
  /** The currency a bare "$" means in the article (undefined: US dollars), asked for only by a figure in dollars. */
  dollar: () => string | undefined;
}

/**
 * The currency a bare "$" means in an article: its front matter's `currency`, else its `url`'s
 * country, else its text's (figures/localDollar.ts); worked out once, when a figure first asks.
 */
export function articleDollar(meta: ArticleMeta, text: string): () => string | undefined {
  if (meta.currency) return () => meta.currency;
  let known = false;
  let dollar: string | undefined;
  return () => {
    if (!known) { dollar = dollarOfArticle(meta.url, text); known = true; }
    return dollar;
  };
}

/** True when a figure's text is in dollars ("$", "dollars"), whose reading depends on the article's dollar. */
export function namesDollars(figure: string): boolean {
  // (the pattern only for a text with a "d": no other character matches its "d" case-insensitively)
  return figure.includes('$') || ((figure.includes('d') || figure.includes('D')) && /dollar/i.test(figure));
}

/** readLine for each of `lines`, given the markup spans of those lines (in order). */
export function readLines(context: LineContext, lines: readonly LineNode[], spans: readonly MarkupSpanNode[], claims: Claim[], mentions: ActorMention[], findings: Finding[]): void {
  let next = 0;
  for (const line of lines) {
    const first = next;
    while (next < spans.length && spans[next]!.span.start < line.span.end) next++;
    // (the line's spans read where they stand in the article's list: no list of its own per line)
    if (next > first) readLine(context, line, spans, claims, mentions, findings, first, next);
  }
}

/**
 * Turns the markup spans of one line (`nodes[from, to)`, in order) into actor mentions and claims with
 * attribution, appending them and their findings. A line needs nothing from other lines but
 * `context`, so an edit can re-read only the lines it changed (update.ts). Plain loops: this
 * runs for every line of every article (no closures or intermediate arrays per line).
 */
export function readLine(context: LineContext, line: LineNode, nodes: readonly MarkupSpanNode[], claims: Claim[], mentions: ActorMention[], findings: Finding[], from = 0, to = nodes.length): void {
  const { text, published, articleBy, dollar } = context;
  const firstMention = mentions.length;
  let claimCount = 0;
  for (let k = from; k < to; k++) {
    const node = nodes[k]!;
    if (attr(node, 'fact')) claimCount++;
    else {
      const mention = mentionOf(node);
      if (mention) mentions.push(mention);
    }
  }
  if (claimCount === 0) return;
  for (let i = from; i < to; i++) PROTECTED[i - from] = nodes[i]!.span;
  const sentenceCount = sentencesInto(text, line.span, PROTECTED, to - from, SENTENCES);
  for (let k = from; k < to; k++) {
    const node = nodes[k]!;
    if (!attr(node, 'fact')) continue;
    const sentence = sentenceAt(SENTENCES, sentenceCount, node.span.start) ?? line.span;
    // `.own`: the article's own voice, so no speaker is borrowed from the sentence or paragraph
    const own = node.classes.length > 0 && node.classes.some((c) => c.name === 'own');
    const claim = buildClaim(node, published, findings, text.slice(node.span.end, node.span.end + 24), text.slice(Math.max(0, node.span.start - 300), node.span.start), dollar, own, sentence, line.span, mentions, own ? mentions.length : firstMention, articleBy);
    claims.push(claim);
    if (!claim.actor && !own) {
      findings.push({
        code: 'claim-without-actor',
        span: node.span,
        message: `No actor for ${quote(node.text)}: add by=, mark who said it with {actor=...} in its sentence, or set by: in the front matter`,
      });
    }
  }
}

/** The sentences and markup spans of the line readLine reads, reused line after line (no lists per line). */
const SENTENCES: Span[] = [];
const PROTECTED: Span[] = [];

/** The first of the first `count` sentences holding `offset`. */
function sentenceAt(sentences: readonly Span[], count: number, offset: number): Span | undefined {
  for (let i = 0; i < count; i++) {
    const s = sentences[i]!;
    if (s.start <= offset && offset < s.end) return s;
  }
  return undefined;
}

/**
 * A claim with its attribution and context, born with all its fields (absent ones undefined)
 * in one literal, in the order shift.ts keeps too: a literal of four fields given the rest one
 * by one kept them in a property array V8 grew three fields at a time (never spreads either:
 * claims built by spreads each got a hidden class of their own).
 */
function buildClaim(
  node: MarkupSpanNode, published: DateRange | undefined, findings: Finding[], after: string, before: string, dollar: () => string | undefined,
  own: boolean, sentence: Span, paragraph: Span, mentions: readonly ActorMention[], firstMention: number, articleBy: IdRef | undefined,
): Claim {
  const byAttr = attr(node, 'by');
  const quoteAttr = attr(node, 'quote');
  const noteAttr = attr(node, 'note');
  const fact = idRef(attr(node, 'fact')!);
  const by = byAttr ? idRef(byAttr) : undefined;
  const asof = claimAsOf(node, published, findings);
  const source = claimSource(node);
  // (only a figure in dollars needs to know which: the text is searched for it at most once)
  const reading = claimReading(node, findings, after, before, namesDollars(node.text) ? dollar() : undefined);
  const found = attribute(node.span, by, sentence, mentions, articleBy, firstMention);
  return {
    span: node.span, text: node.text, textSpan: node.textSpan, fact, actor: found.actor, attribution: found.attribution, by,
    asof: asof.asof, asofSource: asof.asofSource, src: source.src, srcIsUrl: source.srcIsUrl, reading,
    // a figure read from its printed text carries that text's precision; `value=` is exact (conflicts/entry.ts)
    printed: attr(node, 'value') === undefined,
    own: own ? true : undefined, quote: quoteAttr?.value, note: noteAttr?.value, sentenceSpan: sentence, paragraphSpan: paragraph,
  };
}

/** The spans marked `.nofigure`, in order. */
export function noFigureSpans(nodes: readonly MarkupSpanNode[]): Span[] {
  const spans: Span[] = [];
  for (const n of nodes) if (n.classes.length > 0 && n.classes.some((c) => c.name === 'nofigure')) spans.push(n.span);
  return orEmpty(spans);
}

/** An actor mention: a span with `actor=` and no `fact=` (both is conflicting-roles; the claim wins). */
function mentionOf(node: MarkupSpanNode): ActorMention | undefined {
  const a = attr(node, 'actor');
  if (!a || attr(node, 'fact')) return undefined;
  return { actor: idRef(a), text: node.text, span: node.span, textSpan: node.textSpan };
}

/** The front matter `by` as an id reference located at its value (for references and rename). */
export function articleByRef(text: string, meta: ArticleMeta): IdRef | undefined {
  if (meta.by === undefined) return undefined;
  const value = meta.valueSpans?.['by'];
  if (value) {
    const written = text.slice(value.start, value.end);
    if (written === meta.by) return { id: meta.by, span: value };
    if (written.length === meta.by.length + 2 && written.slice(1, -1) === meta.by) return { id: meta.by, span: { start: value.start + 1, end: value.end - 1 } };
  }
  const key = meta.keySpans['by'];
  if (!key) return { id: meta.by, span: { start: 0, end: 0 } };
  let lineEnd = text.indexOf('\n', key.start);
  if (lineEnd < 0) lineEnd = text.length;
  const colon = text.indexOf(':', key.start);
  const at = colon >= 0 && colon < lineEnd ? text.indexOf(meta.by, colon + 1) : -1;
  if (meta.by === '' || at < 0 || at + meta.by.length > lineEnd) return { id: meta.by, span: key };
  return { id: meta.by, span: { start: at, end: at + meta.by.length } };
}

/** Findings in text order, without exact repeats (same code and span). */
export function sortedUnique(findings: Finding[]): Finding[] {
  if (findings.length === 0) return orEmpty(findings);
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.code}@${f.span.start}:${f.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
