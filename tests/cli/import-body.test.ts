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

test('import: widget lines after the text (another story\'s teaser, a copyright, an agency\'s credit, a newsletter\'s label, read-more and an ad\'s label in other languages) are left out', () => {
  const tail = ['MORE: Council to vote on the ferry next week', '© ALL RIGHTS RESERVED', 'Foto(s): © Picture Agency und/oder © Archiv Riverton Post (sofern kein Hinweis vorhanden)', '(Quelle: dpa/sid)', 'Quelle: news.example.org, ab/dpa', 'Newsletter', 'Weitere Newsletter',
    'Fehler gefunden? Jetzt melden.', 'Les også: Ferjen får nytt navn', 'Läs också: Färjan byter namn', 'Leggi anche: Il traghetto cambia nome', 'Article continues below',
    'Follow The Example Post on Google News and add us as a preferred source.', 'Anzeige', 'Publicité', 'Annons',
    '– additional reporting by Jane Doe', 'With reports from Reuters and AP', 'Mit Agenturmaterial.',
    'Story Saved', 'You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.', 'Publié il y a 1 minute', 'vor 3 Stunden', 'Etiketler :', 'Tags:'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${tail.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // text that only starts like them stays
  const kept = ['Copyright law was the subject of the second vote.', 'More than 200 people came to the hall.', 'Tags on the old bridge were painted over by the council.'];
  const html2 = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${kept.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html2).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), ...kept]);
});

test('import: a call to readers under the text (write to the newsroom at its address, sign up for its newsletters, pay for it) is left out; a reporter\'s own address stays', () => {
  const calls = ['Do you have a story to tell? Email: tips@news.example.org', 'Get in touch with our news team by emailing us at desk@news.example.org.',
    'Wir freuen uns über eine Mail an fehler@news.example.org!', 'For the latest news from the town, sign up for our newsletters.',
    'Stay informed with The Town Post. Get in-depth reporting for only N$85 a month.'];
  const own = 'Jane Doe covers the council. Follow her on social media or email her at jane@news.example.org';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${[...calls, own].map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), own]);
});

test('import: a breadcrumb trail over the text (`c-DonaldBreadcrumb`, `breadcrumbs`) is left out', () => {
  for (const cls of ['c-DonaldBreadcrumb', 'breadcrumbs', 'lp_west_breadcrumb']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><ol class="${cls}"><li><a href="/">Home</a></li><li><a href="/town/">Town</a></li></ol>${ps(1, 5)}</article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), cls);
  }
});

test('import: a line under the headline that only gives the date is left out of the body, and still dates a page that states no date', () => {
  const page = (line: string) => `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>${line}</p>${ps(1, 5)}</article></body></html>`;
  for (const line of ['Stand: 12.03.2024 09:15 Uhr', '12.03.2024, 09:15 Uhr', 'Town hall / March 12, 2024']) {
    const a = read(page(line));
    assert.deepEqual(a.paragraphs, [1, 2, 3, 4, 5].map(sentence), line);
    assert.equal(a.meta.published, '2024-03-12', line);
  }
  // an update's line stays (the story was changed), and so does a sentence with a date
  assert.deepEqual(read(page('Last updated March 14, 2024')).paragraphs, ['Last updated March 14, 2024', ...[1, 2, 3, 4, 5].map(sentence)]);
  const said = 'On 12.03.2024 the council met at 09:15 to vote on the new bridge.';
  assert.deepEqual(read(page(said)).paragraphs, [said, ...[1, 2, 3, 4, 5].map(sentence)]);
});

test('import: a headline the tags state (og:title) printed over the text, with its kicker, is left out when another headline was chosen', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote: the council backs the plan"}</script>';
  const page = (top: string) => `<html><head><meta property="og:title" content="Council backs new bridge">${ld}</head><body><article><div class="intro">${top}</div>${ps(1, 5)}</article></body></html>`;
  const a = read(page('<p>Town hall</p><p>Council backs new bridge</p>'));
  assert.equal(a.headline, 'Bridge vote: the council backs the plan');
  assert.deepEqual(a.paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // a short line over other text stays
  assert.deepEqual(read(page('<p>Town hall</p>')).paragraphs, ['Town hall', ...[1, 2, 3, 4, 5].map(sentence)]);
});

test('import: an <h1> the page prints in its header block over the text, with its kicker, or one telling the same story, is left out when the tags state another headline', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote: the council backs the plan"}</script>';
  const page = (head: string) => `<html><head><title>Bridge vote: the council backs the plan</title>${ld}</head><body><article>${head}${ps(1, 5)}</article></body></html>`;
  const a = read(page('<header class="articlehead"><p class="topline">Town hall</p><h1>The council backs the bridge plan the town will pay for</h1></header>'));
  assert.equal(a.headline, 'Bridge vote: the council backs the plan');
  assert.deepEqual(a.paragraphs, [1, 2, 3, 4, 5].map(sentence));
  assert.deepEqual(read(page('<div class="headline"><h1>The council backs the bridge plan the town will pay for</h1></div>')).paragraphs, [1, 2, 3, 4, 5].map(sentence), 'a headline box');
  // an <h1> outside a header block goes when it tells the stated headline's story in other words (half its words or more)
  assert.deepEqual(read(page('<h1>The council backs the bridge plan the town will pay for</h1>')).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // and stays when it reads another headline, as Readability's gold keeps it
  assert.deepEqual(read(page('<h1>Town hall opens a new library for its children</h1>')).paragraphs, ['Town hall opens a new library for its children', ...[1, 2, 3, 4, 5].map(sentence)]);
});

test('import: a comment between two words (React\'s <!-- -->) does not cut a paragraph of a box\'s loose text into lines', () => {
  const loose = 'The council voted on <!-- -->Tuesday<!-- --> to build the bridge, <a href="/town">the mayor</a> said, and the work <!-- -->starts in May<!-- -->.';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><div class="body">${loose}<br>${sentence(1)}<br>${sentence(2)}<div class="ad"></div>${sentence(3)}</div></article></body></html>`;
  assert.equal(read(html).paragraphs[0], 'The council voted on Tuesday to build the bridge, the mayor said, and the work starts in May.');
});

test('import: the author\'s biography box after the text is left out', () => {
  const bio = 'Jane Doe has covered the town council for ten years, and before that the courts. She lives by the river with two cats and a boat.';
  for (const cls of ['author-bio', 'article-end__author-bio', 'about-author', 'author__biography', 'autor-info-card', 'auteur-box', 'autore-bio']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<div class="${cls}"><p>${bio}</p></div></article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), cls);
  }
});

test('import: a side rail inside the text\'s box (`article-side-rail`, `sidebar`) is left out; a layout named for its sidebar (`main-sidebar`) is not', () => {
  const rail = '<p>Jane Doe</p><p>Writes about the council in twice-a-week columns.</p><ul><li><a href="/a">Archive</a></li><li><a href="/g">Gallery</a></li></ul>';
  for (const cls of ['module article-side-rail left', 'sidebar', 'col sidebar-right']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}<div class="${cls}">${rail}</div>${ps(3, 5)}</article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), cls);
  }
  const html = `<html><head><title>Bridge vote</title></head><body><main class="main-sidebar group"><article><h1>Bridge vote</h1>${ps(1, 5)}</article></main></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a stated headline with a kicker ("Kicker: Headline") printed on two lines over the text is left out', () => {
  const html = `<html><head><meta property="og:title" content="After the second vote: Council backs new bridge">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote: the council backs the plan"}</script></head>
    <body><article><div class="intro"><p>After the second vote</p><p>Council backs new bridge</p></div>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a box hidden by a BEM modifier class (`notice--is-hidden`, `box--hidden`) is no text', () => {
  const hidden = 'To show this content, your consent to sending your data to the provider of the embedded player is needed; you can take it back at any time in the settings.';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="notice"><div class="notice__body notice--is-hidden"><p>${hidden}</p></div></div><div class="box--hidden"><p>${hidden}</p></div>${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a poll\'s answers (`<label>`) are not the article\'s text', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="vote"><label><span>A new steel bridge over the river, as the council wants it built.</span></label><label><span>The old stone bridge, mended and kept for walkers and bikes.</span></label></div>${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: another story\'s teaser inside the text (`inline-teaser`, `teaser-list`, a `teaser-link`) is left out', () => {
  const teaser = (cls: string) => `<div class="${cls}"><p>Ferry: the council wants a second boat on the river line before the summer comes, and more staff for it.</p></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}${teaser('c-inline-teaser')}${ps(3, 4)}${teaser('c-teaser-list__body')}
    <div class="row"><a class="article-teaser-link" href="/ferry"><strong>Ferry: the council wants a second boat on the river line before the summer</strong></a></div>${ps(5, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a kicker over the chosen headline at the top of the text is left out with it', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><p>Town hall</p><p>Bridge vote</p>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a time stamp line or a labelled publication date under the first line of the text (the standfirst) is left out; a bare date there stays', () => {
  const page = (line: string) => `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>${sentence(1)}</p><p>${line}</p>${ps(2, 5)}</article></body></html>`;
  assert.deepEqual(read(page('12.03.2024, 20:24 Uhr')).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  assert.deepEqual(read(page('Published Mar 12, 2024 • 3 minute read')).paragraphs, [1, 2, 3, 4, 5].map(sentence), 'labelled the publication\'s');
  assert.deepEqual(read(page('12 Mar, 2024')).paragraphs, [sentence(1), '12 Mar, 2024', ...[2, 3, 4, 5].map(sentence)]);
});

test('import: a box\'s label left alone on a line ("Trending", "Most read in Football", "Join the Conversation") and an update\'s relative time stamp are left out', () => {
  const labels = ['Last updated 6 hours ago', 'Trending', 'Most read in Football', 'Join the Conversation', 'Noticia relacionada', 'Kommentare', 'Liveblog', 'Häufig gelesen', 'Meistgelesen', 'Am beliebtesten', 'Link zum YouTube-Inhalt'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${labels.map((l) => `<p>${l}</p>`).join('')}${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: an article split into boxes between ads keeps its crossheads, headings of another class beside its paragraphs', () => {
  const para = (n: number) => `<p class="text small">${sentence(n)}</p>`;
  const box = (body: string) => `<div class="row"><div class="box">${body}</div><div class="rail"><div class="advert">Anzeige</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>
    ${box([1, 2, 3].map(para).join(''))}${box(`<h2 class="subtitle small">What it costs</h2>${[4, 5, 6, 7, 8, 9, 10].map(para).join('')}`)}</body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3].map(sentence), 'What it costs', ...[4, 5, 6, 7, 8, 9, 10].map(sentence)]);
});

test('import: the standfirst the page shows is the first paragraph also when its description cuts it short, adds the site\'s name or a label, or says it twice', () => {
  const dek = 'The council voted for a new steel bridge over the river, the biggest project the town has paid for since the old school was built.';
  const page = (description: string) => `<html><head><title>Bridge vote</title><meta name="description" content="${description}"></head>
    <body><header><h1>Bridge vote</h1><p class="dek">${dek}</p></header><article>${ps(1, 5)}</article></body></html>`;
  for (const description of [`${dek.slice(0, 90)}...`, `${dek} | The Riverton Post`, `${dek} ${dek}`]) {
    assert.deepEqual(read(page(description)).paragraphs, [dek, ...[1, 2, 3, 4, 5].map(sentence)], description);
  }
  // a label before the description that the page does not show (`Town News: ...`), also cut short
  assert.deepEqual(read(page(`Town News: ${dek.slice(0, 90)}`)).paragraphs, [dek, ...[1, 2, 3, 4, 5].map(sentence)], 'a label');
  // a description that only starts alike is a search snippet
  assert.deepEqual(read(page(`${dek} Read what it costs and when it opens.`)).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a box named in camelCase (`c-inlineSignup`, `NewsletterBox_root__x1`) is read word by word, so a newsletter box is left out', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="c-inlineSignup"><h2>Get daily Riverton news</h2><div>The day's top stories from the town, delivered to your inbox every morning.</div></div>
    <section class="NewsletterBox_root__x1"><span>The Morning</span><span>The best start to your day, with news from the town hall.</span></section>${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a box Tailwind takes out of the text\'s typography (`not-prose`: a gallery, a picture and its caption) is left out, however long', () => {
  const slide = (n: number) => `<figure><img src="${n}.jpg"><div>Picture ${n}: firefighters on a ladder at the burning factory on Friday, seen from the canal.</div></figure>`;
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div class="not-prose font-sans"><h3>The fire in pictures</h3>${[1, 2, 3, 4, 5, 6, 7, 8].map(slide).join('')}</div>${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: the byline in an `<address>` (the author\'s contact, as HTML marks it) is left out', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>
    <address><a href="/authors/jane-doe">Jane Doe</a>, <a href="/authors/john-roe">John Roe</a> and Max Muster, town hall reporters</address>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: an article split into boxes between ads is read whole also when the smaller box holds only a tenth more text', () => {
  const para = (n: number) => `<p class="text small">${sentence(n)}</p>`;
  const box = (body: string) => `<div class="row"><div class="box">${body}</div><div class="rail"><div class="advert">Anzeige</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>${box([1, 2, 3, 4, 5, 6, 7, 8].map(para).join(''))}${box(para(9))}</body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5, 6, 7, 8, 9].map(sentence));
});

test('import: an article split into boxes is found by the class of its paragraphs with text, pictures\' paragraphs aside', () => {
  const para = (n: number) => `<p class="text small">${sentence(n)}</p>`;
  const pic = (n: number) => `<p><img src="${n}.jpg" alt=""></p>`;
  const box = (body: string) => `<div class="row"><div class="box">${body}</div><div class="rail"><div class="advert">Anzeige</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>
    ${box([para(1), pic(1), para(2), pic(2), para(3), pic(3), para(4), pic(4), para(5)].join(''))}${box([6, 7].map(para).join(''))}</body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5, 6, 7].map(sentence));
});

test('import: an article read from its boxes leaves out the blocks of its class in a footer or a box of other stories', () => {
  const para = (n: number) => `<p class="text small">${sentence(n)}</p>`;
  const box = (body: string) => `<div class="row"><div class="box">${body}</div><div class="rail"><div class="advert">Anzeige</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>${box([1, 2, 3, 4, 5, 6].map(para).join(''))}${box([7, 8].map(para).join(''))}
    <div class="related-stories"><p class="text small">Ferry: a second boat for the river line.</p></div>
    <footer><p class="text small">Copyright 2026 The Riverton Post. All rights reserved. We are not responsible for the content of other sites.</p></footer></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5, 6, 7, 8].map(sentence));
});

test('import: a tag list (`tag-list`) is left out, its length and links counted without the template\'s indentation', () => {
  const pad = '\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t';
  const tags = ['Bridges', 'Town council', 'Budget', 'River', 'Roads', 'Schools', 'Ferry', 'Elections', 'Taxes', 'Harbour', 'Parks', 'Trains'];
  const list = `<div class="tag-list"><p><strong>Published under:</strong>${tags.map((t) => `${pad}<span>${pad}<a href="/tag/${t}">${pad}${t}${pad}</a>${pad}</span>${pad},`).join('')}</p></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${list}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a paywall\'s notice lines ("Article réservé aux abonnés", "Il vous reste 57% de cet article à lire", "Subscribers only") are left out', () => {
  const notices = ['Article réservé aux abonnés', 'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.', 'Subscribers only', 'Nur für Abonnenten'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}<p>${notices[0]}</p>${ps(4, 5)}${notices.slice(1).map((n) => `<p>${n}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a newsletter\'s label named for a place (`Duisburg-Newsletter: ...`) and a correction box\'s line naming the site (`Fehler auf example.org entdeckt?`) are left out', () => {
  const lines = ['Riverton-Newsletter: Jetzt kostenlos anmelden!', 'Fehler auf example.org entdeckt?'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a picture\'s caption followed by a photo credit alone on its line is left out with it; a heading before a credit stays', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}
    <div><div><img src="bridge.jpg"></div><div>Council members on the old bridge on Monday night</div><div>Getty Images</div></div>${ps(4, 5)}
    <h2>What it costs</h2><div><img src="money.jpg"><div>AFP</div></div>${ps(6, 6)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), 'What it costs', sentence(6)]);
  for (const credit of ['REUTERS', 'PA Wire', 'Imago', 'Keystone']) {
    const page = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}<div><img src="b.jpg"><div>Fans with a banner for the new bridge</div><div>${credit}</div></div>${ps(4, 5)}</article></body></html>`;
    assert.deepEqual(read(page).paragraphs, [1, 2, 3, 4, 5].map(sentence), credit);
  }
});

test('import: an embedded social post (a `twitter-tweet` blockquote, `instagram-media`, `tiktok-embed`) is left out', () => {
  const tweet = '<blockquote class="twitter-tweet"><p lang="en">The bridge vote is today, come to the town hall at six and have your say on it. pic.twitter.com/x</p>— Riverton Council (@riverton) March 12, 2024</blockquote>';
  const gram = '<blockquote class="instagram-media"><div><p>A view of the old bridge at sunset, before the works begin next spring.</p></div></blockquote>';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${tweet}${ps(4, 4)}${gram}${ps(5, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: the text\'s start shown again at its end (under a paywall\'s box) is left out; a paragraph repeated close by stays', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<div class="paywall-intro">${ps(2, 2)}</div></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  const close = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${ps(2, 2)}</article></body></html>`;
  assert.deepEqual(read(close).paragraphs, [1, 2, 3, 2].map(sentence));
  // and so does a run of the same paragraph
  const run = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 1).repeat(6)}</article></body></html>`;
  assert.deepEqual(read(run).paragraphs, [1, 1, 1, 1, 1, 1].map(sentence));
});

test('import: a caption that ends with its photo credit (`| Foto: ...`, `(Photo: ...)`, `© ...`) is left out; a line with a label before a colon stays', () => {
  const captions = ['Council members on the old bridge | Foto: Zvg.', 'The river at its highest on Monday (Photo: Jane Doe)', 'The town hall in the morning © Riverton Council', 'Die alte Brücke soll im kommenden Winter fallen. Bild: Imago'];
  const kept = 'First picture: this is how the new bridge could look';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}${captions.map((c) => `<div>${c}</div>`).join(ps(3, 3))}${ps(4, 5)}<p>${kept}</p></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 3, 3, 4, 5].map(sentence), kept]);
});

test('import: a list of links alone under a label of other stories (RELATED:, Mehr zum Thema) is left out with its label; a list of the text\'s own stays', () => {
  const related = (label: string) => `${label}<ul><li><a href="/ferry">Council to vote on the ferry</a></li><li><a href="/school">The school gets a new roof</a></li></ul>`;
  const page = (list: string) => `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 4)}${list}${ps(5, 5)}</article></body></html>`;
  assert.deepEqual(read(page(related('<p><strong>RELATED:</strong></p>'))).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  assert.deepEqual(read(page(related('<h3>Mehr zum Thema</h3>'))).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // under another label, or with text beside the links, the list is the article's
  const own = '<p>The plan in short:</p><ul><li><a href="/bridge">A new bridge</a> over the river by 2027</li><li>A wider road</li></ul>';
  assert.deepEqual(read(page(own)).paragraphs, [...[1, 2, 3, 4].map(sentence), 'The plan in short:', 'A new bridge over the river by 2027', 'A wider road', sentence(5)]);
});

test('import: a paywall\'s notice that the rest is for subscribers ends the text; its sales box after it is left out', () => {
  const box = '<section class="capping"><p>You can read the Post on one device at a time.</p><p>Why am I seeing this message? Because someone else is reading with your account on another device right now.</p></section>';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<p><strong>The rest of this article is for subscribers only.</strong></p>${box}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: another story\'s card inside the text (a short `<article>` linking elsewhere, also by an empty overlay link) is left out', () => {
  const card = '<article class="c1"><h3><span>Ferry</span><span>:</span><a href="/ferry-story">A second boat for the river line</a></h3><div>The council wants more boats and more staff on the line before summer.</div></article>';
  const overlay = '<article class="c2"><a href="/bridge-history" class="overlay"></a><h3>History: the old bridge</h3><p>How the stone bridge was built two hundred years ago, and who paid for it.</p></article>';
  const html = `<html><head><title>Bridge vote</title></head><body><main><h1>Bridge vote</h1>${ps(1, 3)}${card}${ps(4, 4)}${overlay}${ps(5, 5)}</main></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // a short page's own article, which links elsewhere too, stays
  const short = '<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>The council voted for the new bridge on Monday, as <a href="/plan">the plan</a> proposed; work starts in May.</p></article></body></html>';
  assert.deepEqual(read(short).paragraphs, ['The council voted for the new bridge on Monday, as the plan proposed; work starts in May.']);
});

test('import: an article read from its boxes keeps a crosshead alone in a box of its own between two of its paragraphs\' boxes', () => {
  const para = (n: number) => `<div class="text-block"><p class="text small">${sentence(n)}</p></div>`;
  const head = (t: string) => `<div class="subheadline-block"><div><h2 class="heading">${t}</h2></div></div>`;
  const box = (body: string) => `<div class="row"><div class="box">${body}</div><div class="rail"><div class="advert">Anzeige</div></div></div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>
    ${box([1, 2, 3, 4, 5, 6].map(para).join(''))}${box(`${para(7)}${head('What it costs')}${para(8)}`)}</body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4, 5, 6, 7].map(sentence), 'What it costs', sentence(8)]);
});

test('import: another story\'s teaser under a label of three or more words in capitals ("READ ANOTHER STORY HERE | ...") is left out; a dateline in capitals before a sentence stays', () => {
  const teasers = ['READ ANOTHER STORY HERE | Ferry gets a second boat', 'FUNDA OLUNYE UDABA LAPHA | Ibhuloho elisha'];
  const dateline = 'NEW YORK: The council of the city voted on Monday for its own new bridge over the river.';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${teasers.map((t) => `<p><strong>${t}</strong></p>`).join('')}${ps(4, 5)}<p>${dateline}</p></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), dateline]);
});

test('import: a byline with a relative time stamp ("Jane Doe|Published 1 day ago") and a republication note ("First published in The Conversation.", "Read the original article ...") are left out', () => {
  const lines = ['Jane Doe|Published 1 day ago', 'First published in The Riverton Review.', 'This article was originally published by Riverton Radio', 'Lest den Originalartikel auf Englisch hier.', 'Read the original article on The Riverton Post.'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a widget line of 100 to 160 characters that its pattern allows ("Follow ... on Google News and add us as a preferred source ...") is left out', () => {
  const line = 'Follow The Riverton Post on Google News and add us as a preferred source to get our expert news, reviews, and opinion in your feeds.';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<p>${line}</p></article></body></html>`;
  assert.ok(line.length > 100 && line.length < 160);
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: the next article a page appends under its own (a second <article> with its own <h1>) is left out of the body', () => {
  const next = ['Another story entirely: the ferry across the bay will stop running for a month in the summer.', 'Short crosshead', 'Its operator says the boats need new engines before the autumn storms arrive.'];
  const html = `<html><head><title>Bridge vote</title></head><body><div class="feed"><article><h1>Bridge vote</h1>${ps(1, 5)}</article>
    <article id="second-article"><h1>Ferry to stop</h1>${next.map((t) => `<p>${t}</p>`).join('')}</article></div></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // (a line both articles hold stays)
  const shared = `<html><head><title>Bridge vote</title></head><body><div class="feed"><article><h1>Bridge vote</h1>${ps(1, 5)}</article>
    <article><h1>Ferry to stop</h1>${ps(5, 5)}</article></div></body></html>`;
  assert.deepEqual(read(shared).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a second copy of a run of paragraphs (the text printed twice in one box) is left out; one paragraph said twice stays', () => {
  const twice = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><div class="slides">${ps(1, 3)}</div>${ps(1, 3)}${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(twice).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  const once = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${ps(1, 1)}${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(once).paragraphs, [1, 2, 3, 1, 4, 5].map(sentence));
});

test('import: a sign-off as the text\'s last line (an editor\'s initials, an agency\'s, a broadcaster\'s reporters, two names) is left out; a line that only looks alike before the end stays', () => {
  for (const last of ['(dmk)', 'SDA/sep', 'MDR (Engin Haupt, Alisa Sonntag)', 'Jane Doe/John Roe']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<p>${last}</p></article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), last);
  }
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 2)}<p>Jane Doe/John Roe</p>${ps(3, 5)}<p>Cloche terrarium (Lucy Akins)</p></article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2].map(sentence), 'Jane Doe/John Roe', ...[3, 4, 5].map(sentence), 'Cloche terrarium (Lucy Akins)']);
});

test('import: a closing list of stories stamped with a date and a time, a legal footer, an affiliate note and widget counters are left out', () => {
  const tail = ['Politics', 'Jan. 2 2015 8:53 PM What Matters in Selma', 'Moneybox', 'Jan. 2 2015 4:29 PM The Subtle Art of a Poster', 'Family', 'Dec. 31 2014 1:16 PM Parenting With Chronic Pain'];
  const legal = ['Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy', 'Ad Choices',
    'Hinweis zu Affiliate-Links: Im Falle eines Kaufs nach Klick auf den Link erhalten wir eine Provision.', 'Bild 1 av 1', 'Like 0', 'Les også:'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${[...legal, ...tail].map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // two stamped lines are not yet a list
  const two = tail.slice(2);
  const html2 = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${two.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html2).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), ...two]);
});

test('import: bylines alone on a line anywhere, a bare Unix time stamp, a live-blog entry\'s stamp and player, tag and widget labels are left out', () => {
  const lines = ['By Adam Millington', 'Von Thilo Schäfer, Madrid', 'von Engin Haupt, MDR SACHSEN-ANHALT', 'By Jason Tabrys • 12.29.14', '1692004628', 'Jamie Braidwood14 August 2023 10:01',
    'Filed under:', 'Artikel anhören:', 'Listen to this article', 'Quellen:', '2:34 Russia launches major nuclear drills with Belarus amid NATO tensions', 'Jetzt abonnieren und von der Vorlesefunktion profitieren.',
    'For more stories like this, check our news page.', 'Tips oss!', 'Online seit heute, 20.03 Uhr', 'Har du video, bilder eller tips? Send til oss her.', 'Les mer om kunstig intelligens i våre artikler.', 'Read or Share this story: http://usat.ly/1iXh7zM', 'Are you sure you want to delete this comment?', 'Printer-Friendly Format', 'Most E-Mailed Articles', 'New York Police Department, via Getty Images', '글자크기 설정', '이 기사가 마음에 들었다면, 좋아요를 눌러주세요.', '2025-05-28 18:39 기준', 'Lese-Empfehlung', 'Mehr zum Thema', 'Smart is sexy - get our newsletter:', 'Aktuelle Meldungen zum Krieg finden Sie jederzeit in unserem Liveblog:', 'Folgen eines Raketenangriffs auf die Stadt Uman, 28. April 2023', 'Firefighters at the scene in Uman, April 28, 2023'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}${lines.map((l) => `<p>${l}</p>`).join('')}${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  // a sentence that starts like a byline stays, and so does a year's figure
  const kept = ['By Monday the council had voted twice.', 'By the river, 200 people waited.', '1692 houses were counted.', '10:30 The council met again.'];
  const html2 = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${kept.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html2).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), ...kept]);
});

test('import: a byline among the first lines is left out whether its By is capitalised or not', () => {
  for (const by of ['By Alex Dobuzinskis', 'by Alex Dobuzinskis', 'Von Alex Dobuzinskis']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>${by}</p>${ps(1, 5)}</article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), by);
  }
});

test('import: the headline as the <title> prints it (`The 6th Floor | Headline`) at the top of the text is left out with the headline under it', () => {
  const html = `<html><head><title>Bridge vote</title></head><body><article><p>The Town Blog | Bridge vote</p><h1>Bridge vote</h1>${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  const kept = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><p>Bridge vote | a word on why the council met on a Sunday</p>${ps(1, 5)}</article></body></html>`;
  assert.equal(read(kept).paragraphs.length, 6, 'not after a separator with a long text');
});

test('import: a short label said three times or more (a live blog\'s topic over each entry) is left out; said twice, or one word, or a credit, it stays', () => {
  const entries = (label: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${label}</p>${ps(i + 1, i + 1)}`).join('');
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${entries('Bridge vote live', 3)}${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  const twice = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${entries('Bridge vote live', 2)}${ps(3, 5)}</article></body></html>`;
  assert.equal(read(twice).paragraphs.length, 7, 'said twice');
  for (const label of ['NailSpin', '(Artist: Ann Lee)', 'Boston Herald / Polaris']) {
    const kept = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${entries(label, 3)}${ps(4, 5)}</article></body></html>`;
    assert.equal(read(kept).paragraphs.length, 8, label);
  }
});

test('import: the headline with its kicker and a colon before it (`Chile:Ex-Präsident ...`, glued on or not) at the top of the text is left out', () => {
  for (const line of ['Town hall:Bridge vote', 'Town hall: Bridge vote']) {
    const html = `<html><head><title>Bridge vote</title></head><body><article><p>${line}</p>${ps(1, 5)}</article></body></html>`;
    assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence), line);
  }
  const kept = `<html><head><title>Bridge vote</title></head><body><article><p>The council met on Sunday. Then: Bridge vote</p>${ps(1, 5)}</article></body></html>`;
  assert.equal(read(kept).paragraphs.length, 6, 'not after a sentence');
});

test('import: a comment box\'s rules for readers under the text are left out; a quote that says "your comment" stays', () => {
  const rules = ['Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Beleidigungen werden nicht toleriert und entfernt.',
    'Community Rules apply to all content you upload or otherwise submit to this site.', 'Your comments are subject to our Terms of Service.'];
  const quote = 'The mayor said, "According to your comment, the bridge is already too old," and the hall laughed.';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}<p>${quote}</p>${rules.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [...[1, 2, 3, 4, 5].map(sentence), quote]);
});

test('import: a short box with its own close button (an AI summary\'s panel, a share dialog) is left out; a long one stays', () => {
  const panel = '<div class="option_group"><p>News summary</p><p>This summary was made by AI; read the article for the whole story.</p><button class="close_btn"><i>닫기</i></button><p>The council voted for the bridge.</p></div>';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${panel}${ps(1, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
  const long = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1><div class="story"><button aria-label="Close">x</button>${ps(1, 6)}</div></article></body></html>`;
  assert.deepEqual(read(long).paragraphs, [1, 2, 3, 4, 5, 6].map(sentence));
});

test('import: a note that the text is a machine translation is left out', () => {
  const notes = ['Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen. Er wurde automatisiert übersetzt und von einem Redakteur überprüft.', 'This article was machine-translated from German.'];
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${notes.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a video card\'s teaser with its date and length glued on (`... der Westen.25.07.2023 | 43:49 min`) is left out', () => {
  const card = 'Putin and Xi want to lead their nations back to greatness, and they will risk much for it.25.07.2023 | 43:49 min';
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 3)}<p>${card}</p>${ps(4, 5)}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});

test('import: a paywall\'s scrambled text (class `obfuscated`, each letter shifted by one, its markup too) is left out', () => {
  const scrambled = `<p class="article__paragraph obfuscated">${'Ejf Gppe.Usvdlt tjoe xjfefs jo Xjuufo/ '.repeat(20)}</p><div class=" obfuscated">=vm?=mj?=b isfgµ#iuuqt;00xxx/fybnqmf/psh0# ujumfµ##?Xjuufo=0b?=0mj?=0vm?</div>`;
  const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>${ps(1, 5)}${scrambled}</article></body></html>`;
  assert.deepEqual(read(html).paragraphs, [1, 2, 3, 4, 5].map(sentence));
});
