// The importer on pages written for this round (made up, not from the corpus): a page whose text is
// only in <noscript>; a place's name set apart over the text (a dateline on its own line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';

const para = (n: number) => `<p>The harbour board approved ${n} new moorings on Tuesday, saying the waiting list had grown every year since the marina opened and that boat owners had waited long enough for a place.</p>`;

test('import: a page whose whole text is in <noscript> (a script builds it) is read from there', () => {
  const page = `<html><head><title>Harbour board approves new moorings | Harbour News</title></head><body><div id="app"></div><script>render()</script><noscript><nav><a href="/">Home</a></nav><div class="content">${para(40)}${para(12)}</div></noscript></body></html>`;
  const a = extractArticle(page);
  assert.ok(!('error' in a), 'an article, not "no article found"');
  assert.ok(a.paragraphs.some((p) => p.startsWith('The harbour board approved 40 new moorings')));
  assert.ok(a.paragraphs.some((p) => p.startsWith('The harbour board approved 12 new moorings')));
});

test('import: a page with text of its own leaves its <noscript> notice out', () => {
  const page = `<html><head><title>Harbour board approves new moorings</title></head><body><article>${[1, 2, 3, 4, 5].map(para).join('')}</article><noscript><p>Please turn on JavaScript in your browser to read the comments under this story and to see the gallery of the new moorings.</p></noscript></body></html>`;
  const a = extractArticle(page);
  assert.ok(!('error' in a));
  assert.ok(!a.paragraphs.some((p) => /JavaScript/.test(p)));
});

test('import: a place\'s name alone on a line over the text (a dateline, "Chemnitz.") is left out', () => {
  const lead = '<p>Die Stadt will im Sommer drei neue Spielplätze bauen und dafür Geld aus dem Haushalt nehmen, der ohnehin knapp ist.</p>';
  const page = (place: string) => `<html><head><title>Neue Spielplätze für die Stadt</title></head><body><article><h1>Neue Spielplätze für die Stadt</h1>${lead}<p>${place}</p>${para(3)}${para(4)}${para(5)}${para(6)}</article></body></html>`;
  for (const place of ['Chemnitz.', 'Bad Homburg.']) {
    const a = extractArticle(page(place));
    assert.ok(!('error' in a));
    assert.ok(!a.paragraphs.includes(place), place);
    assert.ok(a.paragraphs.some((p) => p.startsWith('The harbour board approved 3 ')));
  }
  // (a short sentence of the text stays: it is no name alone, or it closes the text)
  const b = extractArticle(page('Not yet.'));
  assert.ok(!('error' in b) && b.paragraphs.includes('Not yet.'));
});
