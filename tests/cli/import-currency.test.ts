// The importer writes `currency:` when the page's locale says its "$" is not the US dollar and
// its address does not already say so; the article then reads its "$" in that currency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';
import { renderArticle } from '../../server/src/import/render';
import { buildArticle } from '../../server/src/core/api';

function page(lang: string, url: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>Resort reopens</title><link rel="canonical" href="${url}">
<meta property="og:site_name" content="The Daily"></head><body><article><h1>Resort reopens after overhaul</h1>
<p>The resort reopened this week following a $100-million, property-wide transformation of its rooms and grounds.</p>
<p>Set on 700 acres inside the national park, it has welcomed visitors for more than a century, and its owners say it will now stay open all year.</p>
<p>The owners have committed to spending more than $2 billion on their properties since 2025, the company said in a statement on Tuesday.</p></article></body></html>`;
}

function imported(lang: string, url: string) {
  const a = extractArticle(page(lang, url));
  assert.ok(!('error' in a), JSON.stringify(a));
  return renderArticle(a, '2026-06-02').text;
}

test('a Canadian page on a .com address gets currency: CAD, and its "$100-million" is Canadian dollars', () => {
  const text = imported('en-CA', 'https://www.example.com/travel/resort-reopens');
  assert.match(text, /^currency: CAD$/m);
  const article = buildArticle('file:///a.claims.txt', text.replace('$100-million', '[$100-million]{fact=resort-cost}'));
  const reading = article.claims[0]!.reading;
  assert.ok(reading.ok && reading.value.unit === 'CAD');
});

test('no currency line where the address already says it, or the page is American', () => {
  assert.doesNotMatch(imported('en-CA', 'https://www.example.ca/travel/resort-reopens'), /^currency:/m);
  assert.doesNotMatch(imported('en-US', 'https://www.example.com/travel/resort-reopens'), /^currency:/m);
});
