// Edit latency on a large article, in process: edit-to-diagnostics through Workspace for a
// 1 MB article (the LSP bench's article and edits), p50/p95, plus a breakdown of where one
// edit's time goes, and how much of it is garbage collection (the p95 is mostly GC pauses).
// Prints figures only.
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { sampleArticleOf } from './articles';

const ROOT = join(__dirname, '..', '..');


const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Inserts `insert` at the start of line `line` (0-based). */
function insertAtLine(text: string, line: number, insert: string): string {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return text.slice(0, at) + insert + text.slice(at);
}

const ws = new Workspace();
ws.setRegistry('file:///ws/claimmark.yaml', readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8'));
const uri = 'file:///ws/megabyte.claims.txt';
let text = sampleArticleOf(1024 * 1024);
let t = performance.now();
ws.setArticle(uri, text, 1);
const first = ws.diagnostics(uri, {});
console.log(`open 1 MB article (${(text.length / 1024).toFixed(0)} KB): ${ms(performance.now() - t)}, ${first.length} diagnostics`);

const lines = text.split('\n').length;
const warm = (xs: number[]) => xs.slice(10);

// GC pauses, to tell the edit's own time from the collector's (entries arrive asynchronously)
const pauses: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** GC time inside [from, to] (ms). */
function gcWithin(from: number, to: number): number {
  let sum = 0;
  for (const p of pauses) sum += Math.max(0, Math.min(to, p.startTime + p.duration) - Math.max(from, p.startTime));
  return sum;
}

/** 110 edits (the first 10 are warm-up); `full` forces a whole rebuild per edit, as before incremental updates. */
async function run(full: boolean): Promise<void> {
  const windows: [number, number][] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  const set: number[] = [];
  for (let i = 0; i < 110; i++) {
    const line = 6 + ((i * 7919) % (lines - 8));
    text = insertAtLine(text, line, `Officials said ${1000 + i} homes were destroyed. `);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    if (full) ws.removeArticle(uri);
    ws.setArticle(uri, text, i + 2);
    const t1 = performance.now();
    ws.takeChangedUris();
    ws.diagnostics(uri, {});
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    set.push(t1 - t0);
    total.push(t2 - t0);
    windows.push([t0, t2]);
  }
  await settle();
  const gc = windows.map(([from, to]) => gcWithin(from, to));
  const own = total.map((t, i) => t - gc[i]!);
  const label = full ? 'full rebuild per edit' : 'incremental';
  console.log(`${label}: edit-to-diagnostics, 1 MB article (${lines} lines), 100 edits after 10 warm-up: p50 ${ms(pct(warm(total), 50))}, p95 ${ms(pct(warm(total), 95))}, max ${ms(Math.max(...warm(total)))}`);
  console.log(`  CPU time p50 ${ms(pct(warm(cpu), 50))}, p95 ${ms(pct(warm(cpu), 95))}; setArticle p50 ${ms(pct(warm(set), 50))}, p95 ${ms(pct(warm(set), 95))}`);
  console.log(`  GC pauses: ${ms(warm(gc).reduce((a, b) => a + b, 0) / 100)} per edit on average, in ${warm(gc).filter((g) => g > 0).length} of 100 edits; without them p50 ${ms(pct(warm(own), 50))}, p95 ${ms(pct(warm(own), 95))}`);
}

void (async () => {
  await run(false);
  if (!process.argv.includes('--no-full')) await run(true);
  observer.disconnect();
})();
