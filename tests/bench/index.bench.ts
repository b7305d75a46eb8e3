// Indexing a large workspace through the core, as `claimmark check` and the server's cold start
// do: 10,000 generated articles (~5 KB each) and a registry read from a temp folder, indexed,
// then every article's diagnostics. Prints wall and CPU time per phase, heap and RSS after a GC.
// Targets (2 cores): index + diagnostics < 5 s, resident memory < 300 MB. Prints figures only.
// Usage: node --expose-gc --import tsx tests/bench/index.bench.ts [articles] [--keep-texts]
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace } from '../../server/src/core/workspace/workspace';

const ARTICLES = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const ACTORS = 400;
const FACTS = 2_500;

let seed = 11;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (n: number) => Math.floor(rand() * n);

function registry(): string {
  const out = ['actors:'];
  for (let a = 0; a < ACTORS; a++) out.push(`  actor-${a}: {name: Actor ${a}, kind: ${a % 3 ? 'organisation' : 'person'}}`);
  out.push('facts:');
  for (let f = 0; f < FACTS; f++) out.push(`  fact-${f}: {label: Fact ${f}, unit: people, kind: ${['event', 'cumulative', 'level'][f % 3]}}`);
  out.push('sources:');
  for (let s = 0; s < 100; s++) out.push(`  source-${s}: {publisher: Source ${s}, url: "https://example.org/s/${s}"}`);
  return out.join('\n') + '\n';
}

/** A figure for a fact: reports mostly agree (about 1 in 20 is off). */
function figure(fact: number): string {
  const n = 1_000 + (fact % 997) * 7;
  const value = rand() < 0.05 ? n * 3 : n;
  return [`about ${value.toLocaleString('en-US')}`, `${value}`, `some ${value.toLocaleString('en-US')}`, `between ${value - 10} and ${value + 10}`][pick(4)]!;
}

/** One article of about 5 KB: front matter, 12 paragraphs with claims, mentions, an untagged figure in some. */
function article(i: number): string {
  const out = ['---', `id: article-${i}`, `title: "Generated report number ${i}"`, `outlet: Outlet ${i % 40}`, `published: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`];
  if (i % 3 === 0) out.push(`by: actor-${pick(ACTORS)}`);
  out.push('---');
  for (let p = 0; p < 12; p++) {
    const fact = pick(FACTS);
    const claim = `[${figure(fact)}]{fact=fact-${fact}${p % 3 === 0 ? ` src=source-${pick(100)}` : ''}${p % 5 === 0 ? ' asof=2024-11' : ''}}`;
    const other = pick(FACTS);
    const second = p % 2 === 0 ? ` A later update from the U.S. Dept. of State put the figure at [${figure(other)}]{fact=fact-${other}}.` : '';
    const untagged = p % 4 === 1 ? ` Roads were closed for ${2 + pick(9)} days.` : '';
    out.push(`The [spokesperson]{actor=actor-${pick(ACTORS)}} for the regional administration said on Tuesday that ${claim} people had been affected by the events in the area, according to figures gathered by local officials over the previous week.${second}${untagged} Residents described long queues at the distribution points and said that help was slow to arrive, while aid groups warned that the situation could get worse before it improved.`);
    if (p % 6 === 5) out.push('');
  }
  return out.join('\n') + '\n';
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function memory(label: string): void {
  gc?.();
  const m = process.memoryUsage();
  console.log(`${label}: heap ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB (external ${mb(m.external + m.arrayBuffers)} MB)`);
}

/** Runs `fn`, printing wall and CPU time (CPU time is what counts on a busy machine). */
function phase<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = fn();
  const c = process.cpuUsage(c0);
  console.log(`${label}: wall ${(performance.now() - t0).toFixed(0)} ms, cpu ${((c.user + c.system) / 1000).toFixed(0)} ms`);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'claimmark-index-bench-'));
try {
  writeFileSync(join(dir, 'claimmark.yaml'), registry());
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const folder = join(dir, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder);
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `a${i}.claims.txt`), text);
  }
  seed = 0; // the generator's state is not needed any more
  console.log(`${ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
  memory('before');

  const ws = new Workspace();
  const uris: string[] = [];
  phase('read files + index (setRegistry, setArticle)', () => {
    ws.setRegistry(join(dir, 'claimmark.yaml'), readFileSync(join(dir, 'claimmark.yaml'), 'utf8'));
    for (const folder of readdirSync(dir).filter((f) => f.startsWith('batch-')).sort()) {
      for (const name of readdirSync(join(dir, folder)).sort()) {
        const path = join(dir, folder, name);
        ws.setArticle(path, readFileSync(path, 'utf8'), 1);
        uris.push(path);
      }
    }
  });
  memory('indexed');
  let claims = 0;
  for (const a of ws.articles()) claims += a.claims.length;
  const counts = new Map<string, number>();
  phase(`diagnostics of every article (${claims} claims)`, () => {
    ws.takeChangedUris();
    for (const uri of uris) for (const d of ws.diagnostics(uri)) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  });
  console.log(`  ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  memory('after diagnostics');
  phase('claimsByFact + claimsByActor', () => ws.claimsByFact().size + ws.claimsByActor().size);
  phase('memoised diagnostics again', () => uris.forEach((u) => ws.diagnostics(u)));
  memory('final');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
