// `claimmark check` when nothing needs the whole report (no SARIF, no baseline): each file's
// diagnostics are made, counted and printed, then dropped, so the report never sits in memory
// (on 100,000 articles it is larger than everything else the check keeps). Same bytes, same
// stderr lines in the same order, same exit code as the report-first path in check.ts.
import type { BatchCheck, LineTable, Severity } from '../core/api';
import type { CheckCommand, CliIo } from './check';
import { atLeast } from './check';
import type { Discovery } from './discover';
import type { ReadFiles } from './load';
import { eachReportDiagnostic, type ReportDiagnostic, type ReportSink } from './report';
import { registryNote } from './registryNote';
import { JsonSink } from './format/json';
import { TextSink } from './format/text';
import { GithubSink } from './format/github';

/** Prints the diagnostics of what was read as they are made; returns the exit code. */
export function streamCheck(cmd: CheckCommand, io: CliIo, found: Discovery, read: ReadFiles<LineTable> & { batch: BatchCheck }, fileOf: (file: string) => string): number {
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
  const sink: ReportSink = cmd.format === 'json' ? new JsonSink(io.stdout) : cmd.format === 'text' ? new TextSink(io.colour, io.stdout) : new GithubSink(fileOf, io.stdout);
  eachReportDiagnostic((f) => batch.diagnostics(f), files, (d) => {
    const loud = atLeast(d.severity, threshold);
    if (loud) failing++;
    if (d.severity === 'warning') warnings++;
    if (loud || !cmd.quiet) sink.diagnostic(d);
  });
  sink.end(problems, files.size);

  const tooManyWarnings = cmd.maxWarnings !== undefined && warnings > cmd.maxWarnings;
  if (tooManyWarnings) io.stderr(`claimmark: ${warnings} warning(s), more than --max-warnings ${cmd.maxWarnings}\n`);
  return problems.length > 0 || failing > 0 || tooManyWarnings ? 1 : 0;
}
