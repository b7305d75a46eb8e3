// UntaggedCache must give exactly what findUntaggedFigures gives: random edit sequences on
// samples and corpus articles (each article updated incrementally, as the workspace does),
// with the rules and the vague-quantities option changing now and then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateArticle } from '../../../server/src/core/model/update';
import { findUntaggedFigures } from '../../../server/src/core/untagged/check';
import { UntaggedCache } from '../../../server/src/core/untagged/cache';
import { below, pick, prng, SEED, type Rand } from '../pipeline/prng';
import { randomEdit } from '../model/edits';
import { RULES, texts } from './cacheInputs';

/** Edits, some of them to actor mentions (which named-speaker guesses read across the article). */
function edit(rand: Rand, text: string): string {
  if (rand() < 0.15) {
    const at = text.indexOf(']{actor=', below(rand, text.length));
    if (at > 0) return text.slice(0, at) + pick(rand, [' Ministry', ' Zelenskyy', 'x']) + text.slice(at);
  }
  if (rand() < 0.05) return text.replace(/\n/, '\nThe ministry said 1,200 troops died, Zelenskyy said.\n');
  return randomEdit(rand, text);
}

test('the cached check equals the full check after every edit', () => {
  let checks = 0;
  let found = 0;
  texts().forEach((start, k) => {
    const rand = prng(SEED + k);
    const cache = new UntaggedCache();
    let text = k % 4 === 3 ? start.replace(/\n/g, '\r\n') : start;
    let article = buildArticle('file:///a.claims.txt', text, 0);
    for (let i = 0; i < 60; i++) {
      const rules = RULES[i % 17 === 16 ? 1 : 0]!;
      const options = i % 23 === 22 ? { vagueQuantities: true } : undefined;
      const expected = findUntaggedFigures(article, rules, options);
      assert.deepStrictEqual(cache.check(article, rules, options), expected, `article ${k}, edit ${i}: ${JSON.stringify(text)}`);
      checks++;
      found += expected.length;
      text = edit(rand, text);
      article = updateArticle(article, text, i + 1);
    }
  });
  assert.ok(found > checks, `the edits leave figures to find (${found} in ${checks} checks)`);
});

test('an unchanged line is not detected again', () => {
  const cache = new UntaggedCache();
  const rules = RULES[0]!;
  const text = 'Kyiv, Monday.\nThe ministry said 1,200 troops died.\nOfficials said 40% of homes burned.\n';
  const a = buildArticle('u', text);
  const first = cache.check(a, rules);
  assert.equal(first.length, 2);
  // same lines, moved down by a new second line: the cached findings are moved with them
  const b = updateArticle(a, text.replace('\n', '\nA new line.\n'), 1);
  const second = cache.check(b, rules);
  assert.deepStrictEqual(second, findUntaggedFigures(b, rules));
  assert.equal(second[0]!.data, first[0]!.data, 'the first line came from the cache');
});
