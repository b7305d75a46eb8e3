// Command-line arguments: `claimmark check [paths...] [--format text|json]`, `--help`, `--version`.
// Parsing never exits or prints: it returns what to do, or a usage error (exit code 2).

/** Output formats of `claimmark check`. */
export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; paths: string[]; format: Format }
  | { kind: 'usage-error'; message: string };

function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** Reads `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V' || command === '-v') return { kind: 'version' };
  if (command !== 'check') {
    const hint = command.startsWith('-') ? '' : ` (did you mean 'claimmark check ${command}'?)`;
    return { kind: 'usage-error', message: `unknown command '${command}'${hint}` };
  }
  return parseCheck(rest);
}

function parseCheck(argv: readonly string[]): Command {
  const paths: string[] = [];
  let format: Format = 'text';
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
    } else if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) return { kind: 'usage-error', message: `--format needs a value: ${FORMATS.join(' or ')}` };
      if (!isFormat(value)) return { kind: 'usage-error', message: `unknown format '${value}': use ${FORMATS.join(' or ')}` };
      format = value;
    } else {
      return { kind: 'usage-error', message: `unknown option '${arg}'` };
    }
  }
  return { kind: 'check', paths: paths.length > 0 ? paths : ['.'], format };
}
