// The workspace index: incremental add/change/delete keeps the claim groups, references and
// changed URIs right, and diagnostics are memoised until something they depend on changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { REGISTRY, claimText } from './fixtures';

const groups = (m: Map<string, { uri: string; claim: { text: string } }[]>) =>
  Object.fromEntries([...m].map(([k, refs]) => [k, refs.map((r) => `${r.uri}:${r.claim.text}`)]));

test('claims by fact, actor and source follow adds, changes and deletes', () => {
  const ws = new Workspace();
  ws.setArticle('u1', claimText('a', '3', 'f', ' src=s'));
  ws.setArticle('u2', claimText('b', '11'));
  assert.deepEqual(groups(ws.claimsByFact()), { f: ['u1:3', 'u2:11'] });
  assert.deepEqual(groups(ws.claimsByActor()), { a: ['u1:3'], b: ['u2:11'] });
  assert.deepEqual(groups(ws.claimsBySource()), { s: ['u1:3'] });
  ws.setArticle('u1', claimText('b', '4', 'g'));
  assert.deepEqual(groups(ws.claimsByFact()), { f: ['u2:11'], g: ['u1:4'] });
  assert.deepEqual(groups(ws.claimsByActor()), { b: ['u1:4', 'u2:11'] });
  assert.deepEqual(groups(ws.claimsBySource()), {});
  ws.removeArticle('u2');
  assert.deepEqual(groups(ws.claimsByFact()), { g: ['u1:4'] });
  assert.deepEqual([...ws.articles()].map((a) => a.uri), ['u1']);
  assert.equal(ws.getArticle('u2'), undefined);
});

test('an edit rebuilds only the groups of the ids it touches', () => {
  const ws = new Workspace();
  ws.setArticle('u1', claimText('a', '3'));
  ws.setArticle('u2', claimText('b', '4', 'other'));
  const before = ws.claimsByFact();
  const other = before.get('other');
  ws.setArticle('u1', claimText('a', '5'));
  const after = ws.claimsByFact();
  assert.equal(after, before, 'the same live map');
  assert.equal(after.get('other'), other, 'an untouched group keeps its array');
  assert.equal(after.get('f')![0]!.claim.text, '5');
});

test('changed URIs: the article itself, articles whose conflicts changed, all on a registry change', () => {
  const ws = new Workspace();
  ws.setArticle('u1', claimText('a', '3'));
  ws.setArticle('u2', claimText('b', '3'));
  ws.setArticle('u3', claimText('b', '7', 'other'));
  assert.deepEqual([...ws.takeChangedUris()].sort(), ['u1', 'u2', 'u3']);
  assert.deepEqual([...ws.takeChangedUris()], [], 'drained on read');
  ws.setArticle('u2', claimText('b', '11')); // now conflicts with u1
  assert.deepEqual([...ws.takeChangedUris()].sort(), ['u1', 'u2']);
  ws.setArticle('u3', claimText('b', '8', 'other')); // touches no other article
  assert.deepEqual([...ws.takeChangedUris()], ['u3']);
  ws.removeArticle('u2'); // the conflict goes away in u1 too
  assert.deepEqual([...ws.takeChangedUris()].sort(), ['u1', 'u2']);
  ws.setRegistry('reg', REGISTRY);
  assert.deepEqual([...ws.takeChangedUris()].sort(), ['reg', 'u1', 'u3']);
  ws.setRegistry(undefined, undefined);
  assert.deepEqual([...ws.takeChangedUris()].sort(), ['reg', 'u1', 'u3'], 'the old registry uri is told too, to clear it');
});

test('setting the same text again re-reads nothing', () => {
  const ws = new Workspace();
  const first = ws.setArticle('u1', claimText('a', '3'), 1);
  ws.takeChangedUris();
  const again = ws.setArticle('u1', claimText('a', '3'), 2);
  assert.equal(again, first);
  assert.equal(again.version, 2);
  assert.deepEqual([...ws.takeChangedUris()], []);
});

test('conflict diagnostics appear and disappear with the other article', () => {
  const ws = new Workspace();
  ws.setArticle('u1', claimText('a', '3'));
  assert.deepEqual(ws.diagnostics('u1').map((d) => d.code), []);
  ws.setArticle('u2', claimText('b', '11'));
  const d = ws.diagnostics('u1');
  assert.deepEqual(d.map((x) => x.code), ['conflicting-figure']);
  assert.equal(d[0]!.related?.[0]?.uri, 'u2');
  const claim = ws.getArticle('u1')!.claims[0]!;
  assert.deepEqual(ws.conflictsOf('u1', claim).map((r) => r.uri), ['u2']);
  ws.removeArticle('u2');
  assert.deepEqual(ws.diagnostics('u1').map((x) => x.code), []);
});

test('diagnostics are memoised per article, registry and options', () => {
  const ws = new Workspace();
  ws.setArticle('u1', 'The [x]{actor=a} said [3]{fact=f} and 40 more.\n');
  ws.setArticle('u2', claimText('b', '5', 'other'));
  const first = ws.diagnostics('u1');
  assert.equal(ws.diagnostics('u1'), first, 'same array when nothing changed');
  ws.setArticle('u2', claimText('b', '6', 'other'));
  assert.equal(ws.diagnostics('u1'), first, 'an unrelated article does not invalidate');
  assert.notEqual(ws.diagnostics('u1', { severity: { 'untagged-figure': 'error' } }), first, 'other options, other result');
  ws.setRegistry('reg', REGISTRY);
  assert.notEqual(ws.diagnostics('u1'), first, 'a registry change invalidates');
});

test('unknown ids are reported only once a registry exists, at the id', () => {
  const text = '---\nby: nobody\n---\nThe [x]{actor=zed} said [3]{fact=nope by=a src=nosrc} and [4]{fact=f src=https://example.org/x}.\n';
  const ws = new Workspace();
  ws.setArticle('u1', text);
  assert.deepEqual(ws.diagnostics('u1').filter((d) => d.code.startsWith('unknown-')), []);
  ws.setRegistry('reg', REGISTRY);
  const found = ws.diagnostics('u1').filter((d) => d.code.startsWith('unknown-')).map((d) => `${d.code}@${text.slice(d.span.start, d.span.end)}`);
  assert.deepEqual(found, ['unknown-actor@nobody', 'unknown-actor@zed', 'unknown-fact@nope', 'unknown-source@nosrc']);
});

test('the registry document gets its own findings; unknown documents get none', () => {
  const ws = new Workspace();
  ws.setRegistry('reg', 'actors:\n  a: [not, a, map]\n');
  assert.ok(ws.diagnostics('reg').length > 0);
  assert.ok(ws.diagnostics('reg').every((d) => d.code.startsWith('registry-')));
  assert.deepEqual(ws.diagnostics('nowhere'), []);
});
