// A registry made from the workspace: every id the articles use and the registry lacks, actors
// named after their mention text, facts labelled from their sentence; "Add all unknown ids to
// claimmark.yaml" as a source action and as a quick fix of an unknown id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { addUnknownIdsPlan, registryFromWorkspace } from '../../../server/src/core/features/registryBootstrap';
import { readRegistry } from '../../../server/src/core/registry/read';
import { REG_URI, REGISTRY, applyTo, uriOf, workspace, offsetIn } from './helpers';

const A = 'The [Red Cross]{actor=red-cross} said [40]{fact=villages-emptied} villages were emptied, and [the Red Cross]{actor=red-cross} counted [1,200 people]{fact=people-displaced src=icrc-update} displaced.\n';
const B = 'The [Governor of Kursk]{actor=kursk-governor} said [about 3,000]{fact=nk-casualties by=kursk-governor} were hurt; [12 km2]{fact=area-lost by=zelenskyy} was lost.\n';

test('a new claimmark.yaml from the workspace: every id, names from mentions, labels from sentences, no examples', () => {
  const ws = workspace({ 'a.claims.txt': A, 'b.claims.txt': B });
  const text = registryFromWorkspace(ws);
  const reg = readRegistry(text);
  assert.deepEqual(reg.findings, []);
  assert.deepEqual([...reg.actors.keys()], ['kursk-governor', 'red-cross', 'zelenskyy']);
  assert.equal(reg.actors.get('red-cross')?.name, 'Red Cross');
  assert.equal(reg.actors.get('kursk-governor')?.name, 'Governor of Kursk');
  assert.deepEqual([...reg.facts.keys()], ['area-lost', 'nk-casualties', 'people-displaced', 'villages-emptied']);
  assert.match(reg.facts.get('villages-emptied')?.label ?? '', /village/);
  assert.equal(reg.facts.get('area-lost')?.unit, 'km2');
  assert.deepEqual([...reg.sources.keys()], ['icrc-update']);
  assert.doesNotMatch(text, /example/);
});

test('an empty workspace still gets a registry that reads', () => {
  const text = registryFromWorkspace(workspace({}));
  assert.deepEqual(readRegistry(text).findings, []);
});

test('"Add all unknown ids": one edit adding what the registry lacks, leaving the rest as it was', () => {
  const ws = workspace({ 'a.claims.txt': A, 'b.claims.txt': B }, REGISTRY);
  const plan = addUnknownIdsPlan(ws, { uri: REG_URI, text: REGISTRY, exists: true })!;
  assert.equal(plan.title, 'Add all 6 unknown ids to claimmark.yaml (actors, facts, sources)');
  assert.equal(plan.kind, 'registry');
  const after = applyTo(REG_URI, REGISTRY, plan.edits);
  assert.ok(after.startsWith(REGISTRY.slice(0, REGISTRY.indexOf('facts:'))), 'the existing actors stay first, as written');
  const reg = readRegistry(after);
  assert.deepEqual(reg.findings, []);
  assert.deepEqual([...reg.actors.keys()].sort(), ['kursk-governor', 'red-cross', 'uk-mod', 'zelenskyy']);
  const clean = workspace({ 'a.claims.txt': A, 'b.claims.txt': B }, after);
  for (const u of ['a.claims.txt', 'b.claims.txt']) assert.deepEqual(clean.diagnostics(uriOf(u)).filter((d) => d.code.startsWith('unknown-')), []);
  assert.equal(addUnknownIdsPlan(clean, { uri: REG_URI, text: after, exists: true }), undefined);
});

test('"Add all unknown ids" is a quick fix of an unknown id too (when there is more than one)', () => {
  const ws = workspace({ 'a.claims.txt': A }, REGISTRY);
  const at = offsetIn(A, '|red-cross');
  const plans = codeActions(ws, uriOf('a.claims.txt'), { start: at, end: at }, { uri: REG_URI, text: REGISTRY, exists: true });
  const quick = plans.find((p) => p.kind === 'quickfix' && p.title.startsWith('Add all 4 unknown ids'));
  assert.ok(quick, plans.map((p) => p.title).join(' | '));
  assert.equal(quick.diagnostic?.code, 'unknown-actor');
});
