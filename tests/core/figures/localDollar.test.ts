// A bare "$" in a Canadian, Australian, New Zealand, Singapore or Hong Kong article is that
// country's dollar: from the front matter's `currency`, else its url's domain, else (on a
// generic domain) the places its text names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dollarOfArticle, dollarOfText, dollarOfUrl, inLocalDollars } from '../../../server/src/core/figures/localDollar';
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
  // (no url: the text's places; an article naming Canada thrice)
  const canadian = buildArticle('file:///a.claims.txt', '---\npublished: 2026-01-01\n---\nOntario and Quebec said Canada would pay [$100 million]{fact=cost}.\n').claims[0]!;
  assert.equal(canadian.reading.ok && canadian.reading.value.unit, 'CAD');
  const bad = buildArticle('file:///a.claims.txt', '---\ncurrency: XYZ\n---\nText.\n');
  assert.ok(bad.findings.some((f) => f.code === 'front-matter-invalid'));
});

test('a text that keeps naming one dollar country, and the United States hardly at all, writes that dollar as "$"', () => {
  const nz = 'Stats NZ said building consents in New Zealand rose. Auckland led; Wellington and Christchurch followed.';
  assert.equal(dollarOfText(nz), 'NZD');
  assert.equal(dollarOfText('Ottawa said federal offices in Toronto and Vancouver will close; Canadian unions object.'), 'CAD');
  // twice is not enough, nor a story that names the United States as often
  assert.equal(dollarOfText('A Canadian firm opened in Toronto.'), undefined);
  assert.equal(dollarOfText('Canada, Canadian exporters and Ontario mills face U.S. tariffs from Washington and the United States.'), undefined);
  // a writer counting in pounds or euros writes the US dollar "$" (a BBC story on a Canadian firm)
  assert.equal(dollarOfText('The Toronto firm, Canada\'s biggest, was valued at $1bn (£780m) by Canadian investors.'), undefined);
  // two dollar countries named as often: no guess
  assert.equal(dollarOfText('Australia and New Zealand; Sydney and Auckland; Melbourne and Wellington.'), undefined);
});

test('the text decides only where the address does not: no url, or a generic domain', () => {
  const text = 'Toronto, Ottawa and Montreal: Canadian cities.';
  assert.equal(dollarOfArticle(undefined, text), 'CAD');
  assert.equal(dollarOfArticle('https://o.canada.com/travel/x', text), 'CAD');
  assert.equal(dollarOfArticle('https://www.bbc.co.uk/news/x', text), undefined);
  assert.equal(dollarOfArticle('https://www.abc.net.au/news/x', text), 'AUD');
});
