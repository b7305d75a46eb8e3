// Quick fixes for untagged figures, computed as text edits: tag as a claim, mark as not a
// figure, suppress on the line / in the file / for the workspace, and tag every figure at once.
import type { TextEdit } from '../edit';
import type { Finding } from '../diagnostics/finding';
import type { Article } from '../model/article';
import type { Rules } from '../registry/types';
import type { UntaggedFigureData } from './check';
import { findUntaggedFigures } from './check';

/** The comment that silences the check on one line (paragraph). */
export const DISABLE_LINE = '{% claimmark-disable-line untagged-figure %}';
/** The comment that silences the check in a whole file. */
export const DISABLE_FILE = '{% claimmark-disable-file untagged-figure %}';

/** Escapes the characters that markup gives meaning to inside span text. */
function escapeText(text: string): string {
  return text.replace(/[[\]{}\\]/g, (c) => `\\${c}`);
}

function dataOf(finding: Finding): UntaggedFigureData {
  const d = (finding.data ?? {}) as Partial<UntaggedFigureData>;
  return { figure: d.figure ?? '', proposedFact: d.proposedFact ?? 'figure', ...(d.guessedActor ? { guessedActor: d.guessedActor } : {}) };
}

/** Wraps the figure as a claim: `[about 3,000]{fact=<proposed> by=<guessed>}` (by only when an actor was found). */
export function tagAsClaim(article: Article, finding: Finding): TextEdit[] {
  const d = dataOf(finding);
  const text = article.syntax.text.slice(finding.span.start, finding.span.end);
  const by = d.guessedActor ? ` by=${d.guessedActor}` : '';
  return [{ span: finding.span, newText: `[${escapeText(text)}]{fact=${d.proposedFact}${by}}` }];
}

/** Marks the figure as not a figure: `[F-16]{.nofigure}`. */
export function markNotFigure(article: Article, finding: Finding): TextEdit[] {
  const text = article.syntax.text.slice(finding.span.start, finding.span.end);
  return [{ span: finding.span, newText: `[${escapeText(text)}]{.nofigure}` }];
}

/** Silences the check on the finding's line: the comment goes at the end of the line. */
export function suppressLine(article: Article, finding: Finding): TextEdit[] {
  const line = article.syntax.lines.find((l) => l.span.start <= finding.span.start && finding.span.start <= l.span.end);
  const at = line ? line.span.end : finding.span.end;
  return [{ span: { start: at, end: at }, newText: ` ${DISABLE_LINE}` }];
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
 * edits the block layout this project writes and appends a `rules:` section otherwise.
 */
export function suppressInWorkspace(registryText: string): TextEdit[] {
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

/** Tags every untagged figure of the file as a claim, in one list of non-overlapping edits. */
export function tagAll(article: Article, rules: Rules, options?: { vagueQuantities?: boolean }): TextEdit[] {
  return findUntaggedFigures(article, rules, options).flatMap((f) => tagAsClaim(article, f));
}
