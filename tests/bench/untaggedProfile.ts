// Profiling harness for the untagged-figure detector (not a bench: run.mjs runs *.bench.ts only):
// the untagged bench's text (dev + held-out corpus, labels stripped), repeated to MB megabytes,
// scanned RUNS times. Usage: node --cpu-prof --import tsx tests/bench/untaggedProfile.ts [MB=20] [RUNS=3]
import { loadSplit } from '../corpus/corpus';
import { detectFigures } from '../../server/src/core/untagged/detect';

const [mbArg = '20', runsArg = '3'] = process.argv.slice(2);
const corpus = [...loadSplit('dev'), ...loadSplit('heldout')].map((a) => a.text).join('\n');
const target = Number(mbArg) * 1024 * 1024;
// (one flat string, as the untagged bench scans: a repeated and sliced one is read through its pieces)
const text = Buffer.from(corpus.repeat(Math.ceil(target / corpus.length)).slice(0, target), 'utf8').toString('utf8');
const options = { vagueQuantities: false, notFigures: [] as string[] };
let found = 0;
const c0 = process.cpuUsage();
for (let r = 0; r < Number(runsArg); r++) found = detectFigures(text, [], options).length;
const c = process.cpuUsage(c0);
console.log(`${found} figures; cpu ${((c.user + c.system) / 1e6).toFixed(2)} s for ${runsArg} x ${mbArg} MB`);
