// The `--cache` file's header as bytes (cacheFile.ts places it): a JSON part with the key,
// registry, output and each entry's file and hash, then every entry's numbers (stat fields and
// blob ranges) as 64-bit floats. JSON of 10,000 entry objects took 15-20 ms to parse and 10 to
// write on every re-run; the numbers now cost a copy.
import type { Header, RawEntry } from './cacheFile';

/** Numbers per entry: presence bits, meta (4), kept (2), lines (2), cross (2), out (8). */
const STRIDE = 19;
const HAS_META = 1;
const HAS_LINES = 2;
const HAS_CROSS = 4;
const HAS_OUT = 8;

interface JsonPart {
  key: string;
  registry?: unknown;
  output?: string;
  files: string[];
  hashes: string[];
}

/** The header as bytes: [JSON length, 4 bytes LE][JSON][zero padding to 8][numbers]. */
export function encodeHeader(header: Header): Buffer {
  const { entries, ...rest } = header;
  const json = Buffer.from(JSON.stringify({ ...rest, files: entries.map((e) => e.file), hashes: entries.map((e) => e.hash) } satisfies JsonPart));
  const numbersAt = align8(4 + json.length);
  const out = Buffer.alloc(numbersAt + 8 * STRIDE * entries.length);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const numbers = new Float64Array(out.buffer, out.byteOffset + numbersAt, STRIDE * entries.length);
  entries.forEach((e, i) => {
    const at = STRIDE * i;
    numbers[at] = (e.meta ? HAS_META : 0) | (e.lines ? HAS_LINES : 0) | (e.cross ? HAS_CROSS : 0) | (e.out ? HAS_OUT : 0);
    if (e.meta) numbers.set(e.meta, at + 1);
    numbers.set(e.kept, at + 5);
    if (e.lines) numbers.set(e.lines, at + 7);
    if (e.cross) numbers.set(e.cross, at + 9);
    if (e.out) numbers.set(e.out, at + 11);
  });
  return out;
}

/** The header in `bytes`, its ranges checked against a blob of `size` bytes; undefined when damaged. */
export function decodeHeader(bytes: Buffer, size: number): Header | undefined {
  if (bytes.length < 4) return undefined;
  const jsonLength = bytes.readUInt32LE(0);
  const numbersAt = align8(4 + jsonLength);
  if (numbersAt > bytes.length) return undefined;
  let part: JsonPart;
  try {
    part = JSON.parse(bytes.toString('utf8', 4, 4 + jsonLength)) as JsonPart;
  } catch {
    return undefined;
  }
  if (!part || typeof part !== 'object' || typeof part.key !== 'string' || !isStrings(part.files) || !isStrings(part.hashes) || part.files.length !== part.hashes.length) return undefined;
  if (part.output !== undefined && typeof part.output !== 'string') return undefined;
  const count = part.files.length;
  if (bytes.length - numbersAt !== 8 * STRIDE * count) return undefined;
  // (a copy: the buffer's offset need not be a multiple of 8)
  const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + numbersAt, bytes.byteOffset + bytes.length));
  const entries: RawEntry[] = [];
  const ok = (at: number) => isRange(numbers[at]!, numbers[at + 1]!, size);
  for (let i = 0; i < count; i++) {
    const at = STRIDE * i;
    const has = numbers[at]!;
    if (!ok(at + 5)) return undefined;
    const entry: RawEntry = { file: part.files[i]!, hash: part.hashes[i]!, kept: [numbers[at + 5]!, numbers[at + 6]!] };
    if (has & HAS_META) entry.meta = [numbers[at + 1]!, numbers[at + 2]!, numbers[at + 3]!, numbers[at + 4]!];
    if (has & HAS_LINES) {
      if (!ok(at + 7)) return undefined;
      entry.lines = [numbers[at + 7]!, numbers[at + 8]!];
    }
    if (has & HAS_CROSS) {
      if (!ok(at + 9)) return undefined;
      entry.cross = [numbers[at + 9]!, numbers[at + 10]!];
    }
    if (has & HAS_OUT) {
      if (!ok(at + 11)) return undefined;
      entry.out = [numbers[at + 11]!, numbers[at + 12]!, numbers[at + 13]!, numbers[at + 14]!, numbers[at + 15]!, numbers[at + 16]!, numbers[at + 17]!, numbers[at + 18]!];
    }
    entries.push(entry);
  }
  const header: Header = { key: part.key, entries };
  if ('registry' in part) header.registry = part.registry;
  if (part.output !== undefined) header.output = part.output;
  return header;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;
const isStrings = (l: unknown): l is string[] => Array.isArray(l) && l.every((s) => typeof s === 'string');

/** Whether [start, end) is a range of a blob of `size` bytes. */
function isRange(start: number, end: number, size: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= size;
}
