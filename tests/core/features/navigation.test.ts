// Rename across articles and the registry, document and workspace symbols, the Claims tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRename, renameAt } from '../../../server/src/core/features/rename';
import { documentSymbols, workspaceSymbols } from '../../../server/src/core/features/symbols';
import { claimTree, type TreeClaim, type TreeGroup } from '../../../server/src/core/features/claimTree';
import { ARTICLE_A, ARTICLE_B, REGISTRY, REG_URI, applyTo, offsetIn, uriOf, workspace } from './helpers';

const C = `---\nby: zelenskyy\n---\nHe said [3,000]{fact=nk-casualties by="zelenskyy"} died.\n`;
const files = { 'a.claims.txt': ARTICLE_A, 'b.claims.txt': ARTICLE_B, 'c.claims.txt': C };
const ws = workspace(files, REGISTRY);

test('rename edits every place an id is written, and the result reads the same', () => {
  const r = renameAt(ws, uriOf('a.claims.txt'), offsetIn(ARTICLE_A, 'actor=ze|lenskyy'), 'zelensky');
  assert.ok(r.ok);
  const after = workspace({}, applyTo(REG_URI, REGISTRY, r.edits));
  for (const [name, text] of Object.entries(files)) after.setArticle(uriOf(name), applyTo(uriOf(name), text, r.edits));
  assert.deepEqual(r.edits.map((d) => d.uri).sort(), [REG_URI, uriOf('a.claims.txt'), uriOf('c.claims.txt')].sort());
  assert.equal(r.edits.find((d) => d.uri === uriOf('c.claims.txt'))!.edits.length, 2); // front matter by and by="..."
  assert.equal(after.references('actor', 'zelenskyy', true).length, 0);
  assert.equal(after.references('actor', 'zelensky', true).length, ws.references('actor', 'zelenskyy', true).length);
  assert.ok(after.registry.actors.get('zelensky')?.name);
});

test('rename refuses an invalid or taken name', () => {
  const at = offsetIn(ARTICLE_A, 'actor=ze|lenskyy');
  for (const bad of ['Zelensky', 'two words', '', '-x', 'a/b']) {
    const r = renameAt(ws, uriOf('a.claims.txt'), at, bad);
    assert.equal(r.ok, false, bad);
  }
  const taken = renameAt(ws, uriOf('a.claims.txt'), at, 'uk-mod');
  assert.ok(!taken.ok && /already used/.test(taken.message));
});

test('prepare rename: on an id, from a registry key too; not on prose', () => {
  const p = prepareRename(ws, REG_URI, offsetIn(REGISTRY, 'n|k-casualties:'));
  assert.ok(!('message' in p) && p.kind === 'fact' && p.id === 'nk-casualties');
  assert.ok('message' in prepareRename(ws, uriOf('a.claims.txt'), offsetIn(ARTICLE_A, '|soldiers')));
});

test('document symbols: front matter, claims and mentions in order; registry sections', () => {
  const s = documentSymbols(ws, uriOf('a.claims.txt'), ARTICLE_A);
  assert.deepEqual(s.map((x) => x.kind), ['front-matter', 'mention', 'claim']);
  assert.equal(s[2]!.name, 'nk-casualties: about 3,000');
  const r = documentSymbols(ws, REG_URI, REGISTRY);
  assert.deepEqual(r.map((x) => `${x.name}:${x.children?.length}`), ['actors:2', 'facts:1', 'sources:1']);
  for (const sec of r) for (const c of sec.children!) assert.ok(sec.span.start <= c.span.start && c.span.end <= sec.span.end);
});

test('workspace symbols match registry entries, undefined ids and articles', () => {
  assert.deepEqual(workspaceSymbols(ws, 'zel').map((h) => `${h.kind}:${h.name}`), ['actor:zelenskyy']);
  assert.ok(workspaceSymbols(ws, 'uk estimate').some((h) => h.kind === 'article'));
  assert.ok(workspaceSymbols(ws, '').length >= 7);
});

const leaves = (nodes: (TreeGroup | TreeClaim)[]): TreeClaim[] => nodes.flatMap((n) => (n.kind === 'claim' ? [n] : leaves(n.children)));

test('the Claims tree groups by actor then fact, by fact, and conflicts only', () => {
  const byActor = claimTree(ws, 'actor');
  assert.equal(byActor.articleCount, 3);
  assert.deepEqual(byActor.nodes.map((n) => n.label), ['UK Ministry of Defence', 'Volodymyr Zelenskyy']);
  assert.equal(byActor.nodes[1]!.claimCount, 2);
  assert.equal(byActor.nodes[1]!.children[0]!.kind, 'fact');
  const byFact = claimTree(ws, 'fact');
  assert.equal(leaves(byFact.nodes).length, 3);
  const conflicts = claimTree(ws, 'conflicts');
  const c = leaves(conflicts.nodes);
  assert.ok(c.length >= 2 && c.every((l) => l.conflict && l.conflictCount > 0));
  assert.ok(c.some((l) => l.reading === 'at most 1,000'));
});
