// Importing a 500 KB news page (a saved NBC News page, tests/fixtures/import, padded with a
// sidebar of related links to 500 KB): decode, parse, Readability, metadata, paragraphs,
// render and write, in-process; median of 15 runs after 3 warm-ups. Target: under 300 ms.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArticle } from '../../server/src/import/importArticle';
import { DEFAULT_LIMITS } from '../../server/src/import/fetchPage';

const source = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'readability', 'schema-org-context-object', 'source.html'), 'utf8');
const TARGET = 500 * 1024;
let sidebar = '<aside class="related">';
for (let i = 0; Buffer.byteLength(source) + sidebar.length < TARGET - 100; i++) {
  sidebar += `<div class="card"><a href="/news/world/story-${i}"><img src="/i/${i}.jpg" alt=""><h3>Related story number ${i} about the news of the day</h3></a><p>Short teaser for story ${i}.</p></div>\n`;
}
const page = source.replace('</body>', `${sidebar}</aside></body>`);
const dir = mkdtempSync(join(tmpdir(), 'claimmark-import-bench-'));
writeFileSync(join(dir, 'page.html'), page);
const settings = { cwd: dir, outDir: 'out', force: true, retrieved: '2024-12-07', limits: DEFAULT_LIMITS, readStdin: async () => new Uint8Array() };

async function main(): Promise<void> {
  const times: number[] = [];
  let first = 0;
  for (let run = 0; run < 18; run++) {
    const t0 = performance.now();
    const r = await importArticle('page.html', settings);
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(r.message);
    if (run === 0) first = ms;
    if (run >= 3) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`import of a ${(Buffer.byteLength(page) / 1024).toFixed(0)} KB page: median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms; first (cold) run ${first.toFixed(1)} ms (target < 300 ms)`);
  rmSync(dir, { recursive: true, force: true });
}
void main();
