// What the importer leaves out of an article's body that Readability keeps: each rule on a small page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractedArticle } from '../../server/src/import/extract';

const sentence = (n: number) => `Paragraph ${n} tells what the council decided about the bridge, the road and the school, and what it will cost the town over the next years.`;
const ps = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');

function read(html: string): ExtractedArticle {
  const a = extractArticle(html, 'https://news.example.org/story');
  assert.ok(!('error' in a), JSON.stringify(a));
  return a;
}

test('import: a caption in a box of its own around one paragraph is left out, though Readability unwraps the box', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}
    <div class="editor-img-box"><img src="bridge.jpg"><div class="caption"><p>The old bridge over the river on Monday. Photo agency</p></div></div>${ps(3, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});
