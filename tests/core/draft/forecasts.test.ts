// Forecasts and the reports that revise them (sentences written for these tests, not from the
// corpus): a figure compared with last year's is this year's; numbered weeks; in a forecast, the months it is
// compared with and the day its conditions were read lie behind; "the August forecast" is a
// document, no cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry, findTimeMentions } from '../../../server/src/core/api';

const REPORT = 'Crop report\nWheat production is forecast at 1.9 billion bushels, up 3 percent from both the August forecast and from 2025. '
  + 'Based on conditions as of September 1, yields are expected to average 51.2 bushels per acre, unchanged from the August forecast but up 4 percent from last year.\n';

function draft(body: string, ctx = new DraftContext(emptyRegistry()), name = 'crops', published = '2026-09-11') {
  const d = draftArticle(buildArticle(`file:///w/${name}.claims.txt`, `---\npublished: ${published}\n---\n${body}`), ctx);
  return { d, claim: (figure: string) => { const c = d.claims.find((x) => x.text === figure); assert.ok(c, `"${figure}" is drafted`); return c; } };
}

test('"forecast at 1.9 billion bushels, up 3 percent from 2025" (published 2026): compared with last year, it is this year\'s', () => {
  const { claim } = draft(REPORT);
  assert.equal(claim('1.9 billion bushels').asof, '2026');
  assert.equal(claim('3 percent').asof, '2026');
  assert.equal(claim('4 percent').asof, '2026', '"from last year" as well');
  // (the day the conditions were read is not the yield's)
  assert.notEqual(claim('51.2 bushels per acre').asof, '2026-09-01');
});

test('in a forecast, "from the August forecast" and "as of September 1" lie behind the publication, not a year ahead', () => {
  const sentence = 'Yields are expected to rise 3 percent from the August forecast, based on conditions as of September 1.';
  const values = findTimeMentions(sentence, { start: 0, end: sentence.length }, '2026-09-11').map((t) => t.value);
  assert.deepEqual(values, ['2026-08', '2026-09-01']);
  // (a bare month ahead in a forecast stays ahead)
  const ahead = 'Prices are projected to peak in May.';
  assert.deepEqual(findTimeMentions(ahead, { start: 0, end: ahead.length }, '2026-09-11').map((t) => t.value), ['2027-05']);
});

test('"unchanged from the August forecast": a month before the noun makes it a document, not a cue', () => {
  const { d } = draft(REPORT);
  assert.deepEqual(d.claims.filter((c) => c.actor).map((c) => c.actor), []);
});

test('"Week 23, ending June 6, 2020", then "from week 22 (6.0%) to week 23 (6.3%)": numbered weeks counted from the one whose end is stated', () => {
  const { claim } = draft('Key Updates for Week 23, ending June 6, 2020\nThe share of tests that were positive increased from week 22 (6.0%) to week 23 (6.3%). '
    + 'Public health laboratories reported a decrease from 5.8% during week 22 to 5.0% during week 23.\n', undefined, 'weekly', '2020-06-12');
  assert.equal(claim('6.0%').asof, '2020-05-24..2020-05-30');
  assert.equal(claim('6.3%').asof, '2020-05-31..2020-06-06');
  assert.equal(claim('5.8%').asof, '2020-05-24..2020-05-30');
  assert.equal(claim('5.0%').asof, '2020-05-31..2020-06-06');
  // (without a week whose end the text states, a week number is left alone)
  const loose = draft('Flu\nThe share rose to 6.3% in week 23.\n', undefined, 'loose', '2020-06-12');
  assert.equal(loose.claim('6.3%').asof ?? '2020-06-12', '2020-06-12');
});

test('"12.9 bushels above the 2013 average": a year naming a measurement is a time (here, a comparison\'s base)', () => {
  const sentence = 'Yields are 12.9 bushels above the 2013 average.';
  assert.deepEqual(findTimeMentions(sentence, { start: 0, end: sentence.length }, '2014-09-11').map((t) => t.text), ['the 2013']);
});

test('"during fiscal years 2012 through 2017" in a federal agency\'s release are October 2011 to September 2017', () => {
  const text = 'A study by National Institutes of Health scientists examined grants during fiscal years 2012 through 2017.';
  assert.deepEqual(findTimeMentions(text, { start: 0, end: text.length }, '2019-11-08').map((t) => t.value), ['2011-10..2017-09']);
  // (calendar years stay years)
  const calendar = 'A study by National Institutes of Health scientists examined grants during 2012 through 2017.';
  assert.deepEqual(findTimeMentions(calendar, { start: 0, end: calendar.length }, '2019-11-08').map((t) => t.value), ['2012..2017']);
});
