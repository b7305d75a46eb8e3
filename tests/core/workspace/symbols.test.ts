// symbolAt, definition and references: every place an id is written, exact to the id (rename-ready).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { REGISTRY, at } from './fixtures';

const ARTICLE = '---\nby: a\n---\nThe [speaker]{actor=a} said [3]{fact=f by=b src=s} and [4]{fact="g" src=https://example.org/s}.\n';

function setup(): Workspace {
  const ws = new Workspace();
  ws.setRegistry('reg', REGISTRY);
  ws.setArticle('u1', ARTICLE);
  ws.setArticle('u2', 'Also [2]{fact=f by=a}.\n');
  return ws;
}

const texts: Record<string, string> = { reg: REGISTRY, u1: ARTICLE, u2: 'Also [2]{fact=f by=a}.\n' };
const show = (locs: { uri: string; span: { start: number; end: number } }[]) => locs.map((l) => `${l.uri}:${l.span.start}:${at(texts[l.uri]!, l.span)}`);

test('symbolAt finds ids in attributes and front matter, with their mention or claim', () => {
  const ws = setup();
  const s1 = ws.symbolAt('u1', ARTICLE.indexOf('actor=a') + 6)!;
  assert.deepEqual([s1.kind, s1.id, at(ARTICLE, s1.span), s1.mention?.text], ['actor', 'a', 'a', 'speaker']);
  const s2 = ws.symbolAt('u1', ARTICLE.indexOf('src=s') + 5)!;
  assert.deepEqual([s2.kind, s2.id, s2.claim?.text], ['source', 's', '3']);
  const s3 = ws.symbolAt('u1', ARTICLE.indexOf('"g"') + 1)!;
  assert.deepEqual([s3.kind, s3.id, at(ARTICLE, s3.span)], ['fact', 'g', 'g']);
  const s4 = ws.symbolAt('u1', ARTICLE.indexOf('by: a') + 4)!;
  assert.deepEqual([s4.kind, s4.id, at(ARTICLE, s4.span)], ['actor', 'a', 'a']);
  assert.equal(ws.symbolAt('u1', ARTICLE.indexOf('example.org')), undefined, 'a URL src is no id');
  assert.equal(ws.symbolAt('u1', ARTICLE.indexOf('said')), undefined);
});

test('symbolAt in claimmark.yaml: entry keys and fact parts', () => {
  const ws = setup();
  const key = ws.symbolAt('reg', REGISTRY.indexOf('  b:') + 2)!;
  assert.deepEqual([key.kind, key.id], ['actor', 'b']);
  const part = ws.symbolAt('reg', REGISTRY.indexOf('[g]') + 1)!;
  assert.deepEqual([part.kind, part.id, at(REGISTRY, part.span)], ['fact', 'g', 'g']);
});

test('definition is the registry key', () => {
  const ws = setup();
  const d = ws.definition('fact', 'f')!;
  assert.deepEqual([d.uri, at(REGISTRY, d.span)], ['reg', 'f']);
  assert.equal(ws.definition('fact', 'unknown'), undefined);
});

test('references: every written place, exact to the id, with or without the definition', () => {
  const ws = setup();
  const aKey = REGISTRY.indexOf('  a:') + 2;
  assert.deepEqual(show(ws.references('actor', 'a', true)), [`reg:${aKey}:a`, `u1:${ARTICLE.indexOf('by: a') + 4}:a`, `u1:${ARTICLE.indexOf('actor=a') + 6}:a`, `u2:${texts.u2!.indexOf('by=a') + 3}:a`]);
  assert.deepEqual(show(ws.references('actor', 'a', false)).filter((s) => s.startsWith('reg')), []);
  assert.deepEqual(show(ws.references('fact', 'g', false)), [`reg:${REGISTRY.indexOf('[g]') + 1}:g`, `u1:${ARTICLE.indexOf('"g"') + 1}:g`]);
  assert.deepEqual(show(ws.references('source', 's', false)), [`u1:${ARTICLE.indexOf('src=s') + 4}:s`]);
});

test('references follow edits and deletes', () => {
  const ws = setup();
  ws.setArticle('u2', 'Also [2]{fact=g by=b}.\n');
  assert.equal(ws.references('fact', 'f', false).filter((l) => l.uri === 'u2').length, 0);
  ws.removeArticle('u1');
  texts.u2 = 'Also [2]{fact=g by=b}.\n';
  assert.deepEqual(show(ws.references('actor', 'b', false)), [`u2:${texts.u2.indexOf('by=b') + 3}:b`]);
});
