// `claimmark check --cache`: what a check kept of each article (its own findings, claims and
// suppressions), keyed by the article's path and a hash of its text, so that a re-run parses
// only the articles that changed and re-checks conflicts from the cached claims; with each,
// the file's stat and line table, so that an unchanged file is not even read. A cache made
// by another claimmark version, registry text or analysis options is ignored (and rewritten).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineTable, type AnalysisOptions, type KeptArticle, type Registry } from '../core/api';
import { describeError } from './files';
import { decodeClaim, encodeClaim } from './cacheClaims';

/** The cache file `--cache` alone names (in the working folder), as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.claimmarkcache';

/** The cache's own format; bump it when KeptArticle or the layout changes. */
const FORMAT = 'claimmark-cache/4';

/**
 * A file's size, modification and change times and inode, as stat gives them: when all four
 * are as the cache has them, the file is taken as unchanged without being read (ESLint's
 * metadata strategy, with the change time and inode added: no write leaves both times alone).
 */
export type FileMeta = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** One article in the cache: the hash of its text, its stat, its line table and what the check kept of it. */
interface Entry {
  hash: string;
  meta?: FileMeta;
  lines?: LineTable;
  kept: KeptArticle;
}

/** The stat of `file` as FileMeta, or undefined when it cannot be had. */
export function statMeta(file: string): FileMeta | undefined {
  try {
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s && s.isFile() ? [s.size, s.mtimeMs, s.ctimeMs, s.ino] : undefined;
  } catch {
    return undefined;
  }
}

const sameMeta = (a: FileMeta | undefined, b: FileMeta | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** The cache of one run: entries read from the file, and those to write back. */
export class CheckCache {
  /** Entries of the previous run by path (empty when there was no usable cache). */
  private readonly old: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  /** The registry as the previous run read it (same text: the key says so), and as this one did. */
  readonly registry: Registry | undefined;
  private nextRegistry: Registry | undefined;
  /** A note for stderr when the file was there but could not be used (corrupt, unreadable). */
  readonly note: string | undefined;
  hits = 0;

  /** Reads `file` (relative to `cwd`); `key` names the version, registry and options it is valid for. */
  constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly key: string,
  ) {
    const read = readCache(path.resolve(cwd, file), key);
    this.old = read.entries;
    this.registry = read.registry;
    this.note = read.note === undefined ? undefined : `claimmark: note: ignoring the cache ${file}: ${read.note}; checking every file\n`;
  }

  /** What the previous run kept of `file` when its text is unchanged; remembers the text's hash for writing. */
  lookup(file: string, text: string): { hash: string; kept: KeptArticle | undefined } {
    const hash = hashText(text);
    const entry = this.old.get(file);
    if (entry && entry.hash === hash) {
      this.hits++;
      return { hash, kept: entry.kept };
    }
    return { hash, kept: undefined };
  }

  /** The previous run's entry of `file` when its stat is the same (then it is not read again: its line table stands in for its text). */
  unchanged(file: string, meta: FileMeta | undefined): { hash: string; kept: KeptArticle; lines: LineTable } | undefined {
    const entry = this.old.get(file);
    if (!entry || !entry.lines || !sameMeta(entry.meta, meta)) return undefined;
    this.hits++;
    return { hash: entry.hash, kept: entry.kept, lines: entry.lines };
  }

  /** Records what this run kept of `file` (with the hash lookup gave, and the file's stat and line table). */
  store(file: string, hash: string, kept: KeptArticle, meta?: FileMeta, lines?: LineTable): void {
    this.next.set(file, { hash, kept, ...(meta ? { meta } : {}), ...(lines ? { lines } : {}) });
  }

  /** Records the registry this run read (kept when it holds only numbers JSON carries). */
  storeRegistry(registry: Registry): void {
    if (Number.isFinite(registry.rules.tolerance) && Number.isFinite(registry.rules.windowDays)) this.nextRegistry = registry;
  }

  /** Writes the entries of this run (the files it read); returns a one-line error, or undefined. */
  write(): string | undefined {
    const target = path.resolve(this.cwd, this.file);
    const temporary = `${target}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      // written an entry at a time (the whole document is tens of megabytes on 10,000 articles)
      fd = fs.openSync(temporary, 'w');
      let buffer = `{"format":${JSON.stringify(FORMAT)},"key":${JSON.stringify(this.key)},`;
      if (this.nextRegistry) buffer += `"registry":${JSON.stringify(encodeRegistry(this.nextRegistry))},`;
      buffer += '"entries":{';
      let first = true;
      for (const [file, entry] of this.next) {
        buffer += `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify({ hash: entry.hash, meta: entry.meta, lines: entry.lines, kept: encodeKept(entry.kept) })}`;
        first = false;
        if (buffer.length > 1 << 20) {
          fs.writeSync(fd, buffer);
          buffer = '';
        }
      }
      fs.writeSync(fd, buffer + '}}');
      fs.closeSync(fd);
      fd = undefined;
      fs.renameSync(temporary, target);
      return undefined;
    } catch (e) {
      if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already closed */ }
      try { fs.rmSync(temporary, { force: true }); } catch { /* nothing was written */ }
      return `cannot write the cache ${this.file}: ${describeError(e)} (the check itself is unaffected)`;
    }
  }
}

/** The key a cache is valid for: this claimmark's version, the registry (path and text) and the analysis options. */
export function cacheKey(version: string, registry: { uri: string; text: string } | undefined, options: AnalysisOptions | undefined): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\u0000${version}\u0000${JSON.stringify(options ?? null)}\u0000`);
  if (registry) h.update(`${registry.uri}\u0000${registry.text}`);
  return h.digest('hex');
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function readCache(file: string, key: string): { entries: Map<string, Entry>; registry?: Registry; note?: string } {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { entries: new Map() } : { entries: new Map(), note: describeError(e) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { entries: new Map(), note: 'it is not JSON' };
  }
  const doc = parsed as { format?: unknown; key?: unknown; registry?: unknown; entries?: unknown } | null;
  if (!doc || typeof doc !== 'object' || doc.format !== FORMAT || typeof doc.entries !== 'object' || doc.entries === null) {
    return { entries: new Map(), note: 'it is not a Claimmark cache of this version' };
  }
  // another version, registry or options: silently stale, rewritten at the end of the run
  if (doc.key !== key) return { entries: new Map() };
  const entries = new Map<string, Entry>();
  for (const [name, entry] of Object.entries(doc.entries as Record<string, unknown>)) {
    const kept = isEntry(entry) ? decodeKept(entry.kept) : undefined;
    const { meta, lines } = (entry ?? {}) as { meta?: unknown; lines?: unknown };
    const table = lines === undefined ? undefined : LineTable.fromJSON(lines);
    const stat = meta === undefined || (Array.isArray(meta) && meta.length === 4 && meta.every((n) => typeof n === 'number')) ? (meta as FileMeta | undefined) : false;
    if (!kept || stat === false || (lines !== undefined && !table)) return { entries: new Map(), note: `its entry for ${name} is damaged` };
    entries.set(name, { hash: (entry as Entry).hash, kept, ...(stat ? { meta: stat } : {}), ...(table ? { lines: table } : {}) });
  }
  if (doc.registry === undefined) return { entries };
  const registry = decodeRegistry(doc.registry);
  return registry ? { entries, registry } : { entries: new Map(), note: 'its registry is damaged' };
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
function isEntry(e: unknown): e is Entry {
  if (!e || typeof e !== 'object') return false;
  const { hash, kept } = e as Partial<Entry>;
  if (typeof hash !== 'string' || !kept || typeof kept !== 'object') return false;
  const { own, unknownIds, undated, claims, suppression } = kept;
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

/** A kept article back from the cache (its other fields checked by isEntry), or undefined when a claim is damaged. */
function decodeKept(raw: KeptArticle): KeptArticle | undefined {
  const claims: KeptArticle['claims'] = [];
  for (const c of raw.claims as unknown[]) {
    const claim = decodeClaim(c);
    if (!claim) return undefined;
    claims.push(claim);
  }
  return { ...raw, claims };
}
