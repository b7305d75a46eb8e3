// New fact ids split by place: one new id for figures of different places is two quantities
// ("killed in Gaza", "killed in Rafah"), but restatements of one value stay one quantity.
import type { DraftedFact } from './grouping';

/**
 * Adds a place to the new ids that figures of two or more places share (`places[i]` is the
 * place figure i's clause names, '' for none). A restatement group (`root`) is one quantity: an id
 * all of whose figures restate one value, each later one with "the" or in the headline
 * (`restating`), is not split ("Seventeen new projects ... from UKRI's fund", "The 17 consortia are
 * spread across the UK"), and a member that names no place takes the one place its group names.
 */
export function splitByPlace(places: readonly string[], restating: readonly boolean[], out: DraftedFact[], root: (i: number) => number): void {
  const groupPlaces = new Map<number, Set<string>>();
  places.forEach((place, i) => { if (place) groupPlaces.set(root(i), (groupPlaces.get(root(i)) ?? new Set()).add(place)); });
  // (a group whose members name two places is no one quantity's: each keeps its own, and the rest none)
  const placeOf = (i: number) => places[i] || (groupPlaces.get(root(i))?.size === 1 ? [...groupPlaces.get(root(i))!][0]! : '');
  const byId = new Map<string, { places: Set<string>; roots: Set<number> }>();
  out.forEach((fact, i) => {
    if (fact.registry) return;
    const entry = byId.get(fact.id) ?? { places: new Set<string>(), roots: new Set<number>() };
    if (placeOf(i)) entry.places.add(placeOf(i));
    entry.roots.add(root(i));
    byId.set(fact.id, entry);
  });
  // (a group says its value again with "the" or in the headline, "The 17 consortia"; equal sums to two named recipients, "$10 million to San
  // Mateo Airport ... $10 million to Ashford Airport", restate nothing)
  const restated = new Set([...byId.keys()].filter((id) => out.every((f, k) => f.id !== id || !places[k] || restating[k] || out.findIndex((g, m) => g.id === id && places[m]) === k)));
  out.forEach((fact, i) => {
    const entry = byId.get(fact.id);
    if (fact.registry || !placeOf(i) || !entry || entry.places.size < 2 || (entry.roots.size < 2 && restated.has(fact.id))) return;
    out[i] = { ...fact, id: `${fact.id}-${placeOf(i)}` };
  });
}
