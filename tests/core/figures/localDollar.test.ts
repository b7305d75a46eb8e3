// A bare "$" in a Canadian, Australian, New Zealand, Singapore or Hong Kong article is that
// country's dollar: from the front matter's `currency`, else its url's domain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dollarOfUrl, inLocalDollars } from '../../../server/src/core/figures/localDollar';
import { readFigure } from '../../../server/src/core/figures/read';
import { buildArticle } from '../../../server/src/core/model/build';

test('a country domain names its dollar; others say nothing', () => {
  assert.equal(dollarOfUrl('https://www150.statcan.gc.ca/n1/daily-quotidien/x'), 'CAD');
  assert.equal(dollarOfUrl('https://www.abs.gov.au/media-releases/x'), 'AUD');
  assert.equal(dollarOfUrl('https://www.stats.govt.nz/x'), 'NZD');
  assert.equal(dollarOfUrl('https://www.canada.com/x'), undefined);
  assert.equal(dollarOfUrl(undefined), undefined);
});

test('a bare dollar is read as the local one; a named dollar keeps its name', () => {
  const local = (text: string) => { const r = inLocalDollars(readFigure(text), text, 'CAD'); return r.ok ? r.value.unit : r.reason; };
  assert.equal(local('$100-million'), 'CAD');
  assert.equal(local('2 billion dollars'), 'CAD');
  assert.equal(local('US$25 million'), 'USD');
  assert.equal(local('$US40 trillion'), 'USD');
  assert.equal(local('£3.1m'), 'GBP');
  assert.equal(local('12 percent'), 'percent');
});

test('an article\'s claims read "$" by its currency key, else by its url, else as US dollars', () => {
  const unit = (front: string) => { const c = buildArticle('file:///a.claims.txt', `---\n${front}---\nIt cost [$100 million]{fact=cost}.\n`).claims[0]!; return c.reading.ok ? c.reading.value.unit : undefined; };
  assert.equal(unit('currency: AUD\n'), 'AUD');
  assert.equal(unit('url: https://www.cbc.ca/news/x\n'), 'CAD');
  assert.equal(unit('url: https://www.cbc.ca/news/x\ncurrency: USD\n'), 'USD');
  assert.equal(unit('published: 2026-01-01\n'), 'USD');
  const bad = buildArticle('file:///a.claims.txt', '---\ncurrency: XYZ\n---\nText.\n');
  assert.ok(bad.findings.some((f) => f.code === 'front-matter-invalid'));
});
