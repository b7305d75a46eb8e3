// The one place where core offsets become LSP positions and core findings become LSP
// diagnostics. Line tables are cached per text, so converting many spans of one file is cheap.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node';
import type { Span } from '../core/span';
import { LineIndex } from '../core/text/lines';
import type { Severity } from '../core/diagnostics/catalog';
import type { Diagnostic } from '../core/workspace/types';

/** The core's line index plus LSP ranges: the only offset -> position conversion in the server. */
export class LineTable extends LineIndex {
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
