// A broken claimmark.yaml never stops the rest: for registries broken in many ways (syntax
// errors at the top, middle and end, wrong types, unknown keys, repeated ids, alias bombs),
// articles are still diagnosed (untagged figures, markup errors), the valid entries still
// apply (no unknown-id warnings for them, definitions found, rules kept) and every problem
// points at the text that causes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { buildArticle } from '../../../server/src/core/model/build';
import { checkDiagnostics } from './invariants';
import { aliasBomb } from './mutate';
import { applyEdits } from '../../../server/src/core/edit';
import { readRegistry } from '../../../server/src/core/registry/read';
import { suppressInWorkspace } from '../../../server/src/core/untagged/fixes';

const REG_URI = 'file:///ws/claimmark.yaml';
const ART_URI = 'file:///ws/a.claims.txt';

const REGISTRY = `actors:
  a: {name: Mayor A, kind: person}
  b: {name: B}
facts:
  f: {label: People evacuated, kind: cumulative, unit: people}
  g: {label: Shelters, kind: event, parts: [f]}
sources:
  s: {publisher: Council, url: https://example.org/s}
rules:
  severity: {untagged-figure: error}
  not-figures: ["12 roads"]
`;

const ARTICLE = `---
published: 2024-03-02
by: a
---
The [mayor]{actor=a} said [about 3,000]{fact=f src=s} people left, and [9]{fact=zz by=b} shelters opened.
Officials counted 1,200 boats and 45 trucks on 12 roads.
A broken [span]{fact=f
`;

interface Case {
  name: string;
  yaml: string;
  /** Ids (`actor:a`) that must still be defined. */
  keeps: string[];
  /** Registry findings as `code text-at-span`. */
  expect: string[];
  /** True when `rules` is intact: untagged figures are errors and "12 roads" is no figure. */
  rules?: boolean;
}

const ALL = ['actor:a', 'actor:b', 'fact:f', 'fact:g', 'source:s'];
const edit = (from: string, to: string) => REGISTRY.replace(from, to);

const CASES: Case[] = [
  { name: 'valid', yaml: REGISTRY, keeps: ALL, expect: [], rules: true },
  { name: 'unclosed flow list at the top', yaml: edit('actors:\n', 'actors:\n  x: [1, 2\n'), keeps: ALL, expect: ['registry-syntax a', 'registry-invalid [1, 2'], rules: true },
  { name: 'unclosed brace at the top', yaml: edit('actors:\n', 'actors: {\n'), keeps: ALL, expect: ['registry-syntax b'], rules: true },
  { name: 'bad indentation in the middle', yaml: edit('  b: {name: B}', '   b: {name: B}\n bad'), keeps: ALL, expect: ['registry-syntax bad', 'registry-unknown-key bad'], rules: true },
  { name: 'tab indentation', yaml: edit('  b: {name: B}', '\tb: {name: B}'), keeps: ['actor:a', 'fact:f', 'fact:g', 'source:s'], expect: ['registry-syntax \t'], rules: true },
  { name: 'unclosed quote in the middle', yaml: edit('People evacuated', '"People evacuated'), keeps: ALL, expect: ['registry-syntax "'], rules: true },
  { name: 'unclosed quote at the end', yaml: `${REGISTRY}extra: "never closed\n`, keeps: ALL, expect: ['registry-syntax "', 'registry-unknown-key extra'], rules: true },
  { name: 'unclosed list in rules', yaml: edit('severity: {untagged-figure: error}', 'severity: [untagged-figure: error'), keeps: ALL, expect: ['registry-invalid [untagged-figure: error'] },
  { name: 'wrong types', yaml: edit('kind: person', 'kind: 7').replace('parts: [f]', 'parts: 5').replace('url: https://example.org/s', 'url: [x]'), keeps: ALL, expect: ['registry-invalid 7', 'registry-invalid 5', 'registry-invalid [x]'], rules: true },
  { name: 'a section that is a list', yaml: edit('actors:\n  a: {name: Mayor A, kind: person}\n  b: {name: B}', 'actors:\n  - a\n  - b'), keeps: ['fact:f', 'fact:g', 'source:s'], expect: ['registry-invalid - a\n  - b'], rules: true },
  { name: 'unknown keys', yaml: `${edit('{name: B}', '{name: B, nmae: x}')}people: []\n`, keeps: ALL, expect: ['registry-unknown-key nmae', 'registry-unknown-key people'], rules: true },
  { name: 'repeated ids and sections', yaml: `${edit('  b: {name: B}', '  b: {name: B}\n  a: {name: Again}')}actors:\n  c: {}\n`, keeps: ALL, expect: ['registry-syntax a', 'registry-syntax actors'], rules: true },
  { name: 'bad ids', yaml: edit('  b: {name: B}', '  b: {name: B}\n  Bad Id: {}\n  ? [x]\n  : {}'), keeps: ALL, expect: ['bad-id Bad Id', 'bad-id [x]'], rules: true },
  { name: 'wrong rule values', yaml: edit('not-figures: ["12 roads"]', 'not-figures: ["12 roads"]\n  tolerance: 1e400\n  window-days: -3\n  vague-quantities: maybe'), keeps: ALL, expect: ['registry-invalid 1e400', 'registry-invalid -3', 'registry-invalid maybe'], rules: true },
  { name: 'two documents', yaml: `---\n${REGISTRY}...\n---\nactors: {z: {}}\n`, keeps: ALL, expect: ['registry-syntax ---\nactors: {z: {}}\n'], rules: true },
  { name: 'BOM and CRLF', yaml: `\uFEFF${REGISTRY.replace(/\n/g, '\r\n')}`, keeps: ALL, expect: [], rules: true },
  { name: 'alias bomb in an entry', yaml: aliasBomb(9) + REGISTRY.replace('actors:\n', ''), keeps: ALL, expect: ['registry-unknown-key a0'], rules: true },
  { name: 'alias bomb in rules, before valid rules', yaml: `${aliasBomb(9).replace(/actors:[^]*$/, '')}${edit('rules:\n', 'rules:\n  window-days: *a9\n')}`, keeps: ALL, expect: ['registry-invalid *a9'], rules: true },
  { name: 'undefined alias', yaml: edit('{name: B}', '*nope'), keeps: ALL, expect: ['registry-syntax *nope'], rules: true },
  { name: 'not a map', yaml: '- actors\n- facts\n', keeps: [], expect: ['registry-invalid - actors\n- facts'] },
  { name: 'prose', yaml: 'This is not YAML: it is a paragraph with 3,000 figures.\n', keeps: [], expect: ['registry-unknown-key This is not YAML'] },
  { name: 'binary junk', yaml: '\u0000\u0001\uD800\uFFFF', keeps: [], expect: ['registry-invalid \u0000\u0001\uD800\uFFFF'] },
];

function check(c: Case): void {
  const ws = new Workspace();
  ws.setRegistry(REG_URI, c.yaml);
  ws.setArticle(ART_URI, ARTICLE);
  const docs = new Map([[REG_URI, c.yaml], [ART_URI, ARTICLE]]);
  const regDiags = ws.diagnostics(REG_URI);
  const artDiags = ws.diagnostics(ART_URI);
  assert.deepEqual([...checkDiagnostics(REG_URI, regDiags, docs), ...checkDiagnostics(ART_URI, artDiags, docs)], []);
  // every expected registry problem, at the text that causes it
  const written = regDiags.map((d) => `${d.code} ${c.yaml.slice(d.span.start, d.span.end)}`);
  for (const e of c.expect) assert.ok(written.includes(e), `${c.name}: expected '${e}' among ${JSON.stringify(written)}`);
  if (c.expect.length === 0) assert.deepEqual(written, []);
  // the article is still checked
  const at = (code: string) => artDiags.filter((d) => d.code === code).map((d) => ARTICLE.slice(d.span.start, d.span.end));
  assert.deepEqual(at('unclosed-attributes'), ['{']);
  assert.deepEqual(at('untagged-figure').slice(0, 2), ['1,200', '45']);
  assert.deepEqual(at('unknown-fact').includes('zz'), true, `${c.name}: zz is still unknown`);
  // the valid entries apply
  for (const ref of c.keeps) {
    const [kind, id] = ref.split(':') as ['actor' | 'fact' | 'source', string];
    const def = ws.definition(kind, id);
    assert.ok(def, `${c.name}: ${ref} is defined`);
    assert.equal(c.yaml.slice(def.span.start, def.span.end), id);
    assert.ok(!artDiags.some((d) => d.code === `unknown-${kind}` && ARTICLE.slice(d.span.start, d.span.end) === id), `${c.name}: ${ref} not unknown`);
  }
  if (c.rules) {
    assert.ok(artDiags.filter((d) => d.code === 'untagged-figure').every((d) => d.severity === 'error'), `${c.name}: severity rule kept`);
    assert.deepEqual(at('untagged-figure'), ['1,200', '45'], `${c.name}: not-figures rule kept`);
  }
}

for (const c of CASES) test(`broken registry: ${c.name}`, () => check(c));

test('an alias bomb does not void the valid fields written after it', () => {
  const yaml = `${aliasBomb(9).replace(/actors:[^]*$/, '')}rules:\n  not-figures: *a9\n  vague-quantities: true\n  window-days: 14\n`;
  const ws = new Workspace();
  ws.setRegistry(REG_URI, yaml);
  assert.equal(ws.registry.rules.vagueQuantities, true);
  assert.equal(ws.registry.rules.windowDays, 14);
  assert.ok(!ws.diagnostics(REG_URI).some((d) => d.message.includes('vague-quantities') || d.message.includes('window-days')));
});

/** Texts full of aliases used to take seconds (each alias walked the whole document). */
test('thousands of aliases in claimmark.yaml or front matter are read in linear time', () => {
  const yaml = (n: number) => `x: &a 1\ny: [${Array.from({ length: n }, () => '*a').join(', ')}]\n`;
  const started = performance.now();
  const ws = new Workspace();
  ws.setRegistry(REG_URI, `${yaml(16_000)}${REGISTRY}`);
  const article = buildArticle(ART_URI, `---\n${yaml(16_000)}---\nOfficials counted 1,200 boats.\n`);
  const ms = performance.now() - started;
  assert.equal(ws.registry.actors.size, 2);
  assert.ok(article.findings.some((f) => f.code === 'front-matter-unknown-key'));
  // quadratic resolution took well over a minute for this; linear takes well under a second
  assert.ok(ms < 15_000, `${ms.toFixed(0)} ms`);
});

test('ignoring untagged figures for the workspace never breaks claimmark.yaml, whatever its layout', () => {
  const layouts = [
    '', 'rules: {tolerance: 0.2}\n', 'rules:\n  severity: {bad-id: warning}\n', 'rules:\r\n  severity:\r\n    untagged-figure: error\r\n',
    'rules:\n    severity:\n        untagged-figure: warning\n', '# c\nrules: # x\n  severity: # y\n    untagged-figure: warning # z\n',
    `${REGISTRY}`, `${REGISTRY.replace('rules:\n  severity: {untagged-figure: error}\n', 'rules: {severity: {untagged-figure: error}, ')}}\n`,
    '{actors: {a: {}}}\n',
  ];
  for (const yaml of layouts) {
    const edits = suppressInWorkspace(yaml);
    assert.ok(edits.length > 0, `offered for ${JSON.stringify(yaml)}`);
    const before = readRegistry(yaml);
    const after = readRegistry(applyEdits(yaml, edits));
    assert.equal(after.rules.severity['untagged-figure'], 'off', JSON.stringify(yaml));
    assert.deepEqual([...after.actors.keys(), ...after.facts.keys()], [...before.actors.keys(), ...before.facts.keys()]);
    if (before.findings.length === 0) assert.deepEqual(after.findings, [], JSON.stringify(yaml));
    assert.equal(after.rules.tolerance, before.rules.tolerance);
  }
});
