// Every untagged-figure fix, applied: on every sample and corpus article and on mutated ones,
// each finding's tag-as-claim, mark-as-not-a-figure and suppress-on-line fix, and each file's
// suppress-in-file and tag-all fix, must keep the rest of the text intact (see fixcheck.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';
import { findUntaggedFigures } from '../../../server/src/core/untagged/check';
import { markNotFigure, suppressFile, suppressLine, tagAll, tagAsClaim } from '../../../server/src/core/untagged/fixes';
import { DEFAULT_RULES } from '../../../server/src/core/registry/types';
import { articleInputs } from './inputs';
import { conflictArticle, mutateArticle } from './mutate';
import { pick, prng, SEED } from './prng';
import { checkFix, unreadableTags, type FixKind } from './fixcheck';
import { applyEdits, type TextEdit } from '../../../server/src/core/edit';

const MUTATED = Number(process.env.PIPELINE_FIX_MUTATIONS ?? 600);

/** Every fix on one text; returns the broken rules, prefixed with the fix and the figure. */
function checkAllFixes(name: string, text: string, perFinding = Infinity): { problems: string[]; fixes: number; withheld: number } {
  const article = buildArticle('file:///ws/f.claims.txt', text);
  const findings = findUntaggedFigures(article, DEFAULT_RULES, { vagueQuantities: true });
  const problems: string[] = [];
  let fixes = 0;
  let withheld = 0;
  const run = (what: string, edits: () => TextEdit[], kind: FixKind) => {
    fixes++;
    try {
      const list = edits();
      if (list.length === 0) withheld++;
      for (const p of checkFix(article, list, kind)) problems.push(`${name}: ${what}: ${p}`);
    } catch (e) {
      problems.push(`${name}: ${what}: threw ${String(e)}`);
    }
  };
  for (const finding of findings.slice(0, perFinding)) {
    const figure = JSON.stringify(text.slice(finding.span.start, finding.span.end));
    run(`tagAsClaim ${figure}`, () => tagAsClaim(article, finding), 'tag');
    run(`markNotFigure ${figure}`, () => markNotFigure(article, finding), 'mark');
    run(`suppressLine ${figure}`, () => suppressLine(article, finding), 'comment');
  }
  if (findings.length > 0) {
    run('suppressFile', () => suppressFile(article), 'comment');
    run('tagAll', () => tagAll(article, DEFAULT_RULES, { vagueQuantities: true }), 'tag');
  }
  return { problems, fixes, withheld };
}

test('every fix on every sample and corpus article keeps the text intact', () => {
  const problems: string[] = [];
  let fixes = 0;
  let withheld = 0;
  unreadableTags.length = 0;
  for (const { name, text } of articleInputs()) {
    const r = checkAllFixes(name, text);
    problems.push(...r.problems);
    fixes += r.fixes;
    withheld += r.withheld;
  }
  console.log(`fixes on samples and corpus: ${fixes} fixes checked; tagged figures the reader cannot read: ${unreadableTags.length} (${[...new Set(unreadableTags)].slice(0, 12).join('; ')})`);
  assert.ok(fixes > 500);
  assert.equal(withheld, 0, 'on real articles every fix is offered');
  assert.deepEqual(problems.slice(0, 20), []);
});

test(`every fix on ${MUTATED} mutated articles keeps the text intact (seed ${SEED})`, () => {
  const rand = prng(SEED);
  const inputs = articleInputs();
  const problems: string[] = [];
  let fixes = 0;
  let withheld = 0;
  for (let i = 0; i < MUTATED; i++) {
    const text = mutateArticle(rand, rand() < 0.3 ? conflictArticle(rand) : pick(rand, inputs).text);
    const r = checkAllFixes(`mutation ${i}`, text, 12);
    problems.push(...r.problems.map((p) => `${p}\n    in ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}...` : text)}`));
    fixes += r.fixes;
    withheld += r.withheld;
  }
  console.log(`fixes on mutated articles: ${fixes} fixes checked, ${withheld} not offered (their markup would not parse as meant)`);
  assert.ok(withheld < fixes / 10, 'most fixes are offered');
  assert.deepEqual(problems.slice(0, 10), []);
});

/** Texts where naive fixes broke markup; each fix must still be offered intact, or not at all. */
const TRAPS: [string, string][] = [
  ['an unclosed {% earlier on the line', 'Note {% draft: 3,000 people left [9]{fact=f} shelters'],
  ['a backslash right before the figure', 'They counted a\\3,000 people and 45 trucks'],
  ['an invalid actor id in the sentence', 'The [mayor]{actor=Nope} said 3,000 people left. [Her aide]{actor="a b"} said 45 trucks came.'],
  ['an unclosed attribute block', 'Some 45 trucks came. The [mayor]{actor=a asof=2024-12-23 said 3,000 people left'],
  ['an unclosed bracket before the figure', 'Officials [said 3,000 people left and [9]{fact=f} shelters opened'],
  ['a line ending in an open attribute block', 'Officials said 3,000 people left [x]{note=abc'],
];

for (const [name, text] of TRAPS) {
  test(`fixes near ${name} keep the text intact`, () => {
    const r = checkAllFixes(name, text);
    assert.ok(r.fixes > 0, 'a figure was found');
    assert.deepEqual(r.problems, []);
  });
}

test('a figure inside an unclosed attribute block is not reported; a guessed actor is always a valid id', () => {
  const article = buildArticle('file:///ws/f.claims.txt', `${TRAPS[3]![1]}\n${TRAPS[2]![1]}`);
  const findings = findUntaggedFigures(article, DEFAULT_RULES);
  assert.deepEqual(findings.map((f) => (f.data as { figure: string }).figure), ['Some 45', '3,000', '45']);
  assert.ok(findings.every((f) => (f.data as { guessedActor?: string }).guessedActor === undefined));
});

test('suppress on a line with an unclosed {% puts the comment first, so the claim on the line survives', () => {
  const text = TRAPS[0]![1];
  const article = buildArticle('file:///ws/f.claims.txt', text);
  const edits = suppressLine(article, findUntaggedFigures(article, DEFAULT_RULES)[0]!);
  assert.equal(edits[0]?.span.start, 0);
  assert.equal(buildArticle('file:///ws/f.claims.txt', applyEdits(text, edits)).claims.length, 1);
});

test('temperatures and concentrations that the check reports read once tagged', () => {
  const text = 'The year was about 0.73°C above the 14.0°C average, past the 2° C limit, with CO2 at 400.8 parts per million and 98.6°F.';
  const article = buildArticle('file:///ws/f.claims.txt', text);
  const findings = findUntaggedFigures(article, DEFAULT_RULES);
  assert.equal(findings.length, 5);
  const tagged = buildArticle('file:///ws/f.claims.txt', applyEdits(text, tagAll(article, DEFAULT_RULES)));
  assert.deepEqual(tagged.claims.map((c) => (c.reading.ok ? c.reading.value.unit : c.reading.reason)), ['degC', 'degC', 'degC', 'ppm', 'degF']);
});
