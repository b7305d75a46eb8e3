// The untagged-figure check memoised per line, so an edit re-detects only the lines it changed.
// A line's findings, relative to its start, depend on its own text (its markup, comments,
// suppressions, URLs and mentions all come from it: the parser reads each line on its own),
// the characters right around it, the detect options, and, for actor guesses that found no
// mention in their sentence, the article's mentions (a speaker is matched against all of them).
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Rules } from '../registry/types';
import type { LineNode } from '../syntax/tree';
import { detectFigures } from './detect';
import { maskedSpans } from './mask';
import { detectOptions, FigureDescriber, fileSuppressed } from './check';

/** One line's findings. */
interface LineEntry {
  /** Spans relative to the line's start. */
  findings: Finding[];
  /** Set when a guess asked for a named speaker: the mentions generation it was made in. */
  speakerGeneration?: number;
  /** The characters before and after the line (see around()). */
  around: string;
}

/**
 * findUntaggedFigures with a memory: `check` gives what findUntaggedFigures gives, re-detecting
 * only lines whose text (or surroundings, or options) it has not seen in the previous check.
 * One cache per document: it keeps the lines of the last article checked.
 */
export class UntaggedCache {
  private lines = new Map<string, LineEntry>();
  private optionsKey = '';
  private speakers = '';
  private speakerGeneration = 0;
  /** The mention word index of the current speaker generation (see ActorGuesser). */
  private shared: { mentionTokens?: Map<string, number[]> } = {};

  /** The untagged figures of `article` (see findUntaggedFigures). */
  check(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): Finding[] {
    const syntax = article.syntax;
    if (fileSuppressed(syntax)) return [];
    const detect = detectOptions(rules, options);
    const optionsKey = JSON.stringify([detect.vagueQuantities, detect.notFigures]);
    if (optionsKey !== this.optionsKey) {
      this.lines.clear();
      this.optionsKey = optionsKey;
    }
    const speakers = article.mentions.map((m) => `${m.actor.id}\u0001${m.text}`).join('\u0002');
    if (speakers !== this.speakers) {
      this.speakers = speakers;
      this.speakerGeneration++;
      this.shared = {};
    }

    const text = syntax.text;
    // keyed by the line's own text (a slice: no copy), its surroundings checked on a hit
    const keys = syntax.lines.map((l) => text.slice(l.span.start, l.span.end));
    const entries: (LineEntry | undefined)[] = keys.map((k, i) => {
      const e = this.lines.get(k);
      const fresh = e && (e.speakerGeneration === undefined || e.speakerGeneration === this.speakerGeneration);
      return fresh && e.around === around(text, syntax.lines[i]!.span) ? e : undefined;
    });
    const missed = syntax.lines.filter((_, i) => !entries[i]);
    if (missed.length > 0) {
      const found = this.detect(article, missed, detect);
      let k = 0;
      for (let i = 0; i < entries.length; i++) if (!entries[i]) entries[i] = found[k++];
    }

    const next = new Map<string, LineEntry>();
    const out: Finding[] = [];
    syntax.lines.forEach((line, i) => {
      const entry = entries[i]!;
      next.set(keys[i]!, entry);
      for (const f of entry.findings) out.push(moved(f, line.span.start));
    });
    this.lines = next; // keeps only the lines of this article
    return out;
  }

  /** Detects the figures of `lines` (sorted) only: everything else is masked. */
  private detect(article: Article, lines: readonly LineNode[], detect: ReturnType<typeof detectOptions>): LineEntry[] {
    const text = article.syntax.text;
    const masks = maskedSpans(article, lines);
    let from = 0;
    for (const { span } of lines) {
      if (span.start > from) masks.push({ start: from, end: span.start });
      from = span.end;
    }
    if (from < text.length) masks.push({ start: from, end: text.length });
    const candidates = detectFigures(text, masks, detect);
    const describer = new FigureDescriber(article, this.shared);
    let c = 0;
    return lines.map((line) => {
      const first = c;
      while (c < candidates.length && candidates[c]!.span.start <= line.span.end) c++;
      const guesses = describer.actors.speakerGuesses;
      const findings = describer.describe(candidates.slice(first, c)).map((f) => moved(f, -line.span.start));
      const entry: LineEntry = { findings, around: around(text, line.span) };
      if (describer.actors.speakerGuesses > guesses) entry.speakerGeneration = this.speakerGeneration;
      return entry;
    });
  }
}

/** The characters before and after a line (a BOM, which break, or none: '^' and '$'). */
function around(text: string, line: Span): string {
  const before = line.start > 0 ? text[line.start - 1]! : '^';
  const after = line.end < text.length ? text[line.end]! : '$';
  return before + after;
}

function moved(f: Finding, by: number): Finding {
  return { code: f.code, span: { start: f.span.start + by, end: f.span.end + by }, message: f.message, data: f.data };
}
