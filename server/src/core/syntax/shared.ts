// Memory shared between syntax trees and articles: one frozen empty array for every empty
// list, and one copy of each short string that trees repeat (ids, names such as "officials").
// A workspace keeps every article's tree, so these are paid once instead of once per node.

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * `items`, or the shared frozen empty array when it has none (a plain [] costs 32 bytes, and a
 * tree has one per span without classes). Lists returned this way are never pushed to.
 */
export function orEmpty<T>(items: T[]): T[] {
  return items.length === 0 ? (EMPTY as unknown as T[]) : items;
}

const interned = new Map<string, string>();
/** Bounded: cleared when full (sharing restarts; results never change). */
const MAX_INTERNED = 50_000;
/** Longer strings (quotes, notes) rarely repeat. */
const MAX_INTERNED_LENGTH = 40;
/** V8 copies shorter slices; longer ones point into (and keep alive) the text they were cut from. */
const MIN_SLICED_LENGTH = 13;

/**
 * One shared copy of a short string: attribute values and span texts repeat across articles
 * (`actor-12`, `fact-3`, "spokesperson"). The kept copy never points into an article's text.
 */
export function intern(s: string): string {
  if (s.length > MAX_INTERNED_LENGTH) return s;
  const found = interned.get(s);
  if (found !== undefined) return found;
  if (interned.size >= MAX_INTERNED) interned.clear();
  const own = s.length < MIN_SLICED_LENGTH ? s : Array.from(s).join('');
  interned.set(own, own);
  return own;
}
