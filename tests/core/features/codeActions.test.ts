// Code actions: untagged-figure fixes, adding unknown ids to claimmark.yaml, markup quick
// fixes. Each fix is applied and the result re-read: the diagnostic it fixes must be gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions, type ActionPlan } from '../../../server/src/core/features/codeActions';
import { addRegistryEntry } from '../../../server/src/core/registry/entryEdit';
import { readRegistry } from '../../../server/src/core/registry/read';
import { applyEdits } from '../../../server/src/core/edit';
import { ARTICLE_A, REGISTRY, REG_URI, applyTo, uriOf, workspace, offsetIn } from './helpers';

const X = uriOf('x.claims.txt');

/** The actions at the first occurrence of `needle` in the article `text`. */
function actionsAt(text: string, needle: string, registry: string | undefined = REGISTRY): { plans: ActionPlan[]; codes: () => string[] } {
  const ws = workspace({ 'x.claims.txt': text, 'a.claims.txt': ARTICLE_A }, registry);
  const start = offsetIn(text, `|${needle}`);
  const file = registry === undefined ? { uri: REG_URI, text: '', exists: false } : { uri: REG_URI, text: registry, exists: true };
  const plans = codeActions(ws, X, { start, end: start + needle.length }, file);
  return { plans, codes: () => ws.diagnostics(X).map((d) => d.code) };
}

/** Applies the action titled like `title` and returns the codes left in the article, re-read. */
function applyAndCheck(text: string, needle: string, title: RegExp, code: string): string {
  const { plans } = actionsAt(text, needle);
  const plan = plans.find((p) => title.test(p.title));
  assert.ok(plan, `no action ${title} among ${plans.map((p) => p.title).join(' | ')}`);
  const fixed = applyTo(X, text, plan.edits);
  const after = workspace({ 'x.claims.txt': fixed }, REGISTRY);
  assert.ok(!after.diagnostics(X).some((d) => d.code === code && d.span.start <= text.indexOf(needle) + needle.length), `${code} still there in ${fixed}`);
  return fixed;
}

const UNTAGGED = 'The [council]{actor=zelenskyy} said 4,500 homes were destroyed.\n';

test('untagged figure: tag as a claim, with the guessed actor', () => {
  const fixed = applyAndCheck(UNTAGGED, '4,500', /^Tag '4,500' as a claim/, 'untagged-figure');
  assert.match(fixed, /\[4,500\]\{fact=[a-z0-9-]+ by=zelenskyy\}/);
});

test('untagged figure: not a figure, suppress on the line and in the file', () => {
  assert.match(applyAndCheck(UNTAGGED, '4,500', /^Mark .* not a figure/, 'untagged-figure'), /\[4,500\]\{\.nofigure\}/);
  assert.match(applyAndCheck(UNTAGGED, '4,500', /on this line/, 'untagged-figure'), /claimmark-disable-line untagged-figure/);
  assert.match(applyAndCheck(UNTAGGED, '4,500', /in this file/, 'untagged-figure'), /^\{% claimmark-disable-file untagged-figure %\}/);
});

test('untagged figure: tag all in the file, and suppress in the workspace registry', () => {
  const text = 'Officials said 4,500 homes and 120 schools were destroyed.\n';
  const { plans } = actionsAt(text, '4,500');
  const all = plans.find((p) => /^Tag all 2 untagged figures/.test(p.title))!;
  assert.equal(all.kind, 'source');
  assert.equal(workspace({ 'x.claims.txt': applyTo(X, text, all.edits) }).diagnostics(X).filter((d) => d.code === 'untagged-figure').length, 0);
  const ws = plans.find((p) => /whole workspace/.test(p.title))!;
  assert.equal(readRegistry(applyTo(REG_URI, REGISTRY, ws.edits)).rules.severity['untagged-figure'], 'off');
});

test('unknown id: added under its section of the registry, with the mention as name', () => {
  const text = 'The [Red Cross]{actor=red-cross} said [12]{fact=nk-casualties} died.\n';
  const { plans } = actionsAt(text, 'red-cross');
  const add = plans.find((p) => p.title.startsWith("Add actor 'red-cross'"))!;
  const reg = readRegistry(applyTo(REG_URI, REGISTRY, add.edits));
  assert.equal(reg.actors.get('red-cross')?.name, 'Red Cross');
  assert.deepEqual(reg.findings, []);
  assert.equal(reg.facts.size, 1);
});

test('unknown id with no registry yet: the file is created', () => {
  const text = 'The [Red Cross]{actor=red-cross} said so.\n';
  const ws = workspace({ 'x.claims.txt': text }, '');
  const start = offsetIn(text, '|red-cross');
  const add = codeActions(ws, X, { start, end: start }, { uri: REG_URI, text: '', exists: false }).find((p) => p.title.startsWith('Add actor'))!;
  assert.equal(add.create, REG_URI);
  assert.equal(readRegistry(applyTo(REG_URI, '', add.edits)).actors.get('red-cross')?.name, 'Red Cross');
});

const REGISTRY_EDIT_CASES: [string, string][] = [
  ['empty file', ''],
  ['section absent', 'facts:\n  f:\n    label: F\n'],
  ['section last, no final newline', 'facts:\n  f: {}\nactors:\n  a:\n    name: A'],
  ['section first, others after', 'actors:\n    a:\n        name: A\n\nfacts:\n    f: {}\n'],
  ['comments and CRLF', '# reg\r\nactors:\r\n  # people\r\n  a:\r\n    name: A\r\nsources: {}\r\n'],
  ['empty section', 'actors:\nfacts:\n  f: {}\n'],
];

for (const [name, text] of REGISTRY_EDIT_CASES) {
  test(`registry edit: ${name}`, () => {
    const before = readRegistry(text);
    const after = readRegistry(applyEdits(text, addRegistryEntry(text, 'actor', 'new-one', { name: 'New: "One"' })));
    assert.deepEqual(after.findings.map((f) => f.message), before.findings.map((f) => f.message));
    assert.equal(after.actors.get('new-one')?.name, 'New: "One"');
    assert.deepEqual([...after.facts.keys()], [...before.facts.keys()]);
    assert.deepEqual([...after.actors.keys()].filter((k) => k !== 'new-one'), [...before.actors.keys()]);
  });
}

const MARKUP_CASES: [string, string, string, RegExp][] = [
  ['unclosed-attributes', 'They said [12]{fact=nk-casualties by=zelenskyy people died.\n', '{fact', /^Close the attributes/],
  ['unclosed-attributes', 'They said [12]{fact=nk-casualties [Kyiv]{actor=zelenskyy} said.\n', '{fact', /^Close the attributes/],
  ['unclosed-bracket', 'They said [12{fact=nk-casualties by=zelenskyy} died.\n', '[12', /^Close the span/],
  ['duplicate-attribute', 'They said [12]{fact=nk-casualties by=zelenskyy by=uk-mod} died.\n', 'by=uk-mod', /^Remove the repeated/],
  ['unknown-attribute', 'They said [12]{fact=nk-casualties by=zelenskyy asoff=2024-01-01} died.\n', 'asoff', /^Change to 'asof'/],
  ['bad-id', 'They said [12]{fact=NK-Casualties by=zelenskyy} died.\n', 'NK-Casualties', /^Change to 'nk-casualties'/],
  ['bad-suppression', 'They said 12 died. {% claimmark-disable-line untaged-figure %}\n', 'untaged', /^Change to 'untagged-figure'/],
];

for (const [code, text, needle, title] of MARKUP_CASES) {
  test(`markup fix: ${code}: ${JSON.stringify(text.slice(0, 60))}`, () => {
    const { codes } = actionsAt(text, needle);
    assert.ok(codes().includes(code), `fixture has no ${code}: ${codes().join()}`);
    applyAndCheck(text, needle, title, code);
  });
}

test('closing a block keeps the prose after it', () => {
  const fixed = applyAndCheck('They said [12]{fact=nk-casualties by=zelenskyy people died.\n', '{fact', /^Close/, 'unclosed-attributes');
  assert.equal(fixed, 'They said [12]{fact=nk-casualties by=zelenskyy} people died.\n');
  const quoted = applyAndCheck('They said [12]{fact=nk-casualties note="a b" [x]{actor=uk-mod} died.\n', '{fact', /^Close/, 'unclosed-attributes');
  assert.equal(quoted, 'They said [12]{fact=nk-casualties note="a b"} [x]{actor=uk-mod} died.\n');
});
