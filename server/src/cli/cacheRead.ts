// `check --cache` when the report is streamed (text, json, github; no baseline): reads only the
// articles whose stat changed, and decides how each file's diagnostics are printed. When the
// cache's pieces were printed for this same output and no article's claims changed (the same
// claims at the same lines and characters, in the same files, the same order), every other
// article's diagnostics are the cached bytes and an edited one takes its cached conflicts; else
// every article is restored and checked again (conflicts across all claims), as before.
import { BatchCheck, LineTable, type AnalysisOptions, type CrossFindings, type KeptArticle } from '../core/api';
import type { Discovery } from './discover';
import { readFound, type ReadFiles } from './load';
import { readInput, resolvePath } from './files';
import type { Progress } from './progress';
import { CheckCache, cacheKey, hashText, statMeta, type FileMeta } from './cache';
import type { Range, RawEntry } from './cacheFile';
import type { Positions } from './report';
import { encodeClaim } from './cacheClaims';

/** How one article's diagnostics are printed: the cached piece, with its cached conflicts, or made afresh. */
export type Plan = { piece: RawEntry } | { cross: CrossFindings; crossRange: Range } | 'fresh';

/** A streamed check's files read through the cache, and how each article is printed. */
export interface CachedRead extends ReadFiles<Positions> {
  batch: BatchCheck;
  cache: CheckCache;
  /** By article (the registry is always printed afresh). */
  plan: Map<string, Plan>;
}

/** One article as read: the cache's entry when its text is the cache's, or what the check kept of its new text. */
interface Seen {
  file: string;
  hash: string;
  meta?: FileMeta;
  /** Its line table when it was read (else the cache's, read when a position is first asked: most unchanged files never are). */
  table?: LineTable;
  entry?: RawEntry;
  kept?: KeptArticle;
}

/** Reads what discover() found through the cache at `cacheFile`; `output` names the format and options the pieces are printed for. */
export function readWithCache(found: Discovery, cwd: string, options: AnalysisOptions | undefined, progress: Progress | undefined, cacheFile: string, version: string, output: string): CachedRead {
  let registry: { uri: string; text: string } | undefined;
  let batch: BatchCheck | undefined;
  let cache: CheckCache | undefined;
  const start = () => {
    cache = new CheckCache(cacheFile, cwd, cacheKey(version, registry, options));
    const b = new BatchCheck(registry && { ...registry, read: cache.registry }, options);
    if (registry) cache.storeRegistry(b.registry);
    return b;
  };
  const seen: Seen[] = [];
  let meta: FileMeta | undefined;
  const skip = (file: string): Positions | undefined => {
    batch ??= start();
    meta = statMeta(resolvePath(cwd, file));
    const entry = cache!.unchanged(file, meta);
    if (!entry) return undefined;
    let table: LineTable | undefined;
    const c = cache!;
    // a damaged table gives the positions of an empty text (as a file the cache no longer knows would)
    const lines: Positions = { positionAt: (offset) => (table ??= c.linesOf(entry) ?? LineTable.of('')).positionAt(offset) };
    const one: Seen = { file, hash: entry.hash, entry };
    if (meta) one.meta = meta;
    seen.push(one);
    return lines;
  };
  const article = (file: string, text: string) => {
    const b = (batch ??= start());
    const hash = hashText(text);
    const entry = cache!.byHash(file, hash);
    const one: Seen = { file, hash, table: LineTable.of(text) };
    if (meta) one.meta = meta;
    if (entry) one.entry = entry;
    else one.kept = b.keep(file, text);
    seen.push(one);
  };
  const read = readFound<Positions>(found, cwd, { registry: (uri, text) => void (registry = { uri, text }), article }, progress, LineTable.of, skip);
  batch ??= start();
  const c = cache!;
  const plan = new Map<string, Plan>();
  const fast = c.output === output && c.oldOrder.length === seen.length && seen.every((s, i) => c.oldOrder[i] === s.file && (s.entry ? !!s.entry.out && !!s.entry.cross : sameClaims(c, s)));
  if (fast) {
    let keptOutput = 0;
    for (const s of seen) {
      if (s.entry) {
        plan.set(s.file, { piece: s.entry });
        c.store(s.file, s.hash, s.entry, s.meta, s.table ?? s.entry.lines);
        keptOutput += s.entry.out![1] - s.entry.out![0] + s.entry.cross![1] - s.entry.cross![0];
      } else {
        const old = c.entry(s.file)!;
        batch.restore(s.file, s.kept!);
        plan.set(s.file, { cross: c.crossOf(old)!, crossRange: old.cross! });
        c.store(s.file, s.hash, s.kept!, s.meta, s.table);
        keptOutput += old.cross![1] - old.cross![0];
      }
    }
    c.begin(keptOutput);
    return { ...read, batch, cache: c, plan };
  }
  // every article again, in order (the checker is fed as a run without the cache feeds it)
  for (const s of seen) {
    let kept = s.entry && c.keptOf(s.entry);
    if (s.entry && kept) c.store(s.file, s.hash, s.entry, s.meta, s.table ?? s.entry.lines);
    else {
      if (!s.kept) {
        // a damaged entry: its file is read after all
        const again = readInput(cwd, s.file);
        if (!again.ok) {
          read.files.delete(s.file);
          read.problems.push({ file: s.file, message: again.message });
          continue;
        }
        s.kept = batch.keep(s.file, again.text);
        s.table = LineTable.of(again.text);
        read.files.set(s.file, s.table);
      }
      kept = s.kept;
      c.store(s.file, s.hash, kept, s.meta, s.table ?? s.entry?.lines);
    }
    batch.restore(s.file, kept);
    plan.set(s.file, 'fresh');
  }
  c.begin();
  return { ...read, batch, cache: c, plan };
}

/**
 * True when an edited article's claims and undated claims are what the cache has of its old
 * text, at the same lines and characters, and the cache has its conflicts: no other article's
 * diagnostics can then have changed, and its own conflicts are the cached ones.
 */
function sameClaims(cache: CheckCache, s: Seen): boolean {
  const old = cache.entry(s.file);
  if (!old || !old.out || !old.cross || !cache.crossOf(old)) return false;
  const oldKept = cache.keptOf(old);
  const oldLines = cache.linesOf(old);
  const kept = s.kept!;
  if (!oldKept || !oldLines || oldKept.claims.length !== kept.claims.length) return false;
  if (JSON.stringify(oldKept.undated) !== JSON.stringify(kept.undated)) return false;
  if (JSON.stringify(oldKept.claims.map(encodeClaim)) !== JSON.stringify(kept.claims.map(encodeClaim))) return false;
  const at = (lines: LineTable, offset: number) => {
    const p = lines.positionAt(offset);
    return `${p.line}:${p.character}`;
  };
  return kept.claims.every((k) => [k.span.start, k.span.end, k.textSpan.start, k.textSpan.end].every((o) => at(oldLines, o) === at(s.table!, o)));
}
