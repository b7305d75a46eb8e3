// Which fact: drafting cases the pairs28 helper's errors on dev waves showed (same-fact pairs and
// registry reuse), in sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

/** The fact ids drafted on every figure printed as `figure`, in order. */
function factsOf(body: string, published: string, figure: string, registry = ''): string[] {
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\n${body}`), new DraftContext(readRegistry(registry)));
  return d.claims.filter((c) => c.text === figure).map((c) => c.fact ?? '');
}

test('a change up and an equal change down are two changes, not one restated: "(up 23,000" and "(down 23,000"', () => {
  const ids = factsOf('Ferry trips steady in May\nThe northern route (up 23,000 or 6 percent) carried the most extra passengers in May. '
    + 'Passengers on the harbour route (down 23,000 or 11 percent) fell the most.\n', '2019-06-20', '23,000');
  assert.equal(ids.length, 2);
  assert.notEqual(ids[0], ids[1]);
});

test('"(up" opening a bracket after a name: the name is what changed, so equal changes of two names are two facts', () => {
  const ids = factsOf('Library loans up in June\nThe Dunmore branch (up 3,400 or 5 percent) recorded the largest increase in loans, followed by Kilbride (up 2,100 or 4 percent). '
    + 'Readers from Castlebar (up 3,400 or 9 percent) recorded the largest increase in renewals.\n', '2019-07-20', '3,400');
  assert.equal(ids.length, 2);
  assert.notEqual(ids[0], ids[1]);
  assert.match(ids[0] ?? '', /dunmore/);
  assert.match(ids[1] ?? '', /^castlebar/);
});

test('a change "compared with the previous quarter" is the quarterly growth fact, one "compared with the same quarter of the previous year" the annual one', () => {
  const registry = `facts:
  freedonia-exports-quarterly-growth:
    label: Freedonia's seasonally adjusted exports growth on the previous quarter
    unit: percent
    kind: change
  freedonia-exports-annual-growth:
    label: Freedonia's seasonally adjusted exports growth on the same quarter of the previous year
    unit: percent
    kind: change
`;
  const body = 'Freedonia exports grow\nFreedonia\'s seasonally adjusted exports rose by 1.3% in the second quarter of 2021, compared with the previous quarter, the statistics office said.\n'
    + 'Compared with the same quarter of the previous year, Freedonia\'s exports rose by 4.8% in the second quarter of 2021.\n';
  assert.deepEqual(factsOf(body, '2021-08-12', '1.3%', registry), ['freedonia-exports-quarterly-growth']);
  assert.deepEqual(factsOf(body, '2021-08-12', '4.8%', registry), ['freedonia-exports-annual-growth']);
});

test('a headline\'s change restates no body change of a subject it shares no word with: "Bakery sales down 0.7%" is not the cheese shops\' 0.7%', () => {
  const body = 'Bakery sales down 0.7% in May\nBakery sales decreased in May, to $2.1 billion. Sales at cheese shops fell 0.7%, while sales at butchers rose 1.2%.\n';
  const ids = factsOf(body, '2019-07-19', '0.7%');
  assert.equal(ids.length, 2);
  assert.notEqual(ids[0], ids[1]);
});

test('a range beside a value of one quantity is two quantities: "12 to 18 wildfires" forecast, "16 wildfires" in an average summer', () => {
  const body = 'Quiet fire summer ahead\nThe forest service is calling for 12 to 18 large wildfires this summer. '
    + 'An average summer brings 16 large wildfires to the region.\n';
  const [range] = factsOf(body, '2021-05-20', '12 to 18');
  const [value] = factsOf(body, '2021-05-20', '16');
  assert.ok(range && value);
  assert.notEqual(range, value);
});

test('"forecasters are calling for" a figure makes it the forecast fact\'s', () => {
  const registry = `facts:
  lakeland-wildfires-forecast:
    label: Large wildfires the forest service outlook expects for a Lakeland fire season (the likely range)
    unit: wildfires
    kind: event
`;
  const body = 'Quiet fire season ahead in Lakeland\nLakeland forest service forecasters are calling for 12 to 18 large wildfires this season.\n';
  assert.deepEqual(factsOf(body, '2021-05-20', '12 to 18', registry), ['lakeland-wildfires-forecast']);
});
