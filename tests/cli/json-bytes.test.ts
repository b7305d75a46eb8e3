// `check --format json` to stdout writes UTF-8 bytes (format/json.ts JsonSink with `bytes`): its
// pieces, gathered and encoded some kilobytes at a time into a reused buffer, are the bytes of
// JSON.stringify's whole report, across buffer flushes, for a writer that keeps each buffer or
// not, and with a message longer than a buffer holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonSink } from '../../server/src/cli/format/json';
import type { Report, ReportDiagnostic, SinkWrite } from '../../server/src/cli/report';

const whole = (r: Report) => JSON.stringify({ diagnostics: r.diagnostics, problems: r.problems }, null, 2) + '\n';
const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 7 } });

function diagnostic(i: number): ReportDiagnostic {
  const d: ReportDiagnostic = { file: `desk/${i}.claims.txt`, range: range(i), severity: i % 3 ? 'warning' : 'information', code: 'untagged-figure', message: `'${i} ferries' \u00e0 la \u201cport\u201d\n${'\u{1F6A2}'.repeat(i % 4)}` };
  if (i % 4 === 0) d.related = [{ file: 'harbour.claims.txt', range: range(i + 2), message: `pilot, '${i}', 2023-05-0${1 + (i % 9)}` }];
  return d;
}

/** The bytes JsonSink writes for `r`, with a writer that keeps the buffers it gets (`keeps`) or copies them. */
function written(r: Report, keeps: boolean): string {
  const chunks: Buffer[] = [];
  const write: SinkWrite = (t) => {
    if (typeof t === 'string') chunks.push(Buffer.from(t, 'utf8'));
    else chunks.push(keeps ? Buffer.from(t.buffer, t.byteOffset, t.byteLength) : Buffer.from(t));
    return !keeps;
  };
  const sink = new JsonSink(write, true);
  for (const d of r.diagnostics) sink.diagnostic(d);
  sink.end(r.problems, r.filesChecked);
  return Buffer.concat(chunks).toString('utf8');
}

test('the JSON written as bytes is JSON.stringify of the whole report', () => {
  const many = Array.from({ length: 12000 }, (_, i) => diagnostic(i));
  const huge: ReportDiagnostic = { ...diagnostic(1), message: `a long note \u00e9 ${'x'.repeat(1_500_000)}` };
  const reports: Report[] = [
    { diagnostics: [], problems: [], filesChecked: 0 },
    { diagnostics: [diagnostic(4)], problems: [{ file: 'x', message: 'cannot be read' }], filesChecked: 2 },
    { diagnostics: many, problems: [], filesChecked: 12000 },
    { diagnostics: [diagnostic(0), huge, diagnostic(2)], problems: [], filesChecked: 3 },
  ];
  for (const r of reports) {
    for (const keeps of [false, true]) assert.equal(written(r, keeps), whole(r));
  }
});
