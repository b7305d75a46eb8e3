// Edit latency on a large article, in process: edit-to-diagnostics through Workspace for a
// 1 MB article (the LSP bench's article and edits), p50/p95, plus a breakdown of where one
// edit's time goes. Prints figures only.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/core/workspace/workspace';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'samples', 'kursk-nk-casualties-2024-12-26.claims.txt'), 'utf8');
const [, FRONT, BODY] = /^(---[\s\S]*?---\n)([\s\S]*)$/.exec(SAMPLE)!;

/** An article of about `bytes`: the sample's front matter, then its body repeated (as in lsp.bench.ts). */
function articleOf(bytes: number): string {
  let out = FRONT!;
  while (out.length < bytes) out += BODY;
  return out;
}

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
let text = articleOf(1024 * 1024);
let t = performance.now();
ws.setArticle(uri, text, 1);
const first = ws.diagnostics(uri, {});
console.log(`open 1 MB article (${(text.length / 1024).toFixed(0)} KB): ${ms(performance.now() - t)}, ${first.length} diagnostics`);

const lines = text.split('\n').length;
const warm = (xs: number[]) => xs.slice(10);

/** 110 edits (the first 10 are warm-up); `full` forces a whole rebuild per edit, as before incremental updates. */
function run(full: boolean): void {
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
  }
  const label = full ? 'full rebuild per edit' : 'incremental';
  console.log(`${label}: edit-to-diagnostics, 1 MB article (${lines} lines), 100 edits after 10 warm-up: p50 ${ms(pct(warm(total), 50))}, p95 ${ms(pct(warm(total), 95))}, max ${ms(Math.max(...warm(total)))}`);
  console.log(`  CPU time p50 ${ms(pct(warm(cpu), 50))}, p95 ${ms(pct(warm(cpu), 95))}; setArticle p50 ${ms(pct(warm(set), 50))}, p95 ${ms(pct(warm(set), 95))}`);
}

run(false);
if (!process.argv.includes('--no-full')) run(true);
