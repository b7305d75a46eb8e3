// The language server over stdio, as an editor drives it: open-to-first-diagnostics for a 50 KB
// article; didChange-to-diagnostics on a 1 MB article (p50/p95, target p95 < 20 ms); cold
// indexing of 10,000 generated articles (target < 5 s) and the server's resident memory then
// (target < 300 MB, from /proc/<pid>/status). Edits report the server's own time (its main
// thread's CPU time from /proc) and the client round trip (which adds the stdio transport and
// the client's JSON work). Prints figures only.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, ROOT, uriOf } from '../lsp/client';
import { sampleArticleOf, smallArticles, SMALL_REGISTRY } from './articles';



const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function editing(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'claimmark-bench-'));
  cpSync(join(ROOT, 'samples', 'claimmark.yaml'), join(folder, 'claimmark.yaml'));
  const c = await Client.start({ folder, removeFolder: true });
  await c.ready();

  const opens: number[] = [];
  for (let i = 0; i < 7; i++) {
    const text = sampleArticleOf(50 * 1024);
    const t0 = performance.now();
    const uri = await c.open(join(folder, `fifty-${i}.claims.txt`), text);
    const r = await c.request('textDocument/diagnostic', { textDocument: { uri } });
    opens.push(performance.now() - t0);
    if (i === 0) console.log(`50 KB article: ${r.items.length} diagnostics`);
  }
  console.log(`open-to-first-diagnostics, 50 KB article: median ${ms(pct(opens, 50))}, max ${ms(Math.max(...opens))} (7 runs)`);

  const big = sampleArticleOf(1024 * 1024);
  const uri = await c.open(join(folder, 'megabyte.claims.txt'), big);
  await c.request('textDocument/diagnostic', { textDocument: { uri } });
  const lines = big.split('\n').length;
  const times: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < 60; i++) {
    const line = 6 + ((i * 7919) % (lines - 8));
    const t0 = performance.now();
    const cpu0 = c.serverCpuMs();
    await c.insert(uri, line, 0, `Officials said ${1000 + i} homes were destroyed. `);
    const r = await c.request('textDocument/diagnostic', { textDocument: { uri } });
    server.push(c.serverCpuMs() - cpu0);
    times.push(performance.now() - t0);
    if (r.kind !== 'full') throw new Error('expected a full report after an edit');
  }
  const warm = times.slice(10);
  const warmServer = server.slice(10);
  console.log(`didChange-to-diagnostics, 1 MB article (${(big.length / 1024).toFixed(0)} KB, ${lines} lines), 50 edits after 10 warm-up: server time (its main thread's CPU, /proc schedstat) p50 ${ms(pct(warmServer, 50))}, p95 ${ms(pct(warmServer, 95))} (target p95 < 20 ms); client round trip p50 ${ms(pct(warm, 50))}, p95 ${ms(pct(warm, 95))}, max ${ms(Math.max(...warm))}`);
  await c.close();
}

async function indexing(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'claimmark-bench-10k-'));
  writeFileSync(join(folder, 'claimmark.yaml'), SMALL_REGISTRY);
  const generated = smallArticles();
  let bytes = 0;
  for (let d = 0; d < 100; d++) {
    const dir = join(folder, `d${d}`);
    cpSync(join(folder, 'claimmark.yaml'), join(dir, '.keep'), { recursive: false, force: true });
    rmSync(join(dir, '.keep'));
    for (let i = 0; i < 100; i++) {
      const text = generated(d * 100 + i);
      bytes += text.length;
      writeFileSync(join(dir, `a${i}.claims.txt`), text);
    }
  }
  const t0 = performance.now();
  const c = await Client.start({ folder, removeFolder: true });
  // An editor opens a file and hovers while the server indexes: how long until it answers?
  const hovered = (async () => {
    const open = await c.open(join(folder, 'd99', 'a99.claims.txt'));
    await c.request('textDocument/hover', { textDocument: { uri: open }, position: { line: 5, character: 7 } });
    return performance.now() - t0;
  })();
  // And a hover once indexing is under way (the first progress report): its round trip.
  const midHover = (async () => {
    await c.waitFor('$/progress', (p) => p.value?.kind === 'report', 120_000);
    const t = performance.now();
    await c.request('textDocument/hover', { textDocument: { uri: uriOf(join(folder, 'd99', 'a99.claims.txt')) }, position: { line: 5, character: 7 } });
    return performance.now() - t;
  })();
  const ready = await c.ready(120_000);
  const indexed = performance.now() - t0;
  console.log(`cold indexing, ${ready.articles} articles (${(bytes / 1024 / 1024).toFixed(1)} MB, ${ready.claims} claims): ${ms(indexed)} from spawn to ready (target < 5 s)`);
  console.log(`first hover on an open article during indexing: answered ${ms(await hovered)} after spawn; a hover sent mid-indexing: ${ms(await midHover)} round trip`);
  console.log(`resident memory after indexing: ${c.rssMb().toFixed(0)} MB (target < 300 MB)`);
  // As VS Code pulls: with a partialResultToken, so the server answers a few hundred documents at a time.
  const t0p = performance.now();
  const { partials } = await c.pullWorkspacePartially();
  const diagnostics = partials.flat().reduce((n, i) => n + i.items.length, 0);
  console.log(`first workspace diagnostics in partial results (as VS Code pulls), ${partials.flat().length} documents, ${diagnostics} diagnostics in ${partials.length} parts: ${ms(performance.now() - t0p)}; resident memory then ${c.rssMb().toFixed(0)} MB, at most ${c.rssMb(true).toFixed(0)} MB so far`);
  const t1 = performance.now();
  const report = await c.request('workspace/diagnostic', { previousResultIds: [] });
  console.log(`workspace diagnostics again in one answer, ${report.items.length} documents: ${ms(performance.now() - t1)}; resident memory then: ${c.rssMb().toFixed(0)} MB, at most ${c.rssMb(true).toFixed(0)} MB`);
  const t2 = performance.now();
  const tree = await c.request('claimmark/claimTree', { groupBy: 'actor' });
  console.log(`claimmark/claimTree by actor (${tree.nodes.length} actors): ${ms(performance.now() - t2)}`);
  const uri = await c.open(join(folder, 'd0', 'a0.claims.txt'));
  await c.request('textDocument/diagnostic', { textDocument: { uri } });
  const edits: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await c.insert(uri, 6, 0, `${i} `);
    await c.request('textDocument/diagnostic', { textDocument: { uri } });
    edits.push(performance.now() - t);
  }
  console.log(`didChange-to-diagnostics in the 10,000-article workspace: p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}`);
  void uriOf;
  await c.close();
}

/** `lsp.bench.ts [editing|indexing]`: one part only; both by default. */
async function main(): Promise<void> {
  const only = process.argv.find((a) => a === 'editing' || a === 'indexing');
  if (only !== 'indexing') await editing();
  if (only !== 'editing') await indexing();
}

main().catch((e) => { console.error(e); process.exit(1); });
