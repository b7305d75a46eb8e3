// The one place where core offsets become LSP positions and core findings become LSP
// diagnostics. Line tables are cached per text, so converting many spans of one file is cheap.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Diagnostic, type Position, type Severity, type Span } from '../core/api';

/** Offsets <-> positions of one text, and LSP ranges: the only offset -> position conversion in the server. */
export interface LineTable {
  readonly text: string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  range(span: Span): Range;
}

/**
 * `offset` moved off the middle of a surrogate pair (back to the pair's start, or `forward`
 * past it): no position the server reads or range it returns splits a character, whatever
 * position a client sends (a range ending mid-emoji would leave a lone surrogate).
 */
export function wholeCharacter(text: string, offset: number, forward = false): number {
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return forward ? offset + 1 : offset - 1;
  return offset;
}

/** The core's line index plus LSP ranges, for texts read from disk and claimmark.yaml. */
class IndexLines extends LineIndex implements LineTable {
  override offsetAt(position: Position): number {
    return wholeCharacter(this.text, super.offsetAt(position));
  }

  range(span: Span): Range {
    return { start: this.positionAt(wholeCharacter(this.text, span.start)), end: this.positionAt(wholeCharacter(this.text, span.end, true)) };
  }
}

/**
 * An open document's positions, from the line starts its TextDocument keeps up to date edit
 * by edit: a new table per edit would scan the whole text for breaks (1 MB for a 1 MB article).
 * The same positions as LineIndex's (an offset inside a CRLF maps to the line's end; clamped).
 */
class DocumentLines implements LineTable {
  constructor(private readonly doc: TextDocument) {}

  get text(): string {
    return this.doc.getText();
  }

  positionAt(offset: number): Position {
    return this.doc.positionAt(Math.floor(offset) || 0);
  }

  offsetAt(position: Position): number {
    return wholeCharacter(this.text, this.doc.offsetAt(position));
  }

  range(span: Span): Range {
    const text = this.text;
    return { start: this.positionAt(wholeCharacter(text, span.start)), end: this.positionAt(wholeCharacter(text, span.end, true)) };
  }
}

const documentTables = new WeakMap<TextDocument, DocumentLines>();

/** The line table of an open document, for its current text whatever the version. */
export function documentLines(doc: TextDocument): LineTable {
  let t = documentTables.get(doc);
  if (!t) documentTables.set(doc, (t = new DocumentLines(doc)));
  return t;
}

const cache = new WeakMap<object, IndexLines>();
let lastText = '';
let lastTable = new IndexLines('');

/** The line table of a text; the key object (an Article, a document) caches it for its lifetime. */
export function lineTable(text: string, key?: object): LineTable {
  if (key) {
    const hit = cache.get(key);
    if (hit && hit.text === text) return hit;
    const t = new IndexLines(text);
    cache.set(key, t);
    return t;
  }
  if (text !== lastText) { lastText = text; lastTable = new IndexLines(text); }
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
