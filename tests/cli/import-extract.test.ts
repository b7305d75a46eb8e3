// The importer on saved pages: our own pages give their exact front matter and paragraphs
// (captions, bylines, share buttons, related links, newsletter boxes and ads dropped), every
// charset decodes, the output is a clean article for the core, and the parts behave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage } from '../../server/src/import/decode';
import { extractArticle, markedArticle, type ExtractedArticle } from '../../server/src/import/extract';
import { renderArticle, slugify } from '../../server/src/import/render';
import { localDay, toIsoDate } from '../../server/src/import/dates';
import { escapeMarkup, normaliseText } from '../../server/src/import/text';
import { parseLenient } from '../../server/src/import/jsonLd';
import { bodyDate, urlDate } from '../../server/src/import/visibleDate';
import { buildArticle } from '../../server/src/core/api';

const PAGES = join(__dirname, '..', 'fixtures', 'import', 'pages');
const OWN = ['cp1251-meta', 'entities-whitespace', 'jsonld-graph-reportage', 'jsonld-newsarticle', 'jsonld-string-author', 'latin1-meta', 'microdata-itemprop', 'opengraph-only', 'plain-meta', 'time-datetime'];

function extract(name: string): ExtractedArticle {
  const a = extractArticle(decodePage(readFileSync(join(PAGES, name, 'source.html'))).text);
  assert.ok(!('error' in a), `${name}: ${JSON.stringify(a)}`);
  return a;
}

for (const name of OWN) {
  test(`import ${name}: title, outlet, author, date and paragraphs as the page states them`, () => {
    const gold = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8'));
    const a = extract(name);
    assert.equal(a.headline, gold.title);
    assert.equal(a.meta.outlet ?? null, gold.outlet);
    if (gold.author !== null) assert.equal(a.meta.author, gold.author);
    assert.equal(a.meta.published ?? null, gold.published);
    if (gold.url) assert.equal(a.meta.url, gold.url);
    assert.deepEqual(a.paragraphs, gold.paragraphs);
  });
}

test('import: captions, bylines, share buttons, related links, newsletter boxes and ads are dropped', () => {
  const text = extract('jsonld-newsarticle').paragraphs.join('\n');
  for (const gone of ['Volunteers fill sandbags', 'By Jane Doe', 'Share on Facebook', 'Related stories', 'River levels expected', 'morning briefing', 'Sign up', 'Advertisement', 'All rights reserved', 'Business']) {
    assert.ok(!text.includes(gone), `'${gone}' should be dropped`);
  }
});

test('import: windows-1251 and ISO-8859-1 pages are read in their declared charset', () => {
  assert.equal(decodePage(readFileSync(join(PAGES, 'cp1251-meta', 'source.html'))).encoding, 'windows-1251');
  assert.equal(decodePage(readFileSync(join(PAGES, 'latin1-meta', 'source.html'))).encoding, 'windows-1252'); // WHATWG reads the ISO-8859-1 label as windows-1252
  assert.match(extract('latin1-meta').paragraphs[3]!, /^„So schnell ist das Wasser noch nie gestiegen“/);
  const bytes = Buffer.from('<p>Проверка</p>', 'utf8');
  assert.equal(decodePage(bytes, 'text/html; charset=utf-8').text, '<p>Проверка</p>');
  assert.equal(decodePage(Buffer.from([0xcf, 0xf0, 0xe8]), 'text/html; charset=windows-1251').text, 'При', 'the HTTP header wins');
  assert.equal(decodePage(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text, 'café', 'undeclared, not UTF-8: windows-1252');
});

test('import: the written article parses with no error and its front matter reads back', () => {
  const a = extract('jsonld-newsarticle');
  const { id, text } = renderArticle(a, '2024-11-30');
  assert.equal(id, 'riverton-evacuates-120-homes-as-river-breaks-1998-record');
  assert.ok(text.startsWith(`---\nid: ${id}\ntitle: Riverton evacuates 120 homes as river breaks 1998 record\noutlet: Riverton Post\nauthor: Jane Doe, Sam Patel\npublished: 2024-11-19\nurl: https://riverton-post.example/news/flood-evacuation\nretrieved: 2024-11-30\n---\nRiverton evacuates 120 homes as river breaks 1998 record\nFloodwater rose`), text.slice(0, 400));
  const article = buildArticle('file:///x.claims.txt', text);
  assert.deepEqual(article.findings, []);
  assert.equal(article.meta.published, '2024-11-19');
  assert.equal(article.meta.author, 'Jane Doe, Sam Patel');
});

test('import: text that looks like markup stays text', () => {
  const a: ExtractedArticle = { meta: { title: 'A: "quoted" [x]{y}' }, headline: 'A: "quoted" [x]{y}', paragraphs: ['He said [the figure]{fact=x} was {% not %} final \\ ok \\[']};
  const { text } = renderArticle(a, '2024-01-01');
  const article = buildArticle('file:///x.claims.txt', text);
  assert.deepEqual(article.findings, []);
  assert.equal(article.claims.length, 0);
  assert.equal(article.meta.title, 'A: "quoted" [x]{y}');
  assert.equal(escapeMarkup('[a]{b} {% c %} \\[ \\q'), '[a]\\{b} \\{% c %} \\\\[ \\q');
});

test('import: dates are read as the page writes the day, whatever the zone', () => {
  for (const [input, want] of [
    ['2024-11-24T23:55:00-08:00', '2024-11-24'],
    ['Wed, 18 Mar 2015 23:30:00 -0400', '2015-03-18'],
    ['March 5, 2024', '2024-03-05'],
    ['Feb. 23, 2015', '2015-02-23'],
    ['21.11.2024', '2024-11-21'],
  ] as [string, string | undefined][]) assert.equal(toIsoDate(input), want, input);
  assert.equal(toIsoDate('Mon Aug 03 12:45:00 EDT 2015'), '2015-08-03', 'as JavaScript prints a date; "00 EDT 2015" is no date and lets the next form try');
  assert.equal(toIsoDate('Tue 29 Nov 2016 15.26 EST'), '2016-11-29');
  // year first: 年月日, and slashes or dots inside a line; never a version number or a longer run
  for (const [input, want] of [
    ['2019年4月4日', '2019-04-04'],
    ['公開日：2019/3/5', '2019-03-05'],
    ['2019.03.08', '2019-03-08'],
    ['v2019.03.08.1', undefined],
    ['2019.13.08', undefined],
    // month names in English, German, French, Spanish, Italian, Portuguese and Dutch; dots and slashes inside a line
    ['Erstellt am Dienstag 6. Mai 2014', '2014-05-06'],
    ['21. Jan. 2015', '2015-01-21'],
    ['Mise en ligne 23 mai 2019', '2019-05-23'],
    ['7 de diciembre de 2017', '2017-12-07'],
    ['3 maggio 2020', '2020-05-03'],
    ['12 maart 2021', '2021-03-12'],
    // Russian and Ukrainian month names, as they are written after a day (genitive) and alone
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['3 мая 2020 г.', '2020-05-03'],
    ['12 листопада 2021', '2021-11-12'],
    ['Сентябрь 5, 2019', '2019-09-05'],
    // two-digit years with dots, two-digit day and month only ('Party, 30.10.23')
    ['Party, 30.10.23', '2023-10-30'],
    ['31.10.99', '1999-10-31'],
    ['Version 1.2.23', undefined],
    ['10.11.12.4', undefined],
    ['März 5, 2024', '2024-03-05'],
    ['Datum: 03.11.2021', '2021-11-03'],
    ['Discussion 26/10/2018', '2018-10-26'],
    ['um 23 Personen 2020', undefined],
    ['v1.2.2020', undefined],
    ['Seite 12 von 2020, 1/2/20', undefined],
  ] as [string, string | undefined][]) assert.equal(toIsoDate(input), want, input);
  // a UTC timestamp gives way to the same instant in a local zone; another instant never moves it
  assert.equal(localDay('2017-02-24T01:18:13Z', ['2017-02-23 17:18:13 -0800']), '2017-02-23');
  assert.equal(localDay('2017-02-24T01:18:13.000+00:00', [undefined, '2017-02-23T20:18:13-05:00']), '2017-02-23');
  assert.equal(localDay('2017-02-24T01:18:13Z', ['2017-02-23T17:00:00-08:00']), '2017-02-24');
  assert.equal(localDay('2017-02-24T01:18:13+01:00', ['2017-02-24T00:18:13Z']), '2017-02-24');
  // the same instant as a wall time without a zone, a whole number of quarter hours away
  assert.equal(localDay('2023-11-09T01:49:09Z', ['2023-11-08 17:49:09']), '2023-11-08');
  assert.equal(localDay('2023-11-09T01:49:09Z', ['2023-11-08 17:49:10']), '2023-11-09');
  assert.equal(localDay('2023-11-09T01:49:09Z', ['2023-11-07 17:49:09']), '2023-11-09', 'more than 14 hours away');
  // the URL's day, one before or after, as the hour allows
  assert.equal(localDay('2020-02-25T02:25:54+00:00', [], '2020-02-24'), '2020-02-24');
  assert.equal(localDay('2020-02-25T15:25:54Z', [], '2020-02-24'), '2020-02-25', 'past noon UTC no zone west of it is a day behind');
  assert.equal(localDay('2020-02-25T02:25:54Z', [], '2020-02-22'), '2020-02-25');
  assert.equal(localDay('2020-02-25T02:25:54-05:00', [], '2020-02-24'), '2020-02-25', 'a local timestamp is its own day');
  // an RFC 2822 timestamp in a local zone is the same instant too
  assert.equal(localDay('2019-10-18T22:04:00Z', ['Sat, 19 Oct 2019 00:04:00 +0200']), '2019-10-19');
  assert.equal(localDay('2019-10-18T22:04:00Z', ['Sat, 19 Oct 2019 00:05:00 +0200']), '2019-10-18');
  // the day the page shows (URL, then its date line), the first it states deciding, one before or after as the hour allows
  assert.equal(localDay('2021-11-04T23:00Z', [], [undefined, '2021-11-05']), '2021-11-05');
  assert.equal(localDay('2020-01-20T09:49:32+0000', [], [undefined, '2020-01-19']), '2020-01-19');
  assert.equal(localDay('2020-01-20T15:49:32Z', [], [undefined, '2020-01-19']), '2020-01-20');
  assert.equal(localDay('2020-02-25T02:25:54Z', [], ['2020-02-25', '2020-02-24']), '2020-02-25', 'the URL states the UTC day');
  for (const [input, want] of [
    ['20240305', '2024-03-05'],
    ['2024-02-30', undefined],
    ['13:39', undefined],
    // slashes: month first (US), day first only when the first number is past 12; two-digit years
    ['3/09/15 8:00am', '2015-03-09'],
    ['12/1/2017', '2017-12-01'],
    ['21/12/2018', '2018-12-21'],
    ['3/09/99', '1999-03-09'],
    ['13/13/2015', undefined],
    ['1/2/3/2015', undefined],
    ['3/09/2015/x', undefined],
  ] as [string, string | undefined][]) assert.equal(toIsoDate(input), want, input);
  assert.equal(urlDate('https://www.example.com/world/story/2015/03/18/abc_story.html'), '2015-03-18');
  assert.equal(urlDate('https://www.example.com/news/123456789'), undefined);
});

test('import: a visible date in an element named as one, whatever classes <body> carries', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const html = `<html><head><title>Stop buying things</title></head><body class="f_recommended_footer_on">
    <article><h1>Stop buying things</h1><div class="post-meta"><span class="published updated">3/09/15 8:00am</span></div>${para.repeat(6)}</article>
    <aside class="related"><span class="date">4/01/15</span></aside></body></html>`;
  const a = extractArticle(html);
  assert.ok(!('error' in a));
  assert.equal(a.meta.published, '2015-03-09');
  // camelCase names read word by word; never a date its text labels an update's
  const named = (after: string) => {
    const b = extractArticle(`<html><head><title>Stop buying things</title></head><body><article><h1>Stop buying things</h1>${para.repeat(6)}${after}</article></body></html>`);
    assert.ok(!('error' in b));
    return b.meta.published;
  };
  assert.equal(named('<div class="itemPostDate">am 25.08.2015 22:30</div>'), '2015-08-25');
  // any word ending in 'date' but an update's, and date words of other languages and CMSs
  assert.equal(named('<p class="catdate pull-right">02.02.2022 · 11:14</p>'), '2022-02-02');
  assert.equal(named('<div class="text_datum">31. Oktober 2023</div>'), '2023-10-31');
  assert.equal(named('<div class="authored">10.11.2021</div>'), '2021-11-10');
  assert.equal(named('<span class="lastupdate">12.11.2021</span><span class="x">10.11.2021</span>'), undefined);
  // else a short line anywhere that labels the date, not in an aside
  assert.equal(named('<ul class="info"><li><span>Datum:</span>26. Januar 2022</li><li><span>Ausgabejahr:</span>2022</li></ul>'), '2022-01-26');
  assert.equal(named('<ul><li><p class="title">Mise en ligne</p> <p class="content">23 mai 2019</p></li></ul>'), '2019-05-23');
  assert.equal(named('<aside><p>Published on March 5, 2024</p></aside>'), undefined);
  // an update's date only as a last resort, never over a publication date
  assert.equal(named('<p>Aktualisiert: 30.12.2016</p>'), '2016-12-30');
  assert.equal(named('<p>Aktualisiert: 30.12.2016</p><p>Datum: 28.12.2016</p>'), '2016-12-28');
  assert.equal(named('<p class="articleMetaDate__3zw">2019.03.26 lastupdate</p><p class="postDate">2019.03.08</p>'), '2019-03-08');
  assert.equal(named('<p class="articleMetaDate__3zw">2019.03.26 lastupdate</p>'), undefined);
  // a time glued to a two-digit year by markup (<span>28.09.19</span><span>12:44</span>) is no year 1912
  assert.equal(named('<span class="commentTime"><span>28.09.19</span><span>12:44</span></span>'), undefined);
  assert.equal(toIsoDate('28.09.1912:44'), undefined);
  assert.equal(toIsoDate('01.02.2022: Der Arbeitsmarkt'), '2022-02-01');
});

test('import: the date of any element marked itemprop=datePublished, of a JSON-LD WebPage, and of more meta names', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (head: string, body: string) => {
    const a = extractArticle(`<html><head><title>Stop buying things</title>${head}</head><body><article><h1>Stop buying things</h1>${body}${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(page('', '<time class="stamp" itemprop="datePublished" content="2017-01-18T23:00:00-0800">Jan 18</time>'), '2017-01-18');
  assert.equal(page('', '<span itemprop="datePublished">March 5, 2024</span>'), '2024-03-05');
  assert.equal(page('', '<time pubdate>5 March 2024</time>'), '2024-03-05');
  const ld = (v: object) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
  assert.equal(page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '2023-02-01T10:00:00+00:00' }, { '@type': 'VideoObject', datePublished: '2020-01-01' }] }), ''), '2023-02-01');
  assert.equal(page(ld({ '@type': 'VideoObject', datePublished: '2020-01-01' }), ''), undefined);
  assert.equal(page('<meta name="citation_publication_date" content="2021/06/30">', ''), '2021-06-30');
  // JSON-LD dateCreated (when the work was made, often in UTC) is weaker than a stated publication date
  const created = ld({ '@type': 'NewsArticle', headline: 'Stop buying things', dateCreated: '2017-02-24T01:18:13Z' });
  assert.equal(page(`<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">${created}`, ''), '2017-02-23');
  assert.equal(page(created, ''), '2017-02-24');
  assert.equal(page(ld({ '@type': 'NewsArticle', headline: 'Stop buying things', datePublished: '2017-02-24T01:18:13Z' }), '<time datetime="2017-02-23T17:18:13-08:00">Feb 23</time>'), '2017-02-23');
  // the article's own date still comes first
  assert.equal(page(`<meta property="article:published_time" content="2022-05-06">${ld({ '@type': 'WebPage', datePublished: '2023-02-01' })}`, '<span itemprop="datePublished">March 5, 2024</span>'), '2022-05-06');
});

test('import: any HTML entity in a JSON-LD headline is decoded, and only with its semicolon', () => {
  const para = '<p>The cooling towers of the old plant came down on Saturday morning, watched by a crowd at a safe distance from the site.</p>';
  const title = (headline: string) => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline })}</script>`;
    const a = extractArticle(`<html><head>${ld}</head><body><article>${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.title;
  };
  assert.equal(title('R&uuml;ckbau: K&uuml;hlt&uuml;rme &Uuml;ber &eacute;t&eacute; &amp; more'), 'Rückbau: Kühltürme Über été & more');
  assert.equal(title('AT&T buys &copy2024 rights &#8217;n&#x2019;'), 'AT&T buys &copy2024 rights ’n’');
});

test('import: a title cut before a separator only where the page shows the part before it as a heading', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const headline = (title: string, heading: string) => {
    const a = extractArticle(`<html><head><title>${title}</title></head><body><article>${heading}${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.headline;
  };
  assert.equal(headline('Samantha and The Great Big Lie - John C. Welch - Medium', '<h1>Samantha and The Great Big Lie</h1>'), 'Samantha and The Great Big Lie');
  assert.equal(headline('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', '<div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>'), '海外留学生看两会：出国前后关注点大不同');
  assert.equal(headline('Riverton floods - what we know so far', '<h1>Riverton floods</h1>'), 'Riverton floods - what we know so far', 'not when the rest is most of the title');
  assert.equal(headline('Stop buying things | Lifehacker', '<h1>Something else</h1>'), 'Stop buying things | Lifehacker', 'not when no heading shows it');
  assert.equal(headline('Brexit deal: what happens to the border now', '<h1>Brexit deal</h1>'), 'Brexit deal: what happens to the border now', 'a colon is not a separator');
  // full-width separators and a spaced colon, a trailing parenthesis, curly quotes and a final full stop aside
  assert.equal(headline('バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦 : スポーツ : 読売新聞オンライン', '<h1>バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦</h1>'), 'バルセロナ、マンＵに先勝…ＣＬ準々決勝第１戦');
  assert.equal(headline('ゴールデンウィークにおける情報セキュリティに関する注意喚起：IPA 独立行政法人 情報処理推進機構', '<h1>ゴールデンウィークにおける情報セキュリティに関する注意喚起</h1>'), 'ゴールデンウィークにおける情報セキュリティに関する注意喚起');
  assert.equal(headline('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings (Published 2016)', '<h1>Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings</h1>'), 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
  assert.equal(headline("Why Donald Trump won't change | CNN Politics", '<h1>Why Donald Trump won’t change</h1>'), "Why Donald Trump won't change");
  assert.equal(headline('Voice interfaces • Dustin Curtis', '<h1 class="article_title"><a href="/voice-interfaces">Voice interfaces</a></h1>'), 'Voice interfaces', 'a bullet separates too');
  assert.equal(headline('Voice interfaces • Dustin Curtis', '<h1>Talking to machines</h1>'), 'Voice interfaces • Dustin Curtis', 'not when no heading shows it');
  // a section's label before the headline the page shows
  assert.equal(headline('Opinion | Enough platitudes: Let’s name names', '<h1>Enough platitudes: Let’s name names</h1>'), 'Enough platitudes: Let’s name names');
  assert.equal(headline('Opinion | Enough platitudes: Let’s name names', '<h1>Enough platitudes</h1>'), 'Opinion | Enough platitudes: Let’s name names', 'not when the heading is only part of the rest');
});

test('import: the hAtom entry\'s title (h1 or h2 .entry-title inside .hentry) over the meta titles, after JSON-LD', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const headline = (head: string, body: string) => {
    const a = extractArticle(`<html><head><title>The Marines ... Getting a Makeover?</title><meta property="og:title" content="The Marines ... Getting a Makeover?">${head}</head><body>${body}</body></html>`);
    assert.ok(!('error' in a));
    return a.headline;
  };
  const entry = (h: string) => `<div class="article hnews hentry">${h}${para.repeat(6)}</div>`;
  assert.equal(headline('', entry('<h1 class="entry-title">The New Marines?</h1>')), 'The New Marines?');
  assert.equal(headline('', entry('<h2 class="entry-title">The New Marines?</h2>')), 'The New Marines?');
  assert.equal(headline('', `<div>${'<h1 class="entry-title">The New Marines?</h1>'}${para.repeat(6)}</div>`), 'The Marines ... Getting a Makeover?', 'not outside an hAtom entry');
  assert.equal(headline('', entry('<span class="entry-title">The New Marines?</span>')), 'The Marines ... Getting a Makeover?', 'only a heading');
  assert.equal(headline('', entry('<h2 class="entry-title">The New Marines?</h2>') + entry('<h2 class="entry-title">Navy ships come home</h2>')), 'The Marines ... Getting a Makeover?', 'not a list of posts');
  assert.equal(headline('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Marines get a makeover"}</script>', entry('<h1 class="entry-title">The New Marines?</h1>')), 'Marines get a makeover', 'JSON-LD first');
});

test('import: a title cut at a shorter heading when several parts or the author follow; a blog\'s name before a colon', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const headline = (title: string, heading: string, head = '') => {
    const a = extractArticle(`<html><head><title>${title}</title>${head}</head><body>${heading}<article>${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.headline;
  };
  assert.equal(headline('How to Save Money on Groceries - Your Money Today - Your Life - MSN Lifestyle', '<h1>How to Save Money on Groceries</h1>'), 'How to Save Money on Groceries');
  assert.equal(headline('2012 map takes unfamiliar shape - Maggie Haberman', '<h1>2012 map takes unfamiliar shape</h1>', '<meta name="author" content="Maggie Haberman">'), '2012 map takes unfamiliar shape');
  assert.equal(headline('Riverton floods - what we know so far', '<h1>Riverton floods</h1>'), 'Riverton floods - what we know so far', 'not when one part follows, not the author');
  assert.equal(headline('Lost in JIT - PyPy and the road towards SciPy - Blogger', '<h1><a href="http://lostinjit.example/">Lost in JIT</a></h1>'), 'Lost in JIT - PyPy and the road towards SciPy - Blogger', 'not at the site\'s name heading');
  assert.equal(headline('Lost in JIT: PyPy and the road towards SciPy', '<h1><a href="/">Lost in JIT</a></h1><h3 class="post-title">PyPy and the road towards SciPy</h3>'), 'PyPy and the road towards SciPy');
  assert.equal(headline('Brexit deal: what happens to the border now', '<h1>Brexit deal: what happens to the border now</h1><h2 class="title">Read more</h2>'), 'Brexit deal: what happens to the border now');
  // both parts shown, the blog's name in its banner and the post's title in the <h1>: the <h1>'s
  assert.equal(headline('Field notes of a river engineer - Sensors on the weir', '<h2 class="site-title">Field notes of a river engineer</h2><h1>Sensors on the weir</h1>'), 'Sensors on the weir');
  assert.equal(headline('Sensors on the weir - Field notes of a river engineer', '<h2 class="site-title">Field notes of a river engineer</h2><h1>Sensors on the weir</h1>'), 'Sensors on the weir');
  // not an <h1> hidden from readers (the site's name for search engines)
  assert.equal(headline('这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报', '<h1 class="hidden">好奇心日报</h1><h2 class="title">这个约会软件，想用你和对方的相似好恶来帮你找对象</h2>'), '这个约会软件，想用你和对方的相似好恶来帮你找对象');
  assert.equal(headline('Sensors on the weir tell of the flood - Field notes of a river engineer', '<h1 style="display: none">Field notes of a river engineer</h1><h2 class="post-title">Sensors on the weir tell of the flood</h2>'), 'Sensors on the weir tell of the flood');
  assert.equal(headline('Sensors on the weir tell of the flood - Field notes of a river engineer', '<h1>Field notes of a river engineer</h1><h2 class="post-title">Sensors on the weir tell of the flood</h2>'), 'Field notes of a river engineer', 'a shown <h1> wins');
  // a kicker the <h1> prints before the headline the tags state stays with it; a longer lead-in does not
  assert.equal(headline('Flixbus attackiert Deutsche Bahn', '<h1>Deutschlandtakt: Flixbus attackiert Deutsche Bahn</h1>'), 'Deutschlandtakt: Flixbus attackiert Deutsche Bahn');
  assert.equal(headline('Im ICE nach Barcelona', '<h1><span class="kicker">Zugverkehr</span><span>: </span><span>Im ICE nach Barcelona</span></h1>'), 'Zugverkehr: Im ICE nach Barcelona');
  assert.equal(headline('Im ICE nach Barcelona', '<h1>A long day of trains and a very long journey south: Im ICE nach Barcelona</h1>'), 'Im ICE nach Barcelona');
});

test('import: the headline as the page prints it: an <h1> reading the same but for letter case, or the one <h1> holding a one-word title', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const headline = (head: string, h1: string) => {
    const a = extractArticle(`<html><head>${head}</head><body><article>${h1}${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.headline;
  };
  const og = '<meta property="og:title" content="Coronavirus Live Updates: New Cases Surge In Spain">';
  assert.equal(headline(og, '<h1>Coronavirus live updates: New cases surge in Spain</h1>'), 'Coronavirus live updates: New cases surge in Spain');
  assert.equal(headline(og, '<h1>CORONAVIRUS LIVE UPDATES: NEW CASES SURGE IN SPAIN</h1>'), 'Coronavirus Live Updates: New Cases Surge In Spain', 'not a heading set in capitals');
  const site = '<meta property="og:site_name" content="Riverton Greens"><title>Arbeit - Riverton Greens</title>';
  assert.equal(headline(site, '<h1>Wir kämpfen für gute Arbeit</h1>'), 'Wir kämpfen für gute Arbeit');
  assert.equal(headline(site, '<h1>Unser Programm</h1>'), 'Arbeit', 'not an <h1> without the word');
});

test('import: the site\'s name or domain after a separator is dropped from the title, spelled as the title spells it', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const headline = (title: string, head: string, url?: string) => {
    const a = extractArticle(`<html><head><title>${title}</title>${head}</head><body><article>${para.repeat(6)}</article></body></html>`, url);
    assert.ok(!('error' in a));
    return a.headline;
  };
  assert.equal(headline('atg 1700 - Pastebin.com', '<meta property="og:site_name" content="Pastebin">'), 'atg 1700');
  assert.equal(headline('China snubs Imran Khan | India News - Times of India', '<meta property="og:site_name" content="The Times of India">'), 'China snubs Imran Khan | India News');
  assert.equal(headline('Russia\'s Nuclear Help To Iran | FoxNews.com', '<meta property="og:site_name" content="Fox News">'), 'Russia\'s Nuclear Help To Iran');
  assert.equal(headline('マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌', '<meta property="og:site_name" content="phpspot開発日誌">'), 'マインドマップ風のツリーを描画できる「Treeviz」');
  assert.equal(headline('Cae en Francia la jefa del aparato militar de ETA | elmundo.es', '', 'https://www.elmundo.es/espana/1351388909.html'), 'Cae en Francia la jefa del aparato militar de ETA', 'the domain when no site name is given');
  assert.equal(headline('Time to act - Time for Kids', '<meta property="og:site_name" content="Time">'), 'Time to act - Time for Kids', 'not a longer name');
  assert.equal(headline('Wie Freenet Kunden gewinnen will › Meedia', '', 'https://meedia.de/2019/05/13/x/'), 'Wie Freenet Kunden gewinnen will', '"›" separates too');
});

test('import: the outlet is the site name the meta tags give, the JSON-LD publisher where they give none, a domain-ending form of it, or a section', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const outlet = (publisher: string, site: string, url?: string) => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Shoppers', publisher: { '@type': 'Organization', name: publisher } });
    const a = extractArticle(`<html><head><title>Shoppers</title><script type="application/ld+json">${ld}</script>${site}</head><body><article>${para.repeat(6)}</article></body></html>`, url);
    assert.ok(!('error' in a));
    return a.meta.outlet;
  };
  assert.equal(outlet('Tamedia AG', '<meta property="og:site_name" content="Tages-Anzeiger">'), 'Tages-Anzeiger');
  assert.equal(outlet('Utopia GmbH', '<meta property="og:site_name" content="Utopia.de">'), 'Utopia.de');
  assert.equal(outlet('Time USA, LLC', '<meta property="og:site_name" content="Time">'), 'Time');
  assert.equal(outlet('Libération', '<meta property="og:site_name" content="Libération.fr">'), 'Libération', 'not the same name with a domain ending');
  assert.equal(outlet('Salon.com', '<meta property="og:site_name" content="Salon">'), 'Salon');
  assert.equal(outlet('Frankfurter Allgemeine Zeitung', '<meta property="og:site_name" content="FAZ.NET">', 'https://www.faz.net/aktuell/x.html'), 'FAZ.NET', 'the site, not its publisher');
  assert.equal(outlet('webpack', '<meta property="og:site_name" content="Medium">', 'https://medium.com/webpack/x'), 'Medium');
  assert.equal(outlet('Reuters', '<meta property="og:site_name" content="U.S.">', 'https://www.reuters.com/article/x'), 'Reuters', 'a section is no site');
  assert.equal(outlet('Tamedia AG', ''), 'Tamedia AG', 'when nothing else names the site');
});

test('import: a page saved as UTF-8 under a stale <meta> charset is read as UTF-8', () => {
  const page = (charset: string, text: string) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), Buffer.from(text, 'utf8'), Buffer.from('</p></body></html>')]);
  assert.match(decodePage(page('Shift_JIS', 'サクサク軽い打ち心地')).text, /<p>サクサク軽い打ち心地<\/p>/);
  assert.equal(decodePage(page('Shift_JIS', 'サクサク')).encoding, 'utf-8');
  assert.equal(decodePage(page('windows-1251', 'plain ASCII')).encoding, 'windows-1251', 'ASCII bytes: the declared charset');
  assert.equal(decodePage(readFileSync(join(PAGES, 'cp1251-meta', 'source.html'))).encoding, 'windows-1251', 'bytes really in the declared charset');
  assert.equal(decodePage(page('Shift_JIS', 'サクサク'), 'text/html; charset=Shift_JIS').encoding, 'shift_jis', 'the HTTP header is not second-guessed');
});

test('import: a date shown as a short line after the headline, when no markup names it', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (top: string, afterHeadline: string) => {
    const a = extractArticle(`<html><head><title>Stop buying things</title></head><body>${top}<article><h1>Stop buying things</h1>${afterHeadline}${para.repeat(6)}<div class="x1">March 1, 2001</div></article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(page('', '<div class="xTlfF"><span class="q">By Jo Doe</span><div class="Vxqj">December 16, 2016, 4:19 PM</div></div>'), '2016-12-16');
  assert.equal(page('', '<span class="MblGH">Updated: Dec 15, 2016 2:57 PM UTC</span>'), '2016-12-15');
  assert.equal(page('', '<time class="Base-kdfRBW">September 26, 2016</time>'), '2016-09-26');
  // a short line measured without the white space that indents it
  assert.equal(page('', `<div class="meta"><p class="readTime">${' \n\t'.repeat(30)}2019年2月27日 読了時間 3 分${' \n\t'.repeat(30)}</p></div><p>原文(投稿日：2019/02/16)へのリンク</p>`), '2019-02-27');
  assert.equal(page('<div class="x">Friday, June 7, 2024</div>', ''), undefined, 'not before the headline, nor past the first long paragraph');
  // a date line just above the headline in its own block, when none follows it
  const kicker = extractArticle(`<html><head><title>Stop buying things</title></head><body><div class="x">Friday, June 7, 2024</div><article><div class="head"><span>Zucht</span><span>04.02.2022 | 13:10 Uhr</span><h1>Stop buying things</h1></div>${para.repeat(6)}</article></body></html>`);
  assert.ok(!('error' in kicker));
  assert.equal(kicker.meta.published, '2022-02-04');
  // a heading or paragraph above it that is a date line of its own, not a teaser's title
  const above = (lines: string) => {
    const a = extractArticle(`<html><head><title>Stop buying things</title></head><body><article><div class="head">${lines}<h1>Stop buying things</h1></div>${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(above('<h3 class="teaser-meta">21.01.2022</h3>'), '2022-01-21');
  assert.equal(above('<p class="subline"> 21. Jan 2022 // Dominik Ricker </p>'), '2022-01-21');
  assert.equal(above('<h2>What the council decided on 21.01.2022 about the old bridge</h2>'), undefined);
});

test('import: a UTC publication timestamp gives way to the local day the date line shows, as the hour allows', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (published: string, line: string) => {
    const a = extractArticle(`<html><head><title>Stop buying things</title><meta property="article:published_time" content="${published}"></head><body><article><h1>Stop buying things</h1><div class="x">${line}</div>${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(page('2021-11-04T23:00Z', '05.11.2021'), '2021-11-05');
  assert.equal(page('2021-11-04T23:00+01:00', '05.11.2021'), '2021-11-04', 'a local timestamp is its own day');
  assert.equal(page('2021-11-04T23:00Z', '07.11.2021'), '2021-11-04', 'not a day further');
});

test('import: a date with slashes is read day first where the page\'s language writes it so (en-GB, de), else month first', () => {
  assert.equal(toIsoDate('02/10/2020'), '2020-02-10');
  assert.equal(toIsoDate('02/10/2020', true), '2020-10-02');
  assert.equal(toIsoDate('3/25/2020', true), '2020-03-25', 'the second number cannot be a month');
  assert.equal(toIsoDate('2020-02-10', true), '2020-02-10');
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (htmlAttrs: string, head = '') => {
    const a = extractArticle(`<html ${htmlAttrs}><head><title>Stop buying things</title>${head}</head><body><article><h1>Stop buying things</h1><span class="time">02/10/2020</span>${para.repeat(6)}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(page('xml:lang="en-GB"'), '2020-10-02');
  assert.equal(page('lang="de"'), '2020-10-02');
  assert.equal(page('', '<meta property="og:locale" content="en_IN">'), '2020-10-02');
  assert.equal(page('lang="en-US"'), '2020-02-10');
  assert.equal(page('lang="en"'), '2020-02-10');
  assert.equal(page(''), '2020-02-10');
  // a meta value is machine-written: month first whatever the page's language
  const meta = extractArticle(`<html lang="de"><head><title>Stop buying things</title><meta name="date" content="11/01/2023 12:43:42"></head><body><article><h1>Stop buying things</h1>${para.repeat(6)}</article></body></html>`);
  assert.ok(!('error' in meta));
  assert.equal(meta.meta.published, '2023-11-01');
});

test('import: a dateline or a labelled date line among the body\'s first three paragraphs', () => {
  const text = 'Teamchef Michael Kohlmann hat die Mannschaft für die Qualifiers gegen Brasilien nominiert, wie der Verband mitteilte.';
  for (const [lines, want] of [
    [['Feb. 23, 2015 -- The city said', text], '2015-02-23'],
    [['Trotz allem auf Erholungskurs', '01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet.“'], '2022-02-01'],
    [['Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden der Verstorbenen.'], '2021-11-12'],
    [['2021-10-16 | Botschaft', text], '2021-10-16'],
    [['Ort Saarbrücken', 'Datum 28.01.2022', text], '2022-01-28'],
    [['Erstellt am: 30.01.2022 18:36 / sk', text], '2022-01-30'],
    [['Published on March 5, 2024', text], '2024-03-05'],
    // not an update's, not a date inside a sentence, not past the third paragraph
    [['Aktualisiert: 30.12.2016', text], undefined],
    [['Am 8. November 2021 findet der jährliche Gedenktag statt.', text], undefined],
    [['Oliver Frankenbach mit Wirkung zum 1.9.2015 zum Vorstand bestellt', text], undefined],
    [[text, text, text, 'Datum 28.01.2022'], undefined],
  ] as [string[], string | undefined][]) assert.equal(bodyDate(lines), want, lines[0]);
});

test('import: JSON-LD with the usual slips is still read (raw line breaks in strings, trailing commas, two objects)', () => {
  assert.deepEqual(parseLenient('{"a": "line one\nline two\tend"}'), { a: 'line one line two end' });
  assert.deepEqual(parseLenient('{"a": [1, 2,], }'), { a: [1, 2] });
  assert.deepEqual(parseLenient('{"a": 1}\n{"b": 2}'), [{ a: 1 }, { b: 2 }]);
  assert.deepEqual(parseLenient('{"a": 1},{"b": 2}'), [{ a: 1 }, { b: 2 }]);
  assert.equal(parseLenient('{"a": \'x\'}'), undefined);
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const ld = '[{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Stop buying things", "description": "Two lines\n\tof standfirst", "datePublished": "2022-02-02T11:14:00+01:00"}]';
  const a = extractArticle(`<html><head><title>Stop buying things</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Stop buying things</h1>${para.repeat(6)}</article></body></html>`);
  assert.ok(!('error' in a));
  assert.equal(a.meta.published, '2022-02-02');
});

test('import: not the date of an update, a trending box or an embedded post', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (afterHeadline: string, after = '') => {
    const a = extractArticle(`<html><head><title>Stop buying things</title></head><body><article><h1>Stop buying things</h1>${afterHeadline}${para.repeat(6)}${after}</article></body></html>`);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  // an "Updated:" label before the time, three levels up; the original date after it
  assert.equal(page('<ul><li><div>Updated:</div><div><x-ago><time datetime="2018-03-06T19:49:32-05:00">Mar 6, 2018</time></x-ago></div></li><li><div>Original:</div><div><x-ago><time datetime="2016-12-21T18:49:10-05:00">Dec 21, 2016</time></x-ago></div></li></ul>'), '2016-12-21');
  // a line after the headline wins over a date-named element in a box of other posts
  assert.equal(page('<div>By Bushrod Washington</div><div>Published December 21, 2016 at 8:31am</div>', '<div class="trending-posts"><span class="entry-date">August 9, 2022</span></div>'), '2016-12-21');
  assert.equal(page('', '<div class="trending-posts"><span class="entry-date">August 9, 2022</span></div><div class="byline"><span class="date">Dec 21, 2016</span></div>'), '2016-12-21');
  // a date-named element saying only "updated" gives way to the publication's
  assert.equal(page('', '<div class="x"><span class="updated-date">March 6, 2018</span><span class="post-date">Dec 21, 2016</span></div>'), '2016-12-21');
  // a <time> whose class says published, over an embedded tweet's time
  assert.equal(page('<time class="content-published-date">December 7, 2016</time>', '<blockquote class="twitter-tweet"><time datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016</time></blockquote>'), '2016-12-07');
  assert.equal(page('', '<blockquote><time datetime="2016-12-05T17:10:10+00:00">Dec 5</time></blockquote><time datetime="2016-12-07T20:53:36+00:00">Dec 7</time>'), '2016-12-07');
});

test('import: ids from titles, and text normalised', () => {
  assert.equal(slugify('Паводок в Ривертоне: эвакуированы 120 домов'), 'pavodok-v-rivertone-evakuirovany-120-domov');
  assert.equal(slugify('Überschwemmung in Riverton: 120 Häuser geräumt'), 'uberschwemmung-in-riverton-120-hauser-geraumt');
  assert.ok(slugify('x'.repeat(30) + ' ' + 'y'.repeat(40)).length <= 60);
  assert.equal(slugify('宇航员在太空中喝酒会怎么样'), '');
  const cjk = renderArticle({ meta: { url: 'https://news.example/2017/03/10/space-drinking.html' }, headline: '宇航员', paragraphs: ['正文'] }, '2024-01-01');
  assert.equal(cjk.id, 'space-drinking');
  assert.equal(normaliseText(' a\u00a0 b\u200b\u00adc\n\td '), 'a bc d');
});

test('import: a page without an article says so', () => {
  const a = extractArticle('<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  assert.ok('error' in a);
});

test('import: text a server printed before <html> does not hide the page', () => {
  const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';
  const page = (before: string) => extractArticle(`${before}<html><head><title>Stop buying things</title></head><body><article><h1>Stop buying things</h1>${para.repeat(6)}</article></body></html>`);
  for (const before of ['<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied in <b>/www/wp-config.php</b> on line <b>3</b><br />\n<!DOCTYPE html>', '<!-- saved from url=(0042)http://example.org/ -->\n', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>', '<!DOCTYPE html>\n<!--[if IE 8]> <html class="ie8"> <![endif]-->\n<!--[if gt IE 9]><!-->\n', 'Warning: <!--[if IE 8]> <html class="ie8"> <![endif]-->']) {
    const a = page(before);
    assert.ok(!('error' in a), JSON.stringify(a));
    assert.equal(a.paragraphs.length, 6);
    assert.equal(a.headline, 'Stop buying things');
  }
});

test('import: a short post Readability misses is read from the element the page marks as its article', () => {
  const post = '<article><h1>Blogposting 01/23/2020</h1><p>Presseförderung: Studie zweifelt an Stütze vom Staat, via Horizont.</p><p>Gewalt im Netz: Schuldzuweisung statt Opferschutz, via netzpolitik.org.</p><p>Und noch ein Link zum Tag, via Spiegel.</p></article>';
  const cookie = '<form class="cookie-banner"><p>Datenschutz &amp; Cookies: Diese Website verwendet Cookies.</p></form>';
  assert.deepEqual(markedArticle(`<html><head><title>Blogposting</title></head><body><div><a href="/">Home</a></div>${post}${cookie}</body></html>`), ['Blogposting 01/23/2020', 'Presseförderung: Studie zweifelt an Stütze vom Staat, via Horizont.', 'Gewalt im Netz: Schuldzuweisung statt Opferschutz, via netzpolitik.org.', 'Und noch ein Link zum Tag, via Spiegel.']);
  assert.deepEqual(markedArticle('<html><body><div itemprop="articleBody"><p>' + 'Text of the article body. '.repeat(8) + '</p></div><article><p>Other.</p></article></body></html>'), ['Text of the article body. '.repeat(8).trim()], 'articleBody first');
  assert.deepEqual(markedArticle('<html><body><article><p>Too short.</p></article></body></html>'), [], 'an article element with almost no text is none');
});
