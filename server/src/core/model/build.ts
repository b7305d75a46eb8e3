// buildArticle: text -> Article. Parses the syntax, reads the front matter, turns spans into
// claims, actor mentions and not-a-figure marks, and resolves as-of and attribution
// (docs/format.md, Meaning). Never throws: problems are findings.
import type { Finding } from '../diagnostics/finding';
import type { MarkupSpanNode } from '../syntax/tree';
import type { ActorMention, Article, ArticleMeta, Claim, DateRange, IdRef } from './article';
import { parseArticleSyntax } from '../syntax/parse';
import { quote } from '../syntax/messages';
import { readFrontMatter } from './frontMatter';
import { parseAsOf } from './dates';
import { splitSentences } from './sentences';
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
  const noFigures = syntax.spans.filter((n) => n.classes.some((c) => c.name === 'nofigure')).map((n) => n.span);

  let next = 0;
  for (const line of syntax.lines) {
    const nodes: MarkupSpanNode[] = [];
    while (next < syntax.spans.length && syntax.spans[next]!.span.start < line.span.end) nodes.push(syntax.spans[next++]!);
    if (nodes.length === 0) continue;
    const lineMentions = nodes.flatMap((n) => mentionOf(n) ?? []);
    mentions.push(...lineMentions);
    const claimNodes = nodes.filter((n) => attr(n, 'fact'));
    if (claimNodes.length === 0) continue;
    const sentences = splitSentences(text, line.span, nodes.map((n) => n.span));
    for (const node of claimNodes) {
      const sentence = sentences.find((s) => s.start <= node.span.start && node.span.start < s.end) ?? line.span;
      const claim = buildClaim(node, published, findings);
      const found = attribute(node.span, claim.by, sentence, lineMentions, articleBy);
      claims.push({ ...claim, ...found, sentenceSpan: sentence, paragraphSpan: line.span });
      if (!found.actor) {
        findings.push({
          code: 'claim-without-actor',
          span: node.span,
          message: `No actor for ${quote(node.text)}: add by=, mark who said it with {actor=...} in its sentence, or set by: in the front matter`,
        });
      }
    }
  }
  return { uri, version, syntax, meta, claims, mentions, noFigures, findings: sortedUnique(findings) };
}

type ClaimParts = Omit<Claim, 'actor' | 'attribution' | 'sentenceSpan' | 'paragraphSpan'>;

function buildClaim(node: MarkupSpanNode, published: DateRange | undefined, findings: Finding[]): ClaimParts {
  const byAttr = attr(node, 'by');
  const quoteAttr = attr(node, 'quote');
  const noteAttr = attr(node, 'note');
  return {
    span: node.span,
    text: node.text,
    textSpan: node.textSpan,
    fact: idRef(attr(node, 'fact')!),
    ...(byAttr && { by: idRef(byAttr) }),
    ...claimAsOf(node, published, findings),
    ...claimSource(node),
    reading: claimReading(node, findings),
    ...(quoteAttr && { quote: quoteAttr.value }),
    ...(noteAttr && { note: noteAttr.value }),
  };
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
function sortedUnique(findings: Finding[]): Finding[] {
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
