// Reading one input file for the CLI: text, or a clear reason it cannot be checked
// (unreadable, a folder, binary). Never throws.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file's text, or why it was skipped. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a UTF-8 file; a file with NUL bytes is binary and skipped. */
export function readInput(cwd: string, file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, file));
  } catch (e) {
    return { ok: false, message: `cannot be read: ${describeError(e)}` };
  }
  if (bytes.includes(0)) return { ok: false, message: 'skipped: binary file (it contains NUL bytes)' };
  return { ok: true, text: bytes.toString('utf8') };
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'no such file';
  return e instanceof Error ? e.message : String(e);
}
