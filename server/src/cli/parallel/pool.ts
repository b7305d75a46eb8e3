// `claimmark check` on several threads. This thread and each worker read and build a
// contiguous share of the articles (shard.ts); workers send their claims in packed batches;
// this thread runs the workspace-wide conflict check over all of them, sends each worker its
// articles' conflict findings, and gathers the report lines and fingerprints in file order. The result equals the one-thread
// check (tests/cli/parallel.test.ts). This thread blocks on a shared counter instead of
// the event loop, so runCheck stays synchronous.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import { articleForChecker, ConflictChecker, emptyRegistry, LineIndex, readRegistry, registryDiagnostics, type AnalysisOptions, type Finding, type Registry, type Span } from '../../core/api';
import type { Discovery } from '../discover';
import { readInput } from '../files';
import { fileFingerprints } from '../fingerprint';
import type { Progress } from '../progress';
import { reportDiagnostics, type Problem, type Range, type Report, type ReportDiagnostic } from '../report';
import { rootRelative } from '../root';
import { unpackClaims } from './claimsCodec';
import { isProblem, relatedRanges, ShardCheck } from './shard';
import { type FromWorker, type ShardReport, type ShardInput, type ToWorker } from './protocol';

/** The bundled worker next to dist/cli.js, or the source when run through tsx (tests). */
const WORKER_SCRIPT = __filename.endsWith('.ts') ? join(__dirname, 'worker.ts') : join(__dirname, 'cli-worker.js');

/** A check's report and (when asked for) the fingerprint of each of its diagnostics. */
export interface Checked {
  report: Report;
  fingerprints: string[];
}

interface Shard {
  port: MessagePort;
  /** Articles read by this shard, in the order their claims came. */
  read: string[];
  claimsDone: boolean;
  result?: ShardReport;
  problems: Problem[];
}

/** The main thread's share of the articles relative to a worker's: it also indexes every claim and checks conflicts. */
const MAIN_WEIGHT = 0.7;

/** Checks the articles of `found` on `jobs` threads (this one and jobs - 1 workers; jobs >= 2). */
export function checkInParallel(found: Discovery, cwd: string, root: string, jobs: number, options: AnalysisOptions | undefined, wantFingerprints: boolean, progress: Progress): Checked {
  const problems: Problem[] = [];
  let registry: Registry = emptyRegistry();
  let registryText: string | undefined;
  if (found.registry) {
    const r = readInput(cwd, found.registry);
    if (r.ok) {
      registryText = r.text;
      registry = readRegistry(r.text, found.registry);
    } else problems.push({ file: found.registry, message: r.message });
  }
  const base: Omit<ShardInput, 'files'> = { cwd, root, options, fingerprints: wantFingerprints, ...(found.registry && registryText !== undefined && { registry: { path: found.registry, text: registryText } }) };
  const [mine, ...theirs] = split(found.articles, jobs, MAIN_WEIGHT);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const shards = theirs.map((files) => start({ ...base, files }, signal));

  // Phase 1: read this thread's share, indexing every claim (ours and the workers' batches as they come).
  const checker = new ConflictChecker(registry);
  const figureRanges = new Map<string, Map<number, Range>>();
  const total = found.articles.length;
  let seen = 0;
  const note = (file: string, textSpans: readonly Span[], ranges: readonly Range[]) => {
    const byStart = new Map<number, Range>();
    textSpans.forEach((s, i) => byStart.set(s.start, ranges[i]!));
    figureRanges.set(file, byStart);
    progress.update('checking', ++seen, total);
  };
  const onClaims = (shard: Shard, m: FromWorker) => {
    if (m.kind !== 'claims') return;
    for (const a of unpackClaims(m.claims)) {
      checker.setArticle(articleForChecker(a.file, a.claims));
      note(a.file, a.claims.map((c) => c.textSpan), a.ranges);
      shard.read.push(a.file);
    }
    shard.problems.push(...m.problems);
    seen += m.problems.length;
    shard.claimsDone = m.last;
  };
  const local = new ShardCheck({ ...base, files: mine ?? [] }, registry);
  const localRead: string[] = [];
  const localProblems: Problem[] = [];
  (mine ?? []).forEach((file, i) => {
    const r = local.readFile(file);
    if (isProblem(r)) {
      localProblems.push(r);
      progress.update('checking', ++seen, total);
    } else {
      checker.setArticle(r.article);
      note(file, r.article.claims.map((c) => c.textSpan), r.figureRanges);
      localRead.push(file);
    }
    if (i % 50 === 49) drain(shards, onClaims);
  });
  waitFor(shards, signal, onClaims, (s) => s.claimsDone);

  // Phase 2: each worker gets its articles' conflict findings and the ranges they point at; this thread reports its own.
  const conflictsOf = (files: string[]): ToWorker => {
    const findings = files.map((file) => checker.findings(file));
    return { kind: 'conflicts', findings, relatedRanges: relatedRanges(findings, figureRanges) };
  };
  for (const shard of shards) shard.port.postMessage(conflictsOf(shard.read));
  const own = local.finish(conflictsOf(localRead));
  waitFor(shards, signal, (shard, m) => {
    if (m.kind === 'report') shard.result = JSON.parse(m.json) as ShardReport;
  }, (s) => s.result !== undefined);

  const diagnostics: ReportDiagnostic[] = [];
  const fingerprints: string[] = [];
  let filesChecked = 0;
  if (found.registry && registryText !== undefined) {
    const lines = new LineIndex(registryText);
    const range = (_file: string, s: Span): Range => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
    const ds = registryDiagnostics(registry, options);
    reportDiagnostics(found.registry, ds, range, diagnostics);
    if (wantFingerprints) fileFingerprints(rootRelative(root, cwd, found.registry), undefined, registryText, ds, fingerprints);
    filesChecked++;
  }
  const parts = [{ report: own, read: localRead, problems: localProblems }, ...shards.map((s) => ({ report: s.result!, read: s.read, problems: s.problems }))];
  for (const part of parts) {
    for (const d of part.report.diagnostics) diagnostics.push(d);
    for (const f of part.report.fingerprints) fingerprints.push(f);
    problems.push(...part.problems);
    filesChecked += part.read.length;
  }
  for (const shard of shards) shard.port.close();
  return { report: { diagnostics, problems, filesChecked }, fingerprints };
}

/** `files` in `jobs` contiguous parts, the first `firstWeight` times the size of the others (at least one file each). */
export function split<T>(files: readonly T[], jobs: number, firstWeight = 1): T[][] {
  const n = Math.max(1, Math.min(jobs, files.length));
  const total = firstWeight + (n - 1);
  const out: T[][] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const upTo = i === n - 1 ? files.length : Math.max(from + 1, Math.round(((firstWeight + i) / total) * files.length));
    out.push(files.slice(from, Math.min(upTo, files.length - (n - 1 - i))));
    from += out[i]!.length;
  }
  return out;
}

function start(input: ShardInput, signal: Int32Array): Shard {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SCRIPT, { workerData: { input, port: port2, signal }, transferList: [port2] });
  worker.unref(); // it ends by itself once its port closes; the CLI never waits for that
  return { port: port1, read: [], claimsDone: false, problems: [] };
}

/** Handles the messages waiting from every shard, without waiting for more. */
function drain(shards: Shard[], handle: (shard: Shard, m: FromWorker) => void): boolean {
  let got = false;
  for (const shard of shards) {
    for (let m = receiveMessageOnPort(shard.port); m; m = receiveMessageOnPort(shard.port)) {
      const message = m.message as FromWorker;
      if (message.kind === 'error') throw new Error(`a worker thread failed: ${message.message}`);
      handle(shard, message);
      got = true;
    }
  }
  return got;
}

/** Handles messages from every shard until `done` holds for all; sleeps on `signal` between them. */
function waitFor(shards: Shard[], signal: Int32Array, handle: (shard: Shard, m: FromWorker) => void, done: (s: Shard) => boolean): void {
  while (!shards.every(done)) {
    const before = Atomics.load(signal, 0);
    if (!drain(shards, handle) && !shards.every(done)) Atomics.wait(signal, 0, before, 1000);
  }
}
