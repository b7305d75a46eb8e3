// The workspace at scale: index 10,000 generated articles (~60,000 claims) with a registry,
// then the first full diagnostics pass, the heap it holds, and one edit's re-index and
// re-diagnosis. Targets: index well under 10 s, one edit under 50 ms. Prints figures only.
import { performance } from 'node:perf_hooks';
import { Workspace } from '../../server/src/core/workspace/workspace';

const ARTICLES = 10_000;
const FACTS = 2_000;
const ACTORS = 300;

let seed = 2024;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (n: number): number => Math.floor(rand() * n);

function registry(): string {
  const lines = ['actors:'];
  for (let a = 0; a < ACTORS; a++) lines.push(`  actor-${a}: {name: Actor ${a}, kind: person}`);
  lines.push('facts:');
  for (let f = 0; f < FACTS; f++) lines.push(`  fact-${f}: {label: Fact ${f}, kind: ${['event', 'cumulative', 'level'][f % 3]}}`);
  lines.push('sources:');
  for (let s = 0; s < 100; s++) lines.push(`  source-${s}: {publisher: Source ${s}}`);
  return lines.join('\n') + '\n';
}

/** One article: front matter, 12 paragraphs, two sentences each, half of them with a claim. */
function article(i: number): string {
  const out = ['---', `id: article-${i}`, `title: Generated article ${i}`, `published: 2024-${String(1 + (i % 12)).padStart(2, '0')}-15`, `by: actor-${i % ACTORS}`, '---'];
  for (let p = 0; p < 12; p++) {
    const actor = `actor-${pick(ACTORS)}`;
    const fact = `fact-${pick(FACTS)}`;
    const n = 100 + pick(5000);
    const claim = p % 2 === 0
      ? `[about ${n.toLocaleString('en-US')}]{fact=${fact}${p % 4 === 0 ? ` src=source-${pick(100)}` : ''}}`
      : `${n}`;
    out.push(`The [spokesperson]{actor=${actor}} of the U.S. Dept. of State said on Nov. 21 that ${claim} people were affected in the region. Officials added that the situation in the area remained difficult, and further reports were expected.`);
  }
  return out.join('\n') + '\n';
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const texts = Array.from({ length: ARTICLES }, (_, i) => article(i));
const bytes = texts.reduce((n, t) => n + t.length, 0);
const heapBefore = heapMB();
const ws = new Workspace();
ws.setRegistry('file:///ws/claimmark.yaml', registry());

let t = performance.now();
for (let i = 0; i < ARTICLES; i++) ws.setArticle(`file:///ws/a${i}.claims.txt`, texts[i]!, 1);
const indexMs = performance.now() - t;
const claims = [...ws.articles()].reduce((n, a) => n + a.claims.length, 0);
console.log(`index ${ARTICLES} articles (${claims} claims, ${(bytes / 1e6).toFixed(1)} MB): ${indexMs.toFixed(0)} ms (${(bytes / 1e6 / (indexMs / 1000)).toFixed(1)} MB/s)`);

t = performance.now();
ws.takeChangedUris();
let diagnostics = 0;
for (let i = 0; i < ARTICLES; i++) diagnostics += ws.diagnostics(`file:///ws/a${i}.claims.txt`).length;
console.log(`first diagnostics of every article (conflicts, untagged, ids): ${(performance.now() - t).toFixed(0)} ms, ${diagnostics} diagnostics`);

t = performance.now();
for (let i = 0; i < ARTICLES; i++) ws.diagnostics(`file:///ws/a${i}.claims.txt`);
console.log(`memoised diagnostics of every article: ${(performance.now() - t).toFixed(1)} ms`);

t = performance.now();
const byFact = ws.claimsByFact().size;
const byActor = ws.claimsByActor().size;
console.log(`first claimsByFact + claimsByActor (${byFact} facts, ${byActor} actors): ${(performance.now() - t).toFixed(1)} ms`);

console.log(`heap held by the workspace: ${(heapMB() - heapBefore).toFixed(0)} MB (texts included: ${(bytes * 2 / 1e6).toFixed(0)} MB as UTF-16)`);

const edits: number[] = [];
for (let k = 0; k < 20; k++) {
  const i = pick(ARTICLES);
  const uri = `file:///ws/a${i}.claims.txt`;
  const edited = texts[i]!.replace(/\[about ([\d,]+)\]/, (_, n) => `[about ${n}1]`);
  t = performance.now();
  ws.setArticle(uri, edited, 2 + k);
  const changed = ws.takeChangedUris();
  for (const u of changed) ws.diagnostics(u);
  ws.claimsByFact();
  edits.push(performance.now() - t);
  texts[i] = edited;
}
edits.sort((a, b) => a - b);
console.log(`one edit (re-index, changed uris, their diagnostics, claimsByFact): median ${edits[10]!.toFixed(2)} ms, max ${edits[19]!.toFixed(2)} ms`);

t = performance.now();
const refs = ws.references('actor', 'actor-7', true).length;
console.log(`references of one actor (${refs} places): ${(performance.now() - t).toFixed(2)} ms`);

// The server's "Annotate this article" source action, in-process (the handler's core work: a
// DraftContext over this whole workspace, the draft, the registry edit): a raw 50 KB article
// (the samples with their markup stripped, repeated). Target p95 < 100 ms.
{
  const { readFileSync, readdirSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const { annotatePlan, draftArticle, draftRegistryEdits, DraftContext, DraftIndexCache } = require('../../server/src/core/api') as typeof import('../../server/src/core/api');
  const dir = join(__dirname, '..', '..', 'samples');
  const strip = (s: string) => s.replace(/^---[\s\S]*?---\n/, '').replace(/\{%[\s\S]*?%\}/g, '').replace(/\[((?:\\.|[^\]\\])*)\]\{[^}]*\}/g, '$1');
  const bodies = readdirSync(dir).filter((f) => f.endsWith('.claims.txt')).map((f) => strip(readFileSync(join(dir, f), 'utf8'))).join('\n');
  let raw = '---\nid: raw-annotate\npublished: 2024-12-26\n---\n';
  while (raw.length < 50 * 1024) raw += bodies;
  const uri = 'file:///ws/raw-annotate.claims.txt';
  const article = ws.setArticle(uri, raw, 1);
  const registryFile = { uri: 'file:///ws/claimmark.yaml', text: registry(), exists: true };
  const runs: number[] = [];
  const phases = { context: [] as number[], draft: [] as number[], registry: [] as number[] };
  let title = '';
  const cache = new DraftIndexCache(); // as the server keeps it
  for (let k = 0; k < 23; k++) {
    t = performance.now();
    const ctx = new DraftContext(ws.registry, ws.articles(), undefined, cache);
    const t1 = performance.now();
    const draft = draftArticle(article, ctx);
    const t2 = performance.now();
    draftRegistryEdits(registryFile.text, ctx);
    const t3 = performance.now();
    title = annotatePlan({ ctx, draft }, registryFile)?.title ?? 'nothing drafted';
    runs.push(performance.now() - t - (t3 - t2)); // annotatePlan makes the registry edit itself: count it once
    phases.context.push(t1 - t); phases.draft.push(t2 - t1); phases.registry.push(t3 - t2);
  }
  const p = (xs: number[], q: number) => xs.slice(3).sort((a, b) => a - b)[Math.round(q * 19)]!.toFixed(1);
  // the first request after an edit elsewhere in the workspace reads the whole workspace again
  const other = [...ws.articles()].find((a) => a.uri !== uri)!;
  ws.setArticle(other.uri, `${other.syntax.text}\n`, 2);
  t = performance.now();
  const afterEdit = draftArticle(article, new DraftContext(ws.registry, ws.articles(), undefined, cache));
  const cold = performance.now() - t;
  console.log(`source action after an edit elsewhere (the workspace read again): ${cold.toFixed(1)} ms (${afterEdit.claims.length} claims)`);
  console.log(`source action "Annotate this article", raw ${(raw.length / 1024).toFixed(0)} KB article in this workspace (${title}): p50 ${p(runs, 0.5)} ms, p95 ${p(runs, 0.95)} ms (20 runs after 3 warm-up; target p95 < 100 ms); p50 of its phases: DraftContext over the workspace ${p(phases.context, 0.5)} ms, draftArticle ${p(phases.draft, 0.5)} ms, draftRegistryEdits ${p(phases.registry, 0.5)} ms`);
}
