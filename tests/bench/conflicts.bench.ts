// Conflict checking at workspace scale: 10,000 generated articles with 50,000 claims over
// 2,000 facts (targets: full check < 1 s, re-check after one edit < 20 ms), plus one fact
// with 5,000 claims to show the per-fact sweep is not quadratic, and the same full check by
// the eager checker this one replaced (tests/core/conflicts/reference/). Prints figures only.
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { ConflictChecker } from '../../server/src/core/conflicts/checker';
import { ConflictChecker as EagerChecker } from '../core/conflicts/reference/checker';
import type { Article } from '../../server/src/core/model/article';
import type { FactKind } from '../../server/src/core/registry/types';
import { makeArticle, makeRegistry, type ClaimSpec, type RegistrySpec } from '../core/conflicts/helpers';

let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (n: number): number => Math.floor(rand() * n);

const ARTICLES = 10_000;
const CLAIMS_PER_ARTICLE = 5;
const FACTS = 2_000;
const KINDS: (FactKind | undefined)[] = ['event', 'cumulative', 'level', undefined];

function day(offset: number): string {
  const d = new Date(Date.UTC(2024, 0, 1) + offset * 86400000);
  return d.toISOString().slice(0, 10);
}

/** A figure near `base`: mostly agreeing, sometimes off by enough to conflict. */
function figure(base: number): string {
  const x = Math.round(base * (0.8 + rand() * 0.4));
  switch (pick(5)) {
    case 0: return `~${x}`;
    case 1: return `[${Math.round(x * 0.9)},${Math.round(x * 1.1)}]`;
    case 2: return `(${Math.round(x * 0.7)},inf)`;
    case 3: return `[0,${Math.round(x * 1.3)})`;
    default: return `${x}`;
  }
}

function registrySpec(): RegistrySpec {
  const facts: NonNullable<RegistrySpec['facts']> = {};
  for (let f = 0; f < FACTS; f++) facts[`fact-${f}`] = { kind: KINDS[f % 4], parts: f % 10 === 0 ? [`fact-${f + 1}`, `fact-${f + 2}`] : [] };
  return { facts };
}

const bases = Array.from({ length: FACTS }, () => 100 + pick(100_000));

/** Five claims; one article in 20 repeats a claim's actor and date (a possible self-contradiction), one in 20 reports a total and its parts. */
function article(i: number, version = 1): Article {
  const claims: ClaimSpec[] = [];
  const shape = pick(20);
  for (let k = 0; k < CLAIMS_PER_ARTICLE; k++) {
    const first = claims[0];
    if (shape === 0 && k === 1 && first) claims.push({ ...first, value: figure(bases[Number(first.fact.slice(5))]!) });
    else if (shape === 1 && k === 0) {
      const total = pick(FACTS / 10) * 10;
      const asof = day(pick(365));
      const whole = bases[total]!;
      claims.push({ fact: `fact-${total}`, value: `${whole}`, asof }, { fact: `fact-${total + 1}`, value: `${Math.round(whole * (0.3 + rand() * 0.4))}`, asof }, { fact: `fact-${total + 2}`, value: `${Math.round(whole * 0.5)}`, asof });
      k += 2;
    } else {
      const f = pick(FACTS);
      claims.push({ fact: `fact-${f}`, value: figure(bases[f]!), by: `actor-${pick(200)}`, asof: day(pick(365)) });
    }
  }
  return makeArticle(`file:///gen/${i}.claims.txt`, claims, version);
}

function ms(t0: number): string {
  return (performance.now() - t0).toFixed(1);
}

function heapMB(): string {
  (globalThis as { gc?: () => void }).gc?.();
  return (process.memoryUsage().heapUsed / 1048576).toFixed(0);
}

function countFindings(c: ConflictChecker, uris: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of uris) for (const f of c.findings(u)) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

function workspaceBench(): void {
  const registry = makeRegistry(registrySpec());
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
  const heapBefore = heapMB();
  for (let run = 0; run < 3; run++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const c = new ConflictChecker(registry);
    for (const a of articles) c.setArticle(a);
    const tIndexed = performance.now();
    const changed = c.takeChangedUris();
    const tChecked = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const counts = countFindings(c, articles.map((a) => a.uri));
    console.log(`full check #${run + 1}: ${ms(t0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (index ${(tIndexed - t0).toFixed(1)} ms + check ${(tChecked - tIndexed).toFixed(1)} ms), then findings() for every article ${(performance.now() - tChecked).toFixed(1)} ms; ${changed.size} articles with findings`);
    if (run === 2) {
      console.log(`  ${ARTICLES} articles, ${ARTICLES * CLAIMS_PER_ARTICLE} claims, ${FACTS} facts; findings: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
      console.log(`  heap: ${heapBefore} MB before, ${heapMB()} MB with the checker loaded`);
      editBench(c, articles);
    }
  }
  setRegistryBench(registry, articles);
}

function editBench(c: ConflictChecker, articles: Article[]): void {
  const times: number[] = [];
  for (let e = 0; e < 500; e++) {
    const i = pick(ARTICLES);
    const edited = article(i, 2 + e);
    const t0 = performance.now();
    c.setArticle(edited);
    const changed = c.takeChangedUris();
    for (const u of changed) c.findings(u);
    times.push(performance.now() - t0);
    articles[i] = edited;
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  console.log(`edit one article (setArticle + takeChangedUris + findings of changed): mean ${mean.toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms over ${times.length} edits`);
}

function setRegistryBench(registry: ReturnType<typeof makeRegistry>, articles: Article[]): void {
  const c = new ConflictChecker(registry);
  for (const a of articles) c.setArticle(a);
  c.takeChangedUris();
  const t0 = performance.now();
  c.setRegistry(makeRegistry({ ...registrySpec(), tolerance: 0.2 }));
  c.takeChangedUris();
  console.log(`setRegistry (tolerance change, everything re-checked): ${ms(t0)} ms`);
}

/** One fact with 5,000 claims, by kind: one day for event, a year for level and cumulative. */
function bigFactBench(): void {
  for (const kind of ['event', 'level', 'cumulative'] as FactKind[]) {
    for (const spread of ['agreeing', 'contradictory']) {
      const registry = makeRegistry({ facts: { big: { kind } } });
      const articles = Array.from({ length: 5000 }, (_, i) => makeArticle(`file:///big/${i}.claims.txt`, [{
        fact: 'big',
        value: spread === 'agreeing' ? `[${900 + pick(100)},${1100 + pick(100)}]` : kind === 'cumulative' ? `${1000 + i * 10 + pick(500) - 250}` : `${1000 + pick(9000)}`,
        by: `actor-${pick(50)}`, asof: kind === 'event' ? '2024-12-25' : day(Math.floor(i * 365 / 5000)),
      }]));
      const t0 = performance.now();
      const c = new ConflictChecker(registry);
      for (const a of articles) c.setArticle(a);
      const changed = c.takeChangedUris();
      const full = ms(t0);
      const t1 = performance.now();
      c.setArticle(makeArticle(articles[2500]!.uri, [{ fact: 'big', value: '5', by: 'x', asof: kind === 'event' ? '2024-12-25' : day(180) }], 2));
      c.takeChangedUris();
      console.log(`one fact, 5,000 claims, ${kind}, ${spread}: full check ${full} ms (${changed.size} claims in conflict), one edit ${ms(t1)} ms`);
    }
  }
}

/** Full check and findings() of every article, best CPU of 3, by this checker and by the eager one (same articles, same run). */
function againstEager(): void {
  const registry = makeRegistry(registrySpec());
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
  for (const [name, Checker] of [['eager (before)', EagerChecker], ['compact (now)', ConflictChecker]] as const) {
    let best = { load: Infinity, flush: Infinity, findings: Infinity };
    for (let run = 0; run < 3; run++) {
      const cpu = (): number => {
        const c = process.cpuUsage();
        return (c.user + c.system) / 1000;
      };
      const t0 = cpu();
      const c = new Checker(registry);
      for (const a of articles) c.setArticle(a);
      const t1 = cpu();
      c.takeChangedUris();
      const t2 = cpu();
      for (const a of articles) c.findings(a.uri);
      const t3 = cpu();
      if (t3 - t0 < best.load + best.flush + best.findings) best = { load: t1 - t0, flush: t2 - t1, findings: t3 - t2 };
    }
    console.log(`${name}: setArticle x${ARTICLES} ${best.load.toFixed(0)} ms + check ${best.flush.toFixed(0)} ms + findings() of all ${best.findings.toFixed(0)} ms = ${(best.load + best.flush + best.findings).toFixed(0)} ms CPU (best of 3)`);
  }
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes inflate wall times)`);
workspaceBench();
againstEager();
bigFactBench();
