// `npm run bench`: runs every tests/bench/*.bench.ts in turn (each prints its own figures).
// Benchmarks print numbers; they never fail on speed (targets are read, not asserted).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`bench ${f} exited ${r.status}`); }
}
process.exit(failed ? 1 : 0);
