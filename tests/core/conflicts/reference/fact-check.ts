// REFERENCE: a frozen copy of server/src/core/conflicts/fact-check.ts as of commit 2898b7e (findings built eagerly),
// kept only so that equivalence.test.ts can compare the compact checker with it. Do not optimise.
// Checks one fact across the workspace: splits its claims by dimension (other dimensions get
// `incomparable-units`), sweeps each dimension for conflicting pairs, and turns the pairs into
// `conflicting-figure` / `self-contradiction` findings grouped by article.
import type { Finding, RelatedFinding } from '../../../../server/src/core/diagnostics/finding';
import type { FactKind } from '../../../../server/src/core/registry/types';
import { normalizeUnit, unitInfo } from '../../../../server/src/core/figures/units';
import type { ClaimEntry } from './entry';
import { timeRule, type PairReason } from './sweep';
import { keyItems, type Item } from './keys';
import { MAX_RELATED, PairTable } from './pairs';
import { byDateThenPlace, describe, othersText, relatedTo } from './messages';

export { MAX_RELATED };

/** Another claim this one conflicts with, and why. */
export interface Partner {
  entry: ClaimEntry;
  reason: PairReason;
}

/** The claims one claim conflicts with: other actors (or other dates), and the same actor on the same date. */
export interface ConflictLinks {
  others: Partner[];
  otherCount: number;
  self: Partner[];
  selfCount: number;
}

/** What a fact's check produces: findings per article URI, and the links per claim for hovers. */
export interface FactResult {
  findings: Map<string, Finding[]>;
  links: Map<ClaimEntry, ConflictLinks>;
}

/** What the check needs to know about the fact. */
export interface FactSettings {
  fact: string;
  kind?: FactKind;
  unit?: string;
  windowDays: number;
}

/** The dimension every other one is measured against: the fact's unit if used, else the commonest. */
function mainDimension(groups: Map<string, { entry: ClaimEntry; seq: number }[]>, factUnit: string | undefined): string {
  const declared = factUnit !== undefined ? unitInfo(normalizeUnit(factUnit) ?? factUnit)?.dimension : undefined;
  if (declared !== undefined && groups.has(declared)) return declared;
  let best = '';
  let bestCount = -1;
  for (const [dim, list] of groups) {
    if (list.length > bestCount || (list.length === bestCount && dim < best)) [best, bestCount] = [dim, list.length];
  }
  return best;
}

function unitText(e: ClaimEntry): string {
  const r = e.claim.reading;
  const unit = r.ok ? r.value.unit : undefined;
  return unit === undefined ? 'a count' : (unitInfo(unit)?.label || unit);
}

function push(findings: Map<string, Finding[]>, uri: string, f: Finding): void {
  const list = findings.get(uri);
  if (list) list.push(f);
  else findings.set(uri, [f]);
}

/** Checks every claim of one fact (entries from all articles). */
export function checkFact(entries: ClaimEntry[], settings: FactSettings): FactResult {
  const findings = new Map<string, Finding[]>();
  const links = new Map<ClaimEntry, ConflictLinks>();
  const groups = new Map<string, { entry: ClaimEntry; seq: number }[]>();
  entries.forEach((entry, seq) => {
    const g = groups.get(entry.dimension);
    if (g) g.push({ entry, seq });
    else groups.set(entry.dimension, [{ entry, seq }]);
  });
  const main = mainDimension(groups, settings.unit);
  const mainSorted = (groups.get(main) ?? []).map((s) => s.entry).sort(byDateThenPlace);
  const rule = timeRule(settings.kind, settings.windowDays);
  const table = new PairTable(entries);
  for (const [dim, list] of groups) {
    if (dim !== main) for (const s of list) push(findings, s.entry.uri, incomparable(s.entry, mainSorted, settings.fact));
    const items: Item[] = keyItems(list);
    table.checkGroup(items.filter((s) => s.entry.from !== undefined), rule);
    table.checkGroup(items.filter((s) => s.entry.from === undefined), timeRule(undefined, 0));
  }
  const partners = (codes: number[]): Partner[] => codes.map((c) => ({ entry: entries[c >> 1]!, reason: c & 1 ? 'growth' : 'value' }));
  entries.forEach((e, i) => {
    const otherCount = table.otherCount(i);
    const selfCount = table.selfCount[i]!;
    if (otherCount === 0 && selfCount === 0) return;
    const l: ConflictLinks = { others: partners(table.others[i]!), otherCount, self: partners(table.self[i]!), selfCount };
    links.set(e, l);
    if (otherCount > 0) push(findings, e.uri, conflictFinding(e, l.others, otherCount, settings.fact, false, rule.byEnd));
    if (selfCount > 0) push(findings, e.uri, conflictFinding(e, l.self, selfCount, settings.fact, true, rule.byEnd));
  });
  return { findings, links };
}

function conflictFinding(e: ClaimEntry, partners: Partner[], count: number, fact: string, self: boolean, byEnd: boolean): Finding {
  // (a running total by its as-of's last day: the policy of 2026-12-06)
  partners.sort((a, b) => (byEnd ? byEndThenPlace(a.entry, b.entry) : byDateThenPlace(a.entry, b.entry)));
  const first = partners[0]!.entry;
  const verb = self ? 'contradicts' : 'conflicts with';
  return {
    code: self ? 'self-contradiction' : 'conflicting-figure',
    span: { ...e.claim.textSpan },
    message: `${describe(e)} ${verb} ${othersText(first, count)}`,
    related: partners.map((p) => listed(relatedTo(p.entry, p.reason === 'growth' ? growthWhy(e, p.entry, byEnd) : undefined))),
    data: { fact, count, cumulativeFall: partners.some((p) => p.reason === 'growth') },
  };
}

function growthWhy(e: ClaimEntry, other: ClaimEntry, byEnd: boolean): string {
  const day = (x: ClaimEntry) => (byEnd ? x.to : x.from) ?? 0;
  const when = day(other) > day(e) ? 'later but lower' : 'earlier but higher';
  return `${when}: a cumulative figure cannot fall`;
}

function incomparable(e: ClaimEntry, mainSorted: ClaimEntry[], fact: string): Finding {
  const shown = mainSorted.slice(0, MAX_RELATED);
  const first = shown[0]!;
  return {
    code: 'incomparable-units',
    span: { ...e.claim.textSpan },
    message: `'${e.claim.text}' (${unitText(e)}) cannot be compared with ${othersText(first, mainSorted.length)} (${unitText(first)}) of '${fact}': the units differ`,
    related: shown.map((m) => listed(relatedTo(m))),
    data: { fact, count: mainSorted.length },
  };
}

function byEndThenPlace(a: ClaimEntry, b: ClaimEntry): number {
  const fa = a.to ?? -Infinity;
  const fb = b.to ?? -Infinity;
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.index - b.index;
}

/** A conflict's related place as the live checker makes it: with its front end's `shown` slot, empty. */
function listed(r: RelatedFinding): RelatedFinding {
  return { ...r, shown: undefined };
}
