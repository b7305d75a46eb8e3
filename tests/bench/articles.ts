// Articles the benchmarks share (not a benchmark itself: run.mjs runs only *.bench.ts).
// The same inputs across benches keep their figures comparable.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * The generators' LCG step, seed * 1103515245 + 12345 mod 2^31, in exact 32-bit arithmetic (in
 * doubles the product loses its low bits past 2^53 and the sequence fell into short cycles: at
 * 100,000 articles only 9,094 of 25,000 facts got claims, a few hundred each).
 */
function nextSeed(seed: number): number {
  return (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
}

/**
 * A generator of small articles (front matter and 12 paragraphs, half with a claim about one
 * of 2,000 facts by one of 300 actors), seeded the same for every caller: call it for
 * i = 0, 1, 2, ... in order to get the same articles in every bench.
 */
export function smallArticles(): (i: number) => string {
  let seed = 7;
  const rand = (n: number): number => {
    seed = nextSeed(seed);
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

/** The team-scale workspace (cli.bench.ts, scale.bench.ts): 400 actors, 2,500 facts, 100 sources. */
const TEAM_ACTORS = 400;
const TEAM_FACTS = 2_500;

/** The registry of teamArticles (`facts` of them: 2,500 unless a bench scales it). */
export function teamRegistry(facts = TEAM_FACTS): string {
  const out = ['actors:'];
  for (let a = 0; a < TEAM_ACTORS; a++) out.push(`  actor-${a}: {name: Actor ${a}, kind: ${a % 3 ? 'organisation' : 'person'}}`);
  out.push('facts:');
  for (let f = 0; f < facts; f++) out.push(`  fact-${f}: {label: Fact ${f}, unit: people, kind: ${['event', 'cumulative', 'level'][f % 3]}}`);
  out.push('sources:');
  for (let s = 0; s < 100; s++) out.push(`  source-${s}: {publisher: Source ${s}, url: "https://example.org/s/${s}"}`);
  return out.join('\n') + '\n';
}

/**
 * A generator of team-scale articles of about 5 KB (front matter, 12 paragraphs, a claim or
 * two and an untagged figure in some; reports mostly agree, about 1 in 20 figures is off),
 * seeded the same for every caller: call it for i = 0, 1, 2, ... in order.
 */
export function teamArticles(facts = TEAM_FACTS): (i: number) => string {
  let seed = 7;
  const rand = () => (seed = nextSeed(seed)) / 2147483648;
  const pick = (n: number) => Math.floor(rand() * n);
  const figure = (fact: number): string => {
    const n = 1_000 + (fact % 997) * 7;
    const value = rand() < 0.05 ? n * 3 : n;
    return [`about ${value.toLocaleString('en-US')}`, `${value}`, `some ${value.toLocaleString('en-US')}`, `between ${value - 10} and ${value + 10}`][pick(4)]!;
  };
  return (i) => {
    const out = ['---', `id: article-${i}`, `title: Generated report number ${i}`, `outlet: Outlet ${i % 40}`, `published: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, '---'];
    for (let p = 0; p < 12; p++) {
      const actor = `actor-${pick(TEAM_ACTORS)}`;
      const fact = pick(facts);
      const claim = `[${figure(fact)}]{fact=fact-${fact}${p % 3 === 0 ? ` src=source-${pick(100)}` : ''}}`;
      const other = pick(facts);
      const second = p % 2 === 0 ? ` A later update put the figure at [${figure(other)}]{fact=fact-${other}}.` : '';
      const untagged = p % 4 === 1 ? ` Roads were closed for ${2 + pick(9)} days.` : '';
      out.push(`The [spokesperson]{actor=${actor}} for the regional administration said on Tuesday that ${claim} people had been affected by the events in the area, according to figures gathered by local officials over the previous week.${second}${untagged} Residents described long queues at the distribution points and said that help was slow to arrive, while aid groups warned that the situation could get worse before it improved.`);
    }
    return out.join('\n') + '\n';
  };
}

/**
 * Writes a team-scale workspace of `count` articles (500 a folder, a `.git` root and the
 * registry of `facts` facts) into `dir`; returns the bytes of the articles.
 */
export function writeTeamWorkspace(dir: string, count: number, facts = TEAM_FACTS): number {
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, 'claimmark.yaml'), teamRegistry(facts));
  const article = teamArticles(facts);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'articles', `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `a${i}.claims.txt`), text);
  }
  return bytes;
}

/** The path of article `i` in a team workspace (relative to its root). */
export const teamArticlePath = (i: number): string => join('articles', `batch-${Math.floor(i / 500)}`, `a${i}.claims.txt`);
