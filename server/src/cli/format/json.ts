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
  const list = (key: string, items: readonly object[]) => {
    if (items.length === 0) {
      buffer += '[]';
      return;
    }
    buffer += '[\n';
    // a thousand items at a time, stringified where they sit in the whole (two levels deep): the
    // same bytes as one JSON.stringify, cut out between the list's brackets
    const head = `{\n  ${JSON.stringify(key)}: [\n`.length;
    for (let i = 0; i < items.length; i += 1000) {
      const whole = JSON.stringify({ [key]: items.slice(i, i + 1000) }, null, 2);
      buffer += whole.slice(head, whole.length - '\n  ]\n}'.length) + (i + 1000 < items.length ? ',\n' : '\n');
      if (buffer.length > 1 << 20) flush();
    }
    buffer += '  ]';
  };
  list('diagnostics', report.diagnostics);
  buffer += ',\n  "problems": ';
  list('problems', report.problems);
  buffer += '\n}\n';
  flush();
}
