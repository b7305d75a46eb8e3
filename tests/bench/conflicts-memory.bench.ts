// Heap held by the conflict checker at workspace scale (issue 5: resident memory after
// indexing 10,000 articles): 10,000 small generated articles (60,000 claims, 2,000 facts,
// heavy conflicts) in a Workspace, heap before and after the first conflict check, and what
// asking every article's findings costs. Run: node --expose-gc --import tsx tests/bench/conflicts-memory.bench.ts
import { Workspace } from '../../server/src/core/workspace/workspace';
import { ConflictChecker } from '../../server/src/core/conflicts/checker';
import { buildArticle } from '../../server/src/core/model/build';
import { readRegistry } from '../../server/src/core/registry/read';
import { smallArticles, SMALL_REGISTRY } from './articles';

const generated = smallArticles();
const REGISTRY = SMALL_REGISTRY;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const mb = (x: number): string => `${x.toFixed(1)} MB`;

const texts = Array.from({ length: 10_000 }, (_, i) => generated(i));
const ws = new Workspace();
ws.setRegistry('file:///d/claimmark.yaml', REGISTRY);
const h0 = heap();
texts.forEach((t, i) => ws.setArticle(`file:///d/a${i}.claims.txt`, t));
const h1 = heap();
const cpu0 = process.cpuUsage();
const changed = ws.takeChangedUris();
const cpu = process.cpuUsage(cpu0);
const h2 = heap();
console.log(`workspace after setArticle: ${mb(h1 - h0)}; first conflict check adds ${mb(h2 - h1)} (goal < 25 MB), ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${changed.size} URIs changed; rss ${mb(process.memoryUsage().rss / 1e6)}`);

// The checker alone, fed the workspace's articles: what a flush holds, and what asking every article's findings costs.
const articles = texts.map((t, i) => buildArticle(`file:///c/a${i}.claims.txt`, t));
const registry = readRegistry(REGISTRY, 'file:///c/claimmark.yaml');
const checker = new ConflictChecker(registry);
for (const a of articles) checker.setArticle(a);
const h3 = heap();
checker.takeChangedUris();
const h4 = heap();
let findings = 0;
let related = 0;
const c1 = process.cpuUsage();
for (const a of articles) for (const f of checker.findings(a.uri)) {
  findings++;
  related += f.related?.length ?? 0;
}
const c2 = process.cpuUsage(c1);
console.log(`checker alone: flush adds ${mb(h4 - h3)}; findings() of every article: ${findings} findings, ${related} related, ${((c2.user + c2.system) / 1000).toFixed(0)} ms CPU.`);
// Keeps everything alive until here, so the figures above do not include its release.
if (ws.takeChangedUris().size > 0 || articles.length + texts.length === 0) console.log('(unexpected)');
