// Over stdio, on a raw seed article (plain text, no markup): the source action "Annotate this
// article" (edits under change annotations needing confirmation, claimmark.yaml created or
// edited), its result checked by the server itself, and the tag quick fix with the drafted
// attributes first and alternative registry facts after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, ROOT, applyLspEdits, positionOf, uriOf } from './client';
import { buildArticle } from '../../server/src/core/api';
import { rawArticle } from '../fixtures/rawSample';

const ANNOTATE = 'source.annotate.claimmark';
/** The first seed as it arrives (../shared/seeds/000_...): its annotated sample stripped of front matter, markup and comments. */
const seedText = () => rawArticle(readFileSync(join(ROOT, 'samples', 'kursk-nk-casualties-2024-12-26.claims.txt'), 'utf8')).replace(/\n$/, '');

/** A temp workspace holding the raw seed as seed.claims.txt (and the samples' registry if asked). */
async function start(withRegistry: boolean): Promise<{ c: Client; uri: string; text: string; regUri: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'claimmark-annotate-'));
  writeFileSync(join(folder, 'seed.claims.txt'), seedText());
  if (withRegistry) copyFileSync(join(ROOT, 'samples', 'claimmark.yaml'), join(folder, 'claimmark.yaml'));
  const c = await Client.start({ folder, removeFolder: true });
  await c.ready();
  const uri = await c.open(join(folder, 'seed.claims.txt'));
  return { c, uri, text: c.text(uri)!, regUri: uriOf(join(folder, 'claimmark.yaml')) };
}

const diagnostics = async (c: Client, uri: string): Promise<any[]> => (await c.request('textDocument/diagnostic', { textDocument: { uri } })).items;
const errors = (ds: any[]) => ds.filter((d) => d.severity === 1);

test('Annotate this article: a raw seed gets claims, actor mentions and a new claimmark.yaml, under annotations that need confirmation', async () => {
  const { c, uri, text, regUri } = await start(false);
  try {
    const before = await diagnostics(c, uri);
    const untaggedBefore = before.filter((d) => d.code === 'untagged-figure').length;
    assert.ok(untaggedBefore > 5, `the raw seed has untagged figures (${untaggedBefore})`);
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [ANNOTATE] } });
    assert.equal(actions.length, 1, actions.map((a: any) => a.title).join(' | '));
    const [action] = actions;
    assert.equal(action.kind, ANNOTATE);
    assert.match(action.title, /^Annotate this article \((\d+) claims, (\d+) actor mentions\)$/);
    const { edit } = action;
    assert.deepEqual(Object.keys(edit.changeAnnotations).sort(), ['Actor mentions', 'Claims', 'Registry']);
    for (const a of Object.values<any>(edit.changeAnnotations)) assert.equal(a.needsConfirmation, true);
    const [create, ...docs] = edit.documentChanges;
    assert.deepEqual(create, { kind: 'create', uri: regUri, options: { ignoreIfExists: true }, annotationId: 'Registry' });
    const article = docs.find((d: any) => d.textDocument.uri === uri);
    const registry = docs.find((d: any) => d.textDocument.uri === regUri);
    assert.deepEqual(article.textDocument, { uri, version: c.version(uri) });
    assert.deepEqual(registry.textDocument, { uri: regUri, version: null });
    assert.ok(article.edits.every((e: any) => e.annotationId === 'Claims' || e.annotationId === 'Actor mentions'));
    const claimEdits = article.edits.filter((e: any) => e.annotationId === 'Claims');
    const mentionEdits = article.edits.filter((e: any) => e.annotationId === 'Actor mentions');
    assert.equal(`${claimEdits.length} claims, ${mentionEdits.length} actor mentions`, /\((.*)\)/.exec(action.title)![1]);
    assert.ok(claimEdits.every((e: any) => /^\[[^\]]+\]\{fact=[a-z0-9-]+( by=[a-z0-9-]+)?( asof=\S+)?( \.own)?\}$/.test(e.newText)), claimEdits.map((e: any) => e.newText).join('\n'));
    assert.ok(mentionEdits.length > 0 && mentionEdits.every((e: any) => /^\[[^\]]+\]\{actor=[a-z0-9-]+\}$/.test(e.newText)));

    // Applied: the article parses with those claims and mentions; with the new registry open, the server finds no new error.
    const annotated = applyLspEdits(text, article.edits);
    const model = buildArticle(uri, annotated);
    assert.equal(model.claims.length, claimEdits.length);
    assert.equal(model.mentions.length, mentionEdits.length);
    assert.deepEqual(model.syntax.errors, []);
    const yaml = applyLspEdits('', registry.edits);
    assert.match(yaml, /^actors:\n/m);
    assert.match(yaml, /^facts:\n/m);
    await c.open(join(c.options.folder, 'claimmark.yaml'), yaml);
    await c.change(uri, annotated);
    const after = await diagnostics(c, uri);
    assert.ok(errors(after).length <= errors(before).length, `new errors: ${JSON.stringify(errors(after))}`);
    assert.deepEqual(after.filter((d) => /^unknown-/.test(d.code)), [], 'every id the draft wrote is in the new registry');
    assert.ok(after.filter((d) => d.code === 'untagged-figure').length <= untaggedBefore - claimEdits.length);
    const regDiagnostics = await diagnostics(c, regUri);
    assert.deepEqual(errors(regDiagnostics), [], 'the new registry reads without errors');
  } finally {
    await c.close();
  }
});

test('Annotate this article is offered to a source-action request and to an invoked request, not to the automatic lightbulb', async () => {
  const { c, uri } = await start(false);
  try {
    const range = { start: { line: 2, character: 70 }, end: { line: 2, character: 70 } };
    const ask = (context: object) => c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...context } });
    const kinds = (as: any[]) => as.map((a) => a.kind);
    assert.ok(kinds(await ask({ only: ['source'] })).includes(ANNOTATE));
    assert.ok(kinds(await ask({ triggerKind: 1 })).includes(ANNOTATE));
    assert.ok(!kinds(await ask({ triggerKind: 2 })).includes(ANNOTATE));
    assert.ok(!kinds(await ask({ only: ['quickfix'] })).includes(ANNOTATE));
  } finally {
    await c.close();
  }
});

test('the tag quick fix: the drafted fact and attribution first and preferred, then up to two alternative registry facts', async () => {
  const { c, uri, text, regUri } = await start(true);
  try {
    const [annotate] = await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [ANNOTATE] } });
    const registryEdit = annotate.edit.documentChanges.find((d: any) => d.textDocument?.uri === regUri);
    assert.ok(!annotate.edit.documentChanges.some((d: any) => d.kind === 'create'), 'claimmark.yaml exists: edited, not created');
    // (every figure of this seed now fits a fact of the samples' registry: it may need no new entry at all)
    if (registryEdit) assert.equal(registryEdit.textDocument.version, null);
    assert.ok(annotate.edit.documentChanges.every((d: any) => d.textDocument?.uri !== regUri || d.textDocument.version === null));
    const drafted = annotate.edit.documentChanges.find((d: any) => d.textDocument?.uri === uri).edits.filter((e: any) => e.annotationId === 'Claims');
    const registryFacts = new Set([...readFileSync(new URL(regUri), 'utf8').matchAll(/^ {2}([a-z0-9-]+):/gm)].map((m) => m[1]));
    let alternativesSeen = 0;
    for (const figure of ['about 3,000', '106', '31']) {
      const at = positionOf(text, ` ${figure} `, 1);
      const range = { start: at, end: { line: at.line, character: at.character + figure.length } };
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      const tags = actions.filter((a: any) => a.kind === 'quickfix' && a.title.startsWith(`Tag '${figure}' as a claim of `));
      assert.ok(tags.length >= 1 && tags.length <= 3, tags.map((a: any) => a.title).join(' | '));
      assert.equal(tags[0].isPreferred, true);
      assert.ok(tags.slice(1).every((a: any) => !a.isPreferred));
      const draftedHere = drafted.find((e: any) => e.range.start.line === range.start.line && e.range.start.character === range.start.character);
      const [edit] = tags[0].edit.documentChanges[0].edits;
      assert.equal(/fact=([a-z0-9-]+)/.exec(edit.newText)![1], /fact=([a-z0-9-]+)/.exec(draftedHere.newText)![1], 'the annotation\'s fact');
      assert.equal(/asof=(\S+?)[ }]/.exec(edit.newText)?.[1], /asof=(\S+?)[ }]/.exec(draftedHere.newText)?.[1], 'the annotation\'s as-of');
      // The tagged figure is attributed to the actor the title names (by= written only where the model would pick someone else).
      const tagged = buildArticle(uri, applyLspEdits(text, [edit]));
      const claim = tagged.claims.find((k) => k.text === figure)!;
      const named = / by ([a-z0-9-]+)/.exec(tags[0].title)?.[1];
      assert.equal(claim.actor?.id, named, `${tags[0].title} → ${edit.newText}`);
      for (const alt of tags.slice(1)) {
        alternativesSeen++;
        const fact = /fact=([a-z0-9-]+)/.exec(alt.edit.documentChanges[0].edits[0].newText)![1]!;
        assert.ok(registryFacts.has(fact), `${fact} is a registry fact`);
        assert.notEqual(fact, /fact=([a-z0-9-]+)/.exec(edit.newText)![1]);
      }
    }
    assert.ok(alternativesSeen > 0, 'some figure of the seed fits other registry facts');
  } finally {
    await c.close();
  }
});
