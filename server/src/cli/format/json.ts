// `--format json`: the report as one JSON document (a public contract; fields are only added).
// It is written a megabyte at a time, never built whole: on 100,000 articles the document is
// larger than everything else the check keeps. The bytes are JSON.stringify(report, null, 2)'s.
import type { Report } from '../report';

/** `{"diagnostics": [...], "problems": [...]}` with a final newline, as one string (small reports, tests). */
export function formatJson(report: Report): string {
  let out = '';
  writeJson(report, (s) => (out += s));
  return out;
}

/** Writes formatJson's text to `write` in pieces of about a megabyte. */
export function writeJson(report: Report, write: (text: string) => void): void {
  let buffer = '{\n  "diagnostics": ';
  const flush = () => {
    write(buffer);
    buffer = '';
  };
  const list = (items: readonly object[]) => {
    if (items.length === 0) {
      buffer += '[]';
      return;
    }
    buffer += '[\n';
    items.forEach((item, i) => {
      // an item two levels deep is its own pretty form indented by four: JSON strings hold no raw newline
      buffer += '    ' + JSON.stringify(item, null, 2).replace(/\n/g, '\n    ') + (i + 1 < items.length ? ',\n' : '\n');
      if (buffer.length > 1 << 20) flush();
    });
    buffer += '  ]';
  };
  list(report.diagnostics);
  buffer += ',\n  "problems": ';
  list(report.problems);
  buffer += '\n}\n';
  flush();
}
