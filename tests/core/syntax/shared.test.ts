// Shared memory of trees: empty lists are one frozen array, short strings are interned, and
// neither changes what the parser returns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intern, orEmpty } from '../../../server/src/core/syntax/shared';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import { buildArticle } from '../../../server/src/core/model/build';

test('orEmpty shares one frozen empty array and keeps non-empty ones', () => {
  const a: number[] = [];
  const b: string[] = [];
  assert.equal(orEmpty(a), orEmpty(b) as unknown);
  assert.ok(Object.isFrozen(orEmpty(a)));
  assert.throws(() => orEmpty(a).push(1), TypeError);
  const full = [1];
  assert.equal(orEmpty(full), full);
});

test('intern returns an equal string, whatever its length and characters', () => {
  const text = 'The [Ministry of Health of Ukraine]{actor=ministry-of-health-of-ukraine} and [😀 é]{actor=a}';
  for (const [start, end] of [[5, 34], [42, 72], [0, 3], [78, 81], [0, text.length]]) {
    const s = text.slice(start, end);
    assert.equal(intern(s), s);
    assert.equal(intern(text.slice(start, end)), s);
  }
  for (let i = 0; i < 60_000; i++) assert.equal(intern(`actor-${i % 70_000}`), `actor-${i % 70_000}`);
});

test('a string interned before the table grows reads the same after it', () => {
  const first = intern('grown-0');
  for (let i = 1; i < 40_000; i++) intern(`grown-${i}`);
  const again = 'x grown-0 x';
  assert.equal(intern(again.slice(2, 9)), first);
});

test('trees share the empty lists and read the same as before', () => {
  const text = '---\ntitle: T\n---\nThe [spokesperson]{actor=actor-1} said [about 3,000]{fact=fact-1 .nofigure} left.\n';
  const syntax = parseArticleSyntax(text);
  assert.ok(Object.isFrozen(syntax.spans[0]!.classes) && syntax.spans[0]!.classes.length === 0);
  assert.deepEqual(syntax.spans[1]!.classes.map((c) => c.name), ['nofigure']);
  assert.ok(Object.isFrozen(syntax.comments) && Object.isFrozen(syntax.suppressions) && Object.isFrozen(syntax.errors));
  const article = buildArticle('file:///a.claims.txt', text);
  assert.deepEqual(article.mentions.map((m) => [m.actor.id, m.text]), [['actor-1', 'spokesperson']]);
  assert.ok(Object.isFrozen(article.noFigures) === false && article.noFigures.length === 1);
  assert.ok(Object.isFrozen(buildArticle('file:///b.claims.txt', 'No markup.\n').claims));
});
