// Quick fixes for untagged figures, computed as text edits: tag as a claim, mark as not a
// figure, suppress on the line / in the file / for the workspace, and tag every figure at once.
// Every edit into an article is checked by parsing the result: markup around a figure (a
// backslash before it, an unclosed `[` or `{%` on its line) can make inserted markup mean
// something else, and a fix that would change other text's meaning is not offered ([]).
import { applyEdits, withoutOverlaps, type TextEdit } from '../edit';
import type { ArticleSyntax } from '../syntax/tree';
import { parseArticleSyntax } from '../syntax/parse';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Registry, Rules } from '../registry/types';
import { readRegistry } from '../registry/read';
import { isMap, parseDocument } from 'yaml';
import type { UntaggedFigureData } from './check';
import { findUntaggedFigures } from './check';
import { lineAt } from './mask';
import { escapeSpanText } from '../syntax/escape';

/** The comment that silences the check on one line (paragraph). */
export const DISABLE_LINE = '{% claimmark-disable-line untagged-figure %}';
/** The comment that silences the check in a whole file. */
export const DISABLE_FILE = '{% claimmark-disable-file untagged-figure %}';

function dataOf(finding: Finding): UntaggedFigureData {
  const d = (finding.data ?? {}) as Partial<UntaggedFigureData>;
  return { figure: d.figure ?? '', proposedFact: d.proposedFact ?? 'figure', ...(d.guessedActor ? { guessedActor: d.guessedActor } : {}) };
}

/** What an edit must parse back as: one new span exactly over it, or one new suppression comment inside it. */
type Lands = 'span' | 'suppression';

/** True when `edits`, applied, add exactly the markup they mean at their places and change nothing else's parse. */
function landsAsMeant(syntax: ArticleSyntax, edits: readonly TextEdit[], lands: Lands): boolean {
  const after = parseArticleSyntax(applyEdits(syntax.text, edits));
  const placed = placedRanges(edits);
  if (after.errors.length > syntax.errors.length || after.comments.length !== syntax.comments.length) return false;
  if (lands === 'span') {
    if (after.spans.length !== syntax.spans.length + edits.length || after.suppressions.length !== syntax.suppressions.length) return false;
    const starts = new Map(after.spans.map((s) => [s.span.start, s.span.end]));
    return placed.every((p) => starts.get(p.start) === p.end);
  }
  if (after.spans.length !== syntax.spans.length || after.suppressions.length !== syntax.suppressions.length + edits.length) return false;
  return placed.every((p) => after.suppressions.some((s) => p.start <= s.span.start && s.span.end <= p.end));
}

/** Where each edit's new text lies in the edited text (edits sorted, not overlapping). */
function placedRanges(edits: readonly TextEdit[]): { start: number; end: number }[] {
  let shift = 0;
  return [...edits].sort((a, b) => a.span.start - b.span.start).map((e) => {
    const start = e.span.start + shift;
    shift += e.newText.length - (e.span.end - e.span.start);
    return { start, end: start + e.newText.length };
  });
}

/** The edits when they land as meant, else none. */
function checked(article: Article, edits: TextEdit[], lands: Lands): TextEdit[] {
  return landsAsMeant(article.syntax, edits, lands) ? edits : [];
}

function tagEdit(article: Article, finding: Finding): TextEdit {
  const d = dataOf(finding);
  const text = article.syntax.text.slice(finding.span.start, finding.span.end);
  const by = d.guessedActor ? ` by=${d.guessedActor}` : '';
  return { span: finding.span, newText: `[${escapeSpanText(text)}]{fact=${d.proposedFact}${by}}` };
}

/** Wraps the figure as a claim: `[about 3,000]{fact=<proposed> by=<guessed>}` (by only when an actor was found). */
export function tagAsClaim(article: Article, finding: Finding): TextEdit[] {
  return checked(article, [tagEdit(article, finding)], 'span');
}

/** Marks the figure as not a figure: `[F-16]{.nofigure}`. */
export function markNotFigure(article: Article, finding: Finding): TextEdit[] {
  const text = article.syntax.text.slice(finding.span.start, finding.span.end);
  return checked(article, [{ span: finding.span, newText: `[${escapeSpanText(text)}]{.nofigure}` }], 'span');
}

/**
 * Silences the check on the finding's line: the comment goes at the end of the line, or at
 * its start when the end would not do (an unclosed `{%` or `{` on the line would swallow it).
 */
export function suppressLine(article: Article, finding: Finding): TextEdit[] {
  const line = lineAt(article.syntax.lines, finding.span.start);
  if (!line) return checked(article, [{ span: { start: finding.span.end, end: finding.span.end }, newText: ` ${DISABLE_LINE}` }], 'suppression');
  const atEnd: TextEdit[] = [{ span: { start: line.end, end: line.end }, newText: ` ${DISABLE_LINE}` }];
  if (landsAsMeant(article.syntax, atEnd, 'suppression')) return atEnd;
  return checked(article, [{ span: { start: line.start, end: line.start }, newText: `${DISABLE_LINE} ` }], 'suppression');
}

/**
 * Silences the check in the whole file. The comment goes on its own line right after the
 * front matter (so the front matter stays first, as the format requires), else at the top.
 */
export function suppressFile(article: Article): TextEdit[] {
  const { text, frontMatter, bomLength } = article.syntax;
  if (!frontMatter) return [{ span: { start: bomLength, end: bomLength }, newText: `${DISABLE_FILE}\n` }];
  const nl = text.indexOf('\n', frontMatter.span.end);
  if (nl < 0) return [{ span: { start: text.length, end: text.length }, newText: `\n${DISABLE_FILE}\n` }];
  return [{ span: { start: nl + 1, end: nl + 1 }, newText: `${DISABLE_FILE}\n` }];
}

/**
 * Switches the code off for the whole workspace: `rules.severity.untagged-figure: off` in
 * claimmark.yaml (`registryText` is its current text, '' when there is none). Line-based: it
 * edits the block layout this project writes and appends a `rules:` section otherwise. The
 * result is read back; when it does not say `off` or breaks the YAML (flow maps such as
 * `rules: {tolerance: 0.2}`), the document is rewritten by the YAML library instead, and
 * when that fails too nothing is offered.
 */
export function suppressInWorkspace(registryText: string): TextEdit[] {
  const lineEdits = lineBasedSuppression(registryText);
  if (switchesOff(registryText, lineEdits)) return lineEdits;
  const doc = parseDocument(registryText);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) return [];
  doc.setIn(['rules', 'severity', CODE_OFF], 'off');
  const rewritten: TextEdit[] = [{ span: { start: 0, end: registryText.length }, newText: doc.toString() }];
  return switchesOff(registryText, rewritten) ? rewritten : [];
}

const CODE_OFF = 'untagged-figure';

/** True when the edited registry switches the code off, keeps every entry, and has no new syntax error. */
function switchesOff(registryText: string, edits: readonly TextEdit[]): boolean {
  const before = readRegistry(registryText);
  const after = readRegistry(applyEdits(registryText, edits));
  const ids = (r: Registry) => JSON.stringify([[...r.actors.keys()], [...r.facts.keys()], [...r.sources.keys()]]);
  const syntaxErrors = (r: Registry) => r.findings.filter((f) => f.code === 'registry-syntax').length;
  return after.rules.severity[CODE_OFF] === 'off' && ids(before) === ids(after) && syntaxErrors(after) <= syntaxErrors(before);
}

function lineBasedSuppression(registryText: string): TextEdit[] {
  const lines = registryText.split('\n');
  let offset = 0;
  let rulesAt = -1;
  let rulesIndent = '';
  for (const line of lines) {
    const m = /^(\s*)(rules|severity|untagged-figure):(.*)$/.exec(line.replace(/\r$/, ''));
    if (m && m[2] === 'rules' && m[1] === '') { rulesAt = offset + line.length; rulesIndent = '  '; }
    else if (m && m[2] === 'severity' && rulesAt >= 0) {
      const inner = `${m[1]}  `;
      const next = lines.slice(lines.indexOf(line) + 1).find((l) => l.startsWith(inner) && /^\s*untagged-figure:/.test(l));
      if (next) {
        const at = registryText.indexOf(next, offset);
        return [{ span: { start: at, end: at + next.replace(/\r$/, '').length }, newText: `${inner}untagged-figure: off` }];
      }
      const at = offset + line.length;
      return [{ span: { start: at, end: at }, newText: `\n${inner}untagged-figure: off` }];
    }
    offset += line.length + 1;
  }
  if (rulesAt >= 0) return [{ span: { start: rulesAt, end: rulesAt }, newText: `\n${rulesIndent}severity:\n${rulesIndent}  untagged-figure: off` }];
  const sep = registryText === '' || registryText.endsWith('\n') ? '' : '\n';
  return [{ span: { start: registryText.length, end: registryText.length }, newText: `${sep}rules:\n  severity:\n    untagged-figure: off\n` }];
}

/**
 * Tags every untagged figure of the file as a claim, in one list of non-overlapping edits.
 * Figures whose tag would not parse as meant are left out (checked all at once, then again
 * without the ones that failed, so a file costs a few parses, not one per figure); when the
 * tags would change other markup's meaning, nothing is offered.
 */
export function tagAll(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): TextEdit[] {
  // (two findings over one stretch would make overlapping edits, which no editor applies)
  let edits = withoutOverlaps(findUntaggedFigures(article, rules, options).map((f) => tagEdit(article, f)).sort((a, b) => a.span.start - b.span.start));
  for (let round = 0; round < 8 && edits.length > 0; round++) {
    if (landsAsMeant(article.syntax, edits, 'span')) return edits;
    const after = parseArticleSyntax(applyEdits(article.syntax.text, edits));
    const starts = new Map(after.spans.map((s) => [s.span.start, s.span.end]));
    const placed = placedRanges(edits);
    const kept = edits.filter((_, i) => starts.get(placed[i]!.start) === placed[i]!.end);
    if (kept.length === edits.length) break; // every tag parses, yet other markup changed: offer nothing
    edits = kept;
  }
  return [];
}
