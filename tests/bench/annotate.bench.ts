// Drafting speed (issue 13's target: annotate a 50 KB article in under 100 ms): a 50 KB raw
// article made of the five seed articles' real prose (their annotated samples with the markup
// stripped), drafted with the samples' registry, in process, as `claimmark annotate` does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../server/src/core/api';

const samples = join(__dirname, '..', '..', 'samples');
const raw = readdirSync(samples).filter((f) => f.endsWith('.claims.txt')).sort()
  .map((f) => readFileSync(join(samples, f), 'utf8').replace(/^---[\s\S]*?---\n/, '').replace(/\[((?:\\.|[^\]\\])*)\]\{[^}]*\}/g, '$1').replace(/\{%[^%]*%\}/g, ''))
  .join('\n');
let body = '';
while (body.length < 50 * 1024) body += `${raw}\n`;
const text = `---\npublished: 2024-12-26\n---\n${body.slice(0, 50 * 1024)}\n`;
const registry = readRegistry(readFileSync(join(samples, 'claimmark.yaml'), 'utf8'));

const run = () => draftArticle(buildArticle('bench.claims.txt', text), new DraftContext(registry));
for (let i = 0; i < 3; i++) run(); // warm-up
const times: number[] = [];
let claims = 0;
// (60 runs: with 20, the 95th percentile is the slowest run, one collection's pause)
for (let i = 0; i < 60; i++) {
  const t0 = process.hrtime.bigint();
  claims = run().claims.length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(`annotate a ${(text.length / 1024).toFixed(0)} KB article (${claims} claims drafted, samples registry): p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (target < 100 ms)`);
