// `claimmark report [paths...] [--output FILE] [--title TEXT]`: writes the review page
// (page.ts), by default to claimmark-report.html. Exit 0, 1 when a file could not be read, 2 on usage errors.
import type { Command } from '../args';
import type { CliIo } from '../check';
import { loadForCommand } from '../load';
import { writeOutput } from '../output';
import { claimRecords } from '../export/records';
import { reportPage } from './page';

/** The options of `claimmark report`. */
export type ReportCommand = Extract<Command, { kind: 'report' }>;

/** Where the page goes when no --output is given. */
export const DEFAULT_REPORT = 'claimmark-report.html';

/** Builds and writes the report; returns the exit code. */
export function runReport(cmd: ReportCommand, io: CliIo): number {
  const loaded = loadForCommand(cmd.paths, io);
  if (!loaded) return 2;
  const records = claimRecords(loaded.workspace, loaded.files.keys());
  const articles = [...loaded.workspace.articles()].length;
  const html = reportPage({ title: cmd.title ?? 'Claimmark report', version: io.version ?? '', records, articles });
  const output = cmd.output ?? DEFAULT_REPORT;
  const error = writeOutput(io, output, html);
  if (error) {
    io.stderr(`claimmark: ${error}\n`);
    return 2;
  }
  if (output !== '-') io.stderr(`claimmark: wrote ${output} (${records.length} claims, ${articles} articles)\n`);
  return loaded.problems.length > 0 ? 1 : 0;
}
