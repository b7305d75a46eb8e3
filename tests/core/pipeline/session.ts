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

/** Plays `ops`, checking invariants at each `check`; returns the problems found (empty = fine). */
export function playSession(ops: readonly Op[], rand: Rand): SessionProblem[] {
  const found: SessionProblem[] = [];
  const ws = new Workspace();
  const docs = new Map<string, string>();
  const snapshots: string[] = [];
  ops.forEach((op, step) => {
    try {
      apply(ws, docs, op);
      if (op.op !== 'check') return;
      const problems: string[] = [];
      ws.takeChangedUris();
      for (const uri of docs.keys()) problems.push(...checkDiagnostics(uri, ws.diagnostics(uri, op.options), docs));
      problems.push(...checkQueries(ws, docs, rand));
      snapshots.push(snapshot(ws, docs, op.options));
      if (problems.length > 0) found.push({ step, problems });
    } catch (e) {
      found.push({ step, problems: [`threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`] });
    }
  });
  if (found.length > 0) return found;
  // determinism: the same operations on a new workspace give the same diagnostics
  const again = new Workspace();
  const docs2 = new Map<string, string>();
  let i = 0;
  ops.forEach((op, step) => {
    apply(again, docs2, op);
    if (op.op === 'check' && snapshot(again, docs2, op.options) !== snapshots[i++]) found.push({ step, problems: ['replay gave other diagnostics'] });
  });
  // no traces: a fresh workspace given only the final files (registry first, articles by uri) agrees
  const last = [...ops].reverse().find((o): o is Extract<Op, { op: 'check' }> => o.op === 'check');
  const fresh = new Workspace();
  if (docs2.has(REGISTRY_URI)) fresh.setRegistry(REGISTRY_URI, docs2.get(REGISTRY_URI));
  for (const uri of [...docs2.keys()].sort()) if (uri !== REGISTRY_URI) fresh.setArticle(uri, docs2.get(uri)!);
  if (last && snapshot(fresh, docs2, last.options) !== snapshot(again, docs2, last.options)) {
    found.push({ step: ops.length, problems: ['a fresh workspace given the final files gives other diagnostics than the incremental one'] });
  }
  return found;
}
