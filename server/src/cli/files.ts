// Reading one input file for the CLI: text, or a clear reason it cannot be checked
// (unreadable, a folder, not a regular file, too large, binary). Never throws, never blocks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_INPUT_BYTES } from '../core/api';

/** A relative path whose every segment is a name (no `.`, `..` or empty segment): joined to a normal folder, it is normal. */
const PLAIN_RELATIVE = /^(?:(?!\.\.?\/)[^/]+\/)*(?!\.\.?$)[^/]+$/;
let lastCwd: string | undefined;
let lastCwdNormal = false;

/** True for a relative path whose every segment is a name (path.join and path.resolve leave it as it is). */
export function isPlainRelative(file: string): boolean {
  return PLAIN_RELATIVE.test(file);
}

/**
 * path.resolve(cwd, file), without its normalising pass for the paths a folder walk gives
 * (`articles/a1.claims.txt` under a normal absolute cwd): a check resolves every file twice.
 */
export function resolvePath(cwd: string, file: string): string {
  if (cwd !== lastCwd) {
    lastCwd = cwd;
    lastCwdNormal = path.sep === '/' && path.resolve(cwd) === cwd;
  }
  if (!lastCwdNormal || !isPlainRelative(file)) return path.resolve(cwd, file);
  return cwd === '/' ? `/${file}` : `${cwd}/${file}`;
}

/** The file's text, or why it was skipped. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a UTF-8 file; a file with NUL bytes is binary and skipped. The file is opened without
 * blocking and checked before any read: a FIFO would wait for a writer forever and a device
 * such as /dev/zero never ends, so anything but a regular file of at most `maxBytes` is refused.
 */
export function readInput(cwd: string, file: string, maxBytes = MAX_INPUT_BYTES): ReadResult {
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    fd = fs.openSync(resolvePath(cwd, file), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'cannot be read: it is a folder' };
    if (!stat.isFile()) return { ok: false, message: 'skipped: not a regular file (a pipe, device or socket)' };
    if (stat.size > maxBytes) return { ok: false, message: `skipped: ${stat.size} bytes, over the limit of ${maxBytes}` };
    bytes = stat.size > 0 ? readSized(fd, stat.size) : fs.readFileSync(fd); // a size of 0 may be a file that says none (procfs)
  } catch (e) {
    return { ok: false, message: `cannot be read: ${describeError(e)}` };
  } finally {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already closed */ }
  }
  if (bytes.includes(0)) return { ok: false, message: 'skipped: binary file (it contains NUL bytes)' };
  return { ok: true, text: bytes.toString('utf8') };
}

/**
 * One buffer every read reuses (the text is decoded out of it at once): a buffer per file was
 * a native allocation each, tracked by the garbage collector. Files over a megabyte get their own.
 */
let scratch: Buffer | undefined;
const MAX_SCRATCH = 1 << 20;

/**
 * What fs.readFileSync(fd) reads from a file fstat says has `size` bytes (at most that many,
 * fewer if it shrank), without the second fstat it makes to learn the size. The bytes are
 * valid until the next call.
 */
function readSized(fd: number, size: number): Buffer {
  if (size <= MAX_SCRATCH && (!scratch || scratch.length < size)) scratch = Buffer.allocUnsafe(Math.min(MAX_SCRATCH, Math.max(size, 1 << 16)));
  const buffer = size <= MAX_SCRATCH ? scratch!.subarray(0, size) : Buffer.allocUnsafe(size);
  let at = 0;
  for (let n = -1; at < size && n !== 0; at += n) n = fs.readSync(fd, buffer, at, size - at, null);
  return at < size ? buffer.subarray(0, at) : buffer;
}

/** An error's cause in words (permission denied, no such file...). */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'no such file';
  return e instanceof Error ? e.message : String(e);
}
