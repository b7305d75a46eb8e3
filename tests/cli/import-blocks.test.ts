// The second body extractor (blocks.ts): text blocks classed by their own and their neighbours'
// word counts and link densities, and the article's box chosen by content text over boilerplate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifiedArticle, classifyBlocks, classifyPage, textBlocks, type TextBlock } from '../../server/src/import/blocks';
import { parseDocument, type DomElement } from '../../server/src/import/dom';

const SENTENCES = [
  'The council voted on Monday night to rebuild the old stone bridge over the river before winter comes.',
  'Engineers had warned for years that its arches were cracking under the weight of modern lorries and buses.',
  'Rebuilding will cost about twelve million pounds, most of it paid by a grant from the regional government.',
  'Shops near the crossing fear that months of closures will keep their customers away all through the spring.',
];
const root = (html: string) => parseDocument(html).documentElement as DomElement;
const block = (words: number, linkDensity: number): TextBlock => ({ text: 'x', words, linkDensity, box: root('<p>x</p>'), heading: false, content: false });

test('import blocks: a page is cut into blocks at block elements and <br>, with each block\'s words and share of linked text; hidden boxes, navigation and captions are not read', () => {
  const blocks = textBlocks(root(`<body><nav><a href="/">Home</a></nav><div><h2>Bridge</h2>First line<br>Second <a href="/x">line</a></div>
    <p hidden>Hidden</p><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><p>桥梁重建</p></body>`));
  assert.deepEqual(blocks.map((b) => [b.text, b.words, Number(b.linkDensity.toFixed(2)), b.heading]), [['Bridge', 1, 0, true], ['First line', 2, 0, false], ['Second line', 2, 0.36, false], ['桥梁重建', 3, 0, false]]);
});

test('import blocks: a block is content by its words and links and its neighbours\' (a long one alone, a short one between content), boilerplate when mostly links or short among boilerplate', () => {
  const blocks = [block(3, 1), block(50, 0), block(5, 0), block(30, 0), block(6, 0.9), block(4, 0), block(5, 1)];
  classifyBlocks(blocks);
  assert.deepEqual(blocks.map((b) => b.content), [false, true, true, true, false, false, false]);
});

test('import blocks: the article\'s box is the one whose content outweighs its boilerplate, not a longer box of other stories\' teasers under link headlines', () => {
  const teasers = SENTENCES.map((s) => `<div class="t"><h3><a href="/other">Another story with a headline long enough to weigh something</a></h3><p><a href="/other">${s}</a></p><p>${s} More.</p></div>`).join('');
  const html = `<html><body><div id="menu"><a href="/">Home</a> <a href="/news">News</a></div><div id="story"><h1>Bridge vote</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}<p><a href="/share">Share</a></p></div>
    <div id="more">${teasers}</div></body></html>`;
  const page = classifyPage(root(html));
  assert.equal(page.region?.getAttribute('id'), 'story');
  assert.deepEqual(classifiedArticle(html), ['Bridge vote', ...SENTENCES]);
  assert.deepEqual(classifiedArticle('<html><body><nav><a href="/">Home</a></nav></body></html>'), []);
});
