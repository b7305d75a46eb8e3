// `--format json` is written in pieces (format/json.ts): its bytes are JSON.stringify's of the
// whole report, with empty lists, related places, quotes, newlines and non-ASCII in messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson, writeJson } from '../../server/src/cli/format/json';
import type { Report, ReportDiagnostic } from '../../server/src/cli/report';

const whole = (r: Report) => JSON.stringify({ diagnostics: r.diagnostics, problems: r.problems }, null, 2) + '\n';
const range = (line: number) => ({ start: { line, character: 1 }, end: { line, character: 9 } });

function diagnostic(i: number): ReportDiagnostic {
  const d: ReportDiagnostic = { file: `a/${i}.claims.txt`, range: range(i), severity: i % 2 ? 'warning' : 'error', code: 'conflicting-figure', message: `'about 3,000' \u00e9 "quoted"\n\tline ${i} \u{1F600}` };
  if (i % 3 === 0) d.related = [{ file: 'b.claims.txt', range: range(i + 1), message: 'other\nclaim' }, { file: `c "${i % 5}".claims.txt`, range: range(0), message: `same ${i % 4}` }];
  else if (i % 7 === 0) d.related = [];
  return d;
}

test('the JSON written in pieces is JSON.stringify of the whole report', () => {
  const reports: Report[] = [
    { diagnostics: [], problems: [], filesChecked: 0 },
    { diagnostics: [diagnostic(0)], problems: [], filesChecked: 1 },
    { diagnostics: [], problems: [{ file: 'x', message: 'cannot be read: permission denied' }], filesChecked: 1 },
    { diagnostics: Array.from({ length: 9000 }, (_, i) => diagnostic(i)), problems: [{ file: 'x', message: 'm' }, { file: 'y', message: 'n' }], filesChecked: 9 },
  ];
  for (const r of reports) {
    assert.equal(formatJson(r), whole(r));
    const pieces: string[] = [];
    writeJson(r, (s) => pieces.push(s));
    assert.equal(pieces.join(''), whole(r));
    if (r.diagnostics.length > 1000) assert.ok(pieces.length > 1, 'a large report is written in more than one piece');
  }
});
