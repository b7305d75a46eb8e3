// REFERENCE: a frozen copy of server/src/core/conflicts/entry.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// One claim as the conflict checks see it: its value converted to the dimension's base unit
// with the tolerance applied, its as-of as day numbers, and its actor. Built per article.
import type { Article, Claim, DateRange } from '../../../../server/src/core/model/article';
import { DEFAULT_RULES, type Registry } from '../../../../server/src/core/registry/types';
import { normalizeUnit, unitInfo } from '../../../../server/src/core/figures/units';
import { daysBetween } from '../../../../server/src/core/base/dates';
import { widen, type Interval } from './numbers';

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
  /** Message texts, made once on first use (see messages.ts). */
  described?: string;
  relatedText?: string;
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

/** The as-of of a claim as day numbers, or undefined when it has none or it cannot be read. */
export function dayRange(asof: DateRange | undefined): { from: number; to: number } | undefined {
  if (!asof || typeof asof.from !== 'string' || typeof asof.to !== 'string') return undefined;
  const from = dayNumber(asof.from);
  const to = dayNumber(asof.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The dimension and factor of a claim's unit; a unitless figure takes the fact's unit, else it is a count. */
function unitOf(unit: string | undefined, factUnit: string | undefined): { dimension: string; toBase: number } {
  const id = unit ?? (factUnit !== undefined ? normalizeUnit(factUnit) : undefined);
  if (id === undefined) return { dimension: 'count', toBase: 1 };
  const info = unitInfo(id);
  // A unit the catalogue does not know compares only with itself.
  return info ? { dimension: info.dimension, toBase: info.toBase } : { dimension: `unit:${id}`, toBase: 1 };
}

/** The entries of an article's readable claims (unreadable figures and nonsense intervals take no part). */
export function entriesOf(article: Article, registry: Registry): ClaimEntry[] {
  const out: ClaimEntry[] = [];
  article.claims.forEach((claim, index) => {
    const reading = claim.reading;
    if (!reading || !reading.ok || !claim.fact || typeof claim.fact.id !== 'string') return;
    const v = reading.value;
    const { dimension, toBase } = unitOf(v.unit, registry.facts.get(claim.fact.id)?.unit);
    const scaled: Interval = { low: v.low * toBase, high: v.high * toBase, lowInclusive: v.lowInclusive, highInclusive: v.highInclusive };
    const value = v.kind === 'approximate' ? widen(scaled, registry.rules?.tolerance ?? DEFAULT_RULES.tolerance) : scaled;
    if (Number.isNaN(value.low) || Number.isNaN(value.high) || value.low > value.high) return;
    const days = dayRange(claim.asof);
    // One literal with every field keeps a single object shape (spreads here made V8 slow).
    out.push({
      low: value.low, high: value.high, lowInclusive: value.lowInclusive, highInclusive: value.highInclusive,
      uri: article.uri, article, claim, index, fact: claim.fact.id, actor: claim.actor?.id, dimension,
      from: days?.from, to: days?.to, described: undefined, relatedText: undefined,
    });
  });
  return out;
}
