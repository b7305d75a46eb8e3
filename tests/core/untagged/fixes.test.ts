// The untagged-figure fixes, applied: each edit list is applied to the text, the article is
// built again, and the result must be a valid claim (or mark, or suppression) that reads the
// same value as the detected figure, with the finding gone and no other text changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type TextEdit } from '../../../server/src/core/edit';
import { buildArticle } from '../../../server/src/core/model/build';
import { readFigure } from '../../../server/src/core/figures/read';
import { findUntaggedFigures } from '../../../server/src/core/untagged/check';
import { markNotFigure, suppressFile, suppressInWorkspace, suppressLine, tagAll, tagAsClaim } from '../../../server/src/core/untagged/fixes';
import { DEFAULT_RULES } from '../../../server/src/core/registry/types';
import { loadSplit } from '../../corpus/corpus';

const SAMPLE = [
  '---', 'id: kyiv-2024-12-26', 'published: 2024-12-26', '---',
  'Ukrainian President [Volodymyr Zelenskyy]{actor=zelenskyy} said earlier this week that about 3,000 North Korean soldiers had been killed or wounded in the Kursk region.',
  'On Christmas morning, Russia launched 78 missiles and 106 drones, striking power facilities, [Ukraine’s air force]{actor=ua-air-force} said. Russia occupies one-fifth of Ukraine and has 10,000 to 12,000 troops advancing 200-300 meters a day.',
].join('\n');

const build = (text: string) => buildArticle('file:///t.claims.txt', text);

/** The text with the edits' new text removed: must equal the original with the edited spans removed. */
function untouched(before: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let after = applyEdits(before, edits);
  let expected = '';
  let at = 0;
  for (const e of sorted) { expected += before.slice(at, e.span.start); at = e.span.end; }
  expected += before.slice(at);
  for (const e of sorted) after = after.replace(e.newText, '');
  assert.equal(after, expected);
}

test('tag as claim wraps the figure; the claim reads the same value; the finding is gone', () => {
  const article = build(SAMPLE);
  const findings = findUntaggedFigures(article, DEFAULT_RULES);
  assert.ok(findings.length >= 6);
  for (const f of findings) {
    const edits = tagAsClaim(article, f);
    const text = applyEdits(SAMPLE, edits);
    untouched(SAMPLE, edits);
    const rebuilt = build(text);
    const figure = (f.data as { figure: string }).figure;
    const claim = rebuilt.claims.find((c) => c.span.start === f.span.start);
    assert.ok(claim, `no claim for ${figure}`);
    assert.equal(claim.text, figure);
    assert.deepEqual(claim.reading, readFigure(figure), figure);
    assert.ok(claim.reading.ok, `${figure} reads`);
    assert.deepEqual(rebuilt.findings.filter((x) => x.span.start >= f.span.start && x.span.end <= claim.span.end && x.code !== 'claim-without-actor' && x.code !== 'unknown-fact'), []);
    assert.ok(!findUntaggedFigures(rebuilt, DEFAULT_RULES).some((x) => x.span.start === f.span.start));
  }
});

test('tag as claim proposes a fact id and an actor it can justify', () => {
  const article = build(SAMPLE);
  const byFigure = new Map(findUntaggedFigures(article, DEFAULT_RULES).map((f) => [(f.data as { figure: string }).figure, f]));
  const first = byFigure.get('about 3,000')!;
  assert.deepEqual(tagAsClaim(article, first)[0]?.newText, '[about 3,000]{fact=north-korean-soldiers-killed by=zelenskyy}');
  assert.equal(tagAsClaim(article, byFigure.get('78')!)[0]?.newText, '[78]{fact=missiles by=ua-air-force}');
  assert.equal(tagAsClaim(article, byFigure.get('one-fifth')!)[0]?.newText, '[one-fifth]{fact=ukraine}');
});

test('mark as not a figure makes a .nofigure span and silences the finding', () => {
  const article = build(SAMPLE);
  const f = findUntaggedFigures(article, DEFAULT_RULES)[1]!;
  const edits = markNotFigure(article, f);
  const rebuilt = build(applyEdits(SAMPLE, edits));
  untouched(SAMPLE, edits);
  assert.equal(rebuilt.noFigures.length, 1);
  assert.equal(findUntaggedFigures(rebuilt, DEFAULT_RULES).length, findUntaggedFigures(article, DEFAULT_RULES).length - 1);
  assert.deepEqual(rebuilt.findings, []);
});

test('suppress on the line silences that line only; suppress in the file goes after the front matter', () => {
  const article = build(SAMPLE);
  const all = findUntaggedFigures(article, DEFAULT_RULES);
  const lineText = applyEdits(SAMPLE, suppressLine(article, all[0]!));
  const line = build(lineText);
  assert.deepEqual(line.findings, []);
  assert.equal(findUntaggedFigures(line, DEFAULT_RULES).length, all.length - 1);
  const fileText = applyEdits(SAMPLE, suppressFile(article));
  const file = build(fileText);
  assert.deepEqual(file.findings, []);
  assert.equal(file.meta.id, 'kyiv-2024-12-26');
  assert.ok(fileText.startsWith('---\nid: kyiv-2024-12-26\npublished: 2024-12-26\n---\n{% claimmark-disable-file untagged-figure %}\n'));
  assert.deepEqual(findUntaggedFigures(file, DEFAULT_RULES), []);
  const bare = build('12 tanks');
  assert.equal(applyEdits('12 tanks', suppressFile(bare)), '{% claimmark-disable-file untagged-figure %}\n12 tanks');
  assert.deepEqual(findUntaggedFigures(build(applyEdits('12 tanks', suppressFile(bare))), DEFAULT_RULES), []);
});

test('suppress for the workspace sets rules.severity.untagged-figure: off in claimmark.yaml', () => {
  const cases: [string, string][] = [
    ['', 'rules:\n  severity:\n    untagged-figure: off\n'],
    ['actors:\n  a:\n    name: A', 'actors:\n  a:\n    name: A\nrules:\n  severity:\n    untagged-figure: off\n'],
    ['rules:\n  tolerance: 0.1\n', 'rules:\n  severity:\n    untagged-figure: off\n  tolerance: 0.1\n'],
    ['rules:\n  severity:\n    bad-id: warning\n', 'rules:\n  severity:\n    untagged-figure: off\n    bad-id: warning\n'],
    ['rules:\n  severity:\n    untagged-figure: warning\n', 'rules:\n  severity:\n    untagged-figure: off\n'],
  ];
  for (const [before, after] of cases) assert.equal(applyEdits(before, suppressInWorkspace(before)), after, before);
});

test('tag all: one non-overlapping edit list; every figure of every corpus article becomes a claim that reads the same', () => {
  for (const a of [...loadSplit('dev'), ...loadSplit('heldout')]) {
    const article = build(a.text);
    const findings = findUntaggedFigures(article, DEFAULT_RULES);
    const edits = tagAll(article, DEFAULT_RULES);
    assert.equal(edits.length, findings.length);
    const text = applyEdits(a.text, edits);
    untouched(a.text, edits);
    const rebuilt = build(text);
    assert.equal(rebuilt.claims.length, findings.length, a.name);
    assert.deepEqual(findUntaggedFigures(rebuilt, DEFAULT_RULES), [], a.name);
    for (const c of rebuilt.claims) assert.deepEqual(c.reading, readFigure(c.text), `${a.name}: ${c.text}`);
  }
});
