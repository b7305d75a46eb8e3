// A workspace that lets closed articles' markup-span trees go (releaseSyntax) answers exactly
// as one that keeps them: diagnostics, symbols, references, claim groups, conflicts, code
// actions, before and after a registry change; and edits from a released article build as a
// full build does. Samples and the labelled corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import type { AnalysisOptions, IdKind } from '../../../server/src/core/workspace/types';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateArticle } from '../../../server/src/core/model/update';
import { holdsSpans } from '../../../server/src/core/model/releasableSyntax';
import { documentSymbols, workspaceSymbols } from '../../../server/src/core/features/symbols';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { loadSplit } from '../../corpus/corpus';
import { prng, SEED } from '../pipeline/prng';
import { randomEdit } from '../model/edits';

const ROOT = join(__dirname, '..', '..', '..');
const REGISTRY_URI = 'file:///w/claimmark.yaml';
const REGISTRY = readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8');
/** The sample registry with one fact renamed (its claims now name an unknown fact) and vague quantities counted. */
const CHANGED_REGISTRY = REGISTRY.replace(/^  nk-troops-sent:$/m, '  nk-troops-sent-renamed:').replace(/^rules:\n/m, 'rules:\n  vagueQuantities: true\n');

function articles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['samples', 'samples/constructs', 'samples/errors']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) out.set(`file:///w/${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  for (const split of ['dev', 'heldout'] as const) for (const a of loadSplit(split)) out.set(`file:///w/corpus/${a.name}.claims.txt`, a.text);
  return out;
}

function workspaces(texts: Map<string, string>): { kept: Workspace; released: Workspace } {
  const kept = new Workspace();
  const released = new Workspace();
  for (const ws of [kept, released]) ws.setRegistry(REGISTRY_URI, REGISTRY);
  for (const [uri, text] of texts) {
    kept.setArticle(uri, text);
    released.setArticle(uri, text);
    released.releaseSyntax(uri);
  }
  return { kept, released };
}

const OPTIONS: (AnalysisOptions | undefined)[] = [undefined, { vagueQuantities: true }, { severity: { 'untagged-figure': 'error', 'unknown-fact': 'off' } }];

function sameDiagnostics(kept: Workspace, released: Workspace, texts: Map<string, string>, when: string): void {
  for (const options of OPTIONS) {
    for (const uri of [...texts.keys(), REGISTRY_URI]) {
      assert.deepEqual(released.diagnostics(uri, options), kept.diagnostics(uri, options), `${when}: diagnostics of ${uri} ${JSON.stringify(options)}`);
      if (uri !== REGISTRY_URI) assert.equal(holdsSpans(released.getArticle(uri)!.syntax), false, `${when}: ${uri} lets its spans go after its diagnostics`);
    }
  }
}

function sameAnswers(kept: Workspace, released: Workspace, texts: Map<string, string>, when: string): void {
  for (const [uri, text] of texts) {
    const step = uri.includes('/corpus/') ? 13 : 1;
    for (let offset = 0; offset <= text.length; offset += step) assert.deepEqual(released.symbolAt(uri, offset), kept.symbolAt(uri, offset), `${when}: symbolAt ${uri}:${offset}`);
    assert.deepEqual(documentSymbols(released, uri, text), documentSymbols(kept, uri, text), `${when}: document symbols of ${uri}`);
    for (const d of kept.diagnostics(uri)) {
      assert.deepEqual(codeActions(released, uri, d.span, undefined), codeActions(kept, uri, d.span, undefined), `${when}: code actions at ${uri}:${d.span.start} (${d.code})`);
    }
    for (const claim of kept.getArticle(uri)!.claims) {
      assert.deepEqual(released.conflictsOf(uri, claim), kept.conflictsOf(uri, claim), `${when}: conflicts of ${uri}:${claim.span.start}`);
    }
  }
  assert.deepEqual(released.claimsByActor(), kept.claimsByActor(), `${when}: claims by actor`);
  assert.deepEqual(released.claimsByFact(), kept.claimsByFact(), `${when}: claims by fact`);
  assert.deepEqual(released.claimsBySource(), kept.claimsBySource(), `${when}: claims by source`);
  const groups: [IdKind, Map<string, unknown>][] = [['actor', kept.claimsByActor()], ['fact', kept.claimsByFact()], ['source', kept.claimsBySource()]];
  for (const [kind, byId] of groups) {
    for (const id of byId.keys()) {
      for (const withDefinition of [false, true]) assert.deepEqual(released.references(kind, id, withDefinition), kept.references(kind, id, withDefinition), `${when}: references of ${kind} ${id}`);
    }
  }
  for (const query of ['', 'k', 'nk', 'kursk', 'zz']) assert.deepEqual(workspaceSymbols(released, query), workspaceSymbols(kept, query), `${when}: workspace symbols '${query}'`);
}

test('a workspace that lets closed articles\' spans go answers as one that keeps them, before and after a registry change', () => {
  const texts = articles();
  assert.ok(texts.size > 20, 'samples and corpus found');
  assert.notEqual(CHANGED_REGISTRY, REGISTRY, 'the registry change changes something');
  const { kept, released } = workspaces(texts);
  for (const uri of texts.keys()) assert.equal(holdsSpans(released.getArticle(uri)!.syntax), false, `${uri} released`);
  sameDiagnostics(kept, released, texts, 'first');
  sameAnswers(kept, released, texts, 'first');
  sameDiagnostics(kept, released, texts, 'after queries');
  for (const ws of [kept, released]) ws.setRegistry(REGISTRY_URI, CHANGED_REGISTRY);
  sameDiagnostics(kept, released, texts, 'registry changed');
  sameAnswers(kept, released, texts, 'registry changed');
  for (const ws of [kept, released]) ws.setRegistry(REGISTRY_URI, undefined);
  sameDiagnostics(kept, released, new Map([...texts].slice(0, 10)), 'registry removed');
});

test('a released article deep-equals its full build, its spans re-derived and shared with its claims again', () => {
  for (const [uri, text] of articles()) {
    const ws = new Workspace();
    ws.setArticle(uri, text);
    ws.releaseSyntax(uri);
    const article = ws.getArticle(uri)!;
    assert.deepEqual(article, buildArticle(uri, text, 0), uri);
    const nodes = article.syntax.spans;
    for (const c of article.claims) assert.ok(nodes.some((n) => n.span === c.span && n.textSpan === c.textSpan), `${uri}: claim at ${c.span.start} shares its node's spans`);
    for (const m of article.mentions) assert.ok(nodes.some((n) => n.span === m.span && n.attributes.some((a) => a.valueSpan === m.actor.span)), `${uri}: mention at ${m.span.start} shares its node's spans`);
  }
});

test('updates from a released article, direct and through setArticle, deep-equal a full build', () => {
  let k = 0;
  for (const [uri, start] of articles()) {
    const rand = prng(SEED + k++);
    for (let round = 0; round < 12; round++) {
      const ws = new Workspace();
      ws.setArticle(uri, start);
      ws.releaseSyntax(uri);
      if (round % 2 === 1) ws.diagnostics(uri); // released again after a use
      let text = start;
      const edits = 1 + (round % 4);
      for (let i = 0; i < edits; i++) text = randomEdit(rand, text);
      const released = ws.getArticle(uri)!;
      assert.deepEqual(updateArticle(released, text, 3), buildArticle(uri, text, 3), `${uri} round ${round}: updateArticle`);
      ws.setArticle(uri, text, 3);
      assert.deepEqual(ws.getArticle(uri), buildArticle(uri, text, 3), `${uri} round ${round}: setArticle`);
      assert.ok(holdsSpans(ws.getArticle(uri)!.syntax), 'set again: kept');
      ws.diagnostics(uri);
      assert.ok(holdsSpans(ws.getArticle(uri)!.syntax), 'an article set again keeps its spans after its diagnostics');
    }
  }
});

test('setArticle with the same text keeps the spans again (a closed document opened)', () => {
  const [uri, text] = [...articles()][0]!;
  const ws = new Workspace();
  ws.setArticle(uri, text);
  ws.releaseSyntax(uri);
  ws.setArticle(uri, text, 1);
  ws.diagnostics(uri);
  assert.ok(holdsSpans(ws.getArticle(uri)!.syntax));
  assert.deepEqual(ws.getArticle(uri), buildArticle(uri, text, 1));
});
