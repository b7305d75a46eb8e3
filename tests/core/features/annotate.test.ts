// The drafting engine's draft as code-action plans (features/annotate.ts): the annotate plan's
// labelled edits and registry file, tag all over the same draft, and the drafted tag quick fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace, annotatePlan, applyEdits, buildArticle, codeActions, draftInWorkspace, tagAllPlan } from '../../../server/src/core/api';
import { offsetIn } from './helpers';

const URI = 'file:///ws/raid.claims.txt';
const REG = 'file:///ws/claimmark.yaml';
const TEXT = '---\npublished: 2024-12-26\n---\nOn Thursday, Russia launched 78 missiles and 106 drones, Ukraine’s air force said. It added that 59 missiles were shot down.\n';

function setUp(registryText?: string) {
  const ws = new Workspace();
  if (registryText !== undefined) ws.setRegistry(REG, registryText);
  const article = ws.setArticle(URI, TEXT, 1);
  return { ws, article, registry: { uri: REG, text: registryText ?? '', exists: registryText !== undefined } };
}

test('annotate: claims and actor mentions labelled, the registry created with the new ids, confirmation asked', () => {
  const { ws, article, registry } = setUp();
  const drafting = draftInWorkspace(ws, article);
  const plan = annotatePlan(drafting, registry)!;
  assert.equal(plan.kind, 'annotate');
  assert.equal(plan.confirm, true);
  assert.equal(plan.create, REG);
  const [doc, reg] = plan.edits;
  assert.equal(doc!.uri, URI);
  const claims = doc!.edits.filter((e) => e.label === 'Claims');
  const mentions = doc!.edits.filter((e) => e.label === 'Actor mentions');
  assert.equal(claims.length, drafting.draft.claims.length);
  assert.equal(mentions.length, drafting.draft.mentions.length);
  assert.equal(claims.length + mentions.length, doc!.edits.length);
  assert.match(plan.title, new RegExp(`^Annotate this article \\(${claims.length} claims, ${mentions.length} actor mentions?\\)$`));
  assert.ok(claims.length >= 3 && mentions.length >= 1, plan.title);
  assert.equal(reg!.uri, REG);
  assert.ok(reg!.edits.every((e) => e.label === 'Registry'));
  const annotated = buildArticle(URI, applyEdits(TEXT, doc!.edits));
  const yaml = applyEdits('', reg!.edits);
  for (const c of annotated.claims) assert.ok(yaml.includes(`  ${c.fact.id}:`), `${c.fact.id} in the new registry`);
  for (const m of annotated.mentions) assert.ok(yaml.includes(`  ${m.actor.id}:`), `${m.actor.id} in the new registry`);
});

test('tag all is the same draft, applied without confirmation; without a registry file nothing is created', () => {
  const { ws, article } = setUp();
  const drafting = draftInWorkspace(ws, article);
  const all = tagAllPlan(drafting, undefined)!;
  assert.equal(all.kind, 'source');
  assert.equal(all.confirm, undefined);
  assert.equal(all.create, undefined);
  assert.equal(all.edits.length, 1);
  assert.deepEqual(all.edits[0]!.edits.map((e) => e.newText), drafting.draft.edits.map((e) => e.newText));
  assert.equal(all.title, `Tag all ${drafting.draft.claims.length} untagged figures in this file as claims`);
});

test('the tag quick fix: the drafted claim first and preferred, instead of the noun-only proposal', () => {
  const { ws, article, registry } = setUp('facts:\n  missiles-launched:\n    label: missiles launched\n    kind: event\n');
  const at = offsetIn(TEXT, '|78');
  const drafted = draftInWorkspace(ws, article);
  const claim = drafted.draft.claims.find((c) => c.span.start === at)!;
  const actions = codeActions(ws, URI, { start: at, end: at + 2 }, registry, undefined, () => drafted);
  const tags = actions.filter((a) => a.title.startsWith("Tag '78' as a claim of"));
  assert.ok(tags.length >= 1);
  assert.equal(tags[0]!.isPreferred, true);
  assert.match(tags[0]!.title, new RegExp(`^Tag '78' as a claim of ${claim.fact}`));
  const tagged = buildArticle(URI, applyEdits(TEXT, tags[0]!.edits[0]!.edits));
  const placed = tagged.claims.find((c) => c.text === '78')!;
  assert.equal(placed.fact.id, claim.fact);
  assert.equal(placed.actor?.id, claim.actor);
  assert.ok(actions.some((a) => a.kind === 'source' && a.title === `Tag all ${drafted.draft.claims.length} untagged figures in this file as claims`));
});
