// The layout of the `--cache` file (cache.ts decides what goes in it): a first line naming
// the format and where the header starts, then a blob of byte sections, then the header: the
// key and an index entry per file (cacheHeader.ts encodes it). The blob is never parsed whole: an
// entry's kept article is parsed only when it is needed, and its output piece is copied as bytes.
import * as fs from 'node:fs';
import { describeError } from './files';
import { decodeHeader, encodeHeader } from './cacheHeader';

/** The cache's own format; bump it when KeptArticle, the pieces or the layout change. */
export const FORMAT = 'claimmark-cache/6';

/** A byte range of the blob: [start, end). */
export type Range = [start: number, end: number];

/** One file's index entry, as the header stores it. */
export interface RawEntry {
  file: string;
  hash: string;
  /** [size, mtimeMs, ctimeMs, ino] (cache.ts FileMeta). */
  meta?: number[];
  /** LineTable.toJSON()'s numbers as 32-bit little-endian integers (read only when a position is asked for). */
  lines?: Range;
  /** The kept article's JSON (cache.ts encodeKept). */
  kept: Range;
  /** Its conflicts and not-compared finding, as JSON (CrossFindings without fix data). */
  cross?: Range;
  /**
   * Its diagnostics as the header's `output` printed them: the piece's bytes (without the
   * separator before it, which the blob holds), the failing and warning counts of every
   * diagnostic, and the printed ones by severity.
   */
  out?: [start: number, end: number, failing: number, warnings: number, errors: number, warns: number, infos: number, hints: number];
}

/** The header: what the cache is valid for, and its entries in file order. */
export interface Header {
  key: string;
  registry?: unknown;
  /** The output (format and options) the pieces were printed for. */
  output?: string;
  entries: RawEntry[];
}

const MAGIC = `${FORMAT} `;
const DIGITS = 12;
/** The first line's length: the blob starts after it. */
const FIRST = MAGIC.length + DIGITS + 1;

/** An open cache file: its header, and its blob read a range at a time (never whole). */
export class OpenCache {
  constructor(
    private readonly fd: number,
    readonly header: Header,
    /** Bytes of the blob (the old header's bytes included, once a run has appended another). */
    readonly blobSize: number,
    /** Bytes after the first line, the header included: a run appends after them. */
    readonly endSize: number,
  ) {}

  /** The bytes of a blob range. */
  bytes(r: Range): Buffer {
    const out = Buffer.allocUnsafe(r[1] - r[0]);
    for (let done = 0; done < out.length; ) {
      const n = fs.readSync(this.fd, out, done, out.length - done, FIRST + r[0] + done);
      if (n === 0) throw new Error('the cache file is shorter than its header says');
      done += n;
    }
    return out;
  }

  /** The text of a blob range. */
  text(r: Range): string {
    return this.bytes(r).toString('utf8');
  }

  /** A blob range in pieces of at most 4 MB (each a new buffer: a writer may keep it). */
  *chunks(start: number, end: number): Iterable<Buffer> {
    for (let at = start; at < end; at += 1 << 22) yield this.bytes([at, Math.min(end, at + (1 << 22))]);
  }

  /**
   * A blob range handed to `write` a megabyte at a time, in one buffer (kept for the next range)
   * filled again while `write` says it wrote the last out before returning (a new one otherwise).
   */
  copyTo(start: number, end: number, write: (bytes: Uint8Array) => boolean | void): void {
    // One buffer for every piece while the writer copies what it is given (stdout to a file):
    // a new one per piece (10,000 pieces of 9 KB) made the GC run for external memory.
    let buffer = this.scratch ?? Buffer.allocUnsafe(1 << 20);
    this.scratch = undefined;
    for (let at = start; at < end; ) {
      const n = fs.readSync(this.fd, buffer, 0, Math.min(buffer.length, end - at), FIRST + at);
      if (n === 0) throw new Error('the cache file is shorter than its header says');
      if (write(buffer.subarray(0, n)) !== true) buffer = Buffer.allocUnsafe(buffer.length);
      at += n;
    }
    this.scratch = buffer;
  }

  private scratch: Buffer | undefined;

  /** Closes the file (a run appends to it through another descriptor). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try { fs.closeSync(this.fd); } catch { /* nothing to do */ }
  }

  private closed = false;
}

/** The open cache file, or a note saying why it cannot be used (absent: no note, as when there is no file). */
export function openCacheFile(file: string): OpenCache | { note?: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? {} : { note: describeError(e) };
  }
  const fail = (note: string) => {
    fs.closeSync(fd);
    return { note };
  };
  try {
    const size = fs.fstatSync(fd).size;
    const first = Buffer.alloc(FIRST);
    const n = size >= FIRST ? fs.readSync(fd, first, 0, FIRST, 0) : 0;
    if (n < FIRST || first.toString('latin1', 0, MAGIC.length) !== MAGIC || first[FIRST - 1] !== 10) {
      return fail(first[0] === 0x7b || first.toString('latin1', 0, 16) === 'claimmark-cache/' ? 'it is not a Claimmark cache of this version' : 'it is not a Claimmark cache');
    }
    const at = Number(first.toString('latin1', MAGIC.length, FIRST - 1));
    if (!Number.isInteger(at) || at < FIRST || at > size) return fail('its header is damaged');
    const raw = Buffer.allocUnsafe(size - at);
    for (let done = 0; done < raw.length; ) done += fs.readSync(fd, raw, done, raw.length - done, at + done) || raw.length;
    const header = decodeHeader(raw, at - FIRST);
    if (!header) return fail('its header is damaged');
    return new OpenCache(fd, header, at - FIRST, size - FIRST);
  } catch (e) {
    return fail(describeError(e));
  }
}

/**
 * A cache file being written, section by section as they come (an article's printed piece is
 * written while the report is, never held). Appending (`appendTo` given): new sections go
 * after the old file's end (its header is left as it is), then the new header, and only then
 * the first line is pointed at it, so the old header stays valid until the new one is whole;
 * ranges of the old blob are kept as they are. Else a new file: sections (old ranges copied
 * from `copyFrom`) then the header, written to a temporary file and renamed over `target`.
 * A failure to write is kept and returned by `write`; adding goes on as a no-op.
 */
export class CacheWriter {
  private fd: number | undefined;
  private error: string | undefined;
  /** Blob bytes so far (those written and `text`). */
  private size: number;
  private written: number;
  private text = '';
  private readonly file: string;

  /** `appendTo`: the bytes after the first line of the file appended to (OpenCache.endSize; 0 for a new file). */
  constructor(
    private readonly target: string,
    private readonly appendTo = 0,
    private readonly copyFrom?: OpenCache,
  ) {
    this.size = this.written = appendTo;
    this.file = appendTo > 0 ? target : `${target}.${process.pid}.tmp`;
  }

  /** Appends `text` or bytes, or (new files only) copies a range of the old blob; returns its range in the new blob. */
  add(data: string | Buffer | Range): Range {
    const at = this.size;
    if (typeof data === 'string') {
      this.text += data;
      this.size += Buffer.byteLength(data);
      if (this.text.length >= 1 << 20) this.flushText();
    } else if (Buffer.isBuffer(data)) {
      this.flushText();
      this.put(data);
      this.size += data.length;
    } else if (data[1] > data[0]) {
      this.flushText();
      this.copyFrom?.copyTo(data[0], data[1], (bytes) => (this.put(bytes), true));
      this.size += data[1] - data[0];
    }
    return [at, this.size];
  }

  private flushText(): void {
    if (!this.text) return;
    this.put(Buffer.from(this.text));
    this.text = '';
  }

  private put(bytes: Uint8Array): void {
    if (this.error !== undefined) return;
    try {
      if (this.fd === undefined) {
        this.fd = fs.openSync(this.file, this.appendTo > 0 ? 'r+' : 'w');
        if (this.appendTo === 0) writeAll(this.fd, Buffer.from(`${MAGIC}${'0'.repeat(DIGITS)}\n`), 0);
      }
      writeAll(this.fd, bytes, FIRST + this.written);
      this.written += bytes.length;
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.error ??= describeError(e);
    if (this.fd !== undefined) try { fs.closeSync(this.fd); } catch { /* already closed */ }
    this.fd = undefined;
    if (this.appendTo === 0) try { fs.rmSync(this.file, { force: true }); } catch { /* nothing was written */ }
  }

  /** Writes the header and points the first line at it; returns a one-line error, or undefined. */
  write(header: Header): string | undefined {
    this.flushText();
    this.copyFrom?.close();
    const headerAt = FIRST + this.written;
    this.put(encodeHeader(header));
    if (this.error !== undefined) return this.error;
    try {
      fs.ftruncateSync(this.fd!, FIRST + this.written);
      fs.writeSync(this.fd!, String(headerAt).padStart(DIGITS, '0'), MAGIC.length);
      fs.closeSync(this.fd!);
      this.fd = undefined;
      if (this.appendTo === 0) fs.renameSync(this.file, this.target);
      return undefined;
    } catch (e) {
      this.fail(e);
      return this.error;
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** One entry's sections as plain values (tests and debugging). */
export interface Sections {
  kept: string;
  cross?: string;
  out?: string;
  lines?: number[];
}

/** A cache file's header and each entry's sections, for tests and debugging (never read by a check). */
export function dumpCacheFile(file: string): { header: Header; sections: Sections[] } | undefined {
  const open = openCacheFile(file);
  if (!(open instanceof OpenCache)) return undefined;
  const sections = open.header.entries.map((e): Sections => {
    const out: Sections = { kept: open.text(e.kept) };
    if (e.cross) out.cross = open.text(e.cross);
    if (e.out) out.out = open.text([e.out[0], e.out[1]]);
    if (e.lines) {
      const bytes = open.bytes(e.lines);
      out.lines = [];
      for (let at = 0; at + 4 <= bytes.length; at += 4) out.lines.push(bytes.readInt32LE(at));
    }
    return out;
  });
  open.close();
  return { header: open.header, sections };
}

/** Writes `header` with each entry's `sections` as a new file over `file`: tests that damage a cache. */
export function rewriteCacheFile(file: string, header: Header, sections: readonly Sections[]): string | undefined {
  const w = new CacheWriter(file);
  const entries = header.entries.map((e, i) => {
    const { kept, cross, out, lines } = sections[i]!;
    const next: RawEntry = { ...e, kept: w.add(kept) };
    if (cross !== undefined) next.cross = w.add(cross);
    if (out !== undefined && e.out) {
      const [s, end] = w.add(out);
      next.out = [s, end, ...e.out.slice(2)] as RawEntry['out'];
    }
    if (lines) {
      const bytes = Buffer.allocUnsafe(4 * lines.length);
      lines.forEach((n, k) => bytes.writeInt32LE(n, 4 * k));
      next.lines = w.add(bytes);
    }
    return next;
  });
  return w.write({ ...header, entries });
}
