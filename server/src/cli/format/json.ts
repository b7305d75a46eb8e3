// `--format json`: the report as one JSON document (a public contract; fields are only added).
// It is written a megabyte at a time, never built whole: on 100,000 articles the document is
// larger than everything else the check keeps. The bytes are JSON.stringify(report, null, 2)'s.
import type { Problem, Range, Report, ReportDiagnostic, ReportSink, SinkWrite } from '../report';

/** `{"diagnostics": [...], "problems": [...]}` with a final newline, as one string (small reports, tests). */
export function formatJson(report: Report): string {
  let out = '';
  writeJson(report, (s) => (out += s));
  return out;
}

/** Writes formatJson's text to `write` in pieces of about a megabyte. */
export function writeJson(report: Report, write: (text: string) => void): void {
  const sink = new JsonSink(write as SinkWrite); // diagnostic() and end() write text only
  for (const d of report.diagnostics) sink.diagnostic(d);
  sink.end(report.problems, report.filesChecked);
}

/**
 * formatJson's text written one diagnostic at a time (`claimmark check` streams the report).
 * Each diagnostic is printed by hand in JSON.stringify's layout at its depth: the same bytes
 * (tests/cli/json-stream.test.ts), without walking a generic object graph per item.
 */
export class JsonSink implements ReportSink {
  private buffer = '{\n  "diagnostics": ';
  private count = 0;
  readonly separator = ',\n';

  constructor(private readonly write: SinkWrite) {}

  diagnostic(d: ReportDiagnostic): void {
    this.buffer += (this.count++ === 0 ? '[\n' : ',\n') + diagnosticJson(d);
    if (this.buffer.length > 1 << 20) this.flush();
  }

  text(d: ReportDiagnostic): string {
    return diagnosticJson(d);
  }

  piece(piece: string | Iterable<Uint8Array>, printed: readonly number[]): void {
    this.buffer += this.count === 0 ? '[\n' : ',\n';
    this.count += printed[0]! + printed[1]! + printed[2]! + printed[3]!;
    if (typeof piece === 'string') this.buffer += piece;
    else {
      this.flush();
      for (const bytes of piece) this.write(bytes);
    }
    if (this.buffer.length > 1 << 20) this.flush();
  }

  end(problems: readonly Problem[], _filesChecked?: number): void {
    this.buffer += this.count === 0 ? '[]' : '\n  ]';
    // problems are few: JSON.stringify's own text, cut out of the whole as before
    if (problems.length === 0) this.buffer += ',\n  "problems": []';
    else {
      const whole = JSON.stringify({ problems }, null, 2);
      this.buffer += `,\n  "problems": [\n${whole.slice('{\n  "problems": [\n'.length, whole.length - '\n  ]\n}'.length)}\n  ]`;
    }
    this.buffer += '\n}\n';
    this.flush();
  }

  private flush(): void {
    this.write(this.buffer);
    this.buffer = '';
  }
}

// Lines and characters are non-negative integers (LineTable.positionAt): their text is JSON's.
function rangeJson(r: Range, pad: string): string {
  return `{\n${pad}  "start": {\n${pad}    "line": ${r.start.line},\n${pad}    "character": ${r.start.character}\n${pad}  },\n${pad}  "end": {\n${pad}    "line": ${r.end.line},\n${pad}    "character": ${r.end.character}\n${pad}  }\n${pad}}`;
}

const q = JSON.stringify;

/** One diagnostic as JSON.stringify(report, null, 2) prints it inside the diagnostics list (four spaces in). */
function diagnosticJson(d: ReportDiagnostic): string {
  let out = `    {\n      "file": ${q(d.file)},\n      "range": ${rangeJson(d.range, '      ')},\n      "severity": "${d.severity}",\n      "code": ${q(d.code)},\n      "message": ${q(d.message)}`;
  if (d.related !== undefined) {
    if (d.related.length === 0) out += ',\n      "related": []';
    else {
      out += ',\n      "related": [';
      let first = true;
      for (const r of d.related) {
        out += `${first ? '' : ','}\n        {\n          "file": ${q(r.file)},\n          "range": ${rangeJson(r.range, '          ')},\n          "message": ${q(r.message)}\n        }`;
        first = false;
      }
      out += '\n      ]';
    }
  }
  return out + '\n    }';
}
