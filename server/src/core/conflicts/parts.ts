// `parts-exceed-total`: within one article and one as-of, the parts of a fact (registry
// `parts`) may not add up to more than a total claimed for it (54 shot down + 52 jammed
// <= 106 launched). Each part counts with its smallest lower bound, so only sure excesses show.
import type { Finding } from '../diagnostics/finding';
import type { Registry } from '../registry/types';
import type { ClaimEntry } from './entry';
import { endsBelow } from './numbers';
import { byDateThenPlace, describe, relatedTo } from './messages';

function asofKey(e: ClaimEntry): string {
  return e.from === undefined ? '' : `${e.from}..${e.to}`;
}

/** A part fact's claims in the group, and the one with the weakest lower bound. */
interface PartUse {
  id: string;
  claims: ClaimEntry[];
  weakest: ClaimEntry;
}

function weakestLow(list: ClaimEntry[]): ClaimEntry {
  return list.reduce((w, e) => (e.low < w.low || (e.low === w.low && e.lowInclusive && !w.lowInclusive) ? e : w));
}

/** An article's parts findings, and for each claim involved the other claims of its group (for hovers). */
export interface PartsResult {
  findings: Finding[];
  links: Map<ClaimEntry, ClaimEntry[]>;
}

/** The parts-exceed-total findings of one article (its entries only). */
export function partsFindings(entries: ClaimEntry[], registry: Registry): PartsResult {
  // Only totals and their parts take part (filtering keeps their order, so the groups' order).
  const involved = new Set<string>();
  for (const fact of new Set(entries.map((e) => e.fact))) {
    const parts = registry.facts.get(fact)?.parts;
    if (!Array.isArray(parts) || parts.length === 0) continue;
    involved.add(fact);
    for (const p of parts) involved.add(p.id);
  }
  if (involved.size === 0) return { findings: [], links: new Map() };
  const byFactAndDate = new Map<string, ClaimEntry[]>();
  for (const e of entries) {
    if (!involved.has(e.fact)) continue;
    const key = `${e.fact}\u0000${asofKey(e)}\u0000${e.dimension}`;
    const list = byFactAndDate.get(key);
    if (list) list.push(e);
    else byFactAndDate.set(key, [e]);
  }
  const out: PartsResult = { findings: [], links: new Map() };
  for (const totals of byFactAndDate.values()) {
    const head = totals[0]!;
    const def = registry.facts.get(head.fact);
    if (!def || !Array.isArray(def.parts) || def.parts.length === 0) continue;
    const uses: PartUse[] = [];
    for (const part of new Set(def.parts.map((p) => p.id))) {
      if (part === head.fact) continue;
      const claims = byFactAndDate.get(`${part}\u0000${asofKey(head)}\u0000${head.dimension}`);
      if (claims) uses.push({ id: part, claims, weakest: weakestLow(claims) });
    }
    if (uses.length === 0) continue;
    let sum = 0;
    let sumInclusive = true;
    for (const u of uses) {
      sum += u.weakest.low;
      sumInclusive &&= u.weakest.lowInclusive;
    }
    const exceeded = totals.filter((t) => endsBelow(t.high, t.highInclusive, sum, sumInclusive)).sort(byDateThenPlace);
    if (exceeded.length === 0) continue;
    groupFindings(exceeded, uses, head.fact, out);
  }
  return out;
}

function groupFindings(exceeded: ClaimEntry[], uses: PartUse[], fact: string, out: PartsResult): void {
  const partsText = uses.map((u) => `'${u.weakest.claim.text}' (${u.id})`).join(' + ');
  const message = `parts ${partsText} add up to more than the total ${describe(exceeded[0]!)} of '${fact}'`;
  const involved = [...exceeded, ...uses.flatMap((u) => u.claims)];
  const data = { fact, parts: uses.map((u) => u.id) };
  for (const e of involved) {
    const others = involved.filter((o) => o !== e);
    out.findings.push({
      code: 'parts-exceed-total',
      span: { start: e.textStart, end: e.textEnd },
      message,
      related: others.map((o) => relatedTo(o, o.fact === fact ? 'total' : `part ${o.fact}`)),
      data,
    });
    out.links.set(e, [...(out.links.get(e) ?? []), ...others]);
  }
}
