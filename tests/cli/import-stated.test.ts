// The page's stated text (JSON-LD `articleBody`) as a reference for the body: each rule on a small page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractedArticle } from '../../server/src/import/extract';
import { withinStatedText, withPaywalledRest } from '../../server/src/import/statedText';

// (sentences that share no run of four words, as an article's do)
const SENTENCES = [
  'The council voted on Monday night to rebuild the old stone bridge over the river before winter.',
  'Engineers had warned for years that its arches were cracking under the weight of modern lorries.',
  'Rebuilding will cost about twelve million pounds, most of it paid by a grant from the region.',
  'Shops near the crossing fear that months of closures will keep their customers away in spring.',
  'A temporary footbridge is planned so that pupils can still walk to the school on the far bank.',
  'Opposition members asked why a cheaper repair of the existing arches had not been studied first.',
  'The mayor replied that two surveys found the foundations themselves too weak to be saved.',
  'Work is due to begin in March and should be finished, if the weather allows, by next autumn.',
];
const sentence = (n: number) => SENTENCES[n - 1]!;
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ps = (from: number, to: number) => numbers(from, to).map((n) => `<p>${sentence(n)}</p>`).join('');
const jsonLd = (body: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge vote', articleBody: body })}</script>`;

function read(html: string): ExtractedArticle {
  const a = extractArticle(html, 'https://news.example.org/story');
  assert.ok(!('error' in a), JSON.stringify(a));
  return a;
}

test('import: a line inside the text that the page\'s stated text (JSON-LD articleBody) lacks, a poll\'s question, is left out', () => {
  const poll = 'Which of these remedies do you reach for first when you feel a cold coming on this winter?';
  const stated = numbers(1, 6).map(sentence).join('\n');
  const html = `<html><head><title>Bridge vote</title>${jsonLd(stated)}</head><body><article><h1>Bridge vote</h1>${ps(1, 3)}<p>${poll}</p>${ps(4, 6)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, numbers(1, 6).map(sentence));
  // (also when the page states its article twice, the text in the second node)
  const twice = `<script type="application/ld+json">${JSON.stringify([{ '@type': 'NewsArticle', headline: 'Bridge vote' }, { '@type': 'Article', headline: 'Bridge vote', articleBody: stated }])}</script>`;
  assert.deepEqual(read(html.replace(/<script[\s\S]*?<\/script>/, twice)).paragraphs, numbers(1, 6).map(sentence));
  // without a stated text, the line stays
  const bare = html.replace(/<script[\s\S]*?<\/script>/, '');
  assert.deepEqual(read(bare).paragraphs, [...numbers(1, 3).map(sentence), poll, ...numbers(4, 6).map(sentence)]);
});

test('import: the stated text leaves the body alone when it is cut short, and keeps what it leaves out above its first line, crossheads and a run of its own', () => {
  const lines = numbers(1, 8).map(sentence);
  const extra = 'A summary the stated text leaves out, of more than eight words in all.';
  // (cut short: a fifth of the body missing from it, or its end an ellipsis)
  assert.deepEqual(withinStatedText(lines, lines.slice(0, 6).join('\n')), lines);
  assert.deepEqual(withinStatedText(lines, `${lines.slice(0, 6).join("\n")}\nThe mayor replied that two surveys found...`), lines);
  // (a summary above its first line, a crosshead, and a table of four rows it lacks stay)
  const table = ['Year 2002 the first prime minister took thirty days to form a government', 'Year 2006 the second prime minister took ninety days to form a government',
    'Year 2010 the third prime minister took forty days to form a government', 'Year 2013 the fourth prime minister took ninety days to form a government'];
  const body = [extra, ...lines.slice(0, 4), 'What the vote means', ...table, ...lines.slice(4)];
  assert.deepEqual(withinStatedText(body, lines.join('\n')), body);
  // (under its last line, a short offer goes too)
  assert.deepEqual(withinStatedText([...lines, 'Download our app for the latest news'], lines.join('\n')), lines);
  // (but a teaser alone between two of its lines goes)
  const teaser = 'Ferry timetable changes announced for the harbour as diesel prices keep rising';
  assert.deepEqual(withinStatedText([...lines.slice(0, 4), teaser, ...lines.slice(4)], lines.join('\n')), lines);
});

test('import: a page that says it is not free to read and shows the start of its stated text gets the rest of it (a paywall)', () => {
  const lines = numbers(1, 8).map(sentence);
  // (the rest as its lines; as its sentences when it has no line breaks)
  assert.deepEqual(withPaywalledRest(lines.slice(0, 2), lines.join('\n'), true), lines);
  assert.deepEqual(withPaywalledRest(lines.slice(0, 2), lines.join(' '), true), lines);
  assert.deepEqual(withPaywalledRest(lines.slice(0, 2), lines.join('\n'), false), lines.slice(0, 2), 'not when the page does not say so');
  assert.deepEqual(withPaywalledRest(lines.slice(0, 6), lines.join('\n'), true), lines.slice(0, 6), 'not when it shows half the text or more');
  const other = 'A line of the body that the stated text does not hold anywhere at all.';
  assert.deepEqual(withPaywalledRest([lines[0]!, other], lines.join('\n'), true), [lines[0]!, other], 'not when a line of the body is not in it');
  const paywalled = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge vote', isAccessibleForFree: false, articleBody: lines.join(' ') })}</script>`;
  assert.deepEqual(read(`<html><head><title>Bridge vote</title>${paywalled}</head><body><article><h1>Bridge vote</h1>${ps(1, 2)}<div class="paywall">Subscribe</div></article></body></html>`).paragraphs, lines);
});
