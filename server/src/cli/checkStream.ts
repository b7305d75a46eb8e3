// `claimmark check` when nothing needs the whole report (no SARIF, no baseline): each file's
// diagnostics are made, counted and printed, then dropped, so the report never sits in memory
// (on 100,000 articles it is larger than everything else the check keeps). Same bytes, same
// stderr lines in the same order, same exit code as the report-first path in check.ts. With
// --cache, a file's diagnostics may be the bytes an earlier run printed (cacheRead.ts).
import type { BatchCheck, LineTable, Severity } from '../core/api';
import type { CheckCommand, CliIo } from './check';
import { atLeast } from './check';
import type { Discovery } from './discover';
import type { ReadFiles } from './load';
import { eachReportDiagnostic, fileReportDiagnostics, placeAhead, placeInto, relatedPrinter, type ReportDiagnostic, type ReportSink, type SinkWrite } from './report';
import type { CachedRead } from './cacheRead';
import { registryNote } from './registryNote';
import { JsonSink } from './format/json';
import { TextSink } from './format/text';
import { GithubSink } from './format/github';

/** The severities in the order of a piece's counts. */
const ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Prints the diagnostics of what was read as they are made; returns the exit code. */
export function streamCheck(cmd: CheckCommand, io: CliIo, found: Discovery, read: (ReadFiles<LineTable> & { batch: BatchCheck }) | CachedRead, fileOf: (file: string) => string): number {
  const { files, problems, batch } = read;
  if (!cmd.quiet) for (const folder of found.emptyFolders) io.stderr(`claimmark: note: no *.claims.txt files in ${folder}\n`);
  for (const p of problems) io.stderr(`claimmark: ${p.file}: ${p.message}\n`);
  // the note reads the registry's own diagnostics only (the registry is the first file)
  const registryLines = found.registry === undefined ? undefined : files.get(found.registry);
  if (registryLines !== undefined) {
    const own: ReportDiagnostic[] = [];
    eachReportDiagnostic((f) => batch.diagnostics(f), new Map([[found.registry!, registryLines]]), (d) => own.push(d));
    const note = registryNote(own, found.registry);
    if (note) io.stderr(note);
  }

  const threshold: Severity = cmd.failOn ?? 'error';
  let failing = 0;
  let warnings = 0;
  const write: SinkWrite = (t) => {
    if (typeof t === 'string') return io.stdout(t);
    if (io.stdoutBytes) return io.stdoutBytes(t);
    io.stdout(Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8'));
    return true; // decoded: the bytes are not kept
  };
  const sink: ReportSink = cmd.format === 'json' ? new JsonSink(write, true) : cmd.format === 'text' ? new TextSink(io.colour, write) : new GithubSink(fileOf, write);
  if (!('plan' in read) && sink.direct && sink.relatedText) {
    // printed straight from the core's diagnostics: no report objects, ranges or positions each
    const related = relatedPrinter(files, sink.relatedText);
    // (a quiet check may print few of them)
    if (!cmd.quiet) placeAhead(batch, files, sink.relatedText);
    const at = new Int32Array(4);
    for (const file of files.keys()) {
      const own = files.get(file);
      for (const d of batch.diagnostics(file)) {
        const loud = atLeast(d.severity, threshold);
        if (loud) failing++;
        if (d.severity === 'warning') warnings++;
        if (!loud && cmd.quiet) continue;
        placeInto(own, d.span, at);
        sink.direct(file, at, d, related);
      }
    }
  } else if (!('plan' in read)) {
    eachReportDiagnostic((f) => batch.diagnostics(f), files, (d) => {
      const loud = atLeast(d.severity, threshold);
      if (loud) failing++;
      if (d.severity === 'warning') warnings++;
      if (loud || !cmd.quiet) sink.diagnostic(d);
    }, sink.relatedText);
  } else {
    const { cache, plan } = read;
    const sepBytes = Buffer.byteLength(sink.separator);
    cache.separator = sink.separator;
    // cached pieces that follow each other in the cache are printed as one run of bytes
    let run: { start: number; end: number; printed: number[] } | undefined;
    const flush = () => {
      if (run) sink.piece(cache.piece(run.start, run.end), run.printed);
      run = undefined;
    };
    for (const file of files.keys()) {
      const how = plan.get(file);
      if (how !== undefined && how !== 'fresh' && 'piece' in how) {
        // read by index: a destructuring with a rest walks an iterator per file
        const out = how.piece.out!;
        const start = out[0];
        const end = out[1];
        const printed = [out[4], out[5], out[6], out[7]];
        failing += out[2];
        warnings += out[3];
        cache.storeOutput(file, how.piece.cross!, { text: [start, end], counts: how.piece.out!.slice(2) });
        if (start === end) continue;
        if (run && run.end + sepBytes === start) {
          run.end = end;
          for (let i = 0; i < 4; i++) run.printed[i]! += printed[i]!;
        } else {
          flush();
          run = { start, end, printed };
        }
        continue;
      }
      flush();
      const cross = how === undefined ? undefined : how === 'fresh' ? batch.crossOf(file)! : how.cross;
      const texts: string[] = [];
      const counts = [0, 0, 0, 0, 0, 0];
      fileReportDiagnostics(file, cross ? batch.diagnosticsWith(file, cross) : batch.diagnostics(file), files, (d) => {
        const loud = atLeast(d.severity, threshold);
        if (loud) counts[0]!++;
        if (d.severity === 'warning') counts[1]!++;
        if (loud || !cmd.quiet) {
          texts.push(sink.text(d));
          counts[2 + ORDER[d.severity]]!++;
        }
      }, sink.relatedText);
      failing += counts[0]!;
      warnings += counts[1]!;
      const text = texts.join(sink.separator);
      if (texts.length > 0) sink.piece(text, counts.slice(2));
      if (how !== undefined) cache.storeOutput(file, how === 'fresh' ? cross! : how.crossRange, { text, counts });
    }
    flush();
  }
  sink.end(problems, files.size);

  const tooManyWarnings = cmd.maxWarnings !== undefined && warnings > cmd.maxWarnings;
  if (tooManyWarnings) io.stderr(`claimmark: ${warnings} warning(s), more than --max-warnings ${cmd.maxWarnings}\n`);
  return problems.length > 0 || failing > 0 || tooManyWarnings ? 1 : 0;
}
