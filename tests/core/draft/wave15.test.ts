// Drafting cases the fifteenth wave's dev errors showed (UK, Canadian, South African outlets), in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry } from '../../../server/src/core/api';

const published = '2026-04-25';
function draftOf(body: string) {
  const text = `---\npublished: ${published}\n---\n${body}`;
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', text), new DraftContext(emptyRegistry()));
  const claim = (figure: string) => { const c = d.claims.find((x) => x.text === figure); assert.ok(c, `"${figure}" is drafted`); return c; };
  return { claim, asof: (figure: string) => claim(figure).asof ?? published };
}

test('a sum converted into another currency in brackets is the same fact', () => {
  const { claim } = draftOf('Spending\nThe US spent about $980bn (£720bn) on defence in 2025, more than any other member.\n');
  assert.equal(claim('£720bn').fact, claim('about $980bn').fact);
  // (two sums side by side are two facts)
  const two = draftOf('Spending\nThe US spent about $980bn on defence and $120bn on aid in 2025.\n');
  assert.notEqual(two.claim('$120bn').fact, two.claim('about $980bn').fact);
});

test('"a scientist who died in 2009": a "who" clause dates the person it follows, not a figure words before it', () => {
  const { asof } = draftOf('Early life\nShe was the older of two daughters of an economist and a cancer scientist who died in 2009.\n');
  assert.equal(asof('two'), published);
  const near = draftOf('Toll\nOfficials counted 12 people who died in 2009 in the floods.\n');
  assert.equal(near.asof('12'), '2009');
});
