// The one place where core offsets become LSP positions and core findings become LSP
// diagnostics. Line tables are cached per text, so converting many spans of one file is cheap.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type Position } from 'vscode-languageserver/node';
import type { Span } from '../core/span';
import type { Severity } from '../core/diagnostics/catalog';
import type { Diagnostic } from '../core/workspace/types';

/** Line starts of one text, for offset <-> position in O(log lines). */
export class LineTable {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }
  offsetAt(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const start = this.starts[p.line]!;
    const next = p.line + 1 < this.starts.length ? this.starts[p.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, p.character), next);
  }
  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

const cache = new WeakMap<object, LineTable>();
let lastText = '';
let lastTable = new LineTable('');

/** The line table of a text; the key object (an Article, a document) caches it for its lifetime. */
export function lineTable(text: string, key?: object): LineTable {
  if (key) {
    const hit = cache.get(key);
    if (hit && hit.text === text) return hit;
    const t = new LineTable(text);
    cache.set(key, t);
    return t;
  }
  if (text !== lastText) { lastText = text; lastTable = new LineTable(text); }
  return lastTable;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A core diagnostic as LSP sends it; related locations need their own documents' line tables. */
export function toLspDiagnostic(d: Diagnostic, lines: LineTable, linesOf: (uri: string) => LineTable | undefined): LspDiagnostic {
  const related = (d.related ?? []).flatMap((r) => {
    const t = linesOf(r.uri);
    return t ? [{ location: { uri: r.uri, range: t.range(r.span) }, message: r.message }] : [];
  });
  return {
    range: lines.range(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'claimmark',
    message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
}
