// The importer's published date on small pages, one rule at a time: the headline that is not
// the site's logo, marked dates in boxes of other articles or disagreeing, a sentence saying when
// the article was published, JSON-LD nodes of other types, a labelled line among others, and
// the last resorts (an update's line, the date in the path of the page's image); a bare date
// meta tag against the line under the headline, spaced dotted dates, a URL segment year last, `<meta value>`;
// an embedded video's microdata, year-first dashed dates inside a line, a byline's line of facts,
// and sources that disagree on the day (a bare `date` tag on the modification day is no source);
// a bare day in UTC beside a local timestamp; a microformat's <abbr title> timestamp; a date in the site's menu.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';
import { parseDocument } from '../../server/src/import/dom';
import { publishedSentenceDate, urlDate } from '../../server/src/import/visibleDate';
import { localDay, toIsoDate } from '../../server/src/import/dates';

const PARA = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';

/** The published date of a page with `head` in its head and `body` as its body. */
function published(body: string, head = ''): string | undefined {
  const a = extractArticle(`<html><head><title>Stop buying things they do not need</title>${head}</head><body>${body}</body></html>`);
  assert.ok(!('error' in a), JSON.stringify(a));
  return a.meta.published;
}

test('import: the date line under the headline, not under the site\'s logo set as an <h1>', () => {
  const logo = '<h1 id="logo_site"><a href="/"><img src="logo.png" alt="Site"></a>Site</h1>';
  const line = '<h1>Stop buying things they do not need</h1><p class="info">10.06.2018 22:00</p>';
  assert.equal(published(`${logo}<div>${'<div><span>menu</span></div>'.repeat(35)}</div><article>${line}${PARA.repeat(6)}</article>`), '2018-06-10');
  assert.equal(published(`<h1><a href="/"><img src="logo.png" alt="Site"></a></h1><div>${'<div><span>menu</span></div>'.repeat(35)}</div><article>${line}${PARA.repeat(6)}</article>`), '2018-06-10');
});

test('import: on a page without an <h1>, the date line under the heading that shows the title', () => {
  const body = (heading: string) => `<article>${heading}<div class="x"><span>28. Jan. 2022</span></div>${PARA.repeat(6)}</article>`;
  assert.equal(published(body('<h3>Stop buying things they do not need</h3>')), '2022-01-28');
  assert.equal(published(body('<h3>Other things</h3>')), undefined, 'a heading that is not the title is no headline');
});

test('import: a <time pubdate> in a box of other articles, or marks giving different days, are not the article\'s', () => {
  const own = '<h1>Stop buying things they do not need</h1><p class="x"><time datetime="2019-06-28T13:49:45+02:00">28 juin 2019</time></p>';
  const others = '<time datetime="2019-09-22T07:30:29Z" pubdate>22 septembre</time></p><p>— Le <time datetime="2019-09-20T19:01:28Z" pubdate>20 septembre</time></p>';
  assert.equal(published(`<article>${own}${PARA.repeat(6)}</article><div class="bloc"><p>— Le ${others}</div>`), '2019-06-28');
  assert.equal(published(`<article>${own}${PARA.repeat(6)}</article><div class="related"><time datetime="2019-09-22T07:30:29Z" pubdate>22 septembre</time></div>`), '2019-06-28');
  assert.equal(published(`<article><h1>Stop buying things they do not need</h1><time datetime="2019-09-22" pubdate>22 septembre</time>${PARA.repeat(6)}</article>`), '2019-09-22', 'one mark is the article\'s');
  // a teaser of another article (DW's `teaserContentWrap`) dates that one; a byline classed `teaser_text_meta` is the article's own line
  const teaser = '<div class="teaserContentWrap"><a href="/other"><h2>Follow us <span class="date">11.07.2017</span></h2></a></div>';
  assert.equal(published(`<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</article>${teaser}<ul><li><strong>Date</strong> 19.01.2020</li></ul>`), '2020-01-19');
  assert.equal(published(`<article><h1>Stop buying things they do not need</h1><div class="teaser_text_meta"><span class="date">22.04.2020</span></div>${PARA.repeat(6)}</article>`), '2020-04-22');
});

test('import: a sentence saying when the article was published, in several languages, not an update\'s', () => {
  const page = (line: string) => published(`<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}<div class="post-footer">${line}</div></article>`);
  assert.equal(page('Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/a">Heiner</a> geschrieben und unter dem Stichwort <a href="/t">Arduino</a> abgelegt.'), '2015-12-14');
  assert.equal(page('Posted by <a href="/a">Jane Doe</a> on March 3, 2015 in <a href="/c">News</a>'), '2015-03-03');
  assert.equal(page('Publié le 9 juin 2019 par la rédaction'), '2019-06-09');
  const sentence = (line: string) => publishedSentenceDate(parseDocument(`<html><body><div>${line}</div></body></html>`));
  assert.equal(sentence('Posted by <a href="/a">Jane Doe</a> on March 3, 2015'), '2015-03-03');
  assert.equal(sentence('Updated and posted on March 3, 2015'), undefined, 'an update\'s');
  assert.equal(sentence('Published by the city council, which meets on March 3, 2015 and every month after it'), undefined, 'the date too far from the verb');
});

test('import: the datePublished of JSON-LD nodes of other types when they agree on the day', () => {
  const ld = (nodes: string) => `<script type="application/ld+json">[${nodes}]</script>`;
  const body = `<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</article>`;
  assert.equal(published(body, ld('{"@context": "https://schema.org", "@type": "HowTo", "name": "x", "datePublished": "2022-01-10T22:06:08:684Z"}')), '2022-01-10');
  assert.equal(published(body, ld('{"@type": "Recipe", "datePublished": "2022-01-10"}, {"@type": "Recipe", "datePublished": "2021-03-02"}')), undefined, 'a list of works');
  assert.equal(published(body, ld('{"@type": "VideoObject", "datePublished": "2020-01-01"}')), undefined, 'an embedded video\'s date is the video\'s');
});

test('import: a labelled date line may be one line of text among others in an element', () => {
  const footer = '<p class="footerFrstLn">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br> Lesungen: 61<br> © bei der Autorin und der Redaktion, alle Rechte vorbehalten</p>';
  assert.equal(published(`<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}${footer}</article>`), '2023-11-01');
});

test('import: last resorts when no publication date is shown: the last update\'s line, then the og:image path\'s date', () => {
  const body = (after: string) => `<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}${after}</article>`;
  assert.equal(published(body('<p class="info">Aktualisiert: 30.12.2016</p>')), '2016-12-30');
  assert.equal(published(body(''), '<meta property="og:image" content="https://img.example/image/607/2023/11/02/0001_001.jpg">'), '2023-11-02');
  assert.equal(published(body('<p class="info">Aktualisiert: 30.12.2016</p><p>Veröffentlicht am 28.12.2016</p>'), '<meta property="og:image" content="/image/2023/11/02/x.jpg">'), '2016-12-28', 'a publication date first');
  assert.equal(published(body('')), undefined);
});

test('import: among the last resorts, a wiki\'s last-edited sentence, an element named updated, the modified meta tag', () => {
  const body = (after: string) => `<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}${after}</article>`;
  assert.equal(published(body('<ul id="footer-info"><li>This page was last edited on 29 January 2020, at 13:22.</li></ul>')), '2020-01-29');
  assert.equal(published(body('<li>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>')), '2020-01-29');
  assert.equal(published(body('<span class="updated" title="2013-04-04T18:52:11+00:00"></span>')), '2013-04-04');
  assert.equal(published(body(''), '<meta property="article:modified_time" content="2021-05-06T10:00:00+02:00">'), '2021-05-06');
  assert.equal(published(body('<span class="updated" title="2013-04-04T18:52:11+00:00"></span>'), '<meta property="article:published_time" content="2012-01-02T10:00:00+02:00">'), '2012-01-02', 'only when nothing states the publication');
});

test('import: a bare date meta tag gives way to the date line under the headline, not to an update\'s line', () => {
  const body = (line: string) => `<article><h1>Stop buying things they do not need</h1><p class="info">${line}</p>${PARA.repeat(6)}</article>`;
  const bare = '<meta name="date" content="2020-02-12">';
  assert.equal(published(body('05.02.2020'), bare), '2020-02-05');
  assert.equal(published(body('05.02.2020'), '<meta name="DC.date" content="2020-02-12T10:00:00+01:00">'), '2020-02-05');
  assert.equal(published(body('Aktualisiert: 05.02.2020'), bare), '2020-02-12', 'an update\'s line does not');
  assert.equal(published(body('05.02.2020'), '<meta property="article:published_time" content="2020-02-12T10:00:00+01:00">'), '2020-02-12', 'a publication meta tag stays');
});

test('import: a date with a space after each dot (4. 2. 2022, thin spaces too), a full stop after it allowed', () => {
  assert.equal(toIsoDate('Von Deutscher Tennis Bund 4.\u20092.\u20092022.'), '2022-02-04');
  assert.equal(toIsoDate('4. 2. 2022'), '2022-02-04');
  assert.equal(toIsoDate('version 4. 2. 2022.3'), undefined, 'a version number');
  assert.equal(published('<article><h1>Stop buying things they do not need</h1><div class="att-publish-date">Von <span>Jane Doe</span> 4.&thinsp;2.&thinsp;2022.</div>' + PARA.repeat(6) + '</article>'), '2022-02-04');
});

test('import: a URL path segment that is a date with the year last, only when one number is above 12', () => {
  assert.equal(urlDate('https://example.org/meldungen/29-10-2021'), '2021-10-29');
  assert.equal(urlDate('https://example.org/news/10-29-2021/story'), '2021-10-29');
  assert.equal(urlDate('https://example.org/news/08-11-2021/story'), undefined, 'either order');
});

test('import: a longer line just above the headline counts when it opens with its date', () => {
  const page = (kicker: string) => published(`<div class="row"><div class="col"><p>${kicker}</p><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</div></div>`);
  assert.equal(page('02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red'), '2022-02-02');
  assert.equal(page('Bundesliga, Pressemitteilungen der Vereine - Stand vom 02.02.2022'), undefined, 'a date further in');
});

test('import: a meta tag that writes its value in `value`, not `content`', () => {
  const body = `<article><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</article>`;
  assert.equal(published(body, '<meta value="2016-12-14T06:02:15+01:00" name="og:article:published_time">'), '2016-12-14');
  assert.equal(published(body, '<meta value="Mon Aug 03 12:45:00 EDT 2015" name="article:published_time">'), '2015-08-03');
});

test('import: an embedded video\'s microdata datePublished gives way to the article\'s, and counts when it is all the page marks', () => {
  const video = '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>';
  const article = '<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z">';
  assert.equal(published(`${video}${article}<h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</div>`), '2015-03-11');
  const episode = '<div itemscope itemtype="http://schema.org/AudioObject"><meta itemprop="datePublished" content="2020-03-18"></div>';
  assert.equal(published(`<article><h1>Stop buying things they do not need</h1>${episode}${PARA.repeat(6)}</article>`), '2020-03-18', 'a podcast episode\'s page');
});

test('import: a year-first date with dashes inside a line, and a line giving the publication\'s date before the update\'s', () => {
  assert.equal(toIsoDate('Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 15:30:46'), '2023-11-07');
  assert.equal(toIsoDate('Posted 2021-10-16 | News'), '2021-10-16');
  assert.equal(toIsoDate('ISBN 978-2019-12-05'), undefined, 'part of a longer run of numbers');
  assert.equal(toIsoDate('build 2019-12-05-01'), undefined);
  const line = '<p class="date">Written: 2023-11-07 15:03:30<span> / </span>Updated: 2023-11-08 15:30:46</p>';
  assert.equal(published(`<div class="date">2023-11-03</div><article><h2>Stop buying things they do not need</h2>${line}${PARA.repeat(6)}</article>`), '2023-11-07');
  assert.equal(published(`<article><h2>Stop buying things they do not need</h2><p class="date">Updated: 2023-11-08</p>${PARA.repeat(6)}</article>`), '2023-11-08', 'an update\'s date alone is a last resort');
});

test('import: the date in a byline\'s line of facts (class meta, byline, info), not in a comment\'s', () => {
  const meta = '<div class="teaser_text_meta"><a href="/autor/g">Gunter Frank</a> / 22.04.2020 / 06:15 / <a href="#f">Foto: Achgut.com</a></div>';
  assert.equal(published(`<div class="beitrag">${meta}<h2>Stop buying things they do not need</h2>${PARA.repeat(6)}</div>`), '2020-04-22');
  const comment = '<ol class="commentlist"><li><div class="comment-meta">Erkan 15. Dezember 2015 at 11:21</div><p>Great.</p></li></ol>';
  assert.equal(published(`<div class="post"><h2>Stop buying things they do not need</h2>${PARA.repeat(6)}</div>${comment}`), undefined);
});

test('import: sources stating different days: the one the page shows under the headline', () => {
  const head = '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Stop buying things they do not need","datePublished":"2023-11-03T10:25:56+00:00"}</script>';
  const body = (line: string) => `<article><h1>Stop buying things they do not need</h1><p class="x">${line}</p>${PARA.repeat(6)}</article>`;
  assert.equal(published(body('Von Katharina Schmidt, 6. November 2023, 15:25 Uhr'), head), '2023-11-06');
  assert.equal(published(body('Von Katharina Schmidt'), head), '2023-11-03', 'none shown: JSON-LD first');
  assert.equal(published(body('1. Dezember 2023'), head), '2023-11-03', 'a shown day that is neither');
  // a bare `date` tag on the modification day is the change's, not a second publication day
  const changed = '<meta name="date" content="2023-11-06T09:22:36Z"><meta property="article:modified_time" content="2023-11-06T09:22:36Z"><meta property="article:published_time" content="2023-11-03T09:48:24Z">';
  assert.equal(published(body('Von Katharina Schmidt, 6. November 2023'), changed), '2023-11-03');
});

test('import: a URL naming a year and month: the first date shown in that month', () => {
  const body = '<div class="post"><h3>Stop buying things they do not need, a review</h3><p>Verlag: Heyne</p><p>Erscheinungsdatum: 14.08.2017</p>' + PARA.repeat(6) + '</div><h2 class="date-header"><span>Samstag, 9. September 2017</span></h2>';
  const at = (url: string) => {
    const a = extractArticle(`<html><head><title>Stop buying things they do not need, a review</title></head><body>${body}</body></html>`, url);
    assert.ok(!('error' in a));
    return a.meta.published;
  };
  assert.equal(at('https://example.blogspot.com/2017/09/rezi-stop-buying.html'), '2017-09-09');
  assert.equal(at('https://example.org/rezi-stop-buying.html'), '2017-08-14', 'without one, the first shown');
  assert.equal(at('https://example.blogspot.com/2017/11/rezi-stop-buying.html'), '2017-08-14', 'none in that month: the first shown');
});

test('import: a bare day that is the UTC day of a timestamp the page gives in a local zone is read as that local day', () => {
  assert.equal(localDay('2014-06-30', ['2014-06-29 20:08:00-0400']), '2014-06-29');
  assert.equal(localDay('2014-06-30', ['2014-06-29T14:08:00-04:00']), '2014-06-30', 'that instant is the 29th in UTC too');
  assert.equal(localDay('2014-06-30', ['2014-06-30T00:08:00Z']), '2014-06-30', 'a UTC timestamp says nothing of the local day');
  assert.equal(localDay('June 30, 2014 10:00', ['2014-06-29 20:08:00-0400']), '2014-06-30', 'not a bare day');
  const time = '<h1>Stop buying things they do not need</h1><p>by Jane <time class="updated" datetime="2014-06-29 20:08:00-0400" pubdate>June 29, 2014 08:08 pm</time></p>';
  assert.equal(published(`<article>${time}${PARA.repeat(6)}</article>`, '<meta name="sailthru.date" content="2014-06-30">'), '2014-06-29');
});

test('import: an <abbr> whose title is an ISO timestamp counts as a <time datetime>, after any <time datetime>', () => {
  const byline = (abbr: string) => `<h1>Stop buying things they do not need</h1><cite class="source">AP &ndash; ${abbr}</cite>`;
  assert.equal(published(`<div>${byline('<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr>')}${PARA.repeat(6)}</div>`), '2011-08-25');
  assert.equal(published(`<div>${byline('<abbr title="Associated Press">AP</abbr>')}${PARA.repeat(6)}</div>`), undefined, 'not a timestamp');
  assert.equal(published(`<div>${byline('<abbr title="2011-08-25">Thu</abbr>')}${PARA.repeat(6)}</div>`), undefined, 'a day without a time is no timestamp');
  assert.equal(published(`<div>${byline('<abbr title="2011-08-25T01:40:40Z">1 hr ago</abbr>')}${PARA.repeat(6)}<footer><time datetime="2011-08-20">Aug 20</time></footer></div>`), '2011-08-20', 'a <time datetime> first');
});

test('import: a date in the site\'s menu (class menu, role navigation) is the day the page was saved, not the article\'s', () => {
  const menu = (attrs: string) => `<div ${attrs}><ul><li class="first leaf date"><strong>Montag, 09.12.2019</strong></li><li class="leaf"><a href="/abo">Abo</a></li></ul></div>`;
  const article = `<div class="content"><h1>Stop buying things they do not need</h1>${PARA.repeat(6)}</div><div class="info">Veröffentlicht am 07.06.2019</div>`;
  assert.equal(published(`${menu('class="menu block-menu"')}${article}`, '<meta http-equiv="content-language" content="de">'), '2019-06-07');
  assert.equal(published(`${menu('role="navigation"')}${article}`, '<meta http-equiv="content-language" content="de">'), '2019-06-07');
  assert.equal(published(`${menu('class="top-links"')}${article}`, '<meta http-equiv="content-language" content="de">'), '2019-12-09', 'a list not marked as a menu still counts');
});
