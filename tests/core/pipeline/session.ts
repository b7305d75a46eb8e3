// One fuzz session: a list of workspace operations (registry, articles, removals) played on a
// real Workspace, with every invariant checked after each step. Replaying the same operations
// must give the same diagnostics (determinism), including on a fresh workspace fed the final
// files only (incremental updates must not leave traces).
import { Workspace } from '../../../server/src/core/workspace/workspace';
import type { AnalysisOptions } from '../../../server/src/core/workspace/types';
import { checkDiagnostics, checkQueries, type Documents } from './invariants';
import type { Rand } from './prng';

/** The registry's uri in every session. */
export const REGISTRY_URI = 'file:///ws/claimmark.yaml';

/** One operation on the workspace. */
export type Op =
  | { op: 'registry'; text: string | undefined }
  | { op: 'set'; uri: string; text: string }
  | { op: 'remove'; uri: string }
  | { op: 'check'; options: AnalysisOptions | undefined };

/** What went wrong in a session: the broken rules and the operation that broke them. */
export interface SessionProblem {
  step: number;
  problems: string[];
}

function apply(ws: Workspace, docs: Map<string, string>, op: Op): void {
  if (op.op === 'registry') {
    ws.setRegistry(op.text === undefined ? undefined : REGISTRY_URI, op.text);
    if (op.text === undefined) docs.delete(REGISTRY_URI);
    else docs.set(REGISTRY_URI, op.text);
  } else if (op.op === 'set') {
    ws.setArticle(op.uri, op.text);
    docs.set(op.uri, op.text);
  } else if (op.op === 'remove') {
    ws.removeArticle(op.uri);
    docs.delete(op.uri);
  }
}

/** Every document's diagnostics, as one comparable string. */
export function snapshot(ws: Workspace, docs: Documents, options: AnalysisOptions | undefined): string {
  return JSON.stringify([...docs.keys()].sort().map((uri) => [uri, ws.diagnostics(uri, options)]));
}

/** What a run exercised (so a passing run shows it checked something), and its slowest step. */
export interface Stats {
  diagnostics: number;
  related: number;
  claims: number;
  slowestMs: number;
  slowest?: Op;
}

/** Fresh counters. */
export function newStats(): Stats {
  return { diagnostics: 0, related: 0, claims: 0, slowestMs: 0 };
}

/** Which of the costlier cross-checks to run after the session (each re-reads every file). */
export interface CrossChecks {
  replay: boolean;
  fresh: boolean;
}

/** Plays `ops`, checking invariants at each `check`; returns the problems found (empty = fine). */
export function playSession(ops: readonly Op[], rand: Rand, stats: Stats = newStats(), cross: CrossChecks = { replay: true, fresh: true }): SessionProblem[] {
  const found: SessionProblem[] = [];
  const ws = new Workspace();
  const docs = new Map<string, string>();
  const snapshots: string[] = [];
  ops.forEach((op, step) => {
    try {
      const started = performance.now();
      apply(ws, docs, op);
      if (op.op !== 'check') {
        const ms = performance.now() - started;
        if (ms > stats.slowestMs) Object.assign(stats, { slowestMs: ms, slowest: op });
        return;
      }
      const problems: string[] = [];
      ws.takeChangedUris();
      for (const uri of docs.keys()) {
        const diags = ws.diagnostics(uri, op.options);
        stats.diagnostics += diags.length;
        stats.related += diags.reduce((n, d) => n + (d.related?.length ?? 0), 0);
        problems.push(...checkDiagnostics(uri, diags, docs));
      }
      for (const a of ws.articles()) stats.claims += a.claims.length;
      problems.push(...checkQueries(ws, docs, rand));
      snapshots.push(snapshot(ws, docs, op.options));
      if (problems.length > 0) found.push({ step, problems });
    } catch (e) {
      found.push({ step, problems: [`threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`] });
    }
  });
  if (found.length > 0) return found;
  if (cross.replay) {
    // determinism: the same operations on a new workspace give the same diagnostics
    const again = new Workspace();
    const docs2 = new Map<string, string>();
    let i = 0;
    ops.forEach((op, step) => {
      apply(again, docs2, op);
      if (op.op === 'check' && snapshot(again, docs2, op.options) !== snapshots[i++]) found.push({ step, problems: ['replay gave other diagnostics'] });
    });
  }
  const last = ops[ops.length - 1];
  if (cross.fresh && last?.op === 'check') {
    // no traces: a fresh workspace given only the final files (registry first, articles by uri) agrees
    const fresh = new Workspace();
    if (docs.has(REGISTRY_URI)) fresh.setRegistry(REGISTRY_URI, docs.get(REGISTRY_URI));
    for (const uri of [...docs.keys()].sort()) if (uri !== REGISTRY_URI) fresh.setArticle(uri, docs.get(uri)!);
    if (snapshot(fresh, docs, last.options) !== snapshots[snapshots.length - 1]) {
      found.push({ step: ops.length, problems: ['a fresh workspace given the final files gives other diagnostics than the incremental one'] });
    }
  }
  return found;
}
