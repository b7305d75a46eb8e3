// Over stdio, on a copy of samples/: hover, completion, code actions (edits applied, versions
// checked), rename across files, definition, references, symbols, and the Claims tree messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Client, applyLspEdits, copySamples, positionOf, uriOf } from './client';

const ARTICLE = 'kursk-nk-casualties-2024-12-26.claims.txt';
let c: Client;
let uri: string;
let text: string;
let regUri: string;

before(async () => {
  c = await Client.start({ folder: copySamples(), removeFolder: true });
  await c.ready();
  uri = await c.open(join(c.options.folder, ARTICLE));
  text = c.text(uri)!;
  regUri = uriOf(join(c.options.folder, 'claimmark.yaml'));
});
after(async () => { await c.close(); });

const doc = () => ({ textDocument: { uri } });
const diskText = (u: string) => readFileSync(new URL(u), 'utf8');

test('hover on a claim: the citation card, as markdown', async () => {
  const h = await c.request('textDocument/hover', { ...doc(), position: positionOf(text, '[about 3,000]', 2) });
  assert.equal(h.contents.kind, 'markdown');
  for (const part of ['North Korean troops killed or wounded in the Kursk region', 'Volodymyr Zelenskyy', 'President of Ukraine', '2024-12-23', 'Other reports']) {
    assert.ok(h.contents.value.includes(part), `${part} missing from\n${h.contents.value}`);
  }
  assert.deepEqual(h.range.start, positionOf(text, '[about 3,000]'));
});

test('hover on an actor mention: the actor card', async () => {
  const h = await c.request('textDocument/hover', { ...doc(), position: positionOf(text, '[Volodymyr Zelenskyy]', 3) });
  assert.match(h.contents.value, /\*\*Volodymyr Zelenskyy\*\* · actor zelenskyy/);
});

test('completion: fact ids with their labels after fact=', async () => {
  const scratch = await c.open(join(c.options.folder, 'scratch.claims.txt'), 'They fired [78]{fact=');
  const items = await c.request('textDocument/completion', { textDocument: { uri: scratch }, position: { line: 0, character: 21 } });
  const nk = items.find((i: any) => i.label === 'nk-casualties');
  assert.ok(nk, 'nk-casualties offered');
  assert.equal(nk.detail, 'North Korean troops killed or wounded in the Kursk region since their deployment');
  assert.deepEqual(nk.textEdit.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 21 } });
  const keys = await c.request('textDocument/completion', { textDocument: { uri: scratch }, position: { line: 0, character: 16 } });
  assert.ok(keys.some((i: any) => i.label === 'asof'), 'keys after {');
});

test('code action: tag an untagged figure as a claim, with the document version', async () => {
  const u = await c.open(join(c.options.folder, 'untagged.claims.txt'), 'The [council]{actor=riverton-council} said 4,500 homes were destroyed.\n');
  const version = c.version(u);
  const range = { start: { line: 0, character: 43 }, end: { line: 0, character: 48 } };
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } });
  const tag = actions.find((a: any) => /^Tag '4,500' as a claim/.test(a.title));
  assert.ok(tag, actions.map((a: any) => a.title).join(' | '));
  assert.equal(tag.kind, 'quickfix');
  assert.equal(tag.diagnostics[0].code, 'untagged-figure');
  const [edit] = tag.edit.documentChanges;
  assert.deepEqual(edit.textDocument, { uri: u, version });
  const fixed = applyLspEdits(c.text(u)!, edit.edits);
  // The drafted attributes: the registry's fact; no by= since the mention before "said" already attributes it.
  assert.match(tag.title, / by riverton-council$/);
  assert.match(fixed, /said \[4,500\]\{fact=riverton-homes-destroyed\} homes/);
  await c.change(u, fixed);
  const after = await c.request('textDocument/diagnostic', { textDocument: { uri: u } });
  assert.ok(!after.items.some((d: any) => d.code === 'untagged-figure'));
  assert.ok(actions.some((a: any) => a.kind === 'source.claimmark.tagAll'), 'tag all offered');
});

test('code action: tag all is a quick fix too, whose command has the server say how many it tagged', async () => {
  const u = await c.open(join(c.options.folder, 'tagall.claims.txt'), 'Officials said 4,500 homes and 120 schools were destroyed.\n');
  const range = { start: positionOf(c.text(u)!, '4,500'), end: positionOf(c.text(u)!, '4,500') };
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } });
  const quick = actions.find((a: any) => a.kind === 'quickfix' && /^Tag all 2 /.test(a.title));
  assert.ok(quick, actions.map((a: any) => `${a.kind} ${a.title}`).join(' | '));
  assert.deepEqual(quick.command, { title: 'Report', command: 'claimmark.report', arguments: ['Tagged 2 figures as claims. Undo with Ctrl+Z.'] });
  assert.deepEqual(c.initializeResult.capabilities.executeCommandProvider, { commands: ['claimmark.report'] });
  const seen = c.notes.length;
  assert.equal(await c.request('workspace/executeCommand', quick.command), null);
  const shown = await c.waitFor('window/showMessage', () => true, 5_000, seen);
  assert.deepEqual(shown, { type: 3, message: 'Tagged 2 figures as claims. Undo with Ctrl+Z.' });
});

test('code action: add an unknown actor to claimmark.yaml (on disk: version null)', async () => {
  const u = await c.open(join(c.options.folder, 'unknown.claims.txt'), 'The [Red Cross]{actor=red-cross-intl} said so.\n');
  const range = { start: { line: 0, character: 23 }, end: { line: 0, character: 23 } };
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } });
  const add = actions.find((a: any) => a.title.startsWith("Add actor 'red-cross-intl'"));
  assert.ok(add, actions.map((a: any) => a.title).join(' | '));
  const [edit] = add.edit.documentChanges;
  assert.deepEqual(edit.textDocument, { uri: regUri, version: null });
  const yaml = applyLspEdits(diskText(regUri), edit.edits);
  assert.match(yaml, /\n  red-cross-intl:\n    name: Red Cross\n/);
  assert.ok(yaml.indexOf('red-cross-intl:') < yaml.indexOf('\nfacts:'), 'inserted under actors');
});

test('code action: close an unclosed attribute block', async () => {
  const u = await c.open(join(c.options.folder, 'markup.claims.txt'), 'They said [12]{fact=nk-casualties by=zelenskyy people died.\n');
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } }, context: { diagnostics: [] } });
  const close = actions.find((a: any) => a.title.startsWith('Close the attributes'));
  assert.equal(applyLspEdits(c.text(u)!, close.edit.documentChanges[0].edits), 'They said [12]{fact=nk-casualties by=zelenskyy} people died.\n');
});

test('definition and references of an actor id, across articles and the registry', async () => {
  const at = { ...doc(), position: positionOf(text, 'actor=zelenskyy', 8) };
  const def = await c.request('textDocument/definition', at);
  assert.equal(def.uri, regUri);
  assert.equal(diskText(regUri).split('\n')[def.range.start.line], '  zelenskyy:');
  const refs = await c.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
  const files = new Set(refs.map((r: any) => r.uri));
  assert.ok(files.has(regUri) && files.size >= 3, [...files].join());
  for (const r of refs.filter((x: any) => x.uri !== regUri)) {
    const line = (r.uri === uri ? text : diskText(r.uri)).split('\n')[r.range.start.line]!;
    assert.equal(line.slice(r.range.start.character, r.range.end.character), 'zelenskyy');
  }
});

test('rename an actor id: an edit for every file, versioned; invalid names refused', async () => {
  const at = { ...doc(), position: positionOf(text, 'actor=zelenskyy', 8) };
  const prep = await c.request('textDocument/prepareRename', at);
  assert.equal(prep.placeholder, 'zelenskyy');
  await assert.rejects(c.request('textDocument/rename', { ...at, newName: 'Not An Id' }), /not a valid id/);
  const edit = await c.request('textDocument/rename', { ...at, newName: 'zelensky' });
  const refs = await c.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
  const byUri = new Map<string, any>(edit.documentChanges.map((d: any) => [d.textDocument.uri, d]));
  assert.deepEqual([...byUri.keys()].sort(), [...new Set(refs.map((r: any) => r.uri))].sort());
  for (const [u, d] of byUri) {
    assert.equal(d.textDocument.version, u === uri ? c.version(uri) : null, u);
    const renamed = applyLspEdits(u === uri ? text : diskText(u), d.edits);
    assert.doesNotMatch(renamed, /(actor|by)=zelenskyy\b|^  zelenskyy:/m, u);
  }
  assert.equal(edit.documentChanges.reduce((n: number, d: any) => n + d.edits.length, 0), refs.length);
});

test('document symbols and workspace symbols', async () => {
  const symbols = await c.request('textDocument/documentSymbol', doc());
  assert.ok(symbols.some((s: any) => s.name === 'nk-casualties: about 3,000'));
  assert.ok(symbols.some((s: any) => s.name === 'Volodymyr Zelenskyy' && s.detail === 'actor=zelenskyy'));
  const ws = await c.request('workspace/symbol', { query: 'zelensk' });
  assert.ok(ws.some((s: any) => s.name === 'zelenskyy' && s.location.uri === regUri));
});

test('claimmark/claimTree by actor, by fact, conflicts only; claimsChanged after an edit', async () => {
  const byActor = await c.request('claimmark/claimTree', { groupBy: 'actor' });
  assert.ok(byActor.articleCount >= 16);
  const zel = byActor.nodes.find((n: any) => n.id === 'zelenskyy');
  assert.equal(zel.label, 'Volodymyr Zelenskyy');
  assert.equal(zel.children[0].kind, 'fact');
  const leaf = zel.children[0].children[0];
  assert.equal(leaf.kind, 'claim');
  assert.ok(leaf.range.start.line >= 0 && typeof leaf.articleTitle === 'string');
  const conflicts = await c.request('claimmark/claimTree', { groupBy: 'conflicts' });
  const leaves = conflicts.nodes.flatMap((g: any) => g.children);
  assert.ok(leaves.length > 0 && leaves.every((l: any) => l.conflict && l.conflictCount > 0));
  const from = c.notes.length;
  await c.insert(uri, 0, 0, '');
  await c.change(uri, text.replace('[about 3,000]', '[about 4,000]'));
  // (the first such notice may still be the workspace's indexing of other files, on a loaded machine: wait for this file's)
  const changed = await c.waitFor('claimmark/claimsChanged', (p) => Array.isArray(p.uris) && p.uris.includes(uri), 5000, from);
  assert.ok(changed.uris.includes(uri));
  await c.waitFor('claimmark/status', (p) => p.state === 'ready' && typeof p.lastCheck === 'string', 5000, from);
});

test('claimmark/markChoices: the ids for a selection, the fitting one first; InvalidParams for a bad kind', async () => {
  const u = await c.open(join(c.options.folder, 'mark.claims.txt'), 'The British Ministry of Defence said 1,500 troops were wounded.\n');
  const t = c.text(u)!;
  const range = { start: positionOf(t, 'British'), end: positionOf(t, ' said') };
  const answer = await c.request('claimmark/markChoices', { textDocument: { uri: u }, range, kind: 'actor' });
  assert.equal(answer.ok, true);
  assert.equal(answer.text, 'British Ministry of Defence');
  assert.deepEqual(answer.candidates[0], { id: 'uk-mod', detail: 'UK Ministry of Defence', fits: true });
  await assert.rejects(c.request('claimmark/markChoices', { textDocument: { uri: u }, range, kind: 'source' }), /kind/);
});

test('claimmark/actorOrFactAt: the id under the cursor, else the span\'s role; the entry in claimmark.yaml; null elsewhere', async () => {
  const u = await c.open(join(c.options.folder, 'symbol.claims.txt'), 'Said [Volodymyr Zelenskyy]{actor=zelenskyy} that [about 3,000]{fact=nk-casualties by=uk-mod} died.\n');
  const t = c.text(u)!;
  const at = (needle: string, delta = 0) => c.request('claimmark/actorOrFactAt', { textDocument: { uri: u }, position: positionOf(t, needle, delta) });
  assert.deepEqual(await at('Volodymyr'), { kind: 'actor', id: 'zelenskyy' });
  assert.deepEqual(await at('3,000'), { kind: 'fact', id: 'nk-casualties' });
  assert.deepEqual(await at('uk-mod', 2), { kind: 'actor', id: 'uk-mod' });
  assert.equal(await at('died'), null);
  const reg = readFileSync(join(c.options.folder, 'claimmark.yaml'), 'utf8');
  const entry = reg.indexOf('\n  zelenskyy:') + 3;
  const pos = { line: reg.slice(0, entry).split('\n').length - 1, character: 2 };
  assert.deepEqual(await c.request('claimmark/actorOrFactAt', { textDocument: { uri: regUri }, position: pos }), { kind: 'actor', id: 'zelenskyy' });
  await assert.rejects(c.request('claimmark/actorOrFactAt', { textDocument: { uri: u } }), /position/);
});

test('Add all unknown ids: a source action of its own kind, and claimmark/registryFromWorkspace for a new registry', async () => {
  const u = await c.open(join(c.options.folder, 'unknown-ids.claims.txt'), 'The [Red Cross]{actor=red-cross} said [40]{fact=villages-emptied} villages were emptied.\n');
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri: u }, range: zero, context: { diagnostics: [], only: ['source.claimmark.addUnknownIds'] } });
  // every unknown id of the workspace (other tests here opened articles too)
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.claimmark.addUnknownIds');
  assert.match(actions[0].title, /^Add all \d+ unknown ids to claimmark\.yaml \(actors, facts, sources\)$/);
  const [change] = actions[0].edit.documentChanges;
  assert.equal(change.textDocument.uri, regUri);
  const fixed = applyLspEdits(diskText(regUri), change.edits);
  assert.match(fixed, /\n  red-cross:\n    name: Red Cross\n/);
  assert.match(fixed, /\n  villages-emptied:\n    label: villages emptied\n/);
  assert.ok((c.initializeResult.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds.includes('source.claimmark.addUnknownIds'));
  const made = await c.request('claimmark/registryFromWorkspace', null);
  assert.match(made.text, /^# Claimmark registry/);
  assert.match(made.text, /red-cross:\n    name: Red Cross/);
  assert.doesNotMatch(made.text, /example-/);
});
