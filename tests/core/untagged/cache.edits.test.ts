// UntaggedCache told the edits (noteEdit, as the workspace does) must still give exactly what
// findUntaggedFigures gives: random edit sequences, several edits between checks now and then
// (composed), full rebuilds, mention edits (a new speaker generation), notes out of order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../server/src/core/model/article';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateWithEdit } from '../../../server/src/core/model/update';
import { findUntaggedFigures } from '../../../server/src/core/untagged/check';
import { UntaggedCache } from '../../../server/src/core/untagged/cache';
import { lineAt } from '../../../server/src/core/untagged/mask';
import type { MarkupSpanNode } from '../../../server/src/core/syntax/tree';
import { below, pick, prng, SEED, type Rand } from '../pipeline/prng';
import { randomEdit } from '../model/edits';
import { RULES, texts } from './cacheInputs';

/** Edits, some of them to actor mentions or named speakers (which guesses read across the article). */
function edit(rand: Rand, text: string): string {
  const r = rand();
  if (r < 0.12) {
    const at = text.indexOf(']{actor=', below(rand, text.length));
    if (at > 0) return text.slice(0, at) + pick(rand, [' Ministry', ' Zelenskyy', 'x']) + text.slice(at);
  }
  if (r < 0.17) {
    const at = text.indexOf('\n', below(rand, text.length));
    if (at > 0) return text.slice(0, at + 1) + pick(rand, ['The ministry said 1,200 troops died, Zelenskyy said.\n', 'It said 40 more were hurt.\n', '[Kyiv]{actor=kyiv} said 7 died.\n']) + text.slice(at + 1);
  }
  return randomEdit(rand, text);
}

test('a cache told the edits equals the full check, with edits composed between checks', () => {
  let checks = 0;
  let found = 0;
  texts().forEach((start, k) => {
    const rand = prng(SEED + 500 + k);
    const cache = new UntaggedCache();
    let text = k % 4 === 3 ? start.replace(/\n/g, '\r\n') : start;
    let article: Article = buildArticle('file:///a.claims.txt', text, 0);
    for (let i = 0; i < 60; i++) {
      if (i % 3 !== 1) {
        const rules = RULES[i % 17 === 16 ? 1 : 0]!;
        const options = i % 23 === 22 ? { vagueQuantities: true } : undefined;
        const expected = findUntaggedFigures(article, rules, options);
        assert.deepStrictEqual(cache.check(article, rules, options), expected, `article ${k}, edit ${i}: ${JSON.stringify(text)}`);
        checks++;
        found += expected.length;
      }
      const prev = article;
      text = edit(rand, text);
      if (i % 19 === 18) {
        article = buildArticle(prev.uri, text, i + 1); // a rebuild: no edit to note
        cache.noteEdit(prev, article, undefined);
      } else {
        const next = updateWithEdit(prev, text, i + 1);
        article = next.article;
        cache.noteEdit(prev, article, next.edit);
      }
    }
  });
  assert.ok(found > checks, `the edits leave figures to find (${found} in ${checks} checks)`);
});

test('edits noted from an article the cache does not know are not trusted', () => {
  const rules = RULES[0]!;
  const cache = new UntaggedCache();
  const text = 'Kyiv, Monday.\nThe ministry said 1,200 troops died.\nOfficials said 40% of homes burned.\n';
  const a = buildArticle('u', text);
  cache.check(a, rules);
  // b is made from a, but the cache is told it came from a stranger: it must look at every line
  const b = updateWithEdit(a, text.replace('1,200', '1,300'), 1);
  cache.noteEdit(buildArticle('u', text), b.article, b.edit);
  assert.deepStrictEqual(cache.check(b.article, rules), findUntaggedFigures(b.article, rules));
  // and a skipped note (c made from b, never told) is not trusted either
  const c = updateWithEdit(b.article, b.article.syntax.text.replace('40%', '41%'), 2);
  const d = updateWithEdit(c.article, c.article.syntax.text.replace('Kyiv', 'Kyiv 9'), 3);
  cache.noteEdit(c.article, d.article, d.edit);
  assert.deepStrictEqual(cache.check(d.article, rules), findUntaggedFigures(d.article, rules));
});

test('a noted edit keeps the findings of the lines it did not touch, moved', () => {
  const rules = RULES[0]!;
  const cache = new UntaggedCache();
  const text = 'Kyiv, Monday.\nThe ministry said 1,200 troops died.\nOfficials said 40% of homes burned.\n';
  const a = buildArticle('u', text);
  const first = cache.check(a, rules);
  assert.equal(first.length, 2);
  const b = updateWithEdit(a, text.replace('Monday.', 'Monday. Police said 12 cars burned.'), 1);
  assert.ok(b.edit, 'a body edit reports its lines');
  cache.noteEdit(a, b.article, b.edit);
  const second = cache.check(b.article, rules);
  assert.deepStrictEqual(second, findUntaggedFigures(b.article, rules));
  assert.equal(second.length, 3);
  assert.equal(second[1]!.data, first[0]!.data, 'the line after the edit came from the cache');
  assert.equal(second[1]!.span.start, first[0]!.span.start + ' Police said 12 cars burned.'.length);
});

test('spans listed out of order within a line describe as when sorted (the check sorts each line\'s)', () => {
  let shuffled = 0;
  texts().forEach((text, k) => {
    const rand = prng(SEED + 700 + k);
    const article = buildArticle('file:///a.claims.txt', text, 0);
    // each line's spans reversed: what a parser listing inner spans first would give
    const byLine = new Map<number, MarkupSpanNode[]>();
    for (const node of article.syntax.spans) {
      const line = lineAt(article.syntax.lines, node.span.start)!.start;
      byLine.set(line, [node, ...(byLine.get(line) ?? [])]);
    }
    const spans = [...byLine.values()].flat();
    if (spans.some((n, i) => n !== article.syntax.spans[i])) shuffled++;
    const unsorted: Article = { ...article, syntax: { ...article.syntax, spans } };
    const rules = RULES[below(rand, 2)]!;
    assert.deepStrictEqual(findUntaggedFigures(unsorted, rules), findUntaggedFigures(article, rules), `article ${k}`);
  });
  assert.ok(shuffled > 10, `${shuffled} articles had lines of several spans`);
});
