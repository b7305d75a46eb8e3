// One claim as the conflict checks see it: its value converted to the dimension's base unit
// with the tolerance applied, its as-of as day numbers, and its actor. Built per article;
// re-setting an article reuses the numbers of claims that only moved.
import { printedHalfStep, printedWithScale } from '../figures/precision';
import type { Article, Claim, DateRange } from '../model/article';
import type { FigureReading } from '../figures/value';
import { DEFAULT_RULES, type Registry } from '../registry/types';
import { normalizeUnit, unitInfo } from '../figures/units';
import { daysBetween } from '../base/dates';
import type { Interval } from './numbers';
import { exactList } from './checked';

/** The day every as-of is counted from (any fixed day works: only differences matter). */
const EPOCH = '1970-01-01';

/** A readable claim ready for comparison. */
export interface ClaimEntry extends Interval {
  uri: string;
  article: Article;
  claim: Claim;
  /** Position of the claim in its article, for a stable order. */
  index: number;
  fact: string;
  actor: string | undefined;
  /** Values compare only within one dimension ('count', 'area', 'currency:USD', ...). */
  dimension: string;
  /** As-of as day numbers (inclusive); undefined when the claim has no as-of. */
  from?: number;
  to?: number;
  /**
   * Message texts, made once on first use (see messages.ts): the claim in a message, and in a
   * related place (the places themselves are kept by the fact's outcome, findings.ts).
   */
  described?: string;
  related?: string;
  /** Position in its fact's latest outcome (checker.ts), -1 before any check; a hint, verified on use. */
  pos: number;
  /**
   * The claim's fields the findings read, kept on the entry itself: a one-pass check points
   * `claim` at the entry (BatchConflicts), so that a claim is one object there, not two.
   */
  text: string;
  /** Where the claim's figure text is (its textSpan, as two numbers: not an object per claim). */
  textStart: number;
  textEnd: number;
  reading: Claim['reading'];
  asof: Claim['asof'];
}

// Day numbers of ISO days seen so far: workspaces repeat a few hundred dates many times.
const dayCache = new Map<string, number>();

function dayNumber(iso: string): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    n = daysBetween(EPOCH, iso);
    dayCache.set(iso, n);
  }
  return n;
}

// The last as-of read and its days: the claims of an article mostly share one as-of object (its published date).
let lastAsOf: DateRange | undefined;
let lastDays: { from: number; to: number } | undefined;

/** The as-of of a claim as day numbers, or undefined when it has none or it cannot be read. */
export function dayRange(asof: DateRange | undefined): { from: number; to: number } | undefined {
  if (!asof) return undefined;
  if (asof !== lastAsOf) {
    lastDays = readDays(asof);
    lastAsOf = asof;
  }
  return lastDays;
}

function readDays(asof: DateRange): { from: number; to: number } | undefined {
  if (typeof asof.from !== 'string' || typeof asof.to !== 'string') return undefined;
  const from = dayNumber(asof.from);
  const to = dayNumber(asof.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return from <= to ? { from, to } : { from: to, to: from };
}

interface UnitOf {
  dimension: string;
  toBase: number;
}

const COUNT: UnitOf = { dimension: 'count', toBase: 1 };

// unitOf per (fact unit, claim unit): the catalogue is fixed, and a workspace uses few units.
const unitMemo = new Map<string | undefined, Map<string | undefined, UnitOf>>();

/** Dimensions of measured quantities, whose conversions compare within printed precision. */
const MEASURES = new Set(['area', 'length', 'mass', 'volume', 'duration', 'temperature:C', 'temperature:F', 'power', 'energy', 'data', 'data-rate', 'frequency', 'charge', 'fuel-economy']);

// The last answer of unitOf: most claims of a workspace repeat the unit pair of the one before.
let lastUnit: string | undefined;
let lastFactUnit: string | undefined;
let lastUnitOf: UnitOf = COUNT;

/** The dimension and factor of a claim's unit; a unitless figure takes the fact's unit, else it is a count. */
function unitOf(unit: string | undefined, factUnit: string | undefined): UnitOf {
  if (unit === undefined && factUnit === undefined) return COUNT;
  if (unit === lastUnit && factUnit === lastFactUnit) return lastUnitOf;
  lastUnit = unit;
  lastFactUnit = factUnit;
  return (lastUnitOf = memoUnitOf(unit, factUnit));
}

function memoUnitOf(unit: string | undefined, factUnit: string | undefined): UnitOf {
  let perFactUnit = unitMemo.get(factUnit);
  if (!perFactUnit) {
    if (unitMemo.size > 1000) unitMemo.clear();
    unitMemo.set(factUnit, (perFactUnit = new Map()));
  }
  let out = perFactUnit.get(unit);
  if (!out) {
    if (perFactUnit.size > 1000) perFactUnit.clear();
    out = resolveUnit(unit, factUnit);
    perFactUnit.set(unit, out);
  }
  return out;
}

function resolveUnit(unit: string | undefined, factUnit: string | undefined): UnitOf {
  const id = unit ?? (factUnit !== undefined ? normalizeUnit(factUnit) : undefined);
  if (id === undefined) return COUNT;
  const info = unitInfo(id);
  // A unit the catalogue does not know compares only with itself.
  return info ? { dimension: info.dimension, toBase: info.toBase } : { dimension: `unit:${id}`, toBase: 1 };
}

/** Positions of entries by reading and as-of objects (readings are shared by claims with the same figure text). */
function byReadingAndAsOf(entries: readonly ClaimEntry[]): Map<FigureReading, Map<DateRange | undefined, number>> {
  const out = new Map<FigureReading, Map<DateRange | undefined, number>>();
  entries.forEach((e, i) => {
    let byAsOf = out.get(e.claim.reading);
    if (!byAsOf) out.set(e.claim.reading, (byAsOf = new Map()));
    byAsOf.set(e.claim.asof, i);
  });
  return out;
}

/** Finds a previous entry by reading and as-of objects; claims that only moved keep their order, so the next one is tried first. */
class Reuse {
  private next = 0;
  private index: Map<FigureReading, Map<DateRange | undefined, number>> | undefined;
  /** The position of the last entry found. */
  at = -1;

  constructor(private readonly previous: readonly ClaimEntry[]) {}

  find(reading: FigureReading, asof: DateRange | undefined): ClaimEntry | undefined {
    const guess = this.previous[this.next];
    if (guess && guess.claim.reading === reading && guess.claim.asof === asof) {
      this.at = this.next++;
      return guess;
    }
    this.index ??= byReadingAndAsOf(this.previous);
    const at = this.index.get(reading)?.get(asof);
    if (at === undefined) return undefined;
    this.at = at;
    this.next = at + 1;
    return this.previous[at];
  }
}

/**
 * Which previous entries entriesOf moved into the new article (the same objects, their claim,
 * article and index updated), and whether it took them in their old order: then a fact none
 * of whose entries was dropped or made afresh has the very same entries, in the same order.
 */
export interface MovedEntries {
  /** Per previous entry: 1 when moved. */
  moved: Uint8Array;
  inOrder: boolean;
  /** Facts of the entries made afresh. */
  freshFacts: Set<string>;
}

/** Which facts' entries entriesOf may move, and where it says which it moved. */
export interface EntryMove {
  may: (fact: string) => boolean;
  out: MovedEntries;
}

/**
 * The entries of an article's readable claims (unreadable figures and nonsense intervals take
 * no part). `previous`: the article's entries from the same registry; a claim with the same
 * reading and as-of objects and fact id as one of them takes its numbers (they depend on
 * nothing else): claims that only moved are not read again. With `move`, such an entry is
 * moved itself rather than copied when its text and actor are the same too and `move.may`
 * allows its fact (the checker: a fact whose outcome shows no finding, so nothing holds where
 * the entry was); `move.out` says which were. `factUnit`: the registry's unit of a fact, as the
 * caller knows it (the checker: from its index, which it reads next for the same fact; a
 * one-pass check: by the number its claim's fact carries).
 */
export function entriesOf(article: Article, registry: Registry, previous?: readonly ClaimEntry[], move?: EntryMove, factUnit?: (fact: string, claim: Claim) => string | undefined): ClaimEntry[] {
  const out: ClaimEntry[] = [];
  const reuse = previous && previous.length > 0 ? new Reuse(previous) : undefined;
  const tolerance = registry.rules?.tolerance ?? DEFAULT_RULES.tolerance;
  const t = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const claims = article.claims;
  let lastMoved = -1;
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!;
    const reading = claim.reading;
    if (!reading || !reading.ok || !claim.fact || typeof claim.fact.id !== 'string') continue;
    const fact = claim.fact.id;
    const old = reuse?.find(reading, claim.asof);
    if (old && old.fact === fact) {
      const at = reuse!.at;
      if (move && move.out.moved[at] === 0 && old.claim.text === claim.text && old.actor === claim.actor?.id && move.may(fact)) {
        // its message texts (described, related) read only the text, actor and as-of: the same
        old.claim = claim;
        old.textStart = claim.textSpan.start;
        old.textEnd = claim.textSpan.end;
        old.article = article;
        old.index = index;
        move.out.moved[at] = 1;
        if (at < lastMoved) move.out.inOrder = false;
        lastMoved = at;
        out.push(old);
        continue;
      }
      move?.out.freshFacts.add(fact);
      out.push(entry(article, claim, index, old.low, old.high, old.lowInclusive, old.highInclusive, old.dimension, old.from, old.to));
      continue;
    }
    move?.out.freshFacts.add(fact);
    const v = reading.value;
    const { dimension, toBase } = unitOf(v.unit, factUnit ? factUnit(fact, claim) : registry.facts.get(fact)?.unit);
    let low = v.low * toBase;
    let high = v.high * toBase;
    let lowInclusive = v.lowInclusive;
    let highInclusive = v.highInclusive;
    // An approximate figure covers [x - |x|t, x + |x|t], closed (numbers.ts widen, inlined).
    if (v.kind === 'approximate') {
      if (Number.isFinite(low)) {
        low -= Math.abs(low) * t;
        lowInclusive = true;
      }
      if (Number.isFinite(high)) {
        high += Math.abs(high) * t;
        highInclusive = true;
      }
    }
    // A measure converted from its unit is compared within the precision it was printed with:
    // "74.6 miles" is [74.55, 74.65) miles (figures/precision.ts). Counts, money and percent are not,
    // unless a scale word rounds them: "318 million" is [317.5, 318.5) million, "318,211,833" no conflict.
    if (claim.printed && v.kind === 'exact' && (MEASURES.has(dimension) || printedWithScale(claim.text)) && low === high) {
      const half = printedHalfStep(claim.text, v.low) * toBase;
      if (half > 0) { low -= half; high += half; lowInclusive = true; highInclusive = false; }
    }
    if (Number.isNaN(low) || Number.isNaN(high) || low > high) continue;
    const days = dayRange(claim.asof);
    out.push(entry(article, claim, index, low, high, lowInclusive, highInclusive, dimension, days?.from, days?.to));
  }
  // (the checker keeps it for as long as the article)
  return exactList(out);
}

// One literal with every field keeps a single object shape (spreads here made V8 slow).
function entry(article: Article, claim: Claim, index: number, low: number, high: number, lowInclusive: boolean, highInclusive: boolean, dimension: string, from: number | undefined, to: number | undefined): ClaimEntry {
  return {
    low, high, lowInclusive, highInclusive, uri: article.uri, article, claim, index, fact: claim.fact.id, actor: claim.actor?.id, dimension,
    from, to, described: undefined, related: undefined, pos: -1, text: claim.text, textStart: claim.textSpan.start, textEnd: claim.textSpan.end, reading: claim.reading, asof: claim.asof,
  };
}

// V8 gives a field that has only ever held numbers a box of its own in every object (two per
// entry: 300,000 objects on 10,000 articles for the collector to trace). One entry made here
// with no number in them makes both fields plain: a whole number (most figures, converted or
// not) is then held in the field itself, and only a fraction or an infinity is boxed.
entry({ uri: '' } as Article, { fact: { id: '' }, text: '', textSpan: { start: 0, end: 0 } } as Claim, -1, null as unknown as number, null as unknown as number, false, false, '', undefined, undefined);
