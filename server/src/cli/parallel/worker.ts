// A worker thread of `claimmark check` (bundled to dist/cli-worker.js): checks its share of
// the articles (shard.ts), sends their claims in packed batches for the workspace-wide
// conflict check, then sends back the report lines once it has the conflict findings. See pool.ts.
import { workerData, type MessagePort } from 'node:worker_threads';
import { checkedClaims, type CheckedClaim } from '../../core/api';
import type { Problem, Range } from '../report';
import type { FromWorker, ShardInput, ToWorker } from './protocol';
import { packClaims } from './claimsCodec';
import { isProblem, ShardCheck } from './shard';

/** Articles per `claims` message: the main thread indexes one batch while the next is built. */
const BATCH = 250;

const { input, port, signal } = workerData as { input: ShardInput; port: MessagePort; signal: Int32Array };

/** Posts a message and wakes the main thread (it waits on `signal`, not on the event loop). */
function send(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function fail(e: unknown): void {
  send({ kind: 'error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
  port.close();
}

function run(shard: ShardCheck): void {
  let files: string[] = [];
  let claims: CheckedClaim[][] = [];
  let ranges: Range[][] = [];
  let problems: Problem[] = [];
  input.files.forEach((file, i) => {
    const r = shard.readFile(file);
    if (isProblem(r)) problems.push(r);
    else {
      files.push(file);
      claims.push(checkedClaims(r.article));
      ranges.push(r.figureRanges);
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

try {
  const shard = new ShardCheck(input);
  run(shard);
  port.once('message', (m: ToWorker) => {
    try {
      // JSON is quicker to parse than a structured clone of ~200,000 small objects is to receive
      send({ kind: 'report', json: JSON.stringify(shard.finish(m)) });
      port.close();
    } catch (e) {
      fail(e);
    }
  });
} catch (e) {
  fail(e);
}
