// Quick fixes for a claim with no actor: the sources its sentence names (as actor mentions or
// `by=`), the outlet as the article's `by:`, the article's own voice; and no fix for another
// figure is offered at the claim. Tag all is a quick fix too, and says what it did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions, type ActionPlan } from '../../../server/src/core/features/codeActions';
import { readRegistry } from '../../../server/src/core/registry/read';
import { REG_URI, applyTo, uriOf, workspace, offsetIn } from './helpers';

const X = uriOf('x.claims.txt');
const REG = 'actors:\n  general-staff:\n    name: General Staff\n  reuters:\n    name: Reuters\nfacts:\n  drones-launched:\n    label: Drones launched\n';
const TEXT = '---\ntitle: Night raid\noutlet: Reuters\n---\nThe General Staff said [800]{fact=drones-launched} drones were launched, and 10,000 to 12,000 troops moved.\n';

function at(text: string, needle: string, registry = REG, whole = false): ActionPlan[] {
  const ws = workspace({ 'x.claims.txt': text }, registry);
  const start = offsetIn(text, `|${needle}`);
  const d = ws.diagnostics(X).find((x) => x.span.start <= start && start < x.span.end);
  const span = whole && d ? d.span : { start, end: start };
  return codeActions(ws, X, span, { uri: REG_URI, text: registry, exists: true });
}

function codesAfter(text: string, plan: ActionPlan, registry = REG): string[] {
  const fixed = applyTo(X, text, plan.edits);
  const reg = plan.edits.some((e) => e.uri === REG_URI) ? applyTo(REG_URI, registry, plan.edits) : registry;
  return workspace({ 'x.claims.txt': fixed }, reg).diagnostics(X).map((d) => d.code);
}

test("a claim without actor: the sentence's source first, as an actor mention", () => {
  for (const whole of [false, true]) {
    const plans = at(TEXT, '800', REG, whole);
    const first = plans[0]!;
    assert.equal(first.title, "Mark 'The General Staff' as actor general-staff");
    assert.equal(first.isPreferred, true);
    assert.ok(!codesAfter(TEXT, first).includes('claim-without-actor'));
    assert.match(applyTo(X, TEXT, first.edits), /\[The General Staff\]\{actor=general-staff\} said \[800\]/);
    assert.ok(!plans.some((p) => /10,000/.test(p.title)), `no fix for another figure: ${plans.map((p) => p.title).join(' | ')}`);
  }
});

test('a claim without actor: by=, the outlet as by:, and .own', () => {
  const plans = at(TEXT, '800');
  const titles = plans.map((p) => p.title);
  for (const t of ["Add by=general-staff to '800'", "Mark '800' as the article's own voice (.own)"]) assert.ok(titles.includes(t), titles.join(' | '));
  const outlet = plans.find((p) => p.title.startsWith('Set by: reuters'))!;
  assert.match(applyTo(X, TEXT, outlet.edits), /^---\ntitle: Night raid\noutlet: Reuters\nby: reuters\n---\n/);
  for (const p of plans.filter((x) => x.diagnostic?.code === 'claim-without-actor')) assert.ok(!codesAfter(TEXT, p).includes('claim-without-actor'), p.title);
});

test('a source the registry does not know gets a new id, added to claimmark.yaml', () => {
  const text = 'The Red Cross said [800]{fact=drones-launched} people fled.\n';
  const plans = at(text, '800');
  assert.equal(plans[0]!.title, "Mark 'The Red Cross' as actor red-cross (new actor)");
  const reg = readRegistry(applyTo(REG_URI, REG, plans[0]!.edits));
  assert.equal(reg.actors.get('red-cross')?.name, 'Red Cross');
  assert.deepEqual(codesAfter(text, plans[0]!), []);
});

test('tag all is offered as a quick fix of an untagged figure too, and reports its count', () => {
  const plans = at(TEXT, '10,000');
  const quick = plans.find((p) => p.kind === 'quickfix' && /^Tag all/.test(p.title));
  assert.ok(quick, plans.map((p) => `${p.kind}: ${p.title}`).join(' | '));
  assert.ok(plans.some((p) => p.kind === 'source' && p.title === quick.title));
  assert.match(quick.report ?? '', /^Tagged 1 figure as a claim\. Undo with Ctrl\+Z\.$/);
  assert.ok(plans.indexOf(quick) > plans.findIndex((p) => /^Tag '10,000/.test(p.title)), 'after the figure\'s own tag fix');
});
