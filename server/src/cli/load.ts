// Reading a workspace for every command: discover the paths, read the registry and the
// articles into a core Workspace (with a progress line on a terminal), note what was skipped.
import { BatchCheck, LineTable, Workspace, type AnalysisOptions } from '../core/api';
import { discover, type Discovery } from './discover';
import { readInput, resolvePath } from './files';
import type { Problem } from './report';
import { Progress } from './progress';
import { CheckCache, cacheKey, hashText, statMeta, type FileMeta } from './cache';

/** A workspace read from disk: texts by path as given or found, in output order. */
export interface Loaded {
  workspace: Workspace;
  /** Path -> text for every file read (the registry first, then the articles). */
  files: Map<string, string>;
  /** Files that could not be read (unreadable, binary). */
  problems: Problem[];
  found: Discovery;
}

/** Reads the workspace of `paths`; `missing` lists paths that do not exist (a usage error). */
export function loadWorkspace(paths: readonly string[], cwd: string, progress?: Progress): Loaded | { missing: string[] } {
  const found = discover(paths, cwd);
  if (found.missing.length > 0) return { missing: found.missing };
  return loadFound(found, cwd, progress);
}

/** The texts read (or what is kept of each, see readFound's `keep`) and the files that could not be. */
export interface ReadFiles<T = string> {
  /** Path -> text for every file read (the registry first, then the articles). */
  files: Map<string, T>;
  problems: Problem[];
}

/** Where readFound hands each text: the registry's (read first), then each article's. */
export interface ReadSink {
  registry(file: string, text: string): void;
  article(file: string, text: string): void;
}

/**
 * Reads what discover() found, the registry first, handing each text to `sink` (with a
 * progress line on a terminal). `files` keeps each text, or what `keep` makes of it.
 */
export function readFound(found: Discovery, cwd: string, sink: ReadSink, progress?: Progress): ReadFiles;
export function readFound<T>(found: Discovery, cwd: string, sink: ReadSink, progress: Progress | undefined, keep: (text: string) => T, skip?: (file: string) => T | undefined): ReadFiles<T>;
export function readFound<T>(found: Discovery, cwd: string, sink: ReadSink, progress?: Progress, keep?: (text: string) => T, skip?: (file: string) => T | undefined): ReadFiles<T | string> {
  const files = new Map<string, T | string>();
  const problems: Problem[] = [...found.unreadable];
  const read = (file: string): string | undefined => {
    const r = readInput(cwd, file);
    if (r.ok) {
      files.set(file, keep ? keep(r.text) : r.text);
      return r.text;
    }
    problems.push({ file, message: r.message });
    return undefined;
  };
  if (found.registry) {
    const text = read(found.registry);
    if (text !== undefined) sink.registry(found.registry, text);
  }
  const total = found.articles.length;
  found.articles.forEach((file, i) => {
    // `skip`: an article known unchanged is not read (what it gives stands in for the text)
    const known = skip?.(file);
    if (known !== undefined) files.set(file, known);
    const text = known === undefined ? read(file) : undefined;
    if (text !== undefined) sink.article(file, text);
    progress?.update('reading', i + 1, total);
  });
  return { files, problems };
}

/** Reads what discover() found into a Workspace. */
export function loadFound(found: Discovery, cwd: string, progress?: Progress): Loaded {
  const workspace = new Workspace();
  const sink: ReadSink = {
    registry: (file, text) => workspace.setRegistry(file, text),
    article: (file, text) => void workspace.setArticle(file, text),
  };
  return { workspace, ...readFound(found, cwd, sink, progress), found };
}

/** Where `check --cache` keeps what it read, and the version the cache must come from. */
export interface CacheSpec {
  file: string;
  version: string;
}

/**
 * Reads what discover() found into a BatchCheck (what `check` runs); `options` apply to every
 * article. With `cache`, an article whose text the cache knows is restored, not parsed.
 */
export function readIntoBatch(found: Discovery, cwd: string, options: AnalysisOptions | undefined, progress?: Progress, cache?: CacheSpec): ReadFiles & { batch: BatchCheck; cache?: CheckCache };
/** The same without a cache, keeping of each file its line table only (`lines`; a cache is read by cacheRead.ts then). */
export function readIntoBatch(found: Discovery, cwd: string, options: AnalysisOptions | undefined, progress: Progress | undefined, cache: undefined, lines: 'lines'): ReadFiles<LineTable> & { batch: BatchCheck };
export function readIntoBatch(found: Discovery, cwd: string, options: AnalysisOptions | undefined, progress?: Progress, cache?: CacheSpec, lines?: 'lines'): ReadFiles<LineTable | string> & { batch: BatchCheck; cache?: CheckCache } {
  let registry: { uri: string; text: string } | undefined;
  let batch: BatchCheck | undefined;
  let cached: CheckCache | undefined;
  // the registry is read first: the check starts with it (or without, when there is none)
  const start = () => {
    // keeping line tables only, the check prints as it goes: no cache or fingerprint reads a claim's span
    if (!cache) return new BatchCheck(registry, options, lines ? { claimSpans: false } : undefined);
    cached = new CheckCache(cache.file, cwd, cacheKey(cache.version, registry, options));
    const b = new BatchCheck(registry && { ...registry, read: cached.registry }, options);
    if (registry) cached.storeRegistry(b.registry);
    return b;
  };
  // the stat of the article being read (taken before reading: a write after it makes the next run read the file again)
  let meta: FileMeta | undefined;
  const skip = (file: string): undefined => {
    batch ??= start();
    if (cached) meta = statMeta(resolvePath(cwd, file));
  };
  const article = (file: string, text: string) => {
    const b = (batch ??= start());
    if (!cached) return b.addArticle(file, text);
    const hash = hashText(text);
    const entry = cached.byHash(file, hash);
    const kept = entry && cached.keptOf(entry);
    b.restore(file, kept ?? b.keep(file, text));
    cached.store(file, hash, kept ? entry! : b.keptOf(file)!, meta, LineTable.of(text));
  };
  const sink: ReadSink = { registry: (uri, text) => void (registry = { uri, text }), article };
  const read = lines ? readFound(found, cwd, sink, progress, LineTable.of) : readFound(found, cwd, sink, progress, (text) => text, skip);
  batch ??= start();
  return { ...read, batch, ...(cached ? { cache: cached } : {}) };
}

/**
 * What `export` and `report` share: load with a progress line, say which paths are missing
 * (then undefined: the caller exits 2) and which files could not be read.
 */
export function loadForCommand(paths: readonly string[], io: { cwd: string; stderr: (s: string) => void; stderrTty?: boolean }): Loaded | undefined {
  const progress = new Progress(io.stderr, !!io.stderrTty);
  const loaded = loadWorkspace(paths, io.cwd, progress);
  progress.done();
  if ('missing' in loaded) {
    for (const p of loaded.missing) io.stderr(`claimmark: ${p}: no such file or folder\n`);
    return undefined;
  }
  for (const p of loaded.problems) io.stderr(`claimmark: ${p.file}: ${p.message}\n`);
  return loaded;
}
