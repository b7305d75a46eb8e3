// updateArticle must give exactly what buildArticle gives: thousands of random edits (markup,
// breaks, digits, front matter lines) on samples, corpus articles and a 1 MB article, each
// update built on the previous one, compared deep-equal with a full build of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../server/src/core/model/article';
import { buildArticle } from '../../../server/src/core/model/build';
import { composeEdits, updateArticle, updateWithEdit, type ArticleEdit } from '../../../server/src/core/model/update';
import { prng, SEED } from '../pipeline/prng';
import { randomEdit } from './edits';
import { loadSplit } from '../../corpus/corpus';

const ROOT = join(__dirname, '..', '..', '..');

function samples(): string[] {
  const out: string[] = [];
  for (const dir of ['samples', 'samples/constructs', 'samples/errors']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) out.push(readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  return out;
}

/** Which of an article's lists are frozen (the parser and buildArticle share one frozen empty list). */
function frozenLists(a: Article): boolean[] {
  const s = a.syntax;
  const lists = [s.spans, s.suppressions, s.comments, s.errors, a.claims, a.mentions, a.noFigures, a.findings, ...s.spans.flatMap((n) => [n.attributes, n.classes])];
  return lists.map((l) => Object.isFrozen(l));
}

/** Applies `edits` random edits one after another, checking each update against a full build. */
function check(start: string, edits: number, seed: number): void {
  const rand = prng(seed);
  let text = start;
  let article = buildArticle('file:///a.claims.txt', text, 0);
  for (let i = 1; i <= edits; i++) {
    const next = randomEdit(rand, text);
    const updated = updateArticle(article, next, i);
    const built = buildArticle('file:///a.claims.txt', next, i);
    assert.deepStrictEqual(updated, built, `edit ${i} (seed ${seed}): ${JSON.stringify(text)} -> ${JSON.stringify(next)}`);
    assert.deepStrictEqual(frozenLists(updated), frozenLists(built), `edit ${i}: empty lists are the shared frozen one, as built`);
    text = next;
    article = updated;
  }
}

test('random edits on the samples update as a full build reads them', () => {
  samples().forEach((text, k) => check(text, 150, SEED + k));
});

test('random edits on corpus articles, with CRLF and CR line ends and a BOM', () => {
  const texts = [...loadSplit('dev'), ...loadSplit('heldout')].map((a) => a.text);
  assert.ok(texts.length > 10);
  texts.forEach((text, k) => {
    const variant = k % 3 === 0 ? text.replace(/\n/g, '\r\n') : k % 3 === 1 ? '\uFEFF' + text.replace(/\n/g, '\r') : text;
    check(variant, 80, SEED + 100 + k);
  });
});

test('edits that touch the front matter, the first line or an unclosed front matter fall back to a full build', () => {
  const head = '---\npublished: 2024-12-26\nby: kim\n---\n';
  const body = 'The [ministry]{actor=mod} said [3,000]{fact=f} were killed.\nIt added [40%]{fact=g} more.\n';
  const cases: [string, string][] = [
    [head + body, head.replace('2024-12-26', '2024-12-27') + body],
    [head + body, head.replace('by: kim', 'by: lee') + body],
    [head + body, head.slice(0, -4) + body], // closing fence gone
    [body, '---\n' + body],
    [body, '\uFEFF' + body],
    ['---\n' + body, '---\n' + body + '---\n'], // closed at the end
    [head + body, head + '\r' + body],
  ];
  for (const [before, after] of cases) {
    assert.deepStrictEqual(updateArticle(buildArticle('u', before, 1), after, 2), buildArticle('u', after, 2));
  }
});

test('an edit that makes the text name another dollar country re-reads every claim in dollars', () => {
  const start = 'It cost [$5 million]{fact=cost}.\nToronto and Ottawa said so.\n';
  const before = buildArticle('file:///a.claims.txt', start, 0);
  const next = `${start}Canadian officials agreed.\n`;
  const updated = updateArticle(before, next, 1);
  assert.deepStrictEqual(updated, buildArticle('file:///a.claims.txt', next, 1));
  assert.equal(updated.claims[0]!.reading.ok && updated.claims[0]!.reading.value.unit, 'CAD');
  assert.equal(before.claims[0]!.reading.ok && before.claims[0]!.reading.value.unit, 'USD');
});

test('an edit in the body keeps the front matter meta and moves what follows', () => {
  const head = '---\npublished: 2024-12-26\nby: kim\n---\n';
  const body = 'The [ministry]{actor=mod} said [3,000]{fact=f} were killed.\nIt added [40%]{fact=g} more.\n';
  const before = buildArticle('u', head + body, 1);
  const text = head + 'New line with 12 figures.\n' + body;
  const after = updateArticle(before, text, 2);
  assert.equal(after.meta, before.meta, 'the front matter is not read again');
  assert.equal(after.claims[1]!.actor?.id, 'kim', 'the front matter by still attributes');
  assert.equal(text.slice(after.claims[1]!.textSpan.start, after.claims[1]!.textSpan.end), '40%');
  assert.deepStrictEqual(after, buildArticle('u', text, 2));
});

test('a 1 MB article: edits anywhere update as a full build reads them', () => {
  const sample = readFileSync(join(ROOT, 'samples', 'kursk-nk-casualties-2024-12-26.claims.txt'), 'utf8');
  const [, front, body] = /^(---[\s\S]*?---\n)([\s\S]*)$/.exec(sample)!;
  let text = front!;
  while (text.length < 1024 * 1024) text += body;
  check(text, 12, SEED + 7);
});

/** True when `edit` says truly what changed from `before` to `after` (kept text, line starts). */
function describes(edit: ArticleEdit, before: string, after: string): boolean {
  const lineStart = (text: string, at: number) => at === 0 || (at === 1 && text[0] === '\uFEFF') || text[at - 1] === '\n' || (text[at - 1] === '\r' && text[at] !== '\n');
  if (before.slice(0, edit.start) !== after.slice(0, edit.start) || !lineStart(before, edit.start) || !lineStart(after, edit.start)) return false;
  if (edit.oldStop === Infinity) return true;
  return before.slice(edit.oldStop) === after.slice(edit.oldStop + edit.delta) && lineStart(before, edit.oldStop) && lineStart(after, edit.oldStop + edit.delta);
}

test('the reported edit, and edits composed over several updates, describe what changed', () => {
  samples().forEach((start, k) => {
    const rand = prng(SEED + 300 + k);
    let text = start;
    let article = buildArticle('u', text, 0);
    let since: { text: string; edit: ArticleEdit | undefined } = { text, edit: undefined };
    for (let i = 1; i <= 60; i++) {
      const next = randomEdit(rand, text);
      const { article: updated, edit } = updateWithEdit(article, next, i);
      if (edit) {
        assert.ok(describes(edit, text, next), `edit ${i}: ${JSON.stringify(edit)} for ${JSON.stringify(text)} -> ${JSON.stringify(next)}`);
        const composed = since.edit ? composeEdits(since.edit, edit) : edit;
        assert.ok(describes(composed, since.text, next), `composed up to edit ${i}: ${JSON.stringify(composed)}`);
        since = { text: since.text, edit: composed };
      } else since = { text: next, edit: undefined };
      if (i % 5 === 0) since = { text: next, edit: undefined };
      text = next;
      article = updated;
    }
  });
});
