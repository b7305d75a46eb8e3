// `claimmark import <url | file.html | ->... [--out DIR] [--force] [--annotate]`: each input
// becomes a new `<id>.claims.txt`; the paths written are printed, each failure is one line on
// stderr and the other inputs still import (docs/import.md). Exit 0, 1 (an input failed), 2 (usage).
import { relative, isAbsolute } from 'node:path';
import type { CliIo } from '../check';
import { importArticle, type ImportSettings } from '../../import/importArticle';
import { DEFAULT_LIMITS, type FetchLimits } from '../../import/fetchPage';

/** Runs `claimmark annotate --write <paths>` on the files import wrote and returns its exit code. */
export type AnnotateWritten = (paths: string[], io: CliIo) => number | Promise<number>;

/** What import needs beyond CliIo: standard input, the clock and the download limits (tests shorten them). */
export interface ImportIo extends CliIo {
  readStdin?(): Promise<Uint8Array>;
  now?(): Date;
  limits?: FetchLimits;
}

/** The command line of `claimmark import`, or a usage error. */
export type ImportCommand = { ok: true; inputs: string[]; outDir: string; force: boolean; annotate: boolean; help: boolean } | { ok: false; message: string };

/** Reads the arguments after `import`. */
export function parseImportArgs(argv: readonly string[]): ImportCommand {
  const cmd = { ok: true as const, inputs: [] as string[], outDir: '.', force: false, annotate: false, help: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) cmd.inputs.push(arg);
    else if (arg === '--') onlyInputs = true;
    else if (arg === '--force') cmd.force = true;
    else if (arg === '--annotate') cmd.annotate = true;
    else if (arg === '--help' || arg === '-h') cmd.help = true;
    else if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
      const value = arg.startsWith('--out=') ? arg.slice(6) : argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `${arg.split('=')[0]} needs a folder` };
      cmd.outDir = value;
    } else return { ok: false, message: `unknown option '${arg.split('=')[0]}' for 'claimmark import'` };
  }
  if (!cmd.help && cmd.inputs.length === 0) return { ok: false, message: "'claimmark import' needs a URL, an HTML file or - (standard input)" };
  if (cmd.inputs.filter((i) => i === '-').length > 1) return { ok: false, message: "'-' (standard input) can be given once" };
  return cmd;
}

/** Runs `claimmark import`; `annotate` is the annotate command's hook, undefined when this CLI has none. */
export async function runImport(argv: readonly string[], io: ImportIo, annotate: AnnotateWritten | undefined): Promise<number> {
  const cmd = parseImportArgs(argv);
  if (!cmd.ok) return usage(io, cmd.message);
  if (cmd.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (cmd.annotate && !annotate) return usage(io, '--annotate needs the annotate command');
  const settings: ImportSettings = {
    cwd: io.cwd,
    outDir: cmd.outDir,
    force: cmd.force,
    retrieved: localDate(io.now?.() ?? new Date()),
    limits: io.limits ?? DEFAULT_LIMITS,
    readStdin: io.readStdin ?? (async () => new Uint8Array()),
  };
  const written: string[] = [];
  let failed = false;
  for (const input of cmd.inputs) {
    const result = await importArticle(input, settings);
    if (result.ok) {
      const shown = shownPath(io.cwd, result.path);
      written.push(shown);
      io.stdout(`${shown}\n`);
    } else {
      failed = true;
      io.stderr(`claimmark: ${input}: ${result.message}\n`);
    }
  }
  if (cmd.annotate && annotate && written.length > 0) {
    const code = await annotate(written, io);
    if (code !== 0) return code;
  }
  return failed ? 1 : 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`claimmark: ${message}\nRun 'claimmark import --help' for usage.\n`);
  return 2;
}

/** The path relative to the working folder when it lies inside it. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** YYYY-MM-DD of `d` in the local time zone (the day the user read the page). */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const IMPORT_HELP = `Usage: claimmark import <url | file.html | ->... [--out DIR] [--force] [--annotate]

Each input (an http(s) URL, a saved HTML file, or - for standard input) becomes a new
article <id>.claims.txt in DIR (default: the current folder): front matter (id, title,
outlet, author, published, url, retrieved), the headline, then one paragraph per line.
The paths written are printed; see docs/import.md for what is taken from where.

  --out DIR, -o DIR   write the articles to DIR (created if missing)
  --force             overwrite an existing article of the same id
  --annotate          then run 'claimmark annotate --write' on the new articles

URLs: at most 5 redirects, 30 s, 10 MB; gzip and brotli.
Exit codes: 0 all imported, 1 an input failed (each says why; the others still import),
2 usage error.
`;
