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

/** Open-addressed table of the shared strings (a power of two), with each one's hash beside it. */
const MAX_SLOTS = 1 << 17;
/**
 * The table starts at a quarter of MAX_SLOTS and doubles as it fills: a workspace of 10,000
 * articles shares about 10,000 strings, and a look-up in a table sized for the largest
 * workspace read its slot and its hash from 1 MB of lists instead of 256 KB. (Not smaller:
 * a table that grows while the parser runs throws its compiled code away.)
 */
let slots = 1 << 15;
let internedKeys: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
let internedHashes = new Int32Array(slots);
let internedCount = 0;
/** Bounded: cleared when half full at its largest (sharing restarts; results never change). */
const MAX_INTERNED = MAX_SLOTS / 2;
/** Longer strings (quotes, notes) rarely repeat. */
const MAX_INTERNED_LENGTH = 40;
/** V8 copies shorter slices; longer ones point into (and keep alive) the text they were cut from. */
const MIN_SLICED_LENGTH = 13;

/**
 * One shared copy of a short string: attribute values and span texts repeat across articles
 * (`actor-12`, `fact-3`, "spokesperson"). The kept copy never points into an article's text.
 */
export function intern(s: string): string {
  return internSlice(s, 0, s.length);
}

/**
 * intern(text.slice(start, end)), without the slice when the string is already shared: the
 * characters are hashed and compared where they stand (most ids and span texts repeat).
 */
export function internSlice(text: string, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_INTERNED_LENGTH) return text.slice(start, end);
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  // mixed, so that ids that differ in their last digit (fact-12, fact-13) do not fill neighbouring slots
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  let slot = h & (slots - 1);
  for (let kept = internedKeys[slot]; kept !== undefined; kept = internedKeys[slot]) {
    if (internedHashes[slot] === h && kept.length === length && text.startsWith(kept, start)) return kept;
    slot = (slot + 1) & (slots - 1);
  }
  if (internedCount >= slots / 2) {
    if (slots < MAX_SLOTS) grow();
    else {
      internedKeys.fill(undefined);
      internedCount = 0;
    }
    slot = h & (slots - 1);
    while (internedKeys[slot] !== undefined) slot = (slot + 1) & (slots - 1);
  }
  const s = text.slice(start, end);
  const own = length < MIN_SLICED_LENGTH ? s : Array.from(s).join('');
  internedKeys[slot] = own;
  internedHashes[slot] = h;
  internedCount++;
  return own;
}

/** Doubles the table, each kept string moved to its slot in the larger one. */
function grow(): void {
  const oldKeys = internedKeys;
  const oldHashes = internedHashes;
  slots *= 2;
  internedKeys = new Array<string | undefined>(slots).fill(undefined);
  internedHashes = new Int32Array(slots);
  for (let k = 0; k < oldKeys.length; k++) {
    const kept = oldKeys[k];
    if (kept === undefined) continue;
    let slot = oldHashes[k]! & (slots - 1);
    while (internedKeys[slot] !== undefined) slot = (slot + 1) & (slots - 1);
    internedKeys[slot] = kept;
    internedHashes[slot] = oldHashes[k]!;
  }
}
