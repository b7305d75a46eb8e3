// The importer's headline rules that read the page's headings: a control inside a heading is no
// part of its words, a headline the tags shorten is the one the <h1> and <title> both show, or the page's one <h1> with words left out inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';
import { parseDocument } from '../../server/src/import/dom';
import { textWithoutControls } from '../../server/src/import/dom';

const para = '<p>Most people buy things they do not need, and most of them know it well enough to feel bad about it later, the researchers wrote in their study of shoppers.</p>';

function headline(head: string, body: string): string {
  const a = extractArticle(`<html><head>${head}</head><body>${body}<article>${para.repeat(6)}</article></body></html>`);
  assert.ok(!('error' in a));
  return a.headline;
}

test('import: a heading\'s text leaves out the controls inside it (a link to # or javascript:, a button)', () => {
  const text = (html: string) => textWithoutControls(parseDocument(`<html><body>${html}</body></html>`).querySelector('h1')!).replace(/\s+/g, ' ').trim();
  assert.equal(text('<h1>Final manoeuvre <a href="#" class="addtowatchlist">Add to ...</a></h1>'), 'Final manoeuvre');
  assert.equal(text('<h1>Final manoeuvre <a href="javascript:void(0)">Share</a><button>Save</button><span role="button">Like</span></h1>'), 'Final manoeuvre');
  assert.equal(text('<h1><a href="/news/final-manoeuvre">Final manoeuvre</a> <em>of a flight</em></h1>'), 'Final manoeuvre of a flight', 'a link that goes somewhere is words');
  // the hAtom entry's title, as on a saved page whose <h1> ends with a watch-list link
  const entry = `<div class="hentry"><h1 class="entry-title">Final manoeuvre of AirAsia flight raises questions <a href="#" class="addtowatchlist add" title="Add to ...">Add to ...</a></h1></div>`;
  assert.equal(headline('<meta property="og:title" content="Final manoeuvre of AirAsia flight raises questions">', entry), 'Final manoeuvre of AirAsia flight raises questions');
});

test('import: the <h1> over a stated headline it lengthens, when the <title> shows the <h1> too', () => {
  const tags = '<meta property="og:title" content="three journalists granted bail">';
  assert.equal(headline(`<title>Charged with sedition, three journalists granted bail - BBC News</title>${tags}`, '<h1>Charged with sedition, three journalists granted bail</h1>'), 'Charged with sedition, three journalists granted bail');
  assert.equal(headline(`<title>Charged with sedition, three journalists granted bail</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"three journalists granted bail"}</script>`, '<h1>Charged with sedition, three journalists granted bail</h1>'), 'Charged with sedition, three journalists granted bail', 'JSON-LD too');
  assert.equal(headline(`<title>Three journalists granted bail after a week | Site</title><meta property="og:title" content="Three journalists granted bail">`, '<h1>Three journalists granted bail after a week</h1>'), 'Three journalists granted bail after a week', 'more words after');
  assert.equal(headline(`<title>Three journalists granted bail - BBC News</title>${tags}`, '<h1>Charged with sedition, three journalists granted bail</h1>'), 'three journalists granted bail', 'not when the <title> is not the <h1>');
  assert.equal(headline(`<title>Newly three journalists granted bail - BBC News</title>${tags}`, '<h1>Newly three journalists granted bail</h1>'), 'Newly three journalists granted bail');
  assert.equal(headline(`<title>Anewthree journalists granted bail</title>${tags}`, '<h1>Anewthree journalists granted bail</h1>'), 'three journalists granted bail', 'whole words only');
});

test('import: a kicker the tags put before the headline stays when the page prints it right above the <h1>', () => {
  const tags = '<meta property="og:title" content="Kenia: Nairobi von unten">';
  assert.equal(headline(tags, '<div class="overline">Kenia</div><h1>Nairobi von unten</h1>'), 'Kenia: Nairobi von unten');
  assert.equal(headline(tags, '<nav><a href="/kenia">Kenia</a></nav><p>Schwerpunkt heute</p><h1>Nairobi von unten</h1>'), 'Nairobi von unten', 'a label elsewhere on the page is cut, as before');
});

test('import: og:title over a JSON-LD headline that only the breadcrumb trail\'s <h1> names, when a heading of the article shows it', () => {
  const tags = '<meta property="og:title" content="Mayor opens the new bridge"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge opening: Mayor opens the new bridge"}</script>';
  const trail = '<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><h1>Bridge opening: Mayor opens the new bridge</h1></li></ol></nav>';
  const heading = '<header><h2><span class="kicker">Bridge opening</span> <span class="text">Mayor opens the new bridge</span></h2></header>';
  assert.equal(headline(tags, trail + heading), 'Mayor opens the new bridge');
  assert.equal(headline(tags.replace('content="Mayor', 'content="Bridge opening: Mayor'), trail + heading), 'Bridge opening: Mayor opens the new bridge', 'the kicker og:title states is kept');
  assert.equal(headline(tags, heading.replace('<h2>', '<h1>').replace('</h2>', '</h1>')), 'Bridge opening: Mayor opens the new bridge', 'not when the <h1> is the article\'s own');
  assert.equal(headline(tags, trail), 'Bridge opening: Mayor opens the new bridge', 'not when no heading of the article shows og:title');
});

test('import: the entry-title <h1> inside an <article> without hentry is the hAtom entry\'s title, over an og:title the page does not show', () => {
  const tags = '<meta property="og:title" content="Why people reject new words » Blog network - Science blogs">';
  const post = (cls: string) => `<h1>Blog: The Galaxy</h1><article class="post"><header><h1 class="${cls}">Rejecting new words – a media product</h1></header></article>`;
  assert.equal(headline(tags, post('entry-title')), 'Rejecting new words – a media product');
  assert.equal(headline(tags, post('post-heading')), 'Why people reject new words » Blog network - Science blogs', 'another class: og:title, as before');
});

test('import: og:title, the <h1> the page shows, over a JSON-LD headline the page never shows that shares under half its words', () => {
  const ld = (h: string) => `<meta property="og:title" content="A woman who lost 60 pounds shares the changes she did not expect"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${h}"}</script>`;
  const h1 = '<h1>A woman who lost 60 pounds shares the changes she did not expect</h1>';
  assert.equal(headline(ld('Weight loss: seven surprising effects'), h1), 'A woman who lost 60 pounds shares the changes she did not expect');
  assert.equal(headline(ld('A woman who lost 60 pounds shares the changes she never expected'), h1), 'A woman who lost 60 pounds shares the changes she never expected', 'the same headline reworded: JSON-LD, as before');
  assert.equal(headline(ld('Weight loss: seven surprising effects'), `${h1}<h2>Weight loss: seven surprising effects</h2>`), 'Weight loss: seven surprising effects', 'not when the page shows it');
});

test('import: the <h1> in the page\'s header over a JSON-LD headline and an og:title the page shows in no heading, sharing under half its words', () => {
  const tags = '<meta property="og:title" content="When trams fail and concrete cracks: the fight against the next heatwave"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Traffic chaos from heat: old trams and brittle concrete as big risks"}</script>';
  const head = (h1: string) => `<article><header class="articlehead"><p class="topline">Heat</p>${h1}</header></article>`;
  assert.equal(headline(tags, head('<h1>How the city readies its roads for the next heatwave</h1>')), 'How the city readies its roads for the next heatwave');
  assert.equal(headline(tags, head('<h1>Old trams and brittle concrete are big risks in the heat</h1>')), 'Traffic chaos from heat: old trams and brittle concrete as big risks', 'a reworded headline: JSON-LD, as before');
  assert.equal(headline(tags, '<div><h1>How the city readies its roads for the next heatwave</h1></div>'), 'Traffic chaos from heat: old trams and brittle concrete as big risks', 'not an <h1> outside a header');
  assert.equal(headline(tags, '<header class="site"><h1>The Riverton Post</h1></header>'), 'Traffic chaos from heat: old trams and brittle concrete as big risks', 'not a site banner\'s <h1>, outside the article');
});

test('import: without a JSON-LD headline, the one <h1> over a stated title it holds with words left out inside it', () => {
  const og = '<meta property="og:title" content="The Red Sox traded for Sale, and they are going to be loaded">';
  assert.equal(headline(og, '<h1>The Red Sox traded for Chris Sale, and they are going to be ridiculously loaded</h1>'), 'The Red Sox traded for Chris Sale, and they are going to be ridiculously loaded');
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The Red Sox traded for Sale, and they are going to be loaded"}</script>';
  assert.equal(headline(ld, '<h1>The Red Sox traded for Chris Sale, and they are going to be ridiculously loaded</h1>'), 'The Red Sox traded for Sale, and they are going to be loaded', 'not over a JSON-LD headline');
  assert.equal(headline(og, '<h1>The Red Sox traded for Chris Sale, and they are going to be ridiculously loaded</h1><h1>Another story entirely here</h1>'), 'The Red Sox traded for Sale, and they are going to be loaded', 'not when two <h1>s read differently');
  assert.equal(headline('<meta property="og:title" content="Red Sox traded for Sale">', '<h1>Boston: Red Sox traded for Sale</h1>'), 'Boston: Red Sox traded for Sale', 'a kicker before it is withKicker\'s');
});

test('import: a JSON-LD headline cut short with an ellipsis is made whole from og:title or the <title> that starts with it', () => {
  const ld = (h: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: h })}</script>`;
  const whole = 'Carter dies at 100: Biden orders a state funeral, Trump speaks of gratitude';
  assert.equal(headline(`${ld('Carter dies at 100: Biden orders a state funeral, Tru…')}<meta property="og:title" content="${whole}">`, '<h2>News</h2>'), whole);
  assert.equal(headline(`<title>${whole} - Daily</title><meta property="og:site_name" content="Daily">${ld('Carter dies at 100: Biden orders a state funeral, Trump...')}`, '<h2>News</h2>'), whole);
  assert.equal(headline(`${ld('Carter dies at 100: Biden orders…')}<meta property="og:title" content="Carter, 100, dies">`, '<h2>News</h2>'), 'Carter dies at 100: Biden orders…', 'kept when no other title starts with it');
});

test('import: og:title shown as the <h2> of the article\'s header wins over a JSON-LD headline the page does not show, as it does when shown as its <h1>', () => {
  const tags = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Conference on the control of autonomous weapons held in Vienna' })}</script><meta property="og:title" content="Can killer robots ever be reined in?">`;
  const nav = '<nav><ul><li><h1>Can killer robots ever be reined in?</h1></li></ul></nav>';
  assert.equal(headline(tags, `${nav}<main><article><hgroup><h2>Can killer robots ever be reined in?</h2></hgroup></article></main>`), 'Can killer robots ever be reined in?');
  assert.equal(headline(tags, `${nav}<main><article><h2>Can killer robots ever be reined in?</h2></article></main>`), 'Conference on the control of autonomous weapons held in Vienna', 'not an <h2> outside the article\'s header');
});

test('import: the <h1> in the article\'s header does not win over a JSON-LD headline that og:title states too', () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Married off at seventeen, now Sara is to be deported' })}</script>`;
  const body = '<main><article><header><h1>Left after years of threats, deported</h1></header></article></main>';
  assert.equal(headline(ld, body), 'Left after years of threats, deported');
  assert.equal(headline(`${ld}<meta property="og:title" content="Married off at seventeen, now Sara is to be deported">`, body), 'Married off at seventeen, now Sara is to be deported', 'two tags agree');
});

test('import: the <h1> holding the shortened stated headline wins when the <title> reads it after the site\'s name too', () => {
  const og = '<meta property="og:title" content="Crunch talks on new Greek bailout">';
  const h1 = '<h1>Crunch talks on new Greek bailout under way</h1>';
  assert.equal(headline(`<title>BBC News - Crunch talks on new Greek bailout under way</title>${og}`, h1), 'Crunch talks on new Greek bailout under way');
  assert.equal(headline(`<title>Crunch talks on new Greek bailout under way - BBC News</title>${og}`, h1), 'Crunch talks on new Greek bailout under way');
  assert.equal(headline(`<title>BBC News Crunch talks on new Greek bailout under way</title>${og}`, h1), 'Crunch talks on new Greek bailout', 'no separator before it');
});

test('import: a breadcrumb path before the headline in the <title> is left out, the headline kept whole', () => {
  assert.equal(headline('<title>The Times &gt; Movies &gt; Movie Review | \'Star Wars\': A Trip to a Far Galaxy</title>', '<h2>A Trip to a Far Galaxy</h2>'), '\'Star Wars\': A Trip to a Far Galaxy');
  assert.equal(headline('<title>Movies &gt; Movie Review | A Trip to a Far Galaxy</title>', '<h2>Nothing here</h2>'), 'Movies > Movie Review | A Trip to a Far Galaxy', 'two parts are no path');
});
