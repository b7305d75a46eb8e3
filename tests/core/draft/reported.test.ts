// Reported outbreak and conflict stories (sentences written for these tests, not from the corpus):
// a registry fact named by "cases" or "deaths" fits the counted cases and the toll; a figure with a
// qualifier of its own lends no unit to the bare number before "and".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { findCues } from '../../../server/src/core/draft/cues';

const REGISTRY = readRegistry(`facts:
  world-flu-confirmed-cases:
    label: Laboratory-confirmed cases of the new influenza worldwide
    unit: cases
    kind: cumulative
  country-flu-deaths:
    label: Confirmed deaths from the new influenza in the country
    unit: people
    kind: cumulative
`);

function draft(body: string) {
  const d = draftArticle(buildArticle('file:///w/flu.claims.txt', `---\npublished: 2026-05-02\n---\n${body}`), new DraftContext(REGISTRY));
  return (figure: string) => { const c = d.claims.find((x) => x.text === figure); assert.ok(c, `"${figure}" is drafted`); return c; };
}

test('"615 confirmed cases" and "the confirmed death toll remains at 16" reuse the registry facts named by cases and deaths', () => {
  const claim = draft('Flu update\nThe health secretary said Saturday that the confirmed death toll remains at 16 and fewer than half of the suspected cases have tested positive.\n'
    + 'The World Health Organization reported 615 confirmed cases of the flu in 15 countries.\n');
  assert.equal(claim('615').fact, 'world-flu-confirmed-cases');
  assert.equal(claim('16').fact, 'country-flu-deaths', 'the toll is a count of the dead, not a percentage borrowed from "fewer than half"');
});

test('"a fatalities count of 281 issued Monday by the government": who put out that one figure, and no other', () => {
  const d = draftArticle(buildArticle('file:///w/cholera.claims.txt', '---\npublished: 2026-11-25\n---\nCholera\nThe United Nations said Tuesday that the death toll has risen to 366, compared with a fatalities count of 281 issued Monday by the government, saying the disease has spread to more than half the country.\n'),
    new DraftContext(readRegistry('')));
  const actor = (figure: string) => d.claims.find((c) => c.text === figure)?.actor;
  assert.match(actor('281') ?? '', /government/);
  assert.match(actor('366') ?? '', /united-nations/);
  assert.equal(actor('more than half'), actor('366'), '", saying" goes on with the sentence\'s speaker, not the noun phrase\'s');
});

test('"announced the country\'s number of confirmed cases had doubled to 61": "of confirmed" is an adjective, the authorities speak', () => {
  const d = draftArticle(buildArticle('file:///w/au.claims.txt', '---\npublished: 2026-05-27\n---\nFlu\nThe minister spoke after Australian health authorities announced the country\'s number of confirmed cases had doubled to 61.\n'),
    new DraftContext(readRegistry('')));
  assert.match(d.claims.find((c) => c.text === '61')?.actor ?? '', /australian-health-authorities/);
});

test('"New figures from the World Health Organization, WHO, show ...": a longer data phrase before an apposition speaks', () => {
  const d = draftArticle(buildArticle('file:///w/who.claims.txt', '---\npublished: 2026-05-27\n---\nFlu\nNew figures from the World Health Organization, WHO, show the global death toll has risen by three.\n'),
    new DraftContext(readRegistry('')));
  assert.match(d.claims.find((c) => c.text === 'three')?.actor ?? '', /world-health-organization|who/);
});

test('a headline\'s "Reports 3 New Swine Flu Deaths" restates the body\'s "the death toll has risen by three"', () => {
  const d = draftArticle(buildArticle('file:///w/h.claims.txt', '---\npublished: 2026-05-27\n---\nWHO Reports 3 New Swine Flu Deaths\nNew figures from the agency show the global death toll has risen by three.\n'),
    new DraftContext(readRegistry('')));
  assert.equal(d.claims.find((c) => c.text === '3')?.fact, d.claims.find((c) => c.text === 'three')?.fact);
});

test('"officials had told them that 15,000 were dead": no officials counted, and the registry\'s toll fits by its verb', () => {
  const registry = readRegistry('facts:\n  cyclone-deaths:\n    label: People killed by the cyclone\n    unit: people\n    kind: cumulative\n');
  const d = draftArticle(buildArticle('file:///w/c.claims.txt', '---\npublished: 2026-05-05\n---\nCyclone\nHours after the cyclone struck, the agency reported that government officials had told them that 15,000 were dead.\n'),
    new DraftContext(registry));
  assert.equal(d.claims.find((c) => c.text === '15,000')?.fact, 'cyclone-deaths');
});

test('"a G.D.P. estimated at ..." and "testimony at trial showed ..." name no source', () => {
  const sources = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));
  assert.deepEqual(sources('In 2004, the United States had a G.D.P. estimated at close to twelve million million dollars.'), []);
  assert.deepEqual(sources('First, testimony at trial showed that she obtained funds on a pretense.'), []);
  // (who estimates still does: "Officials estimated the damage at $2 million")
  assert.deepEqual(sources('Officials estimated the damage at $2 million.'), ['Officials']);
});

test('"totals released by the country\'s electoral commission that show ... 54 percent": data released by someone; "Hostages released by the group" name no source', () => {
  const sources = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));
  assert.deepEqual(sources("It overturned totals released by the country's electoral commission that show him winning with more than 54 percent."), ["the country's electoral commission"]);
  assert.deepEqual(sources('A video released by the army showed the strike.'), []);
  assert.deepEqual(sources('compared with a count of 281 released Monday by the government.'), ['the government']);
});
