// The importer's headline rules that read the page's headings: a control inside a heading is no
// part of its words, and a headline the tags shorten is the one the <h1> and <title> both show.
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
