// The one-pass check (BatchCheck, what `claimmark check` runs) gives a Workspace's diagnostics
// item for item (untagged figures without the fix data only quick fixes read): on the samples
// (suppressions, markup errors, conflicts across files) and the labelled corpus, with and
// without a registry, with a broken registry, with the options the CLI passes (--severity
// overrides, vague quantities), and for the registry file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { BatchCheck } from '../../../server/src/core/workspace/batch';
import type { AnalysisOptions } from '../../../server/src/core/workspace/types';
import { loadSplit } from '../../corpus/corpus';
import { claimText, REGISTRY as FIXTURE_REGISTRY } from './fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const REGISTRY_URI = 'file:///w/claimmark.yaml';
const REGISTRY = readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8');
/** The sample registry with a YAML error in its middle: the rest of it still reads. */
const BROKEN_REGISTRY = REGISTRY.replace(/^facts:\n/m, 'facts:\n  bad: [unclosed\n');

function articles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['samples', 'samples/constructs', 'samples/errors']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) out.set(`file:///w/${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  for (const split of ['dev', 'heldout'] as const) for (const a of loadSplit(split)) out.set(`file:///w/corpus/${a.name}.claims.txt`, a.text);
  // ids the registry lacks, and a line whose untagged figure is suppressed next to one that is not
  out.set('file:///w/unknown.claims.txt', '---\npublished: 2024-03-02\n---\nThe [mayor]{actor=nobody} said [12]{fact=no-such-fact src=nowhere} homes burned.\n40 roads closed. {% claimmark-disable-line untagged-figure %}\n50 roads closed.\n');
  return out;
}

const OPTIONS: (AnalysisOptions | undefined)[] = [
  undefined,
  { vagueQuantities: true },
  { severity: { 'untagged-figure': 'error', 'unknown-fact': 'off', 'conflicting-figure': 'information' } },
];

function withoutData<T extends { data?: unknown }>(d: T): T {
  const { data: _data, ...rest } = d;
  return rest as T;
}

/** Compares every file's diagnostics; returns the codes seen. */
function compare(registry: string | undefined, texts: Map<string, string>): Set<string> {
  const codes = new Set<string>();
  for (const options of OPTIONS) {
    const ws = new Workspace();
    if (registry !== undefined) ws.setRegistry(REGISTRY_URI, registry);
    const batch = new BatchCheck(registry === undefined ? undefined : { uri: REGISTRY_URI, text: registry }, options);
    // without claim spans the conflict index's entries stand for the claims (nothing keeps them)
    const lean = new BatchCheck(registry === undefined ? undefined : { uri: REGISTRY_URI, text: registry }, options, { claimSpans: false });
    for (const [uri, text] of texts) {
      ws.setArticle(uri, text);
      batch.addArticle(uri, text);
      lean.addArticle(uri, text);
    }
    for (const uri of [REGISTRY_URI, ...texts.keys()]) {
      // untagged figures carry fix data only in the Workspace (quick fixes read it); all else is equal
      const expected = ws.diagnostics(uri, options).map((d) => (d.code === 'untagged-figure' ? withoutData(d) : d));
      assert.deepEqual(batch.diagnostics(uri), expected, `diagnostics of ${uri} with ${JSON.stringify(options)}`);
      assert.deepEqual(lean.diagnostics(uri), expected, `diagnostics of ${uri} with ${JSON.stringify(options)}, no claim spans`);
      for (const d of expected) codes.add(d.code);
      const claims = ws.getArticle(uri)?.claims;
      assert.deepEqual(batch.claimsOf(uri)?.map((c) => [c.span, c.textSpan, c.fact.id, c.text]), claims?.map((c) => [c.span, c.textSpan, c.fact.id, c.text]), `claims of ${uri}`);
    }
  }
  return codes;
}

test('BatchCheck gives the Workspace diagnostics on samples and corpus, with the sample registry', () => {
  const texts = articles();
  const codes = compare(REGISTRY, texts);
  // findings of every source: the article's own, untagged, conflicts, unknown ids, the registry's
  for (const code of ['unclosed-bracket', 'untagged-figure', 'conflicting-figure', 'unknown-fact', 'unknown-actor', 'unknown-source']) assert.ok(codes.has(code), `${code} among ${[...codes].join(' ')}`);
});

test('BatchCheck gives the Workspace diagnostics without a registry and with a broken one', () => {
  const texts = articles();
  assert.ok(compare(undefined, texts).has('untagged-figure'));
  const broken = new Workspace();
  broken.setRegistry(REGISTRY_URI, BROKEN_REGISTRY);
  assert.ok(broken.diagnostics(REGISTRY_URI).length > 0, 'the broken registry has a diagnostic');
  compare(BROKEN_REGISTRY, texts);
});

test('BatchCheck: an article added again replaces its first text, conflicts included', () => {
  const a = claimText('a', '300');
  const b = claimText('b', '900');
  const batch = new BatchCheck({ uri: REGISTRY_URI, text: FIXTURE_REGISTRY });
  batch.addArticle('file:///w/a.claims.txt', a);
  batch.addArticle('file:///w/b.claims.txt', b);
  assert.deepEqual(batch.diagnostics('file:///w/a.claims.txt').map((d) => d.code), ['conflicting-figure']);
  batch.addArticle('file:///w/b.claims.txt', b.replace('900', '300'));
  assert.deepEqual(batch.diagnostics('file:///w/a.claims.txt'), []);
  assert.deepEqual(batch.diagnostics('file:///w/nowhere.claims.txt'), []);
});

test('BatchCheck compares conversions within printed precision, as the Workspace does', () => {
  const texts = new Map([['file:///w/depth.claims.txt', '---\npublished: 2014-08-03\nby: usgs\n---\nThe quake struck at a depth of [120 kilometers]{fact=depth} ([74.6 miles]{fact=depth}), the USGS said.\n']]);
  compare(undefined, texts);
  const batch = new BatchCheck(undefined, undefined);
  for (const [uri, text] of texts) batch.addArticle(uri, text);
  assert.deepEqual(batch.diagnostics('file:///w/depth.claims.txt').filter((d) => d.code === 'self-contradiction'), []);
});

test('a figure printed with a scale word is a rounding: "318 million" holds 318,211,833, not 320,000,000; "7%" still differs from "7.4%"', () => {
  const text = (body: string) => new Map([['file:///w/parks.claims.txt', `---\npublished: 2019-03-05\nby: nps\n---\n${body}\n`]]);
  const codes = (texts: Map<string, string>) => {
    compare(undefined, texts);
    const batch = new BatchCheck(undefined, undefined);
    for (const [uri, t] of texts) batch.addArticle(uri, t);
    return batch.diagnostics('file:///w/parks.claims.txt').map((d) => d.code);
  };
  assert.ok(!codes(text('Visits top [318 million]{fact=visits}: [318,211,833]{fact=visits} in all.')).includes('self-contradiction'));
  assert.ok(codes(text('Visits top [318 million]{fact=visits}: [320,000,000]{fact=visits} in all.')).includes('self-contradiction'));
  assert.ok(codes(text('Growth of [7%]{fact=growth}, or [7.4%]{fact=growth}.')).includes('self-contradiction'));
});

test('BatchCheck gives the Workspace diagnostics with articles added out of URI order and replaced after a question', () => {
  const texts = [...articles()].filter(([uri]) => uri.includes('/samples/')).reverse();
  const ws = new Workspace();
  ws.setRegistry(REGISTRY_URI, REGISTRY);
  const batch = new BatchCheck({ uri: REGISTRY_URI, text: REGISTRY });
  const lean = new BatchCheck({ uri: REGISTRY_URI, text: REGISTRY }, undefined, { claimSpans: false });
  for (const [uri, text] of texts) {
    ws.setArticle(uri, text);
    batch.addArticle(uri, text);
    lean.addArticle(uri, text);
  }
  const expectSame = () => {
    for (const [uri] of texts) {
      const expected = ws.diagnostics(uri).map((d) => (d.code === 'untagged-figure' ? withoutData(d) : d));
      assert.deepEqual(batch.diagnostics(uri), expected, uri);
      assert.deepEqual(lean.diagnostics(uri), expected, `${uri}, no claim spans`);
    }
  };
  expectSame();
  // the first article gets the last one's text, the last one the first's: both move in every fact's order
  const [first, last] = [texts[0]!, texts[texts.length - 1]!];
  for (const [uri, text] of [[first[0], last[1]], [last[0], first[1]]]) {
    ws.setArticle(uri!, text!);
    batch.addArticle(uri!, text!);
    lean.addArticle(uri!, text!);
  }
  expectSame();
});

test('BatchCheck gives the Workspace diagnostics for parts past their total, a cumulative fall and units that differ', () => {
  const registry = 'facts:\n  deaths:\n    kind: cumulative\n  launched:\n    kind: event\n    parts: [shot-down, jammed]\n  shot-down:\n    kind: event\n  jammed:\n    kind: event\n  area:\n    kind: level\n    unit: km2\n';
  const texts = new Map([
    ['file:///w/kyiv.claims.txt', '---\npublished: 2024-12-26\n---\nOfficials said [about 3,000]{fact=deaths actor=a asof=2024-12-23} died.\nRussia launched [106]{fact=launched by=b asof=2024-12-25} missiles; [54]{fact=shot-down by=b asof=2024-12-25} were shot down and [53]{fact=jammed by=b asof=2024-12-25} jammed.\nUkraine holds [984 square kilometers]{fact=area by=c asof=2024-12-20}.\n'],
    ['file:///w/moscow.claims.txt', '---\npublished: 2024-12-27\nby: d\n---\nMoscow said [fewer than 1,000]{fact=deaths asof=2024-12-24} died, and that Ukraine holds [over 500 square miles]{fact=area asof=2024-12-24} and [12 tonnes]{fact=area asof=2024-12-24} of grain.\n'],
  ]);
  const codes = compare(registry, texts);
  for (const code of ['parts-exceed-total', 'conflicting-figure', 'incomparable-units']) assert.ok(codes.has(code), code);
});
