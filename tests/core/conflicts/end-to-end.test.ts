// The checker on real articles and a real claimmark.yaml (buildArticle, readRegistry):
// the seed examples as a user writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';
import { readRegistry } from '../../../server/src/core/registry/read';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';

const registry = readRegistry(`facts:
  nk-casualties:
    kind: cumulative
  launched:
    kind: event
    parts: [shot-down, jammed]
  shot-down:
    kind: event
  jammed:
    kind: event
  kursk-area:
    kind: level
    unit: km2
`, 'file:///claimmark.yaml');

const kyiv = `---
published: 2024-12-26
---
Ukrainian President [Volodymyr Zelenskyy]{actor=zelenskyy} said that [about 3,000]{fact=nk-casualties asof=2024-12-23} North Korean soldiers had been killed or wounded.
Russia launched [106]{fact=launched by=airforce asof=2024-12-25} missiles; [54]{fact=shot-down by=airforce asof=2024-12-25} were shot down and [53]{fact=jammed by=airforce asof=2024-12-25} jammed.
Ukraine holds [984 square kilometers]{fact=kursk-area by=syrskyi asof=2024-12-20} of the Kursk region.
`;

const moscow = `---
published: 2024-12-27
by: kremlin
---
Moscow said [fewer than 1,000]{fact=nk-casualties asof=2024-12-24} such casualties had occurred, and that Ukraine holds [over 500 square miles]{fact=kursk-area asof=2024-12-24} of Kursk.
`;

test('real articles: a cumulative fall, parts past their total, areas in two units', () => {
  assert.deepEqual(registry.findings, []);
  const checker = new ConflictChecker(registry);
  checker.setArticle(buildArticle('file:///kyiv.claims.txt', kyiv));
  checker.setArticle(buildArticle('file:///moscow.claims.txt', moscow));
  const kyivFindings = checker.findings('file:///kyiv.claims.txt');
  const byCode = (code: string) => kyivFindings.filter((f) => f.code === code).map((f) => f.message);
  assert.deepEqual(byCode('conflicting-figure'), [
    `'about 3,000' (zelenskyy, 2024-12-23) conflicts with 'fewer than 1,000' (kremlin, 2024-12-24)`,
    `'984 square kilometers' (syrskyi, 2024-12-20) conflicts with 'over 500 square miles' (kremlin, 2024-12-24)`,
  ]);
  assert.equal(byCode('parts-exceed-total').length, 3);
  const first = kyivFindings.find((f) => f.code === 'conflicting-figure')!;
  assert.equal(kyiv.slice(first.span.start, first.span.end), 'about 3,000');
  const rel = first.related![0]!;
  assert.equal(rel.uri, 'file:///moscow.claims.txt');
  assert.equal(moscow.slice(rel.span.start, rel.span.end), 'fewer than 1,000');
});

test('real articles: agreeing figures raise nothing', () => {
  const checker = new ConflictChecker(registry);
  checker.setArticle(buildArticle('file:///a.claims.txt', kyiv.replace('[53]', '[52]')));
  checker.setArticle(buildArticle('file:///b.claims.txt', moscow.replace('fewer than 1,000', 'over 3,000').replace('over 500 square miles', 'about 380 square miles')));
  assert.deepEqual(checker.findings('file:///a.claims.txt').map((f) => f.message), []);
  assert.deepEqual(checker.findings('file:///b.claims.txt').map((f) => f.message), []);
});
