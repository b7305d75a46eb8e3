// `claimmark check` on several threads. Each worker reads and builds a contiguous shard of the
// articles and sends back their claims in batches; this thread runs the workspace-wide
// conflict check over all of them, sends each worker its articles' conflict findings, and
// gathers the report lines and fingerprints in file order. The result equals the one-thread
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

/** Checks the articles of `found` on `jobs` worker threads (at least 2). */
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
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const shards = split(found.articles, jobs).map((files) => start({ files, cwd, root, options, fingerprints: wantFingerprints, ...(found.registry && registryText !== undefined && { registry: { path: found.registry, text: registryText } }) }, signal));

  // Phase 1: index every article's claims as the batches arrive.
  const checker = new ConflictChecker(registry);
  /** Per file, the range of each claim's figure by its start (related information points at figures). */
  const figureRanges = new Map<string, Map<number, Range>>();
  let seen = 0;
  const total = found.articles.length;
  waitFor(shards, signal, (shard, m) => {
    if (m.kind !== 'claims') return;
    for (const a of unpackClaims(m.claims)) {
      checker.setArticle(articleForChecker(a.file, a.claims));
      const byStart = new Map<number, Range>();
      a.claims.forEach((c, i) => byStart.set(c.textSpan.start, a.ranges[i]!));
      figureRanges.set(a.file, byStart);
      shard.read.push(a.file);
    }
    shard.problems.push(...m.problems);
    seen += m.claims.files.length + m.problems.length;
    progress.update('checking', seen, total);
    shard.claimsDone = m.last;
  }, (s) => s.claimsDone);

  // Phase 2: each worker gets its articles' conflict findings and the ranges they point at.
  for (const shard of shards) {
    const findings = shard.read.map((file) => checker.findings(file));
    shard.port.postMessage({ kind: 'conflicts', findings, relatedRanges: relatedRanges(findings, figureRanges) } satisfies ToWorker);
  }
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
  for (const shard of shards) {
    shard.port.close();
    for (const d of shard.result!.diagnostics) diagnostics.push(d);
    for (const f of shard.result!.fingerprints) fingerprints.push(f);
    problems.push(...shard.problems);
    filesChecked += shard.read.length;
  }
  return { report: { diagnostics, problems, filesChecked }, fingerprints };
}

/** The range of every related place of `findings`, in order, four numbers each (see ToWorker). */
function relatedRanges(findings: Finding[][], figureRanges: Map<string, Map<number, Range>>): Float64Array {
  const out: number[] = [];
  for (const list of findings) for (const f of list) for (const r of f.related ?? []) {
    const range = figureRanges.get(r.uri)?.get(r.span.start);
    if (range) out.push(range.start.line, range.start.character, range.end.line, range.end.character);
    else out.push(-1, -1, -1, -1);
  }
  return Float64Array.from(out);
}

/** `files` in `jobs` contiguous parts of nearly equal size (no empty part). */
export function split<T>(files: readonly T[], jobs: number): T[][] {
  const n = Math.max(1, Math.min(jobs, files.length));
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push(files.slice(Math.floor((i * files.length) / n), Math.floor(((i + 1) * files.length) / n)));
  return out;
}

function start(input: ShardInput, signal: Int32Array): Shard {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SCRIPT, { workerData: { input, port: port2, signal }, transferList: [port2] });
  worker.unref(); // it ends by itself once its port closes; the CLI never waits for that
  return { port: port1, read: [], claimsDone: false, problems: [] };
}

/** Handles messages from every shard until `done` holds for all; sleeps on `signal` between them. */
function waitFor(shards: Shard[], signal: Int32Array, handle: (shard: Shard, m: FromWorker) => void, done: (s: Shard) => boolean): void {
  while (!shards.every(done)) {
    const before = Atomics.load(signal, 0);
    let got = false;
    for (const shard of shards) {
      for (let m = receiveMessageOnPort(shard.port); m; m = receiveMessageOnPort(shard.port)) {
        const message = m.message as FromWorker;
        if (message.kind === 'error') throw new Error(`a worker thread failed: ${message.message}`);
        handle(shard, message);
        got = true;
      }
    }
    if (!got && !shards.every(done)) Atomics.wait(signal, 0, before, 1000);
  }
}
