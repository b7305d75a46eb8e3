// Suppression comments: `{% claimmark-disable-line codes %}` drops findings on its own line
// (paragraph), `{% claimmark-disable-file codes %}` in the whole file; no codes = every code.
import type { Finding } from './finding';
import type { ArticleSyntax, LineNode } from '../syntax/tree';

/** Codes switched off in some scope; `all` when a comment lists none. */
interface Switched {
  all: boolean;
  codes: Set<string>;
}

function switched(): Switched {
  return { all: false, codes: new Set() };
}

/** Index of the line that contains `offset` (lines sorted by start), or -1 before the first. */
export function lineIndexAt(lines: readonly LineNode[], offset: number): number {
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

/** What suppressions read of an article's syntax: its comments and (for line scope) its lines. */
export type SuppressionScope = Pick<ArticleSyntax, 'suppressions' | 'lines'>;

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
