// The untagged-figure check memoised per line, so an edit re-detects only the lines it changed.
// A line's findings, relative to its start, depend on its own text (its markup, comments,
// suppressions, URLs and mentions all come from it: the parser reads each line on its own),
// the characters right around it, the detect options, and, for actor guesses that found no
// mention in their sentence, the article's mentions (a speaker is matched against all of them).
import { firstStartingAt, type Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { ActorMention, Article } from '../model/article';
import type { ArticleEdit } from '../model/update';
import { composeEdits } from '../model/update';
import type { Rules } from '../registry/types';
import type { ArticleSyntax, LineNode } from '../syntax/tree';
import { nodesBetween } from '../model/nodeRuns';
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

/** The last article checked: its lines' entries (parallel to its lines) and its findings. */
interface Checked {
  article: Article;
  entries: LineEntry[];
  out: Finding[];
}

/**
 * findUntaggedFigures with a memory: `check` gives what findUntaggedFigures gives, re-detecting
 * only lines it has not seen in the previous check. One cache per document. When told the
 * edits since the last check (noteEdit), it keeps the findings outside the edited lines as they
 * are (moved by the length change); otherwise it finds unchanged lines by their text.
 */
export class UntaggedCache {
  private base?: Checked;
  /** The article the edits noted since `base` lead to, and those edits composed (undefined: not known). */
  private pending?: { target: Article; edit: ArticleEdit | undefined };
  private optionsKey = '';
  private speakers = '';
  private speakerGeneration = 0;
  /** The mention word index of the current speaker generation (see ActorGuesser). */
  private shared: { mentionTokens?: Map<string, number[]> } = {};

  /** Notes that `next` was made from `prev` by `edit` (undefined: rebuilt, no edit known). */
  noteEdit(prev: Article, next: Article, edit: ArticleEdit | undefined): void {
    if (!this.base) return;
    const from = this.pending ? this.pending.target : this.base.article;
    const sinceBase = this.pending ? this.pending.edit : undefined;
    const known = prev === from && edit !== undefined && (!this.pending || sinceBase !== undefined);
    this.pending = { target: next, edit: known ? (sinceBase ? composeEdits(sinceBase, edit) : edit) : undefined };
  }

  /** The untagged figures of `article` (see findUntaggedFigures). The array is the caller's. */
  check(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): Finding[] {
    if (fileSuppressed(article.syntax)) return [];
    const detect = detectOptions(rules, options);
    const optionsKey = JSON.stringify([detect.vagueQuantities, detect.notFigures]);
    if (optionsKey !== this.optionsKey) {
      this.base = this.pending = undefined;
      this.optionsKey = optionsKey;
    }
    const { base, pending } = this;
    let next: Checked | undefined;
    if (base && base.article.syntax === article.syntax && base.article.mentions === article.mentions) next = { ...base, article };
    else if (base && pending?.target === article && pending.edit) next = this.spliced(base, article, pending.edit, detect);
    next ??= this.rekeyed(article, detect);
    this.base = next;
    this.pending = undefined;
    return next.out.slice();
  }

  /** `base` with the lines `edit` re-read detected afresh, and the lines after them moved. */
  private spliced(base: Checked, article: Article, edit: ArticleEdit, detect: ReturnType<typeof detectOptions>): Checked | undefined {
    const { start, oldStop, delta } = edit;
    const oldLines = base.article.syntax.lines;
    const lines = article.syntax.lines;
    const head = firstStartingAt(oldLines, start);
    const oldTail = firstStartingAt(oldLines, oldStop);
    const tail = firstStartingAt(lines, oldStop + delta);
    if (head !== firstStartingAt(lines, start) || oldLines.length - oldTail !== lines.length - tail) return undefined;
    const speakersChanged = !sameSpeakers(base.article.mentions, article.mentions, start, oldStop, delta);
    if (speakersChanged) this.newSpeakers(article);

    const entries: (LineEntry | undefined)[] = base.entries.slice(0, head);
    for (let i = head; i < tail; i++) entries.push(undefined);
    for (let i = oldTail; i < oldLines.length; i++) entries.push(base.entries[i]);
    // a new speaker generation makes the guesses that read the old mentions stale, wherever they are
    let stale = false;
    if (speakersChanged) {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e && e.speakerGeneration !== undefined && e.speakerGeneration !== this.speakerGeneration) {
          entries[i] = undefined;
          stale = true;
        }
      }
    }
    this.fill(article, entries, detect);
    if (stale) return { article, entries: entries as LineEntry[], out: assemble(lines, entries as LineEntry[]) };

    const out = base.out.slice(0, firstStartingAt(base.out, start));
    for (let i = head; i < tail; i++) for (const f of entries[i]!.findings) out.push(moved(f, lines[i]!.span.start));
    const old = base.out;
    for (let i = firstStartingAt(old, oldStop); i < old.length; i++) out.push(moved(old[i]!, delta));
    return { article, entries: entries as LineEntry[], out };
  }

  /** Every line looked up by its text (and surroundings) among the lines of the last check. */
  private rekeyed(article: Article, detect: ReturnType<typeof detectOptions>): Checked {
    const syntax = article.syntax;
    const text = syntax.text;
    const speakers = article.mentions.map((m) => `${m.actor.id}\u0001${m.text}`).join('\u0002');
    if (speakers !== this.speakers) this.newSpeakers(article, speakers);
    const known = new Map<string, LineEntry>();
    if (this.base) {
      const { article: old, entries } = this.base;
      old.syntax.lines.forEach((l, i) => known.set(old.syntax.text.slice(l.span.start, l.span.end), entries[i]!));
    }
    const entries: (LineEntry | undefined)[] = syntax.lines.map((l) => {
      const e = known.get(text.slice(l.span.start, l.span.end));
      const fresh = e && (e.speakerGeneration === undefined || e.speakerGeneration === this.speakerGeneration);
      return fresh && e.around === around(text, l.span) ? e : undefined;
    });
    this.fill(article, entries, detect);
    return { article, entries: entries as LineEntry[], out: assemble(syntax.lines, entries as LineEntry[]) };
  }

  /** Starts a new speaker generation: guesses that read the old mentions are stale. */
  private newSpeakers(article: Article, speakers = article.mentions.map((m) => `${m.actor.id}\u0001${m.text}`).join('\u0002')): void {
    this.speakers = speakers;
    this.speakerGeneration++;
    this.shared = {};
  }

  /** Detects the lines whose entry is missing. */
  private fill(article: Article, entries: (LineEntry | undefined)[], detect: ReturnType<typeof detectOptions>): void {
    const lines = article.syntax.lines;
    const missed: LineNode[] = [];
    for (let i = 0; i < entries.length; i++) if (!entries[i]) missed.push(lines[i]!);
    if (missed.length === 0) return;
    const found = this.detect(article, missed, detect);
    let k = 0;
    for (let i = 0; i < entries.length; i++) if (!entries[i]) entries[i] = found[k++];
  }

  /** Detects the figures of `lines` (sorted) only: everything else is masked. */
  private detect(article: Article, lines: readonly LineNode[], detect: ReturnType<typeof detectOptions>): LineEntry[] {
    const text = article.syntax.text;
    const part = within(article, lines[0]!.span.start, lines[lines.length - 1]!.span.end + 1);
    const masks = maskedSpans(part, lines);
    let from = 0;
    for (const { span } of lines) {
      if (span.start > from) masks.push({ start: from, end: span.start });
      from = span.end;
    }
    if (from < text.length) masks.push({ start: from, end: text.length });
    const candidates = detectFigures(text, masks, detect);
    const describer = new FigureDescriber(part, this.shared);
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

/** The findings of every line, in text order. */
function assemble(lines: readonly LineNode[], entries: readonly LineEntry[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < lines.length; i++) for (const f of entries[i]!.findings) out.push(moved(f, lines[i]!.span.start));
  return out;
}

/**
 * `article` with only the markup, comments and errors of lines in [from, to) (line starts):
 * what masking and describing those lines needs, without walking the rest (nor making an
 * edited article's node list: nodesBetween). The parser's lists are grouped by line in line
 * order (not always sorted within a line), so a line start cuts them cleanly.
 */
function within(article: Article, from: number, to: number): Article {
  const syntax = article.syntax;
  const cut = <T extends { span: Span }>(list: readonly T[]) => list.slice(firstStartingAt(list, from), firstStartingAt(list, to));
  const noFigures = article.noFigures.slice(firstStartingAt(article.noFigures, from, (s) => s), firstStartingAt(article.noFigures, to, (s) => s));
  // no spread of the syntax: it would read (and make) an edited article's whole `spans`
  const part: ArticleSyntax = { text: syntax.text, bomLength: syntax.bomLength, lines: syntax.lines, spans: nodesBetween(syntax, from, to), suppressions: cut(syntax.suppressions), comments: cut(syntax.comments), errors: cut(syntax.errors) };
  if (syntax.frontMatter) part.frontMatter = syntax.frontMatter;
  return { ...article, syntax: part, noFigures };
}

/**
 * True when the mentions of the edited lines have the same actor ids and texts, in order,
 * before and after the edit: the mentions outside them are the same, so the speakers are.
 */
function sameSpeakers(old: readonly ActorMention[], mentions: readonly ActorMention[], start: number, oldStop: number, delta: number): boolean {
  const a = firstStartingAt(old, start);
  const aEnd = firstStartingAt(old, oldStop);
  const b = firstStartingAt(mentions, start);
  const bEnd = firstStartingAt(mentions, oldStop + delta);
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) {
    const x = old[a + i]!;
    const y = mentions[b + i]!;
    if (x.actor.id !== y.actor.id || x.text !== y.text) return false;
  }
  return true;
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
