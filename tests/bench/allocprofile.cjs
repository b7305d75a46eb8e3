// Where a `claimmark` run allocates: a sampled allocation profile that keeps the objects the
// collector has freed (the --heap-prof flag keeps only those still alive at the end, and a check's
// garbage is what its collector time pays for). Prints the bytes by function, biggest first.
// Not a bench itself (run.mjs runs only *.bench.ts).
// Usage: node tests/bench/allocprofile.cjs OUT.heapprofile dist/cli.js check . --format json > /dev/null
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const [out, cli, ...args] = process.argv.slice(2);
if (!out || !cli) {
  console.error('usage: allocprofile.cjs OUT.heapprofile CLI.js [args...]');
  process.exit(2);
}
const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
process.on('exit', () => {
  // (the inspector answers at once, in this thread: the profile is written before the process ends)
  session.post('HeapProfiler.stopSampling', (err, r) => {
    if (err) return console.error(err);
    fs.writeFileSync(out, JSON.stringify(r.profile));
    const by = new Map();
    let total = 0;
    const walk = (n) => {
      const key = `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
      total += n.selfSize;
      by.set(key, (by.get(key) ?? 0) + n.selfSize);
      for (const c of n.children) walk(c);
    };
    walk(r.profile.head);
    console.error(`${(total / 1e6).toFixed(0)} MB allocated (sampled)`);
    for (const [key, bytes] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.error(`${(bytes / 1e6).toFixed(1).padStart(8)} MB ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${key}`);
  });
});
process.argv = [process.argv[0], path.resolve(cli), ...args];
require(path.resolve(cli));
