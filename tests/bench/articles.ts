// Articles the benchmarks share (not a benchmark itself: run.mjs runs only *.bench.ts).
// The same inputs across benches keep their figures comparable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'kursk-nk-casualties-2024-12-26.claims.txt'), 'utf8');
const [, FRONT, BODY] = /^(---[\s\S]*?---\n)([\s\S]*)$/.exec(SAMPLE)!;

/** An article of about `bytes`: a real sample's front matter, then its body repeated (the large-article benches). */
export function sampleArticleOf(bytes: number): string {
  let out = FRONT!;
  while (out.length < bytes) out += BODY;
  return out;
}

/**
 * A generator of small articles (front matter and 12 paragraphs, half with a claim about one
 * of 2,000 facts by one of 300 actors), seeded the same for every caller: call it for
 * i = 0, 1, 2, ... in order to get the same articles in every bench.
 */
export function smallArticles(): (i: number) => string {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  return (i) => {
    const out = ['---', `id: article-${i}`, `title: Generated article ${i}`, `published: 2024-${String(1 + (i % 12)).padStart(2, '0')}-15`, '---'];
    for (let p = 0; p < 12; p++) {
      const n = 100 + rand(5000);
      const figure = p % 2 === 0 ? `[about ${n.toLocaleString('en-US')}]{fact=fact-${rand(2000)}}` : `${n}`;
      out.push(`The [spokesperson]{actor=actor-${rand(300)}} said on Nov. 21 that ${figure} people were affected in the region. Officials added that further reports were expected.`);
    }
    return out.join('\n') + '\n';
  };
}

/** The registry of smallArticles: 300 actors and 2,000 facts of the three kinds. */
export const SMALL_REGISTRY = ['actors:', ...Array.from({ length: 300 }, (_, a) => `  actor-${a}: {name: Actor ${a}}`), 'facts:', ...Array.from({ length: 2000 }, (_, f) => `  fact-${f}: {label: Fact ${f}, kind: ${['event', 'cumulative', 'level'][f % 3]}}`)].join('\n') + '\n';
