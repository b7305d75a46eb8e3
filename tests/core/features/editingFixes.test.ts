// Fixes met while typing markup by hand next to other text: closing an unclosed block never
// takes the text after the cursor (or after the id) into an id, and a bad id is changed to an
// existing id that fits before a made-up one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions, type ActionPlan } from '../../../server/src/core/features/codeActions';
import { REG_URI, applyTo, cursor, uriOf, workspace } from './helpers';

const X = uriOf('x.claims.txt');
const REG = 'actors:\n  ukraine:\n    name: Ukraine\n  zelenskyy:\n    name: Volodymyr Zelenskyy\nfacts:\n  drones-launched:\n    label: Drones launched\n';

/** The actions with the cursor at `|` of `marked`. */
function actionsAtCursor(marked: string, registry = REG): { text: string; plans: ActionPlan[] } {
  const { text, offset } = cursor(marked);
  const ws = workspace({ 'x.claims.txt': text }, registry);
  return { text, plans: codeActions(ws, X, { start: offset, end: offset }, { uri: REG_URI, text: registry, exists: true }) };
}

function apply(text: string, plans: ActionPlan[], title: RegExp): string {
  const plan = plans.find((p) => title.test(p.title));
  assert.ok(plan, `no action ${title} among ${plans.map((p) => p.title).join(' | ')}`);
  return applyTo(X, text, plan.edits);
}

test("closing the attributes stops an id before a curly apostrophe ('ukraine’s')", () => {
  const { text, plans } = actionsAtCursor('Drones hit [Kyiv]{|actor=ukraine’s power grid.\n');
  assert.equal(apply(text, plans, /^Close the attributes/), 'Drones hit [Kyiv]{actor=ukraine}’s power grid.\n');
});

test('closing the attributes never takes the text after the cursor into an id', () => {
  const { text, plans } = actionsAtCursor('Talks with [Kyiv]{actor=ukraine|ians went on.\n');
  assert.equal(apply(text, plans, /^Close the attributes/), 'Talks with [Kyiv]{actor=ukraine}ians went on.\n');
});

test('a bad id is changed to an existing id that fits, first', () => {
  const { text, plans } = actionsAtCursor('Drones hit [Kyiv]{actor=ukraine’|s} grid.\n');
  const first = plans.find((p) => p.diagnostic?.code === 'bad-id');
  assert.equal(first?.title, "Change to 'ukraine' (existing actor)");
  assert.equal(first?.isPreferred, true);
  assert.equal(apply(text, plans, /^Change to 'ukraine'/), 'Drones hit [Kyiv]{actor=ukraine} grid.\n');
  assert.ok(!plans.some((p) => p.title.includes('ukraine-s') && p.isPreferred), 'the made-up id is not preferred');
});

test('a bad id written as the registry name is changed to that entry', () => {
  const { plans } = actionsAtCursor('He [said]{actor="Volodymyr |Zelenskyy"} so.\n');
  assert.equal(plans.find((p) => p.diagnostic?.code === 'bad-id')?.title, "Change to 'zelenskyy' (existing actor)");
});

test('a bad id with no existing id that fits keeps the plain suggestion', () => {
  const { plans } = actionsAtCursor('He [said]{actor=Red|_Cross} so.\n');
  assert.equal(plans.find((p) => p.diagnostic?.code === 'bad-id')?.title, "Change to 'red_cross'");
});
