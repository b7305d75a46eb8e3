// Degenerate inputs, end to end: one 200,000-line article with 20,000 claims on 50 facts through
// every CLI command (issue 15: none finished in 150 s), the server's didChange-to-diagnostics on
// a 5 MB article with 200,000 untagged figures (was 1-7 s per keystroke), one pull of a 20,000-claim
// article, and a claimmark.yaml of 2,000 nested aliases. Prints figures only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, ROOT } from '../lsp/client';
import { readRegistry } from '../../server/src/core/api';

const cli = join(ROOT, 'dist', 'cli.js');
const ms = (x: number) => `${x.toFixed(0)} ms`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function bigArticle(dir: string): void {
  const lines: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    const c = i / 10;
    lines.push(i % 10 === 0 ? `Officials said [${(c % 97) + 1}]{fact=f${c % 50} by=a${c % 7}} people died.` : 'Plain line of text without figures here.');
  }
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'big.claims.txt'), lines.join('\n') + '\n');
}

function commands(dir: string): void {
  for (const args of [['check', 'big', '--format', 'json'], ['check', 'big'], ['export', 'big', '--format', 'json'], ['export', 'big', '--format', 'csv'], ['export', 'big', '--format', 'claimreview'], ['report', 'big', '--output', 'r.html']]) {
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    const peak = Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    console.log(`claimmark ${args.join(' ')} on one 200,000-line article (20,000 claims, 50 facts): ${ms(performance.now() - t)}, exit ${r.status ?? r.signal}, peak ${peak.toFixed(0)} MB`);
  }
}

async function server(dir: string): Promise<void> {
  const c = await Client.start({ folder: dir });
  try {
    await c.ready(120_000);
    const line = 'Officials said 4,500 homes and 300 cars burned.\n';
    const text = line.repeat(Math.floor(5_000_000 / line.length));
    const uri = await c.open(join(dir, 'five.claims.txt'), text);
    let t = performance.now();
    const first = await c.request('textDocument/diagnostic', { textDocument: { uri } });
    console.log(`5 MB article (${text.split('\n').length} lines, ${2 * (text.split('\n').length - 1)} untagged figures): open to diagnostics ${ms(performance.now() - t)}, ${first.items.length} sent`);
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      t = performance.now();
      await c.insert(uri, 1000 + 97 * i, 0, 'x');
      await c.request('textDocument/diagnostic', { textDocument: { uri } });
      times.push(performance.now() - t);
    }
    const warm = times.slice(2);
    console.log(`5 MB article, didChange-to-diagnostics (one character, 10 edits after 2 warm-up): p50 ${ms(pct(warm, 50))}, max ${ms(Math.max(...warm))}`);
    let conflicts = '';
    for (let i = 0; i < 20_000; i++) conflicts += `Officials said [${(i % 97) + 1}]{fact=f${i % 200} by=a${i % 7}} people died.\n`;
    const cu = await c.open(join(dir, 'conflicts.claims.txt'), conflicts);
    t = performance.now();
    const r = await c.request('textDocument/diagnostic', { textDocument: { uri: cu } });
    console.log(`one article of 20,000 claims on 200 facts (1 MB): diagnostics pull ${ms(performance.now() - t)}, ${r.items.length} sent, ${(JSON.stringify(r).length / 1e6).toFixed(1)} MB of JSON`);
  } finally {
    await c.close();
  }
}

function aliasBomb(): void {
  const lines = ['facts:', '  f0: &f0 {label: zero}'];
  for (let i = 1; i < 2000; i++) lines.push(`  f${i}: &f${i} {parts: [*f${i - 1}, *f${i - 1}]}`);
  const text = lines.join('\n') + '\n';
  const t = performance.now();
  readRegistry(text);
  console.log(`claimmark.yaml of 2,000 nested aliases (${(text.length / 1024).toFixed(0)} KB): read in ${ms(performance.now() - t)}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-abuse-'));
  try {
    bigArticle(dir);
    commands(dir);
    rmSync(join(dir, 'big'), { recursive: true });
    rmSync(join(dir, 'r.html'), { force: true });
    await server(dir);
    aliasBomb();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
