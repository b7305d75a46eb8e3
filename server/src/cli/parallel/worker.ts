// A worker thread of `claimmark check` (bundled to dist/cli-worker.js): reads and builds its
// shard of articles, sends their claims for the workspace-wide conflict check, then turns the
// conflict findings it gets back into report lines and fingerprints. See pool.ts.
import { workerData, type MessagePort } from 'node:worker_threads';
import {
  articleDiagnostics, buildArticle, checkedClaims, emptyRegistry, LineIndex, localFindings, readRegistry,
  type Article, type CheckedClaim, type LocalFindings, type Span,
} from '../../core/api';
import { readInput } from '../files';
import { reportDiagnostics, type Problem, type Range, type ReportDiagnostic } from '../report';
import { fileFingerprints } from '../fingerprint';
import { rootRelative } from '../root';
import { type FromWorker, type ShardInput, type ToWorker } from './protocol';
import { packClaims } from './claimsCodec';

/** Articles per `claims` message: the main thread indexes one batch while the next is built. */
const BATCH = 250;

interface Read {
  file: string;
  text: string;
  article: Article;
  local: LocalFindings;
  lines: LineIndex;
}

const { input, port, signal } = workerData as { input: ShardInput; port: MessagePort; signal: Int32Array };

/** Posts a message and wakes the main thread (it waits on `signal`, not on the event loop). */
function send(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

const registry = input.registry ? readRegistry(input.registry.text, input.registry.path) : emptyRegistry();
const read: Read[] = [];

function run(): void {
  let files: string[] = [];
  let claims: CheckedClaim[][] = [];
  let ranges: Range[][] = [];
  let problems: Problem[] = [];
  input.files.forEach((file, i) => {
    const r = readInput(input.cwd, file);
    if (!r.ok) problems.push({ file, message: r.message });
    else {
      const article = buildArticle(file, r.text);
      const lines = new LineIndex(r.text);
      read.push({ file, text: r.text, article, local: localFindings(article, registry, input.options), lines });
      files.push(file);
      claims.push(checkedClaims(article));
      ranges.push(article.claims.map((c) => rangeIn(lines, c.textSpan)));
    }
    const last = i === input.files.length - 1;
    if (files.length >= BATCH || last) {
      const packed = packClaims(files, claims, ranges);
      send({ kind: 'claims', claims: packed, problems, last }, [packed.numbers.buffer as ArrayBuffer]);
      [files, claims, ranges, problems] = [[], [], [], []];
    }
  });
  if (input.files.length === 0) send({ kind: 'claims', claims: packClaims([], [], []), problems: [], last: true });
}

function rangeIn(lines: LineIndex, s: Span): Range {
  return { start: lines.positionAt(s.start), end: lines.positionAt(s.end) };
}

/** Second half: the report lines (and fingerprints) of every article read, in order. */
function finish(message: ToWorker): void {
  const related = relatedRangesBySpan(message);
  const zero = { line: 0, character: 0 };
  const diagnostics: ReportDiagnostic[] = [];
  const fingerprints: string[] = [];
  read.forEach((r, i) => {
    const ds = articleDiagnostics(r.article, r.local, message.findings[i] ?? [], registry, input.options);
    const range = (file: string, s: Span): Range => related.get(s) ?? (file === r.file ? rangeIn(r.lines, s) : { start: zero, end: zero });
    reportDiagnostics(r.file, ds, range, diagnostics);
    if (input.fingerprints) fileFingerprints(rootRelative(input.root, input.cwd, r.file), r.article, r.text, ds, fingerprints);
  });
  // JSON is quicker to parse than a structured clone of ~200,000 small objects is to receive
  send({ kind: 'report', json: JSON.stringify({ diagnostics, fingerprints }) });
  port.close();
}

/** The range of each related place, by its span object (findings keep their related objects through finalize). */
function relatedRangesBySpan(message: ToWorker): Map<Span, Range> {
  const out = new Map<Span, Range>();
  const n = message.relatedRanges;
  let at = 0;
  for (const list of message.findings) for (const f of list) for (const r of f.related ?? []) {
    if (n[at]! >= 0) out.set(r.span, { start: { line: n[at]!, character: n[at + 1]! }, end: { line: n[at + 2]!, character: n[at + 3]! } });
    at += 4;
  }
  return out;
}

try {
  run();
  port.once('message', (m: ToWorker) => {
    try {
      finish(m);
    } catch (e) {
      send({ kind: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
      port.close();
    }
  });
} catch (e) {
  send({ kind: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
  port.close();
}
