// Summarises a .cpuprofile of `claimmark check` (node --cpu-prof): self time by function and by
// source file of the bundle (esbuild's "// server/src/..." markers in dist/cli.js). Not a bench
// itself (run.mjs runs only *.bench.ts). Note: --cpu-prof samples the main thread only; V8's
// optimising compiler and the collector's helpers run on other threads (a 10,000-article check
// spent about a quarter of its CPU there: compare /usr/bin/time's user time with the profile).
// Usage: node tests/bench/cpuprofile.mjs PROFILE.cpuprofile [BUNDLE=dist/cli.js] [TOP=30]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [file, bundle = join(import.meta.dirname, '..', '..', 'dist', 'cli.js'), top = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpuprofile.mjs PROFILE.cpuprofile [BUNDLE] [TOP]');
  process.exit(2);
}
const bundleName = bundle.split('/').pop();
const sourceAt = [];
let current = '(bundle prelude)';
for (const line of readFileSync(bundle, 'utf8').split('\n')) {
  const m = /^\/\/ (?:\S*?)(server\/src\/\S+|node_modules\/\S+)$/.exec(line);
  if (m) current = m[1];
  sourceAt.push(current);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map();
const bySource = new Map();
const byFolder = new Map();
let total = 0;
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const inBundle = url.endsWith(bundleName);
  total += us;
  add(byFunction, `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`, us);
  const source = inBundle ? sourceAt[lineNumber] : functionName.startsWith('(') ? functionName : `node: ${url.split('/').pop() || functionName}`;
  add(bySource, source, us);
  // (a phase of `check`: the parser is core/syntax, the detector core/untagged, the model core/model...)
  add(byFolder, functionName.startsWith('RegExp: ') ? '(regular expressions, compiled)' : source.startsWith('server/src/') ? source.split('/').slice(0, source.startsWith('server/src/core/') ? 4 : 3).join('/') : source.startsWith('node: ') || source.startsWith('node_modules/') ? 'node and libraries' : source, us);
});
// Inclusive time (self and callees; a recursive function counted once per sample): tells which
// caller a flat self-time list's many small items add up under (placeAhead holds the conflict flush).
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parentOf.get(n)) {
    const { functionName, url, lineNumber } = nodes.get(n).callFrame;
    if (!url.endsWith(bundleName)) continue;
    const key = `${functionName || '(anonymous)'} ${bundleName}:${lineNumber + 1}`;
    if (!seen.has(key)) add(inclusive, key, profile.timeDeltas[i] ?? 0);
    seen.add(key);
  }
});
const print = (title, map) => {
  console.log(`--- ${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
print('self time by function', byFunction);
print('self time by source file', bySource);
print('self time by source folder (the phases of a check)', byFolder);
print('inclusive time by function (the bundle\'s; self and callees)', inclusive);
