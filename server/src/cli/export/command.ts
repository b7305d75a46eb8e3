// `claimmark export [paths...] --format json|csv|claimreview [--output FILE] [--bom]`: every
// claim of the workspace as data. Exit 0, 1 when a file could not be read, 2 on usage errors.
import type { Command } from '../args';
import type { CliIo } from '../check';
import { loadForCommand } from '../load';
import { writeOutput } from '../output';
import { claimRecords } from './records';
import { exportJson } from './json';
import { exportCsv } from './csv';
import { exportClaimReview } from './claimreview';

/** The options of `claimmark export`. */
export type ExportCommand = Extract<Command, { kind: 'export' }>;

/** Runs an export and returns the exit code. */
export function runExport(cmd: ExportCommand, io: CliIo): number {
  const loaded = loadForCommand(cmd.paths, io);
  if (!loaded) return 2;
  const records = claimRecords(loaded.workspace, loaded.files.keys());
  const text = cmd.format === 'csv' ? exportCsv(records, cmd.bom) : cmd.format === 'claimreview' ? exportClaimReview(records) : exportJson(records);
  const error = writeOutput(io, cmd.output ?? '-', text);
  if (error) {
    io.stderr(`claimmark: ${error}\n`);
    return 2;
  }
  if (cmd.output !== undefined && cmd.output !== '-') io.stderr(`claimmark: wrote ${records.length} claim(s) to ${cmd.output}\n`);
  return loaded.problems.length > 0 ? 1 : 0;
}
