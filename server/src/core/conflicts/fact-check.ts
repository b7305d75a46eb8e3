// Checks one fact across the workspace: splits its claims by dimension (other dimensions get
// `incomparable-units`), sweeps each dimension for conflicting pairs, and turns the pairs into
// `conflicting-figure` / `self-contradiction` findings grouped by article.
import type { Finding } from '../diagnostics/finding';
import type { FactKind } from '../registry/types';
import { normalizeUnit, unitInfo } from '../figures/units';
import type { ClaimEntry } from './entry';
import { sweep, timeRule, type PairReason } from './sweep';
import { byDateThenPlace, describe, othersText, relatedTo } from './messages';

/** At most this many other claims are kept per finding (the message still counts them all). */
export const MAX_RELATED = 50;

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

function overlapInTime(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.from === undefined || b.from === undefined) return a.from === b.from;
  return a.from <= b.to! && b.from <= a.to!;
}

function linksOf(map: Map<ClaimEntry, ConflictLinks>, e: ClaimEntry): ConflictLinks {
  let l = map.get(e);
  if (!l) map.set(e, (l = { others: [], otherCount: 0, self: [], selfCount: 0 }));
  return l;
}

function addPartner(l: ConflictLinks, p: Partner, self: boolean): void {
  if (self) {
    if (l.selfCount++ < MAX_RELATED) l.self.push(p);
  } else if (l.otherCount++ < MAX_RELATED) l.others.push(p);
}

/** The dimension every other one is measured against: the fact's unit if used, else the commonest. */
function mainDimension(groups: Map<string, ClaimEntry[]>, factUnit: string | undefined): string {
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
  const groups = new Map<string, ClaimEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.dimension);
    if (g) g.push(e);
    else groups.set(e.dimension, [e]);
  }
  const main = mainDimension(groups, settings.unit);
  const mainSorted = [...(groups.get(main) ?? [])].sort(byDateThenPlace);
  const rule = timeRule(settings.kind, settings.windowDays);
  for (const [dim, list] of groups) {
    if (dim !== main) for (const e of list) push(findings, e.uri, incomparable(e, mainSorted, settings.fact));
    const sink = (a: ClaimEntry, b: ClaimEntry, reason: PairReason): void => {
      const self = reason === 'value' && a.actor !== undefined && a.actor === b.actor && overlapInTime(a, b);
      addPartner(linksOf(links, a), { entry: b, reason }, self);
      addPartner(linksOf(links, b), { entry: a, reason }, self);
    };
    sweep(list.filter((e) => e.from !== undefined), rule, sink);
    sweep(list.filter((e) => e.from === undefined), timeRule(undefined, 0), sink);
  }
  for (const [e, l] of links) {
    if (l.otherCount > 0) push(findings, e.uri, conflictFinding(e, l.others, l.otherCount, settings.fact, false));
    if (l.selfCount > 0) push(findings, e.uri, conflictFinding(e, l.self, l.selfCount, settings.fact, true));
  }
  return { findings, links };
}

function conflictFinding(e: ClaimEntry, partners: Partner[], count: number, fact: string, self: boolean): Finding {
  partners.sort((a, b) => byDateThenPlace(a.entry, b.entry));
  const first = partners[0]!.entry;
  const verb = self ? 'contradicts' : 'conflicts with';
  return {
    code: self ? 'self-contradiction' : 'conflicting-figure',
    span: { ...e.claim.textSpan },
    message: `${describe(e)} ${verb} ${othersText(first, count)}`,
    related: partners.map((p) => relatedTo(p.entry, p.reason === 'growth' ? growthWhy(e, p.entry) : undefined)),
    data: { fact, count, cumulativeFall: partners.some((p) => p.reason === 'growth') },
  };
}

function growthWhy(e: ClaimEntry, other: ClaimEntry): string {
  const when = (other.from ?? 0) > (e.from ?? 0) ? 'later but lower' : 'earlier but higher';
  return `${when}: a cumulative figure cannot fall`;
}

function incomparable(e: ClaimEntry, mainSorted: ClaimEntry[], fact: string): Finding {
  const shown = mainSorted.slice(0, MAX_RELATED);
  const first = shown[0]!;
  return {
    code: 'incomparable-units',
    span: { ...e.claim.textSpan },
    message: `'${e.claim.text}' (${unitText(e)}) cannot be compared with ${othersText(first, mainSorted.length)} (${unitText(first)}) of '${fact}': the units differ`,
    related: shown.map((m) => relatedTo(m)),
    data: { fact, count: mainSorted.length },
  };
}
