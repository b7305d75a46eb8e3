// A check without claim spans (what `claimmark check` runs when nothing caches or fingerprints)
// hands the article's own claims to its conflict index, not a reduced copy of each: its
// diagnostics stay the full one-pass check's, item for item, also where the copy mattered
// (actors numbered before facts, a fact the registry lacks, an undated claim, an article
// replaced, a suppressed conflict).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchCheck } from '../../../server/src/core/workspace/batch';

const REGISTRY_URI = 'file:///w/claimmark.yaml';
const REGISTRY = `actors:
  harbour-office: {name: Harbour office, kind: organisation}
  ferry-union: {name: Ferry union, kind: organisation}
facts:
  ferries-cancelled: {name: Ferries cancelled, kind: count}
  stranded-passengers: {name: Stranded passengers, kind: count}
`;

const ARTICLES: [string, string][] = [
  ['file:///w/a.claims.txt', '---\npublished: 2025-02-03\n---\nThe [harbour office]{actor=harbour-office} said [14]{fact=ferries-cancelled} ferries were cancelled and [about 900]{fact=stranded-passengers} passengers waited.\nThe [union]{actor=ferry-union} put it at [22]{fact=ferries-cancelled}.\n'],
  ['file:///w/b.claims.txt', '---\npublished: 2025-02-04\n---\nThe [union]{actor=ferry-union} counted [1,500]{fact=stranded-passengers} passengers and [3]{fact=no-such-fact} piers.\n'],
  ['file:///w/c.claims.txt', '---\nid: undated-one\n---\nThe [harbour office]{actor=harbour-office} said [16]{fact=ferries-cancelled} ferries stayed in port.\n'],
  ['file:///w/d.claims.txt', '---\npublished: 2025-02-03\n---\n{% claimmark-disable-next-line conflicting-figure %}\nThe [union]{actor=ferry-union} said [40]{fact=ferries-cancelled} ferries.\n'],
];

test('a check without claim spans gives the full one-pass check its diagnostics, articles replaced included', () => {
  const full = new BatchCheck({ uri: REGISTRY_URI, text: REGISTRY });
  const lean = new BatchCheck({ uri: REGISTRY_URI, text: REGISTRY }, undefined, { claimSpans: false });
  const expectSame = () => {
    for (const uri of [REGISTRY_URI, ...ARTICLES.map(([u]) => u)]) assert.deepEqual(lean.diagnostics(uri), full.diagnostics(uri), uri);
  };
  for (const [uri, text] of ARTICLES) {
    full.addArticle(uri, text);
    lean.addArticle(uri, text);
  }
  const codes = new Set(ARTICLES.flatMap(([uri]) => full.diagnostics(uri).map((d) => d.code)));
  for (const code of ['conflicting-figure', 'unknown-fact', 'not-compared'] as const) assert.ok(codes.has(code), `the articles give ${code}`);
  expectSame();
  // the first article's claims change, then go back: both checks re-read the same facts
  const [uri, text] = ARTICLES[0]!;
  for (const next of [text.replace('[22]', '[14]').replace('[about 900]', '[about 1,500]'), text]) {
    full.addArticle(uri, next);
    lean.addArticle(uri, next);
    expectSame();
  }
});
