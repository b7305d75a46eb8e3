// The untagged-figure check: every figure in an article's prose that no claim wraps, as an
// `untagged-figure` finding with the data its quick fixes need (see fixes.ts).
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Rules } from '../registry/types';
import { splitSentences } from '../model/sentences';
import { detectFigures } from './detect';
import { maskedSpans } from './mask';
import { guessActor, proposeFactId } from './naming';

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

/** The line (paragraph) that contains `offset`, by binary search over the article's lines. */
function lineAt(lines: readonly { span: Span }[], offset: number): Span | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = lines[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Finds the figures of `article` that no claim wraps. `options.vagueQuantities` overrides the rule (a user setting). */
export function findUntaggedFigures(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): Finding[] {
  const syntax = article.syntax;
  if (syntax.suppressions.some((s) => s.scope === 'file' && suppresses(s.codes))) return [];
  const quietLines = syntax.suppressions.filter((s) => s.scope === 'line' && suppresses(s.codes)).map((s) => lineAt(syntax.lines, s.span.start)).filter((l): l is Span => l !== undefined);
  const candidates = detectFigures(syntax.text, maskedSpans(article), {
    vagueQuantities: options?.vagueQuantities ?? rules.vagueQuantities,
    notFigures: rules.notFigures,
  });
  const findings: Finding[] = [];
  let sentencesLine: Span | undefined;
  let sentences: Span[] = [];
  for (const c of candidates) {
    const line = lineAt(syntax.lines, c.span.start);
    if (!line || quietLines.some((q) => q.start === line.start)) continue;
    if (sentencesLine !== line) {
      // candidates come in text order: split each line once
      const protectedSpans = syntax.spans.filter((s) => s.span.start >= line.start && s.span.end <= line.end).map((s) => s.span);
      sentences = splitSentences(syntax.text, line, protectedSpans);
      sentencesLine = line;
    }
    const sentence = sentences.find((s) => s.start <= c.span.start && c.span.end <= s.end) ?? line;
    const data: UntaggedFigureData = { figure: c.text, proposedFact: proposeFactId(syntax.text, c.span, c.noun, sentence) };
    const actor = guessActor(article, sentence, c.span);
    if (actor) data.guessedActor = actor;
    findings.push({ code: CODE, span: c.span, message: `'${c.text}' is not tagged as a claim`, data });
  }
  return findings;
}
