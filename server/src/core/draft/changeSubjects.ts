// What a change is a change of: the subject its clause names ("Shelter costs rose 0.6%", "the
// CPI increased 0.6%"). Two changes of subjects that share no word are two quantities, however
// equal or particular their values; a change whose id names no subject ("share-rise") says nothing
// of what changed, so two such changes share no fact by their id alone.
import { singular, type Frame } from './facts';
import type { DraftedFact } from './grouping';

/** Words a change's frame may hold that name no subject: a unit's measure, a word of change or of level. */
const UNNAMING = new Set(['share', 'amount', 'area', 'distance', 'weight', 'volume', 'duration', 'speed', 'energy', 'power', 'figure', 'growth', 'change', 'increase',
  'decrease', 'rise', 'fall', 'gain', 'drop', 'decline', 'rate', 'level', 'total', 'number', 'percent', 'cent', 'point', 'percentage', 'year', 'month', 'quarter', 'week']);

/** The words of a change's frame that name what changed ("shelter" of "shelter share"), singular. */
function subjectWords(frame: Frame): string[] {
  return frame.noun.map(singular).filter((w) => !UNNAMING.has(w));
}

/** True when two changes each name what changed and no word of one names the other's: "Shelter costs rose 0.6%", "the CPI increased 0.6%". */
export function twoChanges(a: Frame, b: Frame): boolean {
  if (!a.change || !b.change) return false;
  const x = subjectWords(a);
  const y = new Set(subjectWords(b));
  return x.length > 0 && y.size > 0 && !x.some((w) => y.has(w));
}

/** True when two changes both name no subject ("This was up 3 percent", "was up 3 percent from last year"): nothing says they are one. */
export function unnamedChanges(a: Frame, b: Frame): boolean {
  return a.change && b.change && subjectWords(a).length === 0 && subjectWords(b).length === 0;
}

/**
 * Gives each restatement group (`root`) of a change whose new id names no subject ("This was up 3
 * percent from September", "Breeding inventory ... was up 3 percent": both "share-rise"), or of a
 * percentage that names nothing it is of ("62.6%", "over 50%": both "share"), an id of its own: the
 * groups are told apart only by what their sentences name, which the id leaves out.
 */
export function splitUnnamedChanges(frames: readonly Frame[], out: DraftedFact[], root: (i: number) => number): void {
  const roots = new Map<string, number[]>();
  out.forEach((fact, i) => {
    if (fact.registry || (!frames[i]!.change && frames[i]!.unit !== 'percent') || subjectWords(frames[i]!).length > 0) return;
    const list = roots.get(fact.id) ?? [];
    if (!list.includes(root(i))) list.push(root(i));
    roots.set(fact.id, list);
  });
  // (each later group takes the next id no figure has: "share-rise-2" may be another's already)
  const used = new Set(out.map((f) => f.id));
  const given = new Map<string, string>();
  out.forEach((fact, i) => {
    const list = fact.registry ? undefined : roots.get(fact.id);
    if (!list || list.indexOf(root(i)) <= 0) return;
    const key = `${fact.id} ${root(i)}`;
    let id = given.get(key);
    for (let n = 2; id === undefined; n++) if (!used.has(`${fact.id}-${n}`)) used.add((id = `${fact.id}-${n}`));
    given.set(key, id);
    out[i] = { ...fact, id };
  });
}
