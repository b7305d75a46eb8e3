// Parser throughput: MB/s on a ~20 MB generated article of realistic annotated prose (many
// spans, front matter, suppressions, editorial brackets), on plain prose, and on the
// pathological inputs of the linear-time test. Prints figures; never asserts a timing.
import { parseArticleSyntax } from '../../server/src/core/syntax/parse';
import { PATHOLOGICAL } from '../core/syntax/pathological';

const gc = (globalThis as { gc?: () => void }).gc;

const ACTORS = ['[Volodymyr Zelenskyy]{actor=zelenskyy}', "[Ukraine's air force]{actor=ukraine-air-force}", '[the British Ministry of Defence]{actor=uk-mod}', '[Pentagon spokesman Pat Ryder]{actor=pentagon}', '[GUR]{actor=ukraine-gur}'];
const CLAIMS = [
  '[about 3,000]{fact=nk-casualties asof=2024-12-23}',
  '[between 3,000 to 4,000]{fact=nk-casualties src=ukmod-2025-01-24 value="3,000 to 4,000"}',
  '[78]{fact=missiles-launched-2024-12-25 by=ukraine-air-force}',
  '[106 drones]{fact=drones-launched-2024-12-25 unit=drones}',
  '[10,000 to 12,000]{fact=nk-troops-deployed asof=2024-11 src=https://example.org/report?id=42}',
  '[984 square kilometers]{fact=kursk-area-held unit=km2 note="as of the incursion\'s peak"}',
  '[more than 40%]{fact=grid-capacity-lost quote="over two-fifths"}',
];
const PROSE = [
  'North Korean troops fighting alongside Russian forces in the Kursk region are facing heavy casualties and logistical challenges',
  'the agency added that these troops are also struggling with supply chain issues, including shortages of drinking water',
  'while the Russian army has regained some ground in Kursk, it has not managed to fully expel Ukrainian forces',
  'officials said the figure "[in the Kursk region]" was provisional {according to one estimate}, and 50% of units rotated',
  'the casualty figures come as the Biden administration pushes to expedite military aid before January',
];

/** A realistic annotated article of about `bytes` UTF-16 units. */
function article(bytes: number): string {
  const parts = ['---\nid: bench\npublished: 2024-12-26\nby: ukraine-gur\n---\n{% claimmark-disable-file untagged-figure %}\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    let p = `${PROSE[i % 5]}, ${ACTORS[i % 5]} said on Thursday that ${CLAIMS[i % 7]} had been recorded; ${PROSE[(i + 2) % 5]}, and ${CLAIMS[(i + 3) % 7]} were reported by ${ACTORS[(i + 1) % 5]}.`;
    if (i % 9 === 0) p += ' [F-16]{.nofigure} jets arrived. {% claimmark-disable-line untagged-figure %}';
    p += i % 4 === 0 ? '\n\n' : i % 11 === 0 ? '\r\n' : '\n';
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

/** Best of `runs` parses: wall time, and CPU time (what the parse costs on a busy machine). */
function measure(name: string, text: string, runs = 3): void {
  let wall = Infinity;
  let cpu = Infinity;
  let tree = parseArticleSyntax(text); // warm-up
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    tree = parseArticleSyntax(text);
    const used = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  const mb = text.length / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1).padStart(7);
  const what = `${tree.spans.length} spans, ${tree.errors.length} findings, ${tree.lines.length} lines`;
  console.log(`${name.padEnd(44)} ${mb.toFixed(1).padStart(5)} M chars  wall ${wall.toFixed(0).padStart(5)} ms ${rate(wall)} MB/s  cpu ${cpu.toFixed(0).padStart(5)} ms ${rate(cpu)} MB/s  (${what})`);
}

console.log('MB/s counts UTF-16 code units (1 char ~ 1 byte of ASCII prose); cpu time includes GC threads.');
const big = article(20_000_000);
measure('realistic annotated article', big);
measure('typical article (20 KB)', article(20_000), 50);
measure('plain prose (no markup)', PROSE.join('. ').repeat(Math.ceil(20_000_000 / 600)).replace(/[[\]{}]/g, '').slice(0, 20_000_000));
gc?.();
const before = process.memoryUsage().heapUsed;
const kept = parseArticleSyntax(big);
gc?.();
console.log(`tree of the 20 MB article: ~${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(0)} MB of heap (${kept.spans.length} spans)`);
for (const [name, make] of Object.entries(PATHOLOGICAL)) measure(`pathological: ${name}`, make(4_000_000), 2);
