// CPU of each phase of `claimmark check` (reading, parsing, the model, untagged figures, the
// conflict index, the report): a copy of the bundle whose named functions are wrapped to add up
// process.cpuUsage() around each outermost call, printed at exit. Not a bench itself (run.mjs
// runs only *.bench.ts). The wrappers cost a little per call (fine-grained phases called per
// claim read high; compare phases against each other and the total, not with a plain run), and
// CPU includes the compiler's and the collector's threads, which a --cpu-prof profile leaves out.
// Usage: node tests/bench/checkPhases.mjs BUNDLE.js check . --format json > /dev/null   (in the workspace)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [bundle, ...args] = process.argv.slice(2);
if (!bundle) {
  console.error('usage: checkPhases.mjs BUNDLE.js ARGS...');
  process.exit(2);
}
// (nested phases are inside the ones above them: buildArticle holds parseArticleSyntax and readLines)
const functions = ['discover', 'readInput', 'buildArticle', 'parseArticleSyntax', 'readFrontMatter', 'readLines', 'checkedClaims', 'findUntaggedFigures', 'hasUnknownId', 'placeAhead', 'streamCheck'];
const methods = [['BatchCheck', 'keep'], ['BatchCheck', 'restore'], ['BatchConflicts', 'setArticle'], ['BatchConflicts', 'flush'], ['BatchConflicts', 'findings'], ['BatchCheck', 'diagnostics'], ['JsonSink', 'direct'], ['JsonSink', 'end']];
const source = readFileSync(bundle, 'utf8');
const hook = '\nvar io = {';
if (!source.includes(hook)) {
  console.error(`checkPhases: ${bundle} is not the CLI bundle (no "var io = {")`);
  process.exit(2);
}
let wrap = `
var __phases = new Map(), __depth = new Map();
function __wrap(name, f) {
  if (typeof f !== 'function') return f;
  return function (...a) {
    const d = __depth.get(name) || 0;
    __depth.set(name, d + 1);
    const t = d ? undefined : process.cpuUsage();
    try { return f.apply(this, a); } finally {
      __depth.set(name, d);
      if (t) { const u = process.cpuUsage(t); __phases.set(name, (__phases.get(name) || 0) + u.user + u.system); }
    }
  };
}
process.on('exit', () => {
  const u = process.cpuUsage();
  const total = u.user + u.system;
  process.stderr.write(\`process CPU \${(total / 1000).toFixed(0)} ms\\n\`);
  for (const [k, v] of __phases) process.stderr.write(\`\${(v / 1000).toFixed(0).padStart(7)} ms \${((100 * v) / total).toFixed(1).padStart(5)}%  \${k}\\n\`);
});
`;
for (const f of functions) wrap += `if (typeof ${f} === 'function') ${f} = __wrap('${f}', ${f});\n`;
for (const [c, m] of methods) wrap += `if (typeof ${c} !== 'undefined') ${c}.prototype.${m} = __wrap('${c}.${m}', ${c}.prototype.${m});\n`;
// (next to the bundle: its source map and relative paths stay valid)
const copy = join(tmpdir(), `claimmark-phases-${process.pid}.js`);
writeFileSync(copy, source.replace(hook, wrap + hook));
const r = spawnSync(process.execPath, [copy, ...args], { stdio: 'inherit' });
rmSync(copy, { force: true });
process.exit(r.status ?? 1);
