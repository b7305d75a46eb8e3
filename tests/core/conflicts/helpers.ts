// Test factory for the conflict checker: builds Article/Claim objects and a registry from
// compact descriptions, and one check helper that runs a fixture case.
import assert from 'node:assert/strict';
import type { Article, Claim } from '../../../server/src/core/model/article';
import type { FigureKind, FigureValue } from '../../../server/src/core/figures/value';
import { emptyRegistry, type FactKind, type Registry } from '../../../server/src/core/registry/types';
import { parseAsOf } from '../../../server/src/core/base/dates';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';

/**
 * Reads a compact value: `3000` exact, `~3000` approximate, `[1,2]`, `(2,inf)`, `[0,1000)`
 * intervals (inf = Infinity), `!bad` an unreadable figure; an optional unit id follows a space.
 */
export function value(text: string): FigureValue | undefined {
  const [body, unit] = text.trim().split(/\s+/) as [string, string | undefined];
  if (body.startsWith('!')) return undefined;
  const num = (s: string): number => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s));
  const m = /^([[(])([^,]+),([^\])]+)([\])])$/.exec(body);
  if (m) {
    const low = num(m[2]!);
    const high = num(m[3]!);
    const kind: FigureKind = high === Infinity ? 'lower-bound' : low === 0 ? 'upper-bound' : 'range';
    return { low, high, lowInclusive: m[1] === '[', highInclusive: m[4] === ']', kind, unit };
  }
  const approx = body.startsWith('~');
  const x = num(approx ? body.slice(1) : body);
  return { low: x, high: x, lowInclusive: true, highInclusive: true, kind: approx ? 'approximate' : 'exact', unit };
}

/** A claim as a test describes it. */
export interface ClaimSpec {
  fact: string;
  value: string;
  text?: string;
  /** Read from printed text (no `value=`): conversions compare within its printed precision. */
  printed?: boolean;
  by?: string;
  asof?: string;
}

/** Builds a claim at `offset` (its text starts one character later, after the `[`). */
export function makeClaim(spec: ClaimSpec, offset: number): Claim {
  const text = spec.text ?? spec.value;
  const v = value(spec.value);
  const textSpan = { start: offset + 1, end: offset + 1 + text.length };
  return {
    span: { start: offset, end: textSpan.end + 10 },
    text,
    textSpan,
    fact: { id: spec.fact, span: { start: textSpan.end + 7, end: textSpan.end + 7 + spec.fact.length } },
    actor: spec.by ? { id: spec.by, span: { start: 0, end: spec.by.length } } : undefined,
    attribution: spec.by ? 'explicit' : 'none',
    asof: spec.asof ? parseAsOf(spec.asof) : undefined,
    asofSource: spec.asof ? 'explicit' : 'none',
    srcIsUrl: false,
    reading: v ? { ok: true, value: v } : { ok: false, reason: 'unreadable' },
    printed: spec.printed,
    sentenceSpan: { start: offset, end: offset + 100 },
    paragraphSpan: { start: offset, end: offset + 100 },
  };
}

/** Builds an article whose claims sit 100 characters apart. */
export function makeArticle(uri: string, claims: ClaimSpec[], version = 1): Article {
  return {
    uri,
    version,
    syntax: { text: '', bomLength: 0, lines: [], spans: [], suppressions: [], comments: [], errors: [] },
    meta: { keySpans: {} },
    claims: claims.map((c, i) => makeClaim(c, i * 100)),
    mentions: [],
    noFigures: [],
    findings: [],
  };
}

/** Registry facts and rules as a test describes them. */
export interface RegistrySpec {
  facts?: Record<string, { kind?: FactKind; unit?: string; parts?: string[] }>;
  tolerance?: number;
  windowDays?: number;
}

/** Builds a registry (empty when no spec). */
export function makeRegistry(spec: RegistrySpec = {}): Registry {
  const r = emptyRegistry();
  r.present = spec.facts !== undefined;
  const loc = (id: string) => ({ id, keySpan: { start: 0, end: 0 }, span: { start: 0, end: 0 } });
  for (const [id, f] of Object.entries(spec.facts ?? {})) {
    r.facts.set(id, { ...loc(id), kind: f.kind, unit: f.unit, parts: (f.parts ?? []).map((p) => ({ id: p, span: { start: 0, end: 0 } })) });
  }
  if (spec.tolerance !== undefined) r.rules.tolerance = spec.tolerance;
  if (spec.windowDays !== undefined) r.rules.windowDays = spec.windowDays;
  return r;
}

/** A fixture case: named claims (each in its own article unless `in` names one) and the findings expected. */
export interface FixtureCase {
  name: string;
  registry?: RegistrySpec;
  claims: Record<string, ClaimSpec & { in?: string }>;
  /** Claim id -> ["code other-id other-id", ...]; claims not listed expect no finding. */
  expect: Record<string, string[]>;
}

/** Loads the claims of a case into articles: uri -> claim ids in order. */
export function articlesOf(c: FixtureCase): { articles: Article[]; where: Map<string, { uri: string; index: number }> } {
  const groups = new Map<string, string[]>();
  for (const [id, spec] of Object.entries(c.claims)) {
    const uri = `file:///${spec.in ?? id}.claims.txt`;
    groups.set(uri, [...(groups.get(uri) ?? []), id]);
  }
  const where = new Map<string, { uri: string; index: number }>();
  const articles = [...groups].map(([uri, ids]) => {
    ids.forEach((id, index) => where.set(id, { uri, index }));
    return makeArticle(uri, ids.map((id) => c.claims[id]!));
  });
  return { articles, where };
}

/** Runs a case through a fresh checker and compares codes and related claims per claim. */
export function checkCase(c: FixtureCase): void {
  const { articles, where } = articlesOf(c);
  const checker = new ConflictChecker(makeRegistry(c.registry));
  for (const a of articles) checker.setArticle(a);
  const idAt = new Map<string, string>();
  for (const [id, w] of where) idAt.set(`${w.uri}#${w.index * 100 + 1}`, id);
  const actual: Record<string, string[]> = {};
  for (const a of articles) {
    for (const f of checker.findings(a.uri)) {
      const id = idAt.get(`${a.uri}#${f.span.start}`) ?? `?${f.span.start}`;
      const others = (f.related ?? []).map((r) => idAt.get(`${r.uri}#${r.span.start}`) ?? '?').sort();
      (actual[id] ??= []).push([f.code, ...others].join(' '));
    }
  }
  const norm = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.length > 0).map(([k, v]) => [k, [...v].sort()]).sort());
  assert.deepEqual(norm(actual), norm(c.expect), c.name);
}
