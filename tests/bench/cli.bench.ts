// `claimmark check` at team scale: 10,000 generated articles (~50 MB) and a registry on disk,
// checked end to end by the bundled CLI (dist/cli.js, as CI runs it) in every format, then
// in-process by phase. Target: under 5 s on a 2-core machine. Prints figures only.
// Usage: node --expose-gc --import tsx tests/bench/cli.bench.ts [articles]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { writeTeamWorkspace } from './articles';
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
const root = join(__dirname, '..', '..');

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

const dir = mkdtempSync(join(tmpdir(), 'claimmark-cli-bench-'));
const bytes = writeTeamWorkspace(dir, ARTICLES);
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
