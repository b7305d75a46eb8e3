// An edited article's markup nodes stay runs of earlier lists until read (nodeRuns.ts). These
// tests chain many updates without reading the nodes between them (the update tests read
// them after every edit, which makes the list each time), then compare with a full build;
// and check that the edited lines' nodes read without making the list are the same values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../server/src/core/model/article';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateArticle } from '../../../server/src/core/model/update';
import { nodesBetween, nodesPending } from '../../../server/src/core/model/nodeRuns';
import { firstStartingAt } from '../../../server/src/core/span';
import { prng, below, SEED } from '../pipeline/prng';
import { randomEdit } from './edits';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'samples', 'kursk-nk-casualties-2024-12-26.claims.txt'), 'utf8');

/** A longer article: the sample's body repeated, for many lines and nodes. */
function longArticle(copies: number): string {
  const [, front, body] = /^(---[\s\S]*?---\n)([\s\S]*)$/.exec(SAMPLE)!;
  return front + body!.repeat(copies);
}

/** A line start of `text` after its front matter, at random. */
function lineStartAt(rand: () => number, text: string, bodyStart: number): number {
  const at = bodyStart + below(rand, text.length - bodyStart);
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Inserts a line of prose with a claim at a random body line start, as a user typing would. */
function insertLine(rand: () => number, text: string, i: number): string {
  const at = Math.max(lineStartAt(rand, text, text.indexOf('\n---\n') + 5), text.indexOf('\n---\n') + 5);
  return text.slice(0, at) + `Officials said [${1000 + i} homes]{fact=homes-${i % 7} by=kim} were lost. ` + text.slice(at);
}

test('nodes unread over many edits anywhere (more runs than are kept) read as a full build', () => {
  const rand = prng(SEED + 11);
  let text = longArticle(8);
  let article: Article = buildArticle('u', text, 0);
  for (let i = 1; i <= 300; i++) {
    text = insertLine(rand, text, i);
    article = updateArticle(article, text, i);
    if (i % 100 !== 0) continue;
    assert.ok(nodesPending(article.syntax), `edit ${i}: nothing read the nodes since the last check`);
    assert.deepStrictEqual(article, buildArticle('u', text, i), `after edit ${i}`);
    assert.equal(nodesPending(article.syntax), false, 'read once, the list is made');
  }
});

test('random edits, nodes read every seventh edit only, read as a full build', () => {
  const rand = prng(SEED + 12);
  let text = SAMPLE;
  let article: Article = buildArticle('u', text, 0);
  for (let i = 1; i <= 400; i++) {
    text = randomEdit(rand, text);
    article = updateArticle(article, text, i);
    if (i % 7 === 0) assert.deepStrictEqual(article, buildArticle('u', text, i), `after edit ${i}`);
  }
});

test('the nodes of some lines, read without making the list, are those of a full build', () => {
  const rand = prng(SEED + 13);
  let text = longArticle(4);
  let article: Article = buildArticle('u', text, 0);
  for (let i = 1; i <= 120; i++) {
    text = insertLine(rand, text, i);
    article = updateArticle(article, text, i);
    const from = lineStartAt(rand, text, 0);
    const to = Math.min(text.length + 1, lineStartAt(rand, text, from) + 1);
    const between = nodesBetween(article.syntax, from, to);
    assert.ok(nodesPending(article.syntax), 'nodesBetween does not make the whole list');
    const built = buildArticle('u', text, i).syntax.spans;
    assert.deepStrictEqual(between, built.slice(firstStartingAt(built, from), firstStartingAt(built, to)), `edit ${i}: nodes in [${from}, ${to})`);
  }
});

test('made nodes share their claims\' span objects, as a full build\'s do', () => {
  const rand = prng(SEED + 14);
  let text = longArticle(2);
  let article: Article = buildArticle('u', text, 0);
  for (let i = 1; i <= 30; i++) article = updateArticle(article, (text = insertLine(rand, text, i)), i);
  const nodes = article.syntax.spans;
  for (const c of article.claims) {
    assert.ok(nodes.some((n) => n.span === c.span && n.textSpan === c.textSpan && n.attributes.some((a) => a.valueSpan === c.fact.span)), `claim at ${c.span.start} shares its node's spans`);
  }
});
