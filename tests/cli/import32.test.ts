// The importer on pages written for this round (made up, not from the corpus): a carousel of other
// stories whose accessible name says so (`aria-labelledby` pointing at "Recommended from ...", or
// `aria-label="Related articles"`) is left out, though its label is not right before its list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';

const story = [
  'The city council voted on Wednesday to keep the east library open on Sundays for another year, after a petition signed by more than two thousand residents.',
  'Librarians said the Sunday hours were the busiest of the week, with families and students filling the reading rooms from the moment the doors opened.',
  'The extra day costs about ninety thousand a year, which the council will take from a reserve fund set aside for repairs to the branch roof.',
  'Councillors who voted against the plan said the roof could not wait much longer, and asked for a report on its condition before the next budget.',
];

function body(box: string): string[] {
  const html = `<html><head><title>East library keeps Sunday hours</title></head><body><article><h1>East library keeps Sunday hours</h1>${story.map((p) => `<p>${p}</p>`).join('')}${box}</article></body></html>`;
  const a = extractArticle(html);
  assert.ok(!('error' in a));
  return a.paragraphs;
}

const teasers = '<li><a href="/news/bridge-repairs"><img src="/i/b.jpg" alt=""><div><span>Council delays bridge repairs until the spring</span></div></a></li><li><a href="/news/pool"><img src="/i/p.jpg" alt=""><div><span>Swimming pool to reopen after a two-year refit</span></div></a></li>';

test('import: a box named "Recommended from ..." by aria-labelledby is other stories, not the text', () => {
  const box = `<section aria-labelledby="rec1"><div id="rec1">Recommended from Editorial</div><button type="button" title="previous"></button><ol>${teasers}</ol><button type="button" title="next"></button></section>`;
  assert.deepEqual(body(box), story);
});

test('import: a box whose aria-label reads "Related articles" is left out too', () => {
  assert.deepEqual(body(`<div aria-label="Related articles"><ul>${teasers}</ul></div>`), story);
});

test('import: a box whose accessible name is not a label of other stories stays', () => {
  const box = '<section aria-labelledby="fact1"><h2 id="fact1">How the vote went</h2><p>Eleven councillors voted for the Sunday hours and four against, with two absent.</p></section>';
  assert.deepEqual(body(box), [...story, 'How the vote went', 'Eleven councillors voted for the Sunday hours and four against, with two absent.']);
});
