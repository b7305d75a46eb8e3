// Byte comparison of `claimmark check` between a reference bundle and dist/cli.js on the
// bench workspace: all four formats, --quiet, --severity, a baseline written and applied, and
// --cache cold, warm and after edits. Exits 1 on the first difference (stdout, stderr or exit
// code). Not a bench itself (run.mjs runs only *.bench.ts); used before/after a performance change.
// Usage: node --import tsx tests/bench/sameOutput.ts REFERENCE_CLI.js [articles]
//   (a reference: `git worktree add /tmp/ref main && cd /tmp/ref && npm ci && node esbuild.mjs`,
//   then /tmp/ref/dist/cli.js)
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { teamArticlePath, writeTeamWorkspace } from './articles';

const [reference, count = '3000'] = process.argv.slice(2);
if (!reference) {
  console.error('usage: sameOutput.ts REFERENCE_CLI.js [articles]');
  process.exit(2);
}
const current = join(__dirname, '..', '..', 'dist', 'cli.js');
const n = Number(count);
const dir = mkdtempSync(join(tmpdir(), 'claimmark-same-'));
writeTeamWorkspace(dir, n, 2_500);
// a few articles with what the generator never writes: suppressions, a bad id, a CRLF file,
// an undated claim, a unit clash and non-ASCII text
writeFileSync(join(dir, 'articles', 'extra-suppressed.claims.txt'), '---\nid: extra-1\npublished: 2024-03-02\n---\n{% claimmark-disable-next-line conflicting-figure %}\nThe [agency]{actor=actor-1} said [9,999,999]{fact=fact-3} people.\nIt also said [12 km]{fact=fact-3} and 44 more, and [ten]{fact=nope}.\n');
writeFileSync(join(dir, 'articles', 'extra-crlf.claims.txt'), '---\r\nid: extra-2\r\n---\r\nUndated: [about 1,000]{fact=fact-0} and 17 others — “quoted” [3,003]{fact=fact-0 asof=2024-01-05}.\r\n');
writeFileSync(join(dir, 'articles', 'extra-broken.claims.txt'), '---\nid: extra-3\npublished: 2024-13-40\n---\nA [broken {fact=fact-5} span and [7]{fact=} and [8]{actor=x fact=fact-6 asof=2024-02-30}.\n');

let failures = 0;
let runs = 0;
function run(cli: string, args: string[], who: string): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  // each bundle names its own files (base-ref.json, base-cur.json): the name is not a difference
  return `exit ${r.status}\n-- stderr\n${r.stderr.replaceAll(`-${who}`, '-X')}\n-- stdout\n${r.stdout}`;
}
/** Runs both bundles with `args` (each given its own copy of any file `prepare` names) and compares. */
function same(label: string, args: (who: 'ref' | 'cur') => string[], prepare?: () => void): void {
  prepare?.();
  const a = run(reference!, args('ref'), 'ref');
  const b = run(current, args('cur'), 'cur');
  runs++;
  if (a === b) {
    console.log(`same  ${label} (${a.length} bytes)`);
    return;
  }
  failures++;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(`DIFF  ${label}: first difference at byte ${i}\n  reference: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\n  current:   ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`);
}

for (const format of ['text', 'json', 'sarif', 'github']) {
  same(`--format ${format}`, () => ['check', '.', '--format', format]);
  same(`--format ${format} --quiet`, () => ['check', '.', '--format', format, '--quiet']);
}
same('--severity', () => ['check', 'articles', '--severity', 'conflicting-figure=warning', '--fail-on', 'warning', '--max-warnings', '3']);
same('one folder, text', () => ['check', join('articles', 'batch-0')]);
same('--update-baseline', (w) => ['check', '.', '--format', 'json', '--update-baseline', `base-${w}.json`]);
same('--baseline', (w) => ['check', '.', '--format', 'text', '--baseline', `base-${w}.json`]);
if (readFileSync(join(dir, 'base-ref.json'), 'utf8') !== readFileSync(join(dir, 'base-cur.json'), 'utf8')) {
  failures++;
  console.log('DIFF  the baselines written differ');
} else console.log('same  baseline files');
appendFileSync(join(dir, teamArticlePath(1)), '\nOfficials said [9,876]{fact=fact-12} more were missing.\n');
for (const format of ['json', 'sarif']) same(`--baseline after an edit, ${format}`, (w) => ['check', '.', '--format', format, '--baseline', `base-${w}.json`]);
for (const format of ['json', 'text', 'sarif', 'github']) {
  same(`--cache cold, ${format}`, (w) => ['check', '.', '--format', format, `--cache=c-${format}-${w}`]);
  same(`--cache warm, ${format}`, (w) => ['check', '.', '--format', format, `--cache=c-${format}-${w}`]);
}
// edits that leave every claim where it was: the other files' diagnostics are the cached bytes
for (const format of ['json', 'text', 'github']) {
  same(`--cache after an edit that adds no claim, ${format}`, (w) => ['check', '.', '--format', format, `--cache=c-${format}-${w}`], () => appendFileSync(join(dir, teamArticlePath(Math.floor(n / 3))), '\nOfficials said 4,000 more people were missing.\n'));
  same(`--cache after an edit that moves claims, ${format}`, (w) => ['check', '.', '--format', format, `--cache=c-${format}-${w}`], () => {
    const file = join(dir, teamArticlePath(Math.floor(n / 3)));
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n', '\n---\nA new first line.\n'));
  });
}
same('--cache --quiet after an edit that adds no claim', (w) => ['check', '.', '--format', 'text', '--quiet', `--cache=c-q-${w}`], () => appendFileSync(join(dir, teamArticlePath(4)), '\nIt took 3 more days.\n'));
same('--cache --quiet, warm', (w) => ['check', '.', '--format', 'text', '--quiet', `--cache=c-q-${w}`], () => appendFileSync(join(dir, teamArticlePath(4)), '\nIt took 5 more days.\n'));
same('--cache after an edit', (w) => ['check', '.', '--format', 'json', `--cache=c-json-${w}`], () => appendFileSync(join(dir, teamArticlePath(Math.floor(n / 2))), '\nOfficials said 4,000 more people were missing, [12,345]{fact=fact-7}.\n'));
same('--cache after a file is removed', (w) => ['check', '.', '--format', 'text', `--cache=c-json-${w}`], () => rmSync(join(dir, teamArticlePath(2))));
same('--cache after the registry changes', (w) => ['check', '.', '--format', 'json', `--cache=c-json-${w}`], () => appendFileSync(join(dir, 'claimmark.yaml'), '  fact-extra: {label: Extra, kind: event}\n'));
same('--cache, file replaced by one of the same size', (w) => ['check', '.', '--format', 'json', `--cache=c-json-${w}`], () => {
  const file = join(dir, teamArticlePath(3));
  copyFileSync(file, `${file}.old`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/fact-(\d)/, (_m, d) => `fact-${(Number(d) + 1) % 10}`));
  rmSync(`${file}.old`);
});
rmSync(dir, { recursive: true, force: true });
console.log(`${runs} comparisons, ${failures} different`);
process.exit(failures ? 1 : 0);
