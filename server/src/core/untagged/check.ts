// The untagged-figure check: every figure in an article's prose that no claim wraps, as an
// `untagged-figure` finding with the data its quick fixes need (see fixes.ts).
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Rules } from '../registry/types';
import { splitSentences } from '../model/sentences';
import { detectFigures } from './detect';
import { lineAt, maskedSpans } from './mask';
import { ActorGuesser, SentenceNaming } from './naming';

/** What an untagged-figure finding carries for its fixes. */
export interface UntaggedFigureData {
  /** The figure as printed (the finding's span text). */
  figure: string;
  /** A kebab-case fact id proposed from the sentence. */
  proposedFact: string;
  /** An actor id found in the sentence (a mention, or a named speaker matching a mention). */
  guessedActor?: string;
}

const CODE = 'untagged-figure';

function suppresses(codes: readonly string[]): boolean {
  return codes.length === 0 || codes.includes(CODE);
}

/**
 * The sentences of one line, split on the line's own text: splitSentences searches the
 * whole text for the next terminator, so a file of many lines without one took quadratic time.
 */
function sentencesOf(text: string, line: Span, protectedSpans: readonly Span[]): Span[] {
  const shift = (s: Span, by: number) => ({ start: s.start + by, end: s.end + by });
  const local = splitSentences(text.slice(line.start, line.end), { start: 0, end: line.end - line.start }, protectedSpans.map((s) => shift(s, -line.start)));
  return local.map((s) => shift(s, line.start));
}

/** Finds the figures of `article` that no claim wraps. `options.vagueQuantities` overrides the rule (a user setting). */
export function findUntaggedFigures(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): Finding[] {
  const syntax = article.syntax;
  if (syntax.suppressions.some((s) => s.scope === 'file' && suppresses(s.codes))) return [];
  const quietLines = new Set(syntax.suppressions.filter((s) => s.scope === 'line' && suppresses(s.codes)).map((s) => lineAt(syntax.lines, s.span.start)?.start));
  const candidates = detectFigures(syntax.text, maskedSpans(article), {
    vagueQuantities: options?.vagueQuantities ?? rules.vagueQuantities,
    notFigures: rules.notFigures,
  });
  const findings: Finding[] = [];
  const actors = new ActorGuesser(article);
  const spans = [...syntax.spans].sort((a, b) => a.span.start - b.span.start);
  let nextSpan = 0;
  let sentencesLine: Span | undefined;
  let sentences: Span[] = [];
  let nextSentence = 0;
  let naming: SentenceNaming | undefined;
  // candidates come in text order: each line is split once, and sentences and spans are walked forwards
  for (const c of candidates) {
    const line = lineAt(syntax.lines, c.span.start);
    if (!line || quietLines.has(line.start)) continue;
    if (sentencesLine !== line) {
      while (nextSpan < spans.length && spans[nextSpan]!.span.start < line.start) nextSpan++;
      const protectedSpans: Span[] = [];
      for (let i = nextSpan; i < spans.length && spans[i]!.span.start <= line.end; i++) if (spans[i]!.span.end <= line.end) protectedSpans.push(spans[i]!.span);
      sentences = sentencesOf(syntax.text, line, protectedSpans);
      sentencesLine = line;
      nextSentence = 0;
    }
    while (nextSentence < sentences.length && sentences[nextSentence]!.end < c.span.end) nextSentence++;
    const found = sentences[nextSentence];
    const sentence = found && found.start <= c.span.start && c.span.end <= found.end ? found : line; // sentences are disjoint: no other one can hold it
    if (naming?.sentence !== sentence) naming = new SentenceNaming(syntax.text, sentence);
    const data: UntaggedFigureData = { figure: c.text, proposedFact: naming.factId(c.span, c.noun) };
    const actor = actors.guess(sentence, c.span);
    if (actor) data.guessedActor = actor;
    findings.push({ code: CODE, span: c.span, message: `'${c.text}' is not tagged as a claim`, data });
  }
  return findings;
}
