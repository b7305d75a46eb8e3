// Whether two claims of one fact were compared, and why not (for hovers): claims with a date and
// without one never are, nor are dated claims outside the fact kind's time rule (conflicts/sweep.ts
// timeRule: the same days for events, the window for levels stated for days; cumulative facts compare across time).
import type { Claim } from '../model/article';
import type { WorkspaceModel } from '../workspace/types';
import { dayRange } from '../conflicts/entry';
import { comparedInTime, timeRule } from '../conflicts/sweep';

/** Why `a` and `b` (claims of one fact) were not compared, in a few words; undefined when they were. */
export function notComparedReason(ws: WorkspaceModel, a: Claim, b: Claim): string | undefined {
  if (!a.reading.ok || !b.reading.ok) return 'a figure could not be read';
  const da = dayRange(a.asof);
  const db = dayRange(b.asof);
  if (!da && !db) return undefined; // undated claims are compared with each other
  if (!da || !db) return 'no date';
  const fact = ws.registry.facts.get(a.fact.id);
  const rule = timeRule(fact?.kind, ws.registry.rules.windowDays);
  const overlap = comparedInTime(da.from, da.to, db.from, db.to, rule);
  return overlap || rule.grows ? undefined : 'different dates';
}
