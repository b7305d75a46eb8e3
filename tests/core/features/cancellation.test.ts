// The workspace-wide operations of core/api.ts take a cancellation token (references at a
// place, rename, workspace symbols, the Claims tree): unset, they answer in full; set, they stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt, referencesAt } from '../../../server/src/core/features/navigation';
import { renameAt } from '../../../server/src/core/features/rename';
import { workspaceSymbols } from '../../../server/src/core/features/symbols';
import { claimTree } from '../../../server/src/core/features/claimTree';
import { ARTICLE_A, ARTICLE_B, REGISTRY, REG_URI, offsetIn, uriOf, workspace } from './helpers';

const ws = workspace({ 'a.claims.txt': ARTICLE_A, 'b.claims.txt': ARTICLE_B }, REGISTRY);
const at = offsetIn(ARTICLE_A, 'actor=zel|enskyy');
const A = uriOf('a.claims.txt');
const cancelled = { isCancellationRequested: true };

test('definition and references at a place', () => {
  assert.equal(definitionAt(ws, A, at)?.uri, REG_URI);
  const refs = referencesAt(ws, A, at, true);
  assert.ok(refs.length >= 2 && refs.some((l) => l.uri === REG_URI) && refs.some((l) => l.uri === A));
  assert.equal(referencesAt(ws, A, at, false).some((l) => l.uri === REG_URI), false);
  assert.deepEqual(referencesAt(ws, A, at, true, cancelled), []);
});

test('rename and workspace symbols stop once the token is set', () => {
  const full = renameAt(ws, A, at, 'zelensky');
  assert.ok(full.ok && full.edits.length >= 2);
  const stopped = renameAt(ws, A, at, 'zelensky', cancelled);
  assert.ok(stopped.ok && stopped.edits.length === 0);
  assert.ok(workspaceSymbols(ws, '').length > 0);
  assert.ok(workspaceSymbols(ws, '', cancelled).length < workspaceSymbols(ws, '').length);
});

test('the Claims tree stops once the token is set', () => {
  assert.ok(claimTree(ws, 'fact').nodes.length > 0);
  assert.deepEqual(claimTree(ws, 'fact', cancelled).nodes, []);
});
