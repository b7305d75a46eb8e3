// `claimmark check` at team scale: 10,000 generated articles (~50 MB) and a registry on disk,
// checked end to end by the bundled CLI (dist/cli.js, as CI runs it) in every format, then
// in-process by phase. Target: under 5 s on a 2-core machine. Prints figures only.
// Usage: node --expose-gc --import tsx tests/bench/cli.bench.ts [articles]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readIntoBatch } from '../../server/src/cli/load';
import { discover } from '../../server/src/cli/discover';
import type { Diagnostic } from '../../server/src/core/api';
import { buildReport } from '../../server/src/cli/report';
import { fingerprints } from '../../server/src/cli/fingerprint';
import { formatSarif } from '../../server/src/cli/format/sarif';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const ACTORS = 400;
const FACTS = 2_500;
const root = join(__dirname, '..', '..');

let seed = 7;
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

/** A figure for a fact: reports mostly agree (about 1 in 20 is off), as in a real workspace. */
function figure(fact: number): string {
  const n = 1_000 + (fact % 997) * 7;
  const value = rand() < 0.05 ? n * 3 : n;
  return [`about ${value.toLocaleString('en-US')}`, `${value}`, `some ${value.toLocaleString('en-US')}`, `between ${value - 10} and ${value + 10}`][pick(4)]!;
}

/** One article of about 5 KB: front matter, 12 paragraphs, a claim or two and an untagged figure in some. */
function article(i: number): string {
  const out = ['---', `id: article-${i}`, `title: Generated report number ${i}`, `outlet: Outlet ${i % 40}`, `published: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, '---'];
  for (let p = 0; p < 12; p++) {
    const actor = `actor-${pick(ACTORS)}`;
    const fact = pick(FACTS);
    const claim = `[${figure(fact)}]{fact=fact-${fact}${p % 3 === 0 ? ` src=source-${pick(100)}` : ''}}`;
    const other = pick(FACTS);
    const second = p % 2 === 0 ? ` A later update put the figure at [${figure(other)}]{fact=fact-${other}}.` : '';
    const untagged = p % 4 === 1 ? ` Roads were closed for ${2 + pick(9)} days.` : '';
    out.push(`The [spokesperson]{actor=${actor}} for the regional administration said on Tuesday that ${claim} people had been affected by the events in the area, according to figures gathered by local officials over the previous week.${second}${untagged} Residents described long queues at the distribution points and said that help was slow to arrive, while aid groups warned that the situation could get worse before it improved.`);
  }
  return out.join('\n') + '\n';
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

const dir = mkdtempSync(join(tmpdir(), 'claimmark-cli-bench-'));
mkdirSync(join(dir, '.git'));
writeFileSync(join(dir, 'claimmark.yaml'), registry());
let bytes = 0;
for (let i = 0; i < ARTICLES; i++) {
  const folder = join(dir, 'articles', `batch-${Math.floor(i / 500)}`);
  if (i % 500 === 0) mkdirSync(folder, { recursive: true });
  const text = article(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(folder, `a${i}.claims.txt`), text);
}
// Written files reach the disk before timing starts: the kernel flushing 57 MB the bench itself
// just wrote is not part of a check (a CI checkout is written before the check too, but not
// while it runs). The page cache stays warm either way.
spawnSync('sync');
console.log(`workspace: ${ARTICLES} articles, ${mb(bytes)} MB, on ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)})`);

const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root });
/** One end-to-end run of the bundled CLI: wall ms and the line it prints. */
function runCheck(format: string): { ms: number; line: string } {
  // the bench's own garbage (57 MB of generated text) is collected first, not during the run
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const r = spawnSync('/bin/sh', ['-c', `command -v /usr/bin/time >/dev/null && exec /usr/bin/time -f '%U %S %M' "$0" "$@" || exec "$0" "$@"`, process.execPath, cli, 'check', '.', '--format', format], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const usage = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const cpu = usage.length === 3 && usage.every((n) => Number.isFinite(n)) ? `, CPU ${((usage[0]! + usage[1]!) * 1000).toFixed(0)} ms, peak RSS ${(usage[2]! / 1024).toFixed(0)} MB` : '';
  return { ms, line: `${ms.toFixed(0)} ms wall${cpu}, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, exit ${r.status}, ${mb(r.stdout.length)} MB of output` };
}

for (const format of process.env['CLAIMMARK_BENCH_FORMATS']?.split(',') ?? ['text', 'json', 'sarif', 'github']) {
  // the target's format runs three times (this machine's speed varies by a second between runs): every run and the median
  const runs = Array.from({ length: format === 'text' ? 3 : 1 }, () => runCheck(format));
  for (const r of runs) console.log(`check --format ${format.padEnd(6)} (bundled CLI, end to end): ${r.line}`);
  if (runs.length > 1) console.log(`check --format ${format}: median ${[...runs].sort((a, b) => a.ms - b.ms)[1]!.ms.toFixed(0)} ms wall of ${runs.length} runs (target < 5 s)`);
}

// In-process phases (tsx, not bundled), as check runs them: where the time goes.
(globalThis as { gc?: () => void }).gc?.();
let t = performance.now();
const { files, problems, batch: checked } = readIntoBatch(discover(['.'], dir), dir, undefined);
const readMs = performance.now() - t;
t = performance.now();
let count = 0;
const diagnostics = new Map<string, Diagnostic[]>();
for (const file of files.keys()) {
  diagnostics.set(file, checked.diagnostics(file));
  count += diagnostics.get(file)!.length;
}
const diagnoseMs = performance.now() - t;
t = performance.now();
const diagnosticsOf = (file: string) => diagnostics.get(file) ?? [];
const report = buildReport(diagnosticsOf, files, problems);
const fps = fingerprints({ diagnostics: diagnosticsOf, claimsOf: (file) => checked.claimsOf(file) }, files, dir, dir);
const sarif = formatSarif(report, fps, { root: dir, version: '0', uriOf: (f) => f });
const outputMs = performance.now() - t;
console.log(`in-process: read + parse + index ${readMs.toFixed(0)} ms (${(bytes / 1e6 / (readMs / 1000)).toFixed(1)} MB/s), diagnose ${diagnoseMs.toFixed(0)} ms (${count} diagnostics), report + fingerprints + SARIF ${outputMs.toFixed(0)} ms (${mb(sarif.length)} MB)`);
if (process.env['CLAIMMARK_BENCH_KEEP']) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
