// The Claims tree (what the VS Code view shows): claims grouped by actor then fact, by fact,
// or conflicts only (fact -> claim), with counts and conflict marks. Offsets only: the LSP
// layer turns each claim's span into a range (the shape matches protocol.ts's ClaimTree*).
import type { Span } from '../span';
import type { ClaimRef, WorkspaceModel } from '../workspace/types';
import { describeReading, describeValue, formatNumber, unitLabel } from './reading';
import { normalizeUnit } from '../figures/units';
import { articleTitle, dateRangeText } from './names';
import { NOT_CANCELLED, type CancellationToken } from '../cancellation';

/** A claim leaf. */
export interface TreeClaim {
  kind: 'claim';
  figure: string;
  reading?: string;
  factId: string;
  factLabel?: string;
  actorId?: string;
  actorName?: string;
  uri: string;
  articleTitle: string;
  asof?: string;
  span: Span;
  conflict: boolean;
  conflictCount: number;
}

/** An actor or fact group. */
export interface TreeGroup {
  kind: 'actor' | 'fact';
  id: string;
  label: string;
  detail?: string;
  /** A fact group: the figures its claims hold, `800–3,000 people` (the commonest unit's), when any is readable. */
  values?: string;
  claimCount: number;
  conflictCount: number;
  children: (TreeGroup | TreeClaim)[];
}

/** How to group. */
export type TreeGrouping = 'actor' | 'fact' | 'conflicts';

/** The tree, grouped as asked, and how many articles the workspace has. */
export function claimTree(ws: WorkspaceModel, groupBy: TreeGrouping, token: CancellationToken = NOT_CANCELLED): { nodes: TreeGroup[]; articleCount: number } {
  let articleCount = 0;
  for (const _ of ws.articles()) articleCount++;
  const leaves: TreeClaim[] = [];
  for (const refs of ws.claimsByFact().values()) {
    if (token.isCancellationRequested) break;
    for (const r of refs) {
      const leaf = toLeaf(ws, r);
      if (groupBy !== 'conflicts' || leaf.conflict) leaves.push(leaf);
    }
  }
  leaves.sort(byDateThenPlace);
  const nodes = groupBy === 'actor'
    ? groupInto(leaves, (l) => l.actorId ?? '', (id) => actorGroup(ws, id), (ls) => groupInto(ls, (l) => l.factId, (id) => factGroup(ws, id)))
    : groupInto(leaves, (l) => l.factId, (id) => factGroup(ws, id));
  return { nodes, articleCount };
}

function toLeaf(ws: WorkspaceModel, r: ClaimRef): TreeClaim {
  const reg = ws.registry;
  const { claim } = r;
  const conflicts = ws.conflictsOf(r.uri, claim).length;
  const reading = describeReading(claim.reading);
  const factLabel = reg.facts.get(claim.fact.id)?.label;
  const actorName = claim.actor && reg.actors.get(claim.actor.id)?.name;
  const asof = dateRangeText(claim.asof);
  return {
    kind: 'claim', figure: claim.text, ...(reading && { reading }), factId: claim.fact.id, ...(factLabel && { factLabel }),
    ...(claim.actor && { actorId: claim.actor.id }), ...(actorName && { actorName }),
    uri: r.uri, articleTitle: articleTitle(r.article), ...(asof && { asof }), span: claim.span, conflict: conflicts > 0, conflictCount: conflicts,
  };
}

function byDateThenPlace(a: TreeClaim, b: TreeClaim): number {
  const da = a.asof ?? '';
  const db = b.asof ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.span.start - b.span.start;
}

type Head = Pick<TreeGroup, 'kind' | 'id' | 'label'> & { detail?: string };

function actorGroup(ws: WorkspaceModel, id: string): Head {
  const def = ws.registry.actors.get(id);
  if (id === '') return { kind: 'actor', id, label: '(no actor)' };
  return { kind: 'actor', id, label: def?.name ?? id, ...(def?.role && { detail: def.role }) };
}

function factGroup(ws: WorkspaceModel, id: string): Head {
  const def = ws.registry.facts.get(id);
  const unit = def?.unit && unitLabel(normalizeUnit(def.unit) ?? def.unit);
  const values = valuesOf(ws.claimsByFact().get(id) ?? [], def?.unit && (normalizeUnit(def.unit) ?? def.unit));
  return { kind: 'fact', id, label: def?.label ?? id, ...(unit && { detail: unit }), ...(values && { values }) };
}

/** The span of the figures of a fact's claims in their commonest unit: `800–3,000 people`, `12 km²`. */
function valuesOf(refs: readonly ClaimRef[], factUnit: string | undefined): string | undefined {
  const byUnit = new Map<string, { low: number; high: number }[]>();
  for (const r of refs) {
    if (!r.claim.reading.ok) continue;
    const v = r.claim.reading.value;
    const key = v.unit ?? factUnit ?? '';
    const list = byUnit.get(key) ?? [];
    list.push(v);
    byUnit.set(key, list);
  }
  const [unit, list] = [...byUnit].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (unit === undefined || !list) return undefined;
  const lows = list.map((v) => v.low).filter(Number.isFinite);
  const highs = list.map((v) => v.high).filter(Number.isFinite);
  if (lows.length === 0 && highs.length === 0) return undefined;
  const lo = Math.min(...(lows.length ? lows : highs));
  const hi = Math.max(...(highs.length ? highs : lows));
  const one = describeValue({ kind: 'exact', low: hi, high: hi, lowInclusive: true, highInclusive: true, ...(unit && { unit }) });
  return lo === hi ? one : `${formatNumber(lo)}–${one}`;
}

/** Groups leaves by a key (keeping their order inside each group); groups sorted by label. */
function groupInto(leaves: TreeClaim[], keyOf: (l: TreeClaim) => string, head: (id: string) => Head, inner?: (ls: TreeClaim[]) => TreeGroup[]): TreeGroup[] {
  const byKey = new Map<string, TreeClaim[]>();
  for (const l of leaves) {
    const k = keyOf(l);
    const list = byKey.get(k);
    if (list) list.push(l); else byKey.set(k, [l]);
  }
  const groups = [...byKey].map(([id, ls]) => ({
    ...head(id), claimCount: ls.length, conflictCount: ls.filter((l) => l.conflict).length, children: inner ? inner(ls) : ls,
  }));
  return groups.sort((a, b) => (a.id === '' ? 1 : 0) - (b.id === '' ? 1 : 0) || a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : 1));
}
