// The checker fed edit after edit (articles updated incrementally, as an open document is)
// must report what a fresh checker reports for the final articles: random edits that add
// prose, add or change claims (some conflicting, some not) and move claims around.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateArticle } from '../../../server/src/core/model/update';
import type { Article } from '../../../server/src/core/model/article';
import { readRegistry } from '../../../server/src/core/registry/read';
import { below, pick, prng, SEED, type Rand } from '../pipeline/prng';

const REGISTRY = readRegistry('facts:\n  f: {kind: cumulative}\n  g: {kind: event}\n  h: {kind: level}\n', 'file:///claimmark.yaml');
const URIS = ['file:///a.claims.txt', 'file:///b.claims.txt', 'file:///c.claims.txt'];

function claimLine(rand: Rand): string {
  const fact = pick(rand, ['f', 'g', 'h']);
  // mostly figures that agree, so facts without conflicts (which edits may leave unchecked) are common
  const figure = rand() < 0.75 ? '3,000' : pick(rand, ['about 3,000', '3,100', 'over 5,000', '10 to 20', '40%', '2 km']);
  const asof = pick(rand, ['', ' asof=2024-12-01', ' asof=2024-12-20', ' asof=2025']);
  return `[${pick(rand, ['Kim', 'Lee'])}]{actor=${pick(rand, ['kim', 'lee'])}} said [${figure}]{fact=${fact}${asof}} troops.`;
}

function edit(rand: Rand, text: string): string {
  const lines = text.split('\n');
  const at = 4 + below(rand, lines.length - 4);
  const r = rand();
  if (r < 0.4) lines.splice(at, 0, 'Plain prose with no claim at all.');
  else if (r < 0.7) lines.splice(at, 0, claimLine(rand));
  else if (r < 0.8 && lines.length > 5) lines.splice(at, 1);
  else if (r < 0.87) lines[at] = (lines[at] ?? '').replace(/actor=(kim|lee)/, (_, a: string) => `actor=${a === 'kim' ? 'lee' : 'kim'}`);
  else if (r < 0.94) lines[at] = (lines[at] ?? '').replace(/(fact=\w)( asof=[^}]*)?\}/, (_, f: string) => f + pick(rand, ['}', ' asof=2024-11-30}', ' asof=2025-06}']));
  else lines[at] = (lines[at] ?? '') + ' More words.';
  return lines.join('\n');
}

function snapshot(checker: ConflictChecker, articles: Map<string, Article>): unknown {
  return URIS.map((uri) => {
    const a = articles.get(uri)!;
    return { findings: checker.findings(uri), conflicts: a.claims.map((c) => checker.conflictsOf(uri, c).map((r) => [r.uri, r.claim.span.start])) };
  });
}

test('an incrementally fed checker reports what a fresh one reports', () => {
  const rand = prng(SEED);
  const head = '---\npublished: 2024-12-26\n---\n';
  const texts = new Map(URIS.map((u) => [u, head + Array.from({ length: 6 }, () => claimLine(rand)).join('\n')]));
  const articles = new Map([...texts].map(([u, t]) => [u, buildArticle(u, t, 0)]));
  const live = new ConflictChecker(REGISTRY);
  for (const a of articles.values()) live.setArticle(a);
  let conflicted = 0;
  for (let i = 1; i <= 300; i++) {
    const uri = pick(rand, URIS);
    const text = edit(rand, texts.get(uri)!);
    texts.set(uri, text);
    articles.set(uri, updateArticle(articles.get(uri)!, text, i));
    live.setArticle(articles.get(uri)!);
    if (i % 3 !== 0) continue; // let edits pile up between queries too
    const fresh = new ConflictChecker(REGISTRY);
    for (const a of articles.values()) fresh.setArticle(a);
    const expected = snapshot(fresh, articles);
    assert.deepStrictEqual(snapshot(live, articles), expected, `after edit ${i}`);
    if (URIS.some((u) => fresh.findings(u).length > 0)) conflicted++;
  }
  assert.ok(conflicted > 20, 'the edits make conflicts come and go');
});

test('an edit that only moves a claim date re-checks its fact (a cumulative figure that now falls)', () => {
  const head = '---\npublished: 2024-12-26\n---\n';
  const a = '[Kim]{actor=kim} said [over 5,000]{fact=f asof=2025-06} troops.';
  const b = '[Lee]{actor=lee} said [3,000]{fact=f asof=2024-12-01} troops.';
  const before = buildArticle(URIS[0]!, `${head}${a}\n${b}\n`, 1);
  const checker = new ConflictChecker(REGISTRY);
  checker.setArticle(before);
  assert.deepEqual(checker.findings(URIS[0]!), []);
  checker.setArticle(updateArticle(before, `${head}${a.replace('2025-06', '2024-11-30')}\n${b}\n`, 2));
  assert.deepEqual(checker.findings(URIS[0]!).map((f) => f.code), ['conflicting-figure', 'conflicting-figure']);
});
