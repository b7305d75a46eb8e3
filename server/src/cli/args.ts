// Command-line arguments: `claimmark check|export|report [paths...] [options]`, `--help`, `--version`.
// Parsing never exits or prints: it returns what to do, or a usage error (exit code 2).
import { CHECK_FORMATS, EXPORT_FORMATS, parseOptions, type Options } from './options';
import { parseAnnotateArgs, type AnnotateCommand } from './annotateArgs';

/** Output formats of `claimmark check`. */
export const FORMATS = CHECK_FORMATS;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];
/** Output formats of `claimmark export`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the command line asks for. Options not given are absent (each command applies its defaults). */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'check'; paths: string[]; format: Format } & Omit<Options, 'format'>)
  | ({ kind: 'export'; paths: string[]; format: ExportFormat } & Omit<Options, 'format'>)
  | ({ kind: 'report'; paths: string[] } & Omit<Options, 'format'>)
  | AnnotateCommand
  | { kind: 'usage-error'; message: string };

/** Reads `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V' || command === '-v') return { kind: 'version' };
  if (command === 'annotate') return parseAnnotateArgs(rest);
  if (command !== 'check' && command !== 'export' && command !== 'report') {
    const hint = command.startsWith('-') ? '' : ` (did you mean 'claimmark check ${command}'?)`;
    return { kind: 'usage-error', message: `unknown command '${command}'${hint}` };
  }
  const parsed = parseOptions(command, rest);
  if (!parsed.ok) return { kind: 'usage-error', message: parsed.message };
  if (parsed.help) return { kind: 'help' };
  const paths = parsed.paths.length > 0 ? parsed.paths : ['.'];
  const { format, ...options } = parsed.options;
  if (command === 'check') return { kind: 'check', paths, format: (format ?? 'text') as Format, ...options };
  if (command === 'export') return { kind: 'export', paths, format: (format ?? 'json') as ExportFormat, ...options };
  return { kind: 'report', paths, ...options };
}
