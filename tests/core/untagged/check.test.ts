// findUntaggedFigures over built articles: findings, messages and data; and everything the
// check must never look inside (front matter, markup text and attributes, .nofigure, comments,
// URLs, suppressed lines and files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';
import { findUntaggedFigures } from '../../../server/src/core/untagged/check';
import { DEFAULT_RULES, type Rules } from '../../../server/src/core/registry/types';

function figures(text: string, rules: Rules = DEFAULT_RULES, options?: { vagueQuantities?: boolean }): string[] {
  return findUntaggedFigures(buildArticle('file:///t.claims.txt', text), rules, options).map((f) => (f.data as { figure: string }).figure);
}

test('a finding quotes the figure, covers its span and carries the fix data', () => {
  const text = 'Ukrainian President [Volodymyr Zelenskyy]{actor=zelenskyy} said that about 3,000 North Korean soldiers had been killed.';
  const [f, ...rest] = findUntaggedFigures(buildArticle('file:///t.claims.txt', text), DEFAULT_RULES);
  assert.equal(rest.length, 0);
  assert.equal(f?.code, 'untagged-figure');
  assert.equal(text.slice(f!.span.start, f!.span.end), 'about 3,000');
  assert.equal(f?.message, "'about 3,000' is not tagged as a claim");
  assert.deepEqual(f?.data, { figure: 'about 3,000', proposedFact: 'north-korean-soldiers-killed', guessedActor: 'zelenskyy' });
});

test('the actor comes from a speaker named after the figure, matched to a mention elsewhere', () => {
  const text = 'The [air force]{actor=ua-air-force} reported. Russia launched 78 missiles, the air force said.\nZelenskyy said 12 tanks were hit. [Volodymyr Zelenskyy]{actor=zelenskyy} spoke.\nPeople said 5 cars burned.';
  const found = findUntaggedFigures(buildArticle('file:///t.claims.txt', text), DEFAULT_RULES);
  assert.deepEqual(found.map((f) => [(f.data as { figure: string }).figure, (f.data as { guessedActor?: string }).guessedActor]), [
    ['78', 'ua-air-force'], ['12', 'zelenskyy'], ['5', undefined],
  ]);
});

test('front matter, markup spans and their attributes, .nofigure, comments and URLs are masked', () => {
  const text = [
    '---', 'id: a-2024', 'title: 300 troops', 'url: https://example.org/a-300', '---',
    'They sent [300]{fact=troops asof=2024-12-23 value=300} troops and [the 64th]{actor=brigade-64} said [F-16]{.nofigure} jets.',
    '{% a comment with 12 numbers %} See https://example.org/page/12345?x=7 and www.example.com/2024/99 for 8 more.',
  ].join('\n');
  assert.deepEqual(figures(text), ['8']);
});

test('suppression comments silence the line or the file, for this code or for all codes', () => {
  assert.deepEqual(figures('12 tanks {% claimmark-disable-line untagged-figure %}\n13 tanks'), ['13']);
  assert.deepEqual(figures('12 tanks {% claimmark-disable-line %}\n13 tanks'), ['13']);
  assert.deepEqual(figures('12 tanks {% claimmark-disable-line conflicting-figure %}\n13 tanks'), ['12', '13']);
  assert.deepEqual(figures('{% claimmark-disable-file untagged-figure %}\n12 tanks\n13 tanks'), []);
});

test('rules and the user setting decide vague quantities and not-figure phrases', () => {
  const vague: Rules = { ...DEFAULT_RULES, vagueQuantities: true };
  assert.deepEqual(figures('dozens of drones and 12 tanks'), ['12']);
  assert.deepEqual(figures('dozens of drones and 12 tanks', vague), ['dozens', '12']);
  assert.deepEqual(figures('dozens of drones and 12 tanks', vague, { vagueQuantities: false }), ['12']);
  assert.deepEqual(figures('a boeing 737 and 12 tanks', { ...DEFAULT_RULES, notFigures: ['Boeing 737'] }), ['12']);
});

test('the five seed articles show untagged figures where an editor would', () => {
  const seed = 'Russian strikes also hit a central market in Nikopol, wounding eight people, local officials said. The missile, first deployed in a Nov. 21 strike on Dnipro, has entered serial production. Lukashenko said his country could host 10 or more.';
  assert.deepEqual(figures(seed), ['eight', '10 or more']);
});
