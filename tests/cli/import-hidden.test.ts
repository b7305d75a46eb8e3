// Article text a saved page holds but shows only through a script (React's streamed rendering, a
// metered paywall's hidden box), an article split into boxes between ads, and a site's longer
// name after the headline: each read as a browser shows the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, type ExtractedArticle } from '../../server/src/import/extract';

const sentence = (n: number) => `Paragraph ${n} tells what the council decided about the bridge, the road and the school, and what it will cost the town over the next years.`;
const ps = (from: number, to: number, cls = '') => Array.from({ length: to - from + 1 }, (_, i) => `<p${cls ? ` class="${cls}"` : ''}>${sentence(from + i)}</p>`).join('');

function read(html: string): ExtractedArticle {
  const a = extractArticle(html, 'https://news.example.org/story');
  assert.ok(!('error' in a), JSON.stringify(a));
  return a;
}

test('import: a React-streamed page (Next.js) gives the text its hidden segments move into their placeholders, not the skeleton', () => {
  const html = `<html><head><title>Bridge vote</title></head><body>
    <!--$?--><template id="B:1"></template><div class="skeleton">Loading the story</div><!--/$-->
    <div hidden id="S:1"><article><h1>Bridge vote</h1>${ps(1, 4)}<!--$?--><template id="P:2"></template><!--/$--></article></div>
    <div hidden id="S:2">${ps(5, 6)}</div>
    <script>$RC("B:1","S:1");$RS("S:2","P:2")</script></body></html>`;
  const a = read(html);
  assert.deepEqual(a.paragraphs, [1, 2, 3, 4, 5, 6].map(sentence));
});

test('import: text a metered paywall hides in the page is the article\'s; other hidden boxes are not', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="paywall" hidden>${ps(4, 5)}</div><div class="cookie-note" hidden><p>${sentence(9)}</p></div></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: an article split into boxes between ad columns is read whole, by the class its paragraphs share', () => {
  const box = (body: string) => `<div class="row"><div class="col"><div class="body">${body}</div></div><div class="rail"><div class="advert">Reklama</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>
    ${box(ps(1, 3, 'block para'))}${box(`<h2 class="block header">What it costs</h2>${ps(4, 10, 'block para')}`)}
    <div class="teasers"><p class="teaser">Another story about the weather.</p></div></body></html>`;
  const a = read(html);
  assert.deepEqual(a.paragraphs, [...[1, 2, 3].map(sentence), 'What it costs', ...[4, 5, 6, 7, 8, 9, 10].map(sentence)]);
  // one box alone, or paragraphs without a shared class, stay as Readability read them
  const single = read(`<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>${box(ps(1, 8, 'block para'))}</body></html>`);
  assert.deepEqual(single.paragraphs, [1, 2, 3, 4, 5, 6, 7, 8].map(sentence));
});

test('import: a headline followed by the site\'s longer name, which holds its domain\'s, loses it when the <h1> shows the headline alone', () => {
  const page = (title: string, url: string) => extractArticle(`<html><head><meta property="og:title" content="${title}"></head><body><h1>„Unermüdlicher Einsatz“</h1><article>${ps(1, 5)}</article></body></html>`, url);
  const a = page('„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', 'https://www.tageszeitung.it/2025/04/01/einsatz/');
  assert.ok(!('error' in a) && a.headline === '„Unermüdlicher Einsatz“');
  const b = page('„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', 'https://www.example.org/einsatz/');
  assert.ok(!('error' in b) && b.headline === '„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', 'another site: the words stay');
});

test('import: a box a stylesheet class hides (Bootstrap\'s `hidden`, `d-none`) is no text, unless another class shows it on wider screens; a paywall\'s aria-hidden text is', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="offer hidden"><h3>Unlimited access</h3><ul><li>${sentence(7)}</li></ul></div><div class="d-none"><h3>Offer</h3><p>${sentence(8)}</p></div>
    <div class="hidden md:block"><p>${sentence(4)}</p></div><p class="paywall" aria-hidden="true">${sentence(5)}</p>
    <div class="box do-display-embed"><div class="h3">Recommended content</div><p>An external video from YouTube belongs here; allow it to be shown.</p></div></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a photo credit, a relative time stamp and "read more" lines in the test pages\' languages are no paragraphs', () => {
  const lines = ['STR/AFP via Getty Images', 'Getty', '1 day ago', 'MORE ABOUT', 'Lest auch', 'Auch interessant: Wedau-Nord: Wann Bürger mitreden', 'Czytaj więcej'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}${lines.map((l) => `<p>${l}</p>`).join('')}${ps(3, 4)}<p>Getty was the name of the oil company that built the old museum on the hill above the town.</p></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4].map(sentence), 'Getty was the name of the oil company that built the old museum on the hill above the town.']);
});

test('import: the standfirst the page shows under its headline, stated as its description, is the first paragraph', () => {
  const dek = 'Russia launched 21 drones overnight, the air force said, and most were shot down over the capital region.';
  const page = (shown: string) => `<html><head><title>Drones</title><meta property="og:description" content="${dek}"></head><body><header><h1>Drones</h1>${shown}</header><article>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(page(`<p class="standfirst">${dek}</p>`)).paragraphs, [dek, ...[1, 2, 3, 4, 5].map(sentence)]);
  assert.deepEqual(read(page('')).paragraphs, [1, 2, 3, 4, 5].map(sentence), 'a description the page does not show is a search snippet');
  const inBody = `<html><head><title>Drones</title><meta name="description" content="${sentence(1)}"></head><body><h1>Drones</h1><article>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(inBody).paragraphs, [1, 2, 3, 4, 5].map(sentence), 'a description that is the first paragraph is not repeated');
});

test('import: the JSON-LD article\'s description, shown under the headline, is the standfirst too; a description shown as a picture\'s caption is not', () => {
  const dek = 'Russia launched 21 drones overnight, the air force said, and most were shot down over the capital region.';
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Drones","description":"${dek}"}</script>`;
  const page = (shown: string) => `<html><head><title>Drones</title><meta property="og:description" content="Drones over the capital: what we know">${ld}</head><body><header><h1>Drones</h1>${shown}</header><article>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(page(`<div class="lead">${dek}</div>`)).paragraphs, [dek, ...[1, 2, 3, 4, 5].map(sentence)]);
  assert.deepEqual(read(page(`<figure><img src="d.jpg"><figcaption><span>${dek}</span></figcaption></figure>`)).paragraphs, [1, 2, 3, 4, 5].map(sentence), 'a caption');
});

test('import: a standfirst the page shows split into paragraphs under its headline is the first paragraph; one the body holds already, split, is not repeated', () => {
  const parts = ['Russia launched 21 drones overnight, the air force said.', 'Most were shot down over the capital region.', '– We heard them all night, a resident said.'];
  const page = (shown: string, body: string) => `<html><head><title>Drones</title><meta name="description" content="${parts.join('  ')}"></head><body><header><h1>Drones</h1>${shown}</header><article>${body}</article></body></html>`;
  assert.deepEqual(read(page(parts.map((p) => `<p class="lead">${p}</p>`).join(''), ps(1, 5))).paragraphs, [parts.join(' '), ...[1, 2, 3, 4, 5].map(sentence)]);
  assert.deepEqual(read(page('', `${parts.map((p) => `<p>${p}</p>`).join('')}${ps(1, 5)}`)).paragraphs, [...parts, ...[1, 2, 3, 4, 5].map(sentence)]);
  // paragraphs that only start the description are a search snippet's
  assert.deepEqual(read(page(parts.slice(0, 2).map((p) => `<p class="lead">${p}</p>`).join(''), ps(1, 5))).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});
