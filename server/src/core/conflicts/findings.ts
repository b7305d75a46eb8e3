// Findings made on demand from a fact's compact outcome: `conflicting-figure`,
// `self-contradiction` and `incomparable-units` for one article, with their messages and
// related information; and whether an article's findings differ between two outcomes.
import { sortByPlace, type Finding, type RelatedFinding } from '../diagnostics/finding';
import { unitInfo } from '../figures/units';
import type { ClaimEntry } from './entry';
import { describe, othersText, relatedText } from './messages';
import { hasFinding, rangeOf, type FactOutcome } from './outcome';

function unitText(e: ClaimEntry): string {
  const r = e.claim.reading;
  const unit = r.ok ? r.value.unit : undefined;
  return unit === undefined ? 'a count' : (unitInfo(unit)?.label || unit);
}

const LATER = 'later but lower: a cumulative figure cannot fall';
const EARLIER = 'earlier but higher: a cumulative figure cannot fall';

/** A list of `n` empty slots, of that exact size (a list pushed to n has room for up to 1.5n + 16; read here only). */
function slots(n: number): (RelatedFinding | undefined)[] {
  return new Array<RelatedFinding | undefined>(n);
}

/**
 * A conflict's related place at claim `e`: messages.ts relatedAt's, with its `shown` slot there
 * from the start (empty). A front end's place, set later, then stays in the object: added to a
 * made object it went to a property array of its own, a second object and read per listing.
 */
function listedAt(e: ClaimEntry, message: string): RelatedFinding {
  return { uri: e.uri, span: { start: e.textStart, end: e.textEnd }, message, shown: undefined };
}

/** The related place of the claim at `q` without a why, one object per outcome and claim. */
function plainPlace(o: FactOutcome, q: number): RelatedFinding {
  const list = (o.plain ??= slots(o.entries.length));
  let r = list[q];
  if (r === undefined) {
    const e = o.entries[q]!;
    list[q] = r = listedAt(e, relatedText(e));
  }
  return r;
}

/**
 * The related place of the claim at `q` in a cumulative fall with the claim at `p` (why it
 * conflicts: later, or earlier), one object per outcome, claim and why; their days are read from
 * the outcome's array, the claim's entry only the first time (at 100,000 articles the entries
 * spread over the heap, and reading them missed the processor's caches).
 */
function growthPlace(o: FactOutcome, p: number, q: number): RelatedFinding {
  const dq = o.days[q]!;
  const dp = o.days[p]!;
  // (an undated claim counted as day 0, as before: a cumulative fall compares dated claims only)
  const later = (dq === -Infinity ? 0 : dq) > (dp === -Infinity ? 0 : dp);
  return whyPlace(o, q, later);
}

/** The related place of the claim at `q` with a cumulative fall's why (later, or earlier), one object per outcome, claim and why. */
function whyPlace(o: FactOutcome, q: number, later: boolean): RelatedFinding {
  const list = later ? (o.later ??= slots(o.entries.length)) : (o.earlier ??= slots(o.entries.length));
  let r = list[q];
  if (r === undefined) {
    const e = o.entries[q]!;
    list[q] = r = listedAt(e, `${relatedText(e)} (${later ? LATER : EARLIER})`);
  }
  return r;
}

/** What listedMarks sets for a claim listed without a why, as later, as earlier (the bits placeAt reads). */
const PLAIN = 1;
const AS_LATER = 2;
const AS_EARLIER = 4;

/**
 * Per position of a (not quiet) outcome, how its findings list the claim there as a related
 * place (PLAIN, AS_LATER, AS_EARLIER bits; 0 when never): findingsBetween's lists, read from the
 * outcome's arrays alone.
 */
export function listedMarks(o: FactOutcome): Uint8Array {
  const marks = new Uint8Array(o.entries.length);
  // an incomparable claim lists the main dimension's first claims
  if (o.dimensions.length > 1) for (const p of o.mainShown) marks[p] = PLAIN;
  const { total, at, codes, days } = o;
  for (let p = 0; p < total.length; p++) {
    if (total[p] === 0) continue;
    const dp = days[p] === -Infinity ? 0 : days[p]!;
    for (let k = at[2 * p]!, end = at[2 * p + 2]!; k < end; k++) {
      const code = codes[k]!;
      const q = code >> 1;
      if ((code & 1) === 0) marks[q]! |= PLAIN;
      else marks[q]! |= (days[q] === -Infinity ? 0 : days[q]!) > dp ? AS_LATER : AS_EARLIER;
    }
  }
  return marks;
}

/** Hands `place` the related places listedMarks's `mark` says the claim at `q` is listed as (the objects findings then lists). */
export function placesAt(o: FactOutcome, q: number, mark: number, place: (r: RelatedFinding) => void): void {
  if ((mark & PLAIN) !== 0) place(plainPlace(o, q));
  if ((mark & AS_LATER) !== 0) place(whyPlace(o, q, true));
  if ((mark & AS_EARLIER) !== 0) place(whyPlace(o, q, false));
}

function incomparable(o: FactOutcome, e: ClaimEntry, fact: string): Finding {
  const first = o.entries[o.mainShown[0]!]!;
  const related: RelatedFinding[] = [];
  for (const p of o.mainShown) related.push(plainPlace(o, p));
  return {
    code: 'incomparable-units',
    span: { start: e.textStart, end: e.textEnd },
    message: `'${e.claim.text}' (${unitText(e)}) cannot be compared with ${othersText(first, o.mainCount)} (${unitText(first)}) of '${fact}': the units differ`,
    related,
    data: { fact, count: o.mainCount },
  };
}

function conflictFinding(o: FactOutcome, pos: number, fact: string, self: boolean): Finding {
  const e = o.entries[pos]!;
  const count = self ? o.selfCount[pos]! : o.total[pos]! - o.selfCount[pos]!;
  const end = o.at[2 * pos + (self ? 2 : 1)]!;
  const related: RelatedFinding[] = [];
  let cumulativeFall = false;
  for (let k = o.at[2 * pos + (self ? 1 : 0)]!; k < end; k++) {
    const code = o.codes[k]!;
    const growth = (code & 1) === 1;
    cumulativeFall ||= growth;
    related.push(growth ? growthPlace(o, pos, code >> 1) : plainPlace(o, code >> 1));
  }
  const first = o.entries[o.codes[o.at[2 * pos + (self ? 1 : 0)]!]! >> 1]!;
  return {
    code: self ? 'self-contradiction' : 'conflicting-figure',
    span: { start: e.textStart, end: e.textEnd },
    message: `${describe(e)} ${self ? 'contradicts' : 'conflicts with'} ${othersText(first, count)}`,
    related,
    data: { fact, count, cumulativeFall },
  };
}

/** Where an article's entries sit in an outcome; `first`, its first entry of the fact, saves the search when its position is current. */
function placeOf(o: FactOutcome, uri: string, first: ClaimEntry | undefined): [number, number] {
  if (!first || o.entries[first.pos] !== first) return rangeOf(o, uri);
  let end = first.pos + 1;
  while (end < o.entries.length && o.entries[end]!.uri === uri) end++;
  return [first.pos, end];
}

/** Appends the findings of one fact located in one article (unsorted: the caller sorts). */
export function factFindings(o: FactOutcome | undefined, fact: string, uri: string, out: Finding[], first?: ClaimEntry): void {
  if (!o || o.quiet) return;
  const [start, end] = placeOf(o, uri, first);
  findingsBetween(o, fact, start, end, out);
}

/**
 * factFindings for an article whose entries are the outcome's `start` to `end` (the batch index
 * knows them from its columns: walking the entries to find the end read objects spread over the
 * heap, most of factFindings's own time).
 */
export function findingsBetween(o: FactOutcome | undefined, fact: string, start: number, end: number, out: Finding[]): void {
  if (!o || o.quiet) return;
  // Same order as the eager checker built them: incomparable units by dimension, then conflicts by place.
  if (o.dimensions.length > 1) {
    for (const dim of o.dimensions) {
      if (dim === o.main) continue;
      for (let p = start; p < end; p++) if (o.entries[p]!.dimension === dim) out.push(incomparable(o, o.entries[p]!, fact));
    }
  }
  for (let p = start; p < end; p++) {
    const total = o.total[p]!;
    if (total === 0) continue;
    const selfCount = o.selfCount[p]!;
    if (total > selfCount) out.push(conflictFinding(o, p, fact, false));
    if (selfCount > 0) out.push(conflictFinding(o, p, fact, true));
  }
}

/** Orders findings by position, then code (a stable sort: ties keep their order). */
export function sortFindings(list: Finding[]): Finding[] {
  return sortByPlace(list);
}

function sameRelated(a: RelatedFinding[] | undefined, b: RelatedFinding[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.uri !== y.uri || x.span.start !== y.span.start || x.span.end !== y.span.end || x.message !== y.message) return false;
  }
  return true;
}

/** Field-by-field equality of two finding lists (cheaper than serialising related entries). */
export function sameFindings(a: Finding[] | undefined, b: Finding[] | undefined): boolean {
  const xs = a ?? [];
  const ys = b ?? [];
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x.code !== y.code || x.span.start !== y.span.start || x.span.end !== y.span.end || x.message !== y.message) return false;
    if (!sameRelated(x.related, y.related) || JSON.stringify(x.data) !== JSON.stringify(y.data)) return false;
  }
  return true;
}

/** True when two entries show the same in every message and related item (place, figure, actor, date). */
function samePresented(x: ClaimEntry, y: ClaimEntry): boolean {
  if (x === y) return true;
  const a = x.claim;
  const b = y.claim;
  if (x.uri !== y.uri || a.text !== b.text || x.textStart !== y.textStart || x.textEnd !== y.textEnd) return false;
  if (x.actor !== y.actor || x.from !== y.from) return false;
  return a.asof === b.asof || (a.asof !== undefined && b.asof !== undefined && a.asof.from === b.asof.from && a.asof.to === b.asof.to);
}

function samePartners(a: FactOutcome, from: number, to: number, b: FactOutcome, bFrom: number, bTo: number): boolean {
  if (to - from !== bTo - bFrom) return false;
  for (let k = 0; k < to - from; k++) {
    const x = a.codes[from + k]!;
    const y = b.codes[bFrom + k]!;
    if ((x & 1) !== (y & 1) || !samePresented(a.entries[x >> 1]!, b.entries[y >> 1]!)) return false;
  }
  return true;
}

/**
 * True when both outcomes surely give an article the same findings: its claims and their
 * listed partners show the same and the counts agree. False means "maybe not" (not checked
 * for incomparable units): the caller then compares the findings themselves.
 */
function surelySame(a: FactOutcome, [aStart, aEnd]: [number, number], b: FactOutcome, [bStart, bEnd]: [number, number]): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) {
    const p = aStart + k;
    const q = bStart + k;
    const x = a.entries[p]!;
    const y = b.entries[q]!;
    if (x.dimension !== a.main || y.dimension !== b.main) return false;
    if (a.total[p] !== b.total[q] || a.selfCount[p] !== b.selfCount[q]) return false;
    if (a.total[p] === 0) continue;
    if (!samePresented(x, y)) return false;
    if (!samePartners(a, a.at[2 * p]!, a.at[2 * p + 1]!, b, b.at[2 * q]!, b.at[2 * q + 1]!)) return false;
    if (!samePartners(a, a.at[2 * p + 1]!, a.at[2 * p + 2]!, b, b.at[2 * q + 1]!, b.at[2 * q + 2]!)) return false;
  }
  return true;
}

function anyFinding(o: FactOutcome | undefined, [start, end]: [number, number]): boolean {
  if (!o || o.quiet) return false;
  for (let p = start; p < end; p++) if (hasFinding(o, p)) return true;
  return false;
}

/** True when an article's findings for one fact differ between the outcome before and after a check. */
export function findingsDiffer(before: FactOutcome | undefined, after: FactOutcome | undefined, fact: string, uri: string): boolean {
  const none: [number, number] = [0, 0];
  const a = before && !before.quiet ? rangeOf(before, uri) : none;
  const b = after && !after.quiet ? rangeOf(after, uri) : none;
  const hadAny = anyFinding(before, a);
  const hasAny = anyFinding(after, b);
  if (!hadAny || !hasAny) return hadAny !== hasAny;
  if (surelySame(before!, a, after!, b)) return false;
  const old: Finding[] = [];
  const next: Finding[] = [];
  factFindings(before, fact, uri, old);
  factFindings(after, fact, uri, next);
  return !sameFindings(sortFindings(old), sortFindings(next));
}
