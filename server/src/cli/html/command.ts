// `claimmark report [paths...] [--output FILE] [--title TEXT]`: writes the review page
// (page.ts), by default to claimmark-report.html. Exit 0, 1 when a file could not be read, 2 on usage errors.
import type { Command } from '../args';
import type { CliIo } from '../check';
import { loadForCommand } from '../load';
import { writeOutput } from '../output';
import { claimRecords } from '../export/records';
import { reportPage } from './page';
import { repositoryRoot, rootRelative } from '../root';
import { dirname, isAbsolute } from 'node:path';

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
  const root = repositoryRoot(io.cwd);
  // relative to the repository (or the current folder); a file outside it, to the nearest repository above it, else its folder
  const fileOf = (file: string) => {
    const shown = rootRelative(root, io.cwd, file);
    return isAbsolute(shown) ? rootRelative(repositoryRoot(dirname(shown)), io.cwd, shown) : shown;
  };
  const html = reportPage({ title: cmd.title ?? 'Claimmark report', version: io.version ?? '', records, articles, fileOf });
  const output = cmd.output ?? DEFAULT_REPORT;
  const error = writeOutput(io, output, html);
  if (error) {
    io.stderr(`claimmark: ${error}\n`);
    return 2;
  }
  if (output !== '-') io.stderr(`claimmark: wrote ${output} (${records.length} claim${records.length === 1 ? '' : 's'}, ${articles} article${articles === 1 ? '' : 's'})\n`);
  return loaded.problems.length > 0 ? 1 : 0;
}
