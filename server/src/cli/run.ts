// The `claimmark` command as a function: argv in, output through CliIo, exit code out.
// main.ts wires it to the process; tests call it directly.
import { version } from '../../../package.json';
import { parseArgs } from './args';
import { helpText } from './help';
import { runCheck, type CliIo } from './check';
import { runExport } from './export/command';
import { runReport } from './html/command';
import { runAnnotate } from './annotate';

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(version));
      return 0;
    case 'version':
      io.stdout(`${version}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`claimmark: ${command.message}\nRun 'claimmark --help' for usage.\n`);
      return 2;
    case 'check':
      return runCheck(command, { version, ...io });
    case 'export':
      return runExport(command, io);
    case 'report':
      return runReport(command, { version, ...io });
    case 'annotate':
      return runAnnotate(command, io);
  }
}
