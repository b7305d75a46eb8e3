// How fast figure texts are read (readUncached: the reading itself; readFigure adds a memo of
// repeated texts): figures per second over a mix of forms (numerals, spelled-out numbers,
// qualifiers, ranges, fractions, units, rates) and over the Recognizers-Text texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFigure, readUncached } from '../../server/src/core/figures/read';

const MIX = [
  '78', '3,000', 'about 3,000', 'some 11,000', 'nearly 8,000', 'over 1,000', 'more than 40%', 'at least 12', '10 or more', '430+',
  'up to 8,000', 'fewer than 20', '10,000 to 12,000', '200-300', 'between 3,000 and 4,000', '10 to 12 million', '$1-2 billion',
  'eight', 'twenty-five', 'three thousand', 'a dozen', 'one hundred and five', '1.2bn', '£300m', '€1bn', '$2.5 billion',
  'half', 'one-fifth', 'two-thirds', 'a third of', '1/5', '40 percent', '984 square kilometers', '984 km²', '110 kilometers',
  '200-300 meters', '1,200 troops per day', '3,000 soldiers', 'more than 10 and less than 40', 'abut 3,0x0',
];

function recognizerTexts(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'recognizers-text');
  const out: string[] = [];
  for (const file of ['NumberModel', 'NumberRangeModel', 'PercentModel', 'DimensionModel']) {
    const cases = JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as { Results: { Text: string }[] }[];
    for (const c of cases) for (const r of c.Results) out.push(r.Text);
  }
  return out;
}

/** Best of 5 rounds of ~`roundMs` each, by wall and by CPU time (the machine may be shared). */
function run(name: string, texts: string[], roundMs: number, read: (text: string) => ReturnType<typeof readFigure>): void {
  for (let i = 0; i < 3; i++) for (const t of texts) read(t); // warm up
  let bestWall = 0;
  let bestCpu = 0;
  let readable = 0;
  for (let round = 0; round < 5; round++) {
    (globalThis as { gc?: () => void }).gc?.();
    let reads = 0;
    readable = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    let wall = 0;
    while (wall < roundMs) {
      for (const t of texts) if (read(t).ok) readable++;
      reads += texts.length;
      wall = Number(process.hrtime.bigint() - t0) / 1e6;
    }
    const c = process.cpuUsage(c0);
    bestWall = Math.max(bestWall, reads / (wall / 1000));
    bestCpu = Math.max(bestCpu, reads / ((c.user + c.system) / 1e6));
    readable /= reads / texts.length;
  }
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`${name.padEnd(24)} ${texts.length} texts (${readable} readable)  wall ${fmt(bestWall)} figures/s  cpu ${fmt(bestCpu)} figures/s  (${(1e6 / bestCpu).toFixed(1)} µs/figure cpu)`);
}

console.log(`readFigure throughput, best of 5 (load average ${require('node:os').loadavg()[0].toFixed(1)} on ${require('node:os').cpus().length} cores)`);
// The reading itself (readUncached); readFigure then memoises readings of repeated texts, so
// its figure on the same texts measures memo hits (what a workspace repeating figures sees).
run('mixed news forms', MIX, 400, (t) => readUncached(t));
run('Recognizers-Text texts', recognizerTexts(), 400, (t) => readUncached(t));
run('memoised (repeats)', MIX, 400, (t) => readFigure(t));
