// Reading the workspace from disk: finding articles and the registry, and reading one file
// safely (size limit, binary content, unreadable files become messages, never exceptions).
import { promises as fs, openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import { join } from 'node:path';
import { URI_SCHEME_FILE, fileUri, uriToPath } from './uris';
import { isArticleName, isRegistryName, isSkippedFolder } from '../../../shared/workspaceFiles';

export { isArticleName, isRegistryName };

/** Every article below a folder, depth first, skipping the folders shared/workspaceFiles.ts names. */
export async function findArticles(root: string, isCancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length && !isCancelled()) {
    const dir = stack.pop()!;
    let entries;
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!isSkippedFolder(e.name)) stack.push(join(dir, e.name));
      } else if (e.isFile() && isArticleName(e.name)) out.push(join(dir, e.name));
    }
  }
  return out.sort();
}

/** The outcome of reading one file. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a UTF-8 file, refusing files over `maxBytes`, files with NUL bytes (binary) and anything but a regular file. */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadResult> {
  // One small synchronous read: it cannot block (see readTextFileSync) and costs less than fs promises.
  return readTextFileSync(path, maxBytes);
}

/**
 * readTextFile, synchronously: for indexing many small files, where the promise machinery
 * costs more main-thread time than the reads themselves (one open, fstat, read and close each).
 * The file is opened without blocking and checked to be a regular file before any read: a FIFO
 * (even one that replaced the article after it was listed) or a device is refused, never waited on.
 */
export function readTextFileSync(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `${path} is not a regular file; skipped` };
    if (stat.size > maxBytes) return { ok: false, reason: `${path} is ${stat.size} bytes, over the claimmark.maxFileSize limit of ${maxBytes}` };
    // The size may change under us: read until the end, growing the buffer if the file grew.
    let buf = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (let n; (n = readSync(fd, buf, length, buf.length - length, null)) > 0; ) {
      length += n;
      if (length > maxBytes) return { ok: false, reason: `${path} is over the claimmark.maxFileSize limit of ${maxBytes}` };
      if (length === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
    }
    const bytes = buf.subarray(0, length);
    if (bytes.includes(0)) return { ok: false, reason: `${path} looks binary (it contains NUL bytes); skipped` };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (e) {
    return { ok: false, reason: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
  }
}

export { URI_SCHEME_FILE, fileUri, uriToPath };
