// readRegistry: a valid registry with every section, every kind of problem located at the
// exact key or value (fixture comments say which), partial recovery and zero config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry, REGISTRY_SCHEMA_DOC } from '../../../server/src/core/registry/read';
import { actorSchema, factSchema, rulesSchema, sourceSchema } from '../../../server/src/core/registry/schema';
import { isDiagnosticCode } from '../../../server/src/core/diagnostics/catalog';
import type { Registry } from '../../../server/src/core/registry/types';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'registry', name), 'utf8');

/** Findings as `code text-at-span`, in text order: what a test compares. */
function located(text: string, registry: Registry): string[] {
  return registry.findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
}

/** The `# expect: CODE TEXT | CODE TEXT` comments of a fixture, in text order. */
function expectations(text: string): string[] {
  return [...text.matchAll(/# expect: (.*)$/gm)].flatMap((m) => m[1]!.split(' | ').map((e) => e.trim()));
}

/** Reads `text` and checks its findings, as `code sliced-text`, against `expected`. */
function check(text: string, expected: string[]): Registry {
  const registry = readRegistry(text);
  assert.deepEqual(located(text, registry), expected);
  for (const f of registry.findings) assert.ok(isDiagnosticCode(f.code) && f.message.length > 0);
  return registry;
}

test('a registry with every section and field reads without findings', () => {
  const text = fixture('valid.yaml');
  const r = check(text, []);
  assert.equal(r.present, true);
  assert.deepEqual([...r.actors.keys()], ['zelenskyy', 'uk-mod', 'ukraine-gur']);
  const zelenskyy = r.actors.get('zelenskyy')!;
  assert.equal(zelenskyy.name, 'Volodymyr Zelenskyy');
  assert.equal(zelenskyy.kind, 'person');
  assert.equal(zelenskyy.country, 'UA');
  assert.deepEqual(zelenskyy.aliases, ['Zelensky', 'Zelenskiy']);
  assert.deepEqual(r.actors.get('uk-mod')!.aliases, ['MoD'], 'a single alias needs no brackets');
  assert.deepEqual(r.actors.get('ukraine-gur')!.aliases, []);
  const launched = r.facts.get('russia-missiles-launched-2024-12-25')!;
  assert.equal(launched.kind, 'event');
  assert.deepEqual(launched.parts.map((p) => [p.id, text.slice(p.span.start, p.span.end)]), [['missiles-shot-down-2024-12-25', 'missiles-shot-down-2024-12-25']]);
  assert.equal(r.facts.get('nk-casualties')!.unit, 'people');
  assert.deepEqual({ ...r.sources.get('ukmod-2025-01-24'), keySpan: undefined, span: undefined }, {
    id: 'ukmod-2025-01-24', keySpan: undefined, span: undefined,
    publisher: 'UK Ministry of Defence', title: 'Defence intelligence update on Ukraine', date: '2025-01-24', url: 'https://example.org/update',
  });
  assert.deepEqual(r.rules, {
    severity: { 'untagged-figure': 'warning', 'unknown-source': 'off' },
    tolerance: 0.2, windowDays: 3, notFigures: ['Boeing 737', 'F-16'], vagueQuantities: true,
  });
});

test('keySpan covers the id and span the whole entry (go to definition)', () => {
  const text = fixture('valid.yaml');
  const fact = readRegistry(text).facts.get('nk-casualties')!;
  assert.equal(text.slice(fact.keySpan.start, fact.keySpan.end), 'nk-casualties');
  assert.equal(text.slice(fact.span.start, fact.span.end), 'nk-casualties:\n    label: North Korean troops killed or wounded in Kursk\n    unit: people\n    kind: cumulative');
  const empty = readRegistry(text).actors.get('ukraine-gur')!;
  assert.equal(text.slice(empty.span.start, empty.span.end), 'ukraine-gur:');
});

test('every kind of problem is reported at the exact key or value', () => {
  const text = fixture('broken.yaml');
  const expected = expectations(text);
  assert.ok(expected.length >= 15, 'the fixture lists its expectations');
  check(text, expected);
});

test('offsets stay exact with CRLF line ends and a BOM', () => {
  const text = '\uFEFF' + fixture('broken.yaml').replace(/\n/g, '\r\n');
  check(text, expectations(text));
});

test('a broken entry keeps the rest: valid entries and the valid fields of broken ones', () => {
  const r = readRegistry(fixture('broken.yaml'));
  assert.deepEqual([...r.actors.keys()], ['zelenskyy', 'uk-mod', 'bare-number', 'ukraine-gur'], 'bad ids are left out, broken bodies keep their id');
  assert.equal(r.actors.get('zelenskyy')!.name, 'Volodymyr Zelenskyy');
  assert.deepEqual(r.actors.get('uk-mod')!.aliases, ['MoD'], 'the bad alias is dropped, the good one kept');
  assert.equal(r.actors.get('uk-mod')!.kind, undefined);
  assert.equal(r.facts.get('nk-casualties')!.kind, 'cumulative');
  assert.deepEqual(r.facts.get('total-missiles')!.parts.map((p) => p.id), ['shot-down', 'nowhere'], 'unknown parts stay (reported), self-references go');
  const source = r.sources.get('ukmod-2025-01-24')!;
  assert.deepEqual([source.title, source.date, source.url], ['Defence intelligence update', undefined, undefined]);
  assert.equal(r.sources.get('isw')!.date, '2025-01-24');
  assert.deepEqual(r.rules, { severity: { 'conflicting-figure': 'error' }, tolerance: 0.1, windowDays: 14, notFigures: ['Boeing 737'], vagueQuantities: false });
});

test('unknown keys carry the key in data for quick fixes', () => {
  const text = 'actors:\n  a:\n    nmae: A\n';
  const [f] = check(text, ['registry-unknown-key nmae']).findings;
  assert.deepEqual(f!.data, { unknownKey: 'nmae' });
  assert.match(f!.message, /unknown key 'nmae'/);
});

test('YAML syntax errors are located and the recovered entries still count', () => {
  // YAML recovers the tab-indented line as a top-level key, which is then unknown.
  const r = check('actors:\n  a: {name: A}\n  a: {name: B}\nfacts:\n\tx: 1\n', ['registry-syntax a', 'registry-syntax \t', 'registry-unknown-key x']);
  assert.equal(r.actors.get('a')!.name, 'A', 'a repeated id keeps its first definition');
  const text = fixture('syntax-error.yaml');
  const broken = readRegistry(text);
  assert.deepEqual(located(text, broken), ['registry-syntax "'], 'an unclosed quote is reported at its opening quote');
  assert.equal(broken.actors.get('zelenskyy')!.name, 'Volodymyr Zelenskyy');
  check('actors:\n  a: *nope\n', ['registry-syntax *nope', 'registry-invalid *nope']);
});

test('sections and the file itself must be maps', () => {
  check('- actors\n', ['registry-invalid - actors']);
  check('actors: [a, b]\nfacts: 3\n', ['registry-invalid [a, b]', 'registry-invalid 3']);
  check('rules: strict\n', ['registry-invalid strict']);
  check('actors:\n  [a]: {}\n  7up: {}\n', ['bad-id [a]']);
});

test('zero config: an empty or comment-only file is a present, empty registry', () => {
  for (const text of ['', '\n\n', '# nothing yet\n', 'actors:\nfacts:\nsources:\nrules:\n']) {
    const r = check(text, []);
    assert.equal(r.present, true);
    assert.equal(r.actors.size + r.facts.size + r.sources.size, 0);
    assert.deepEqual(r.rules, { severity: {}, tolerance: 0.1, windowDays: 7, notFigures: [], vagueQuantities: false });
  }
  assert.equal(readRegistry('', 'file:///w/claimmark.yaml').uri, 'file:///w/claimmark.yaml');
});

test('YAML 1.1 timestamps come back as written, not as shifted Dates', () => {
  const r = check('%YAML 1.1\n---\nsources:\n  s:\n    date: 2025-01-24\n', []);
  assert.equal(r.sources.get('s')!.date, '2025-01-24');
});

test('aliases are followed, and alias cycles and bombs end', () => {
  const r = check('actors:\n  a: &x {name: A}\n  b: *x\n', []);
  assert.equal(r.actors.get('b')!.name, 'A');
  const bomb = ['rules:', '  not-figures: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 0; i < 8; i++) bomb.push(`  n${i}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
  const started = Date.now();
  const big = readRegistry(bomb.join('\n') + '\n');
  assert.ok(Date.now() - started < 5000);
  assert.ok(big.findings.some((f) => f.code === 'registry-unknown-key' || f.code === 'registry-invalid'));
});

test('REGISTRY_SCHEMA_DOC documents exactly the keys the schema accepts', () => {
  const shapes = { actors: actorSchema, facts: factSchema, sources: sourceSchema, rules: rulesSchema };
  for (const [section, doc] of Object.entries(REGISTRY_SCHEMA_DOC)) {
    assert.deepEqual(Object.keys(doc.keys), Object.keys(shapes[section as keyof typeof shapes].shape), section);
    for (const key of Object.values(doc.keys)) assert.ok(key.description.length > 10);
  }
});

test('readRegistry never throws on arbitrary input', () => {
  const pieces = ['actors:', 'facts:', 'rules:', '\n', '  ', '- ', ': ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '!!str ', '#', 'parts: ', 'x', 'Bad', '\t', '\r\n', '%YAML 1.1\n', '---\n', '? ', '|\n', '>-\n', ',', '\uFEFF', '~'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let n = Math.floor(random() * 40); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    const r = readRegistry(text);
    for (const f of r.findings) {
      assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length, JSON.stringify(text));
      assert.doesNotMatch(f.message, /could not be read/, JSON.stringify(text));
    }
  }
});
