// The `claimmark` command as a function: argv in, output through CliIo, exit code out.
// main.ts wires it to the process; tests call it directly.
import { version } from '../../../package.json';
import { parseArgs } from './args';
import { helpText } from './help';
import { runCheck, type CliIo } from './check';
import type { AnnotateWritten, ImportIo } from './import/command';

/**
 * `export`, `report` and `annotate`, loaded on use (dist/commands.js in the bundle, see
 * commands.ts): `check` never compiles their drafting, diff and HTML code.
 */
function commands(): typeof import('./commands') {
  return require('./commands') as typeof import('./commands');
}

/** Runs every command, `import` (which waits on the network) included; main.ts calls this. */
export async function runCli(argv: readonly string[], io: ImportIo): Promise<number> {
  // loaded on use: the importer's DOM (linkedom) is a tenth of a check's start-up
  if (argv[0] === 'import') return (await import('./import/command.js')).runImport(argv.slice(1), io, annotateHook());
  return main(argv, io);
}

/**
 * The hook `import --annotate` runs on the files it wrote: the same code path as
 * `claimmark annotate --write <paths>`, when this CLI has an annotate command that takes
 * --write; undefined (import then says "--annotate needs the annotate command") when not.
 */
export function annotateHook(): AnnotateWritten | undefined {
  const probe = parseArgs(['annotate', '--write', 'probe.claims.txt']);
  if (probe.kind === 'usage-error') return undefined;
  return (paths, io) => main(['annotate', '--write', ...paths], io);
}

/** Runs a synchronous command (all but `import`, see runCli) with `argv` (without node and the script) and returns the exit code. */
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
      return commands().runExport(command, io);
    case 'report':
      return commands().runReport(command, { version, ...io });
    case 'annotate':
      return commands().runAnnotate(command, io);
  }
}
