// The untagged-figure check: every figure in an article's prose that no claim wraps, as an
// `untagged-figure` finding with the data its quick fixes need (see fixes.ts).
import { firstStartingAt, type Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Rules } from '../registry/types';
import { splitSentences } from '../model/sentences';
import type { ArticleSyntax, MarkupSpanNode } from '../syntax/tree';
import { detectFigures, type DetectOptions, type FigureCandidate } from './detect';
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

/**
 * Finds the figures of `article` that no claim wraps. `options.vagueQuantities` overrides the
 * rule (a user setting); `options.fixData: false` leaves out what only quick fixes read (the
 * proposed fact and guessed actor, about a third of this check's time): for a check that only reports.
 */
export function findUntaggedFigures(article: Article, rules: Rules, options?: { vagueQuantities?: boolean; fixData?: boolean }): Finding[] {
  if (fileSuppressed(article.syntax)) return [];
  const candidates = detectFigures(article.syntax.text, maskedSpans(article), detectOptions(rules, options));
  return options?.fixData === false ? reportOnly(article.syntax, candidates) : new FigureDescriber(article).describe(candidates);
}

/** The findings of `candidates` without fix data, dropping those on lines that suppress the check. */
function reportOnly(syntax: ArticleSyntax, candidates: readonly FigureCandidate[]): Finding[] {
  const quiet = quietLinesOf(syntax);
  const findings: Finding[] = [];
  for (const c of candidates) {
    const line = lineAt(syntax.lines, c.span.start);
    if (line && !quiet.has(line.start)) findings.push({ code: CODE, span: c.span, message: messageOf(c) });
  }
  return findings;
}

/** Starts of the lines whose `claimmark-disable-line` comments switch the check off. */
function quietLinesOf(syntax: ArticleSyntax): Set<number | undefined> {
  return new Set(syntax.suppressions.filter((s) => s.scope === 'line' && suppresses(s.codes)).map((s) => lineAt(syntax.lines, s.span.start)?.start));
}

function messageOf(c: FigureCandidate): string {
  return `'${c.text}' is not tagged as a claim`;
}

/** True when a `claimmark-disable-file` comment switches the check off for the whole article. */
export function fileSuppressed(syntax: ArticleSyntax): boolean {
  return syntax.suppressions.some((s) => s.scope === 'file' && suppresses(s.codes));
}

/** What the detector reports, from the workspace rules and the user's override. */
export function detectOptions(rules: Rules, options?: { vagueQuantities?: boolean }): DetectOptions {
  return { vagueQuantities: options?.vagueQuantities ?? rules.vagueQuantities, notFigures: rules.notFigures };
}

/**
 * Turns figure candidates into findings with their fix data (proposed fact, guessed actor),
 * dropping those on lines that suppress the check. Candidates come in text order, over one
 * or several calls: each line is split once, and sentences and spans are walked forwards.
 */
export class FigureDescriber {
  /** The actor guesser (its speakerGuesses count tells when a guess read the whole article's mentions). */
  readonly actors: ActorGuesser;
  private readonly syntax: ArticleSyntax;
  private readonly quietLines: Set<number | undefined>;
  private readonly spans: readonly MarkupSpanNode[];
  private sentencesLine: Span | undefined;
  private sentences: Span[] = [];
  private nextSentence = 0;
  private naming: SentenceNaming | undefined;

  /** `shared`: see ActorGuesser. */
  constructor(article: Article, shared?: { mentionTokens?: Map<string, number[]> }) {
    const syntax = (this.syntax = article.syntax);
    this.quietLines = quietLinesOf(syntax);
    this.actors = new ActorGuesser(article, shared);
    this.spans = syntax.spans;
  }

  /** The findings of `candidates` (in text order, after those of earlier calls). */
  describe(candidates: readonly FigureCandidate[]): Finding[] {
    const { syntax, spans } = this;
    const findings: Finding[] = [];
    for (const c of candidates) {
      const line = lineAt(syntax.lines, c.span.start);
      if (!line || this.quietLines.has(line.start)) continue;
      if (this.sentencesLine !== line) {
        // the parser lists spans line by line (not always sorted within one): this line's, sorted
        const protectedSpans: Span[] = [];
        for (let i = firstStartingAt(spans, line.start); i < spans.length && spans[i]!.span.start <= line.end; i++) if (spans[i]!.span.end <= line.end) protectedSpans.push(spans[i]!.span);
        protectedSpans.sort((a, b) => a.start - b.start);
        this.sentences = sentencesOf(syntax.text, line, protectedSpans);
        this.sentencesLine = line;
        this.nextSentence = 0;
      }
      const sentences = this.sentences;
      while (this.nextSentence < sentences.length && sentences[this.nextSentence]!.end < c.span.end) this.nextSentence++;
      const found = sentences[this.nextSentence];
      const sentence = found && found.start <= c.span.start && c.span.end <= found.end ? found : line; // sentences are disjoint: no other one can hold it
      if (this.naming?.sentence !== sentence) this.naming = new SentenceNaming(syntax.text, sentence);
      const data: UntaggedFigureData = { figure: c.text, proposedFact: this.naming.factId(c.span, c.noun) };
      const actor = this.actors.guess(sentence, c.span);
      if (actor) data.guessedActor = actor;
      findings.push({ code: CODE, span: c.span, message: messageOf(c), data });
    }
    return findings;
  }
}
