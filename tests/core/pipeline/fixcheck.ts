// One check for every untagged-figure fix applied to a text: edits must not overlap; the
// re-parsed result must hold, at each edit, exactly the markup the fix meant (a span whose
// text unescapes to the figure, or a suppression comment); stripping that markup must give
// back the original text; no new markup error may appear; tagged claims must read the value
// that the figure reads (figures the reader cannot read are collected in unreadableTags).
// An empty edit list is a fix not offered: nothing to check. Returns the broken rules as sentences.
import { applyEdits, type TextEdit } from '../../../server/src/core/edit';
import { buildArticle } from '../../../server/src/core/model/build';
import { readFigure } from '../../../server/src/core/figures/read';
import type { Article } from '../../../server/src/core/model/article';
import { CATALOG } from '../../../server/src/core/diagnostics/catalog';

/** What a fix inserts: a span around the replaced text, or a comment inserted between characters. */
export type FixKind = 'tag' | 'mark' | 'comment';

const unescape = (s: string) => s.replace(/\\([[\]{}\\])/g, '$1');

/** Codes a fix must never add: markup, front matter and malformed claim values (not actor, id or reading checks). */
const ERRORS = new Set(['bad-id', 'bad-date', 'bad-value', 'claim-without-fact']);

/** The article's findings that a fix must never add, counted by code. */
function errorCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of article.findings) {
    const area = CATALOG[f.code].area;
    if (area !== 'markup' && area !== 'front-matter' && !ERRORS.has(f.code)) continue;
    counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  }
  return counts;
}

/** What a tagged claim read when its figure could not be read: detector and reader disagree. */
export const unreadableTags: string[] = [];

/** Applies `edits` (all of one kind) to `article`'s text and returns every broken rule. */
export function checkFix(article: Article, edits: readonly TextEdit[], kind: FixKind): string[] {
  const text = article.syntax.text;
  const out: string[] = [];
  if (edits.length === 0) return [];
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.span.start < sorted[i - 1]!.span.end || (sorted[i]!.span.start === sorted[i - 1]!.span.start && sorted[i - 1]!.span.start === sorted[i - 1]!.span.end)) {
      out.push(`edits overlap at ${sorted[i]!.span.start}`);
    }
  }
  if (out.length > 0) return out;
  const result = applyEdits(text, sorted);
  const after = buildArticle(article.uri, result);
  // where each edit's new text landed in the result
  let shift = 0;
  const placed = sorted.map((e) => {
    const start = e.span.start + shift;
    shift += e.newText.length - (e.span.end - e.span.start);
    return { edit: e, start, end: start + e.newText.length };
  });
  let restored = '';
  let at = 0;
  for (const { edit, start, end } of placed) {
    const original = text.slice(edit.span.start, edit.span.end);
    let plain: string | undefined;
    if (kind === 'comment') {
      const node = [...after.syntax.suppressions, ...after.syntax.comments].find((n) => n.span.start >= start && n.span.end <= end);
      if (!node) out.push(`no comment parsed in the inserted ${JSON.stringify(edit.newText)} at ${start}`);
      else plain = result.slice(start, node.span.start) + result.slice(node.span.end, end);
      if (plain !== undefined && plain.trim() !== '') out.push(`a comment fix inserted more than white space: ${JSON.stringify(plain)}`);
      plain = original;
    } else {
      const node = after.syntax.spans.find((n) => n.span.start === start);
      if (!node || node.span.end !== end) out.push(`the inserted ${JSON.stringify(edit.newText)} at ${start} does not parse as one span (got ${node ? JSON.stringify(result.slice(node.span.start, node.span.end)) : 'none'})`);
      else {
        plain = unescape(node.text);
        if (plain !== original) out.push(`span text ${JSON.stringify(node.text)} does not unescape to the figure ${JSON.stringify(original)}`);
        if (kind === 'tag') {
          const claim = after.claims.find((c) => c.span.start === start);
          if (!claim) out.push(`no claim at ${start} for ${JSON.stringify(original)}`);
          else if (JSON.stringify(claim.reading) !== JSON.stringify(readFigure(plain))) out.push(`claim ${JSON.stringify(original)} reads ${JSON.stringify(claim.reading)}, the figure ${JSON.stringify(readFigure(plain))}`);
          else if (!claim.reading.ok) unreadableTags.push(`${JSON.stringify(original)}: ${claim.reading.reason}`);
        } else if (!after.noFigures.some((s) => s.start === start)) out.push(`no .nofigure mark at ${start}`);
      }
    }
    restored += result.slice(at, start) + (plain ?? original);
    at = end;
  }
  restored += result.slice(at);
  if (restored !== text) out.push('stripping the inserted markup does not give back the original text');
  const before = errorCounts(article);
  for (const [code, n] of errorCounts(after)) {
    if (n > (before.get(code) ?? 0)) out.push(`new ${code} (${before.get(code) ?? 0} -> ${n}): ${after.findings.filter((f) => f.code === code).map((f) => JSON.stringify(result.slice(Math.max(0, f.span.start - 15), f.span.end + 15))).slice(0, 2).join(', ')}`);
  }
  return out;
}
