// Suppression comments: `{% claimmark-disable-line codes %}` drops findings on its own line
// (paragraph), `{% claimmark-disable-file codes %}` in the whole file; no codes = every code.
// The shapes it reads are stated here, so that diagnostics/ stays below syntax/ (whose
// ArticleSyntax has them).
import type { Span } from '../span';
import type { Finding } from './finding';

/** A line (paragraph) of an article, by its span. */
export interface SpannedLine {
  span: Span;
}

/** A suppression comment as written: where, its scope, and the codes it lists (none = every code). */
export interface SuppressionComment {
  span: Span;
  scope: 'line' | 'file';
  codes: readonly string[];
}

/** Codes switched off in some scope; `all` when a comment lists none. */
interface Switched {
  all: boolean;
  codes: Set<string>;
}

function switched(): Switched {
  return { all: false, codes: new Set() };
}

/** Index of the line that contains `offset` (lines sorted by start), or -1 before the first. */
export function lineIndexAt(lines: readonly SpannedLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (lines[mid]!.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** What suppressions read of an article's syntax (an ArticleSyntax is one): its comments and (for line scope) its lines. */
export interface SuppressionScope {
  suppressions: readonly SuppressionComment[];
  lines: readonly SpannedLine[];
}

/** The findings that no suppression comment of the article switches off. */
export function applySuppressions<F extends Finding>(findings: readonly F[], syntax: SuppressionScope): F[] {
  if (syntax.suppressions.length === 0) return [...findings];
  const file = switched();
  const byLine = new Map<number, Switched>();
  for (const s of syntax.suppressions) {
    let target = file;
    if (s.scope === 'line') {
      const line = lineIndexAt(syntax.lines, s.span.start);
      target = byLine.get(line) ?? switched();
      byLine.set(line, target);
    }
    if (s.codes.length === 0) target.all = true;
    for (const code of s.codes) target.codes.add(code);
  }
  const off = (scope: Switched | undefined, code: string) => !!scope && (scope.all || scope.codes.has(code));
  return findings.filter((f) => {
    if (off(file, f.code)) return false;
    if (byLine.size === 0) return true;
    const line = lineIndexAt(syntax.lines, f.span.start);
    return !(line >= 0 && syntax.lines[line]!.span.end >= f.span.start && off(byLine.get(line), f.code));
  });
}
