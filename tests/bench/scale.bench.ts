// Issue 19's targets, measured in one run: the bare read-and-regex pass over the files
// (bareRead.mjs), `claimmark check --format json` (bundled CLI) CPU and peak memory, their
// ratio, at 10,000 articles and (CLAIMMARK_BENCH_100K=1: it takes several minutes) at
// 100,000; and a `--cache` re-run after editing one of 10,000 articles, against the same
// bare read. CPU and peak RSS come from /usr/bin/time (user + system, maxRSS).
// Usage: node --expose-gc --import tsx tests/bench/scale.bench.ts [articles...]   (CLAIMMARK_BENCH_CLI=path/cli.js to measure another build)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { teamArticlePath, writeTeamWorkspace } from './articles';

const root = join(__dirname, '..', '..');
// CLAIMMARK_BENCH_CLI: another bundle (a build of an earlier commit) for before/after figures in the same conditions
const cli = process.env['CLAIMMARK_BENCH_CLI'] ?? join(root, 'dist', 'cli.js');
const bare = join(__dirname, 'bareRead.mjs');
if (!existsSync(cli)) spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root });
if (!existsSync('/usr/bin/time')) {
  console.log('scale bench: /usr/bin/time is missing (it measures CPU and peak memory); skipped');
  process.exit(0);
}
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, ...(process.env['CLAIMMARK_BENCH_100K'] ? [100_000] : [])];

interface Usage {
  cpuMs: number;
  wallMs: number;
  peakMb: number;
  status: number | null;
}

/** Runs `node ...args` in `cwd` under /usr/bin/time, stdout to `out` (or /dev/null). */
function measure(cwd: string, args: string[], out = '/dev/null'): Usage {
  (globalThis as { gc?: () => void }).gc?.();
  // (earlier runs' 90 MB outputs still being written back would be charged to this run as reclaim)
  spawnSync('sync');
  const r = spawnSync('/bin/sh', ['-c', `exec /usr/bin/time -f '%e %U %S %M' "$@" > "${out}"`, 'sh', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const [wall, user, sys, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { cpuMs: (user! + sys!) * 1000, wallMs: wall! * 1000, peakMb: kb! / 1024, status: r.status };
}

const fmt = (u: Usage) => `CPU ${u.cpuMs.toFixed(0)} ms (wall ${u.wallMs.toFixed(0)} ms), peak RSS ${u.peakMb.toFixed(0)} MB`;
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);

// With the registry's 2,500 facts, 100,000 articles put 720 claims on each fact: the report
// then lists every conflict with its related claims (hundreds each, gigabytes of output), and
// the check costs what that answer costs, not what reading costs. Years of articles name more
// facts: CLAIMMARK_BENCH_SCALE_FACTS=1 (the default) keeps 2,500 facts per 10,000 articles; CLAIMMARK_BENCH_SCALE_FACTS=0 keeps 2,500.
const scaleFacts = process.env['CLAIMMARK_BENCH_SCALE_FACTS'] !== '0';
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-scale-bench-'));
  const t = Date.now();
  const facts = scaleFacts ? Math.max(2_500, Math.round((2_500 * n) / 10_000)) : 2_500;
  const bytes = writeTeamWorkspace(dir, n, facts);
  spawnSync('sync');
  console.log(`workspace: ${n} articles, ${facts} facts, ${(bytes / 1e6).toFixed(1)} MB, written in ${((Date.now() - t) / 1000).toFixed(1)} s, on ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)})`);
  // alternate the two, twice, and keep the lower CPU of each (this machine is shared)
  const bareRuns: Usage[] = [];
  const checkRuns: Usage[] = [];
  for (let round = 0; round < 2; round++) {
    bareRuns.push(measure(dir, [bare, '.']));
    checkRuns.push(measure(dir, [cli, 'check', '.', '--format', 'json']));
  }
  const best = (runs: Usage[]) => runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  const b = best(bareRuns);
  const c = best(checkRuns);
  console.log(`  bare read + regex:     ${fmt(b)}`);
  console.log(`  check --format json:   ${fmt(c)}, exit ${c.status}`);
  console.log(`  ratio: check CPU ${(c.cpuMs / b.cpuMs).toFixed(1)}x the bare read (target < 10x); peak ${c.peakMb.toFixed(0)} MB (target < ${n > 10_000 ? '2048' : '250'} MB)`);

  if (n <= 10_000) {
    const cache = join(dir, 'bench.cache');
    const cold = measure(dir, [cli, 'check', '.', '--format', 'json', `--cache=${cache}`]);
    // three re-runs, each after a new edit of one article (the machine is shared: the lowest CPU counts, as above)
    const warmRuns: Usage[] = [];
    for (let edit = 0; edit < 3; edit++) {
      appendFileSync(join(dir, teamArticlePath(Math.floor(n / 2) + edit)), `\nOfficials said ${4_000 + edit} more people were missing.\n`);
      warmRuns.push(measure(dir, [cli, 'check', '.', '--format', 'json', `--cache=${cache}`], join(dir, 'cached.json')));
    }
    const warm = best(warmRuns);
    measure(dir, [cli, 'check', '.', '--format', 'json'], join(dir, 'fresh.json'));
    const same = digest(join(dir, 'cached.json')) === digest(join(dir, 'fresh.json'));
    console.log(`  check --cache, cold:   ${fmt(cold)}`);
    console.log(`  check --cache after one edit (best of 3 edits; CPU ${warmRuns.map((r) => r.cpuMs.toFixed(0)).join(', ')} ms): ${fmt(warm)}; ${(warm.cpuMs / b.cpuMs).toFixed(1)}x the bare read (target < 2x); output ${same ? 'identical to' : 'DIFFERENT FROM'} a run without the cache`);
  }
  if (process.env['CLAIMMARK_BENCH_KEEP']) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
