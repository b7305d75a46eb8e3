// `claimmark check --cache`: what a check kept of each article (its own findings, claims and
// suppressions), keyed by the article's path and a hash of its text, so that a re-run parses
// only the articles that changed and re-checks conflicts from the cached claims; with each,
// the file's stat and line table, so that an unchanged file is not even read, and its
// diagnostics as last printed (cacheRead.ts says when they are printed again as they are).
// A cache made by another claimmark version, registry text or analysis options is ignored.
import { createHash } from './hash';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineTable, type AnalysisOptions, type CrossFindings, type KeptArticle, type Registry } from '../core/api';
import { decodeClaim, encodeClaim } from './cacheClaims';
import type { BytePiece } from './report';
import { CacheWriter, FORMAT, OpenCache, openCacheFile, type Header, type Range, type RawEntry } from './cacheFile';

/** The cache file `--cache` alone names (in the working folder), as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.claimmarkcache';

/**
 * A file's size, modification and change times and inode, as stat gives them: when all four
 * are as the cache has them, the file is taken as unchanged without being read (ESLint's
 * metadata strategy, with the change time and inode added: no write leaves both times alone).
 */
export type FileMeta = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** The stat of `file` as FileMeta, or undefined when it cannot be had. */
export function statMeta(file: string): FileMeta | undefined {
  try {
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s && s.isFile() ? [s.size, s.mtimeMs, s.ctimeMs, s.ino] : undefined;
  } catch {
    return undefined;
  }
}

const sameMeta = (a: readonly number[] | undefined, b: FileMeta | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** What this run gives the next one of a file: new values, or ranges of the old blob. */
interface Next {
  hash: string;
  meta?: FileMeta;
  lines?: LineTable | Range;
  kept: KeptArticle | Range;
  /** Its conflicts as JSON (made when stored: the findings themselves are let go), or the old range. */
  cross?: string | Range;
  /** Its printed piece's range in the new file and its counts (RawEntry.out). */
  out?: RawEntry['out'];
}

/** The cache of one run: the previous run's index and blob, and what to write back. */
export class CheckCache {
  private readonly open: OpenCache | undefined;
  /** Entries of the previous run by path (empty when there was no usable cache). */
  private readonly old = new Map<string, RawEntry>();
  /** The previous run's articles in order. */
  readonly oldOrder: readonly string[];
  private readonly next = new Map<string, Next>();
  /** The registry as the previous run read it (same text: the key says so), and as this one did. */
  readonly registry: Registry | undefined;
  private nextRegistry: Registry | undefined;
  /** The output the previous run's pieces were printed for. */
  readonly output: string | undefined;
  /** What the format the pieces are printed in prints between two diagnostics (set by the streamed check). */
  separator = '';
  /** A note for stderr when the file was there but could not be used (corrupt, unreadable, damaged). */
  note: string | undefined;

  /** Reads `file` (relative to `cwd`); `key` names the version, registry and options it is valid for. */
  constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly key: string,
  ) {
    const read = openCacheFile(path.resolve(cwd, file));
    const usable = read instanceof OpenCache && read.header.key === key ? read : undefined;
    if (read instanceof OpenCache && !usable) read.close();
    const registry = usable?.header.registry === undefined ? undefined : decodeRegistry(usable.header.registry);
    // another version, registry or options: silently stale, rewritten at the end of the run
    if (!usable || (usable.header.registry !== undefined && !registry)) {
      usable?.close();
      this.oldOrder = [];
      const note = !(read instanceof OpenCache) ? read.note : usable ? 'its registry is damaged' : undefined;
      this.note = note === undefined ? undefined : noteOf(file, note);
      return;
    }
    this.open = usable;
    for (const e of usable.header.entries) this.old.set(e.file, e);
    this.oldOrder = usable.header.entries.map((e) => e.file);
    this.registry = registry;
    this.output = usable.header.output;
  }

  /** The previous run's entry of `file` when the hash of its text is `hash`. */
  byHash(file: string, hash: string): RawEntry | undefined {
    const entry = this.old.get(file);
    return entry && entry.hash === hash ? entry : undefined;
  }

  /** The previous run's entry of `file` (whatever its text now). */
  entry(file: string): RawEntry | undefined {
    return this.old.get(file);
  }

  /** The previous run's entry of `file` when its stat is the same and its line table is kept (then it is not read again). */
  unchanged(file: string, meta: FileMeta | undefined): RawEntry | undefined {
    const entry = this.old.get(file);
    return entry?.lines && sameMeta(entry.meta, meta) ? entry : undefined;
  }

  /** An entry's line table (undefined when it has none, or a damaged one). */
  linesOf(entry: RawEntry): LineTable | undefined {
    if (!entry.lines || !this.open || (entry.lines[1] - entry.lines[0]) % 4 !== 0) return undefined;
    const bytes = this.open.bytes(entry.lines);
    const ints: number[] = [];
    for (let at = 0; at < bytes.length; at += 4) ints.push(bytes.readInt32LE(at));
    return LineTable.fromJSON(ints);
  }

  /** What the previous run kept of an entry's article; undefined (and a note) when it is damaged. */
  keptOf(entry: RawEntry): KeptArticle | undefined {
    const kept = this.parse(entry.kept, (raw) => (isKept(raw) ? decodeKept(raw) : undefined));
    if (!kept) this.note ??= noteOf(this.file, `its entry for ${entry.file} is damaged`);
    return kept;
  }

  /** The previous run's conflicts and not-compared finding of an entry's article (undefined: none, or damaged). */
  crossOf(entry: RawEntry): CrossFindings | undefined {
    return entry.cross && this.parse(entry.cross, (raw) => {
      const c = raw as Partial<CrossFindings> | null;
      return c && isList(c.conflicts, isFinding) && isList(c.notCompared, isFinding) ? (c as CrossFindings) : undefined;
    });
  }

  private parse<T>(r: Range, check: (raw: unknown) => T | undefined): T | undefined {
    try {
      return this.open ? check(JSON.parse(this.open.text(r))) : undefined;
    } catch {
      return undefined;
    }
  }

  /** A range of the old blob as a piece a sink prints (cached pieces are printed from it). */
  piece(start: number, end: number): BytePiece {
    return (write) => this.open?.copyTo(start, end, write);
  }

  /** Records what this run gives the next of `file`: its hash, stat, line table and kept article (new, or the old entry's). */
  store(file: string, hash: string, kept: KeptArticle | RawEntry, meta?: FileMeta, lines?: LineTable | Range): void {
    const next: Next = { hash, kept: 'kept' in kept && Array.isArray(kept.kept) ? (kept as RawEntry).kept : (kept as KeptArticle) };
    if (meta) next.meta = meta;
    if (lines) next.lines = lines;
    this.next.set(file, next);
  }

  /**
   * Starts writing the cache, before the report: each article's printed piece is written as it
   * is printed. `keptOutput`: bytes of the old file's pieces and conflicts this run keeps as they are.
   */
  begin(keptOutput = 0): void {
    if (this.writer) return;
    const open = this.open;
    // appended to the old file, keeping its ranges, unless more than half of it would be unused
    let used = keptOutput;
    for (const n of this.next.values()) {
      if (Array.isArray(n.kept)) used += n.kept[1] - n.kept[0];
      if (Array.isArray(n.lines)) used += n.lines[1] - n.lines[0];
    }
    this.append = !!open && open.blobSize > 0 && 2 * used > open.endSize;
    // a new file copies what it keeps of the old one (and closes it before the rename)
    this.writer = new CacheWriter(path.resolve(this.cwd, this.file), this.append ? open!.endSize : 0, this.append ? undefined : open);
  }

  private writer: CacheWriter | undefined;
  private append = false;

  /** Records an article's conflicts and not-compared finding (new, or the old entry's range), and writes its printed piece (new, or the old one's range). */
  storeOutput(file: string, cross: CrossFindings | Range, out: { text: string | Range; counts: number[] }): void {
    const next = this.next.get(file);
    const w = this.writer;
    if (!next || !w) return;
    next.cross = Array.isArray(cross) ? cross : JSON.stringify(cross, withoutData);
    // each piece after its separator: the pieces of unchanged files stay one run of bytes
    const { text, counts } = out;
    const sep = this.separator;
    let range: Range;
    if (Array.isArray(text)) range = text[0] === text[1] || this.append ? text : (w.add(sep), w.add(text));
    else if (text === '') range = w.add('');
    else {
      const added = w.add(sep + text);
      range = [added[0] + Buffer.byteLength(sep), added[1]];
    }
    next.out = [range[0], range[1], counts[0]!, counts[1]!, counts[2]!, counts[3]!, counts[4]!, counts[5]!];
  }

  /** Records the registry this run read (kept when it holds only numbers JSON carries). */
  storeRegistry(registry: Registry): void {
    if (Number.isFinite(registry.rules.tolerance) && Number.isFinite(registry.rules.windowDays)) this.nextRegistry = registry;
  }

  /**
   * Writes the entries of this run (the files it read), with their pieces when `output` names
   * what they were printed for; returns a one-line error, or undefined.
   */
  write(output?: string): string | undefined {
    this.begin();
    const w = this.writer!;
    const keep = (r: Range): Range => (this.append ? r : w.add(r));
    let all = output !== undefined;
    if (all) for (const n of this.next.values()) if (!n.cross || !n.out) all = false;
    const entries: RawEntry[] = [];
    for (const file of this.next.keys()) {
      const n = this.next.get(file)!;
      const e: RawEntry = { file, hash: n.hash, kept: Array.isArray(n.kept) ? keep(n.kept) : w.add(JSON.stringify(encodeKept(n.kept))) };
      if (n.meta) e.meta = n.meta;
      if (n.lines) e.lines = Array.isArray(n.lines) ? keep(n.lines) : w.add(intsOf(n.lines));
      if (all) {
        e.cross = Array.isArray(n.cross) ? keep(n.cross) : w.add(n.cross!);
        e.out = n.out;
      }
      entries.push(e);
    }
    const header: Header = { key: this.key, ...(this.nextRegistry ? { registry: encodeRegistry(this.nextRegistry) } : {}), ...(all ? { output } : {}), entries };
    const error = w.write(header);
    this.open?.close();
    return error && `cannot write the cache ${this.file}: ${error} (the check itself is unaffected)`;
  }
}

/** A line table's numbers as 32-bit little-endian integers. */
function intsOf(lines: LineTable): Buffer {
  const ints = lines.toJSON();
  const out = Buffer.allocUnsafe(4 * ints.length);
  ints.forEach((n, i) => out.writeInt32LE(n, 4 * i));
  return out;
}

const noteOf = (file: string, why: string) => `claimmark: note: ignoring the cache ${file}: ${why}; checking every file\n`;

/** Conflict findings carry fix data the CLI never prints, and related places the report's form of them (`shown`): the cache leaves both out. */
const withoutData = (key: string, value: unknown) => (key === 'data' || key === 'shown' ? undefined : value);

/** The key a cache is valid for: this claimmark's version, the registry (path and text) and the analysis options. */
export function cacheKey(version: string, registry: { uri: string; text: string } | undefined, options: AnalysisOptions | undefined): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\u0000${version}\u0000${JSON.stringify(options ?? null)}\u0000`);
  if (registry) h.update(`${registry.uri}\u0000${registry.text}`);
  return h.digest('hex');
}

/** The hash of a file's text the cache keys on. */
export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** A registry as JSON: its maps as lists of their values (each holds its id). */
function encodeRegistry(r: Registry): unknown {
  return { ...r, actors: [...r.actors.values()], facts: [...r.facts.values()], sources: [...r.sources.values()] };
}

function decodeRegistry(raw: unknown): Registry | undefined {
  const r = raw as Record<string, unknown> | null;
  const lists = r && [r['actors'], r['facts'], r['sources']];
  if (!r || !lists!.every((l) => Array.isArray(l) && l.every((d) => d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'string'))) return undefined;
  if (!Array.isArray(r['findings']) || !r['rules'] || typeof r['rules'] !== 'object') return undefined;
  const byId = <T extends { id: string }>(l: unknown) => new Map((l as T[]).map((d) => [d.id, d]));
  return { ...(r as unknown as Registry), actors: byId(r['actors']), facts: byId(r['facts']), sources: byId(r['sources']) };
}

// A cache is trusted no further than its shape: what the check reads of each value is checked
// (a damaged file is ignored with a note, never a crash), at a few field reads an item.
function isKept(k: unknown): k is KeptArticle {
  if (!k || typeof k !== 'object') return false;
  const { own, unknownIds, undated, claims, suppression } = k as Partial<KeptArticle>;
  return isList(own, isFinding) && isList(unknownIds, isFinding) && Array.isArray(claims) && !!suppression && isList(suppression.suppressions, hasSpan) && isList(suppression.lines, hasSpan)
    && (undated === undefined || (isSpan(undated.span) && typeof undated.badPublished === 'boolean' && isList(undated.claims, (c: { fact?: unknown; text?: unknown }) => typeof c.fact === 'string' && typeof c.text === 'string')));
}

const isList = (l: unknown, item: (x: never) => boolean): boolean => Array.isArray(l) && l.every((x) => !!x && typeof x === 'object' && item(x as never));
const isSpan = (s: unknown): boolean => !!s && typeof (s as { start?: unknown }).start === 'number' && typeof (s as { end?: unknown }).end === 'number';
const hasSpan = (x: { span?: unknown }): boolean => isSpan(x.span);
const isFinding = (f: { code?: unknown; message?: unknown; span?: unknown; related?: unknown }): boolean =>
  typeof f.code === 'string' && typeof f.message === 'string' && isSpan(f.span) && (f.related === undefined || isList(f.related, (r: { uri?: unknown; span?: unknown }) => typeof r.uri === 'string' && isSpan(r.span)));
/** What the cache stores of a kept article: its claims encoded (cacheClaims.ts), the rest as it is. */
function encodeKept(kept: KeptArticle): unknown {
  return { ...kept, claims: kept.claims.map(encodeClaim) };
}

/** A kept article back from the cache (its other fields checked by isKept), or undefined when a claim is damaged. */
function decodeKept(raw: KeptArticle): KeptArticle | undefined {
  const claims: KeptArticle['claims'] = [];
  for (const c of raw.claims as unknown[]) {
    const claim = decodeClaim(c);
    if (!claim) return undefined;
    claims.push(claim);
  }
  // assigned, not spread then extended: V8 gives each object built that way a hidden class of its own
  return Object.assign({}, raw, { claims });
}
