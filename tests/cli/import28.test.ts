// The importer on pages written for this round (made up, not from the corpus): a page whose text is
// only in <noscript>.
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
