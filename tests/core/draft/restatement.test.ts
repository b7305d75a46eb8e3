// A headline or lead restating a figure the body dates: the summary takes the body's time
// (sentences written for these tests, not from the corpus); a deadline dates its own clause, and a
// year alone anchors no undated article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry, findTimeMentions } from '../../../server/src/core/api';
import { restatedAsOf } from '../../../server/src/core/draft/restatement';

function draft(body: string) {
  const text = `---\npublished: 2026-11-20\n---\n${body}`;
  return draftArticle(buildArticle('file:///w/news.claims.txt', text), new DraftContext(emptyRegistry()));
}

test('a lead\'s figure takes the time the body states for the same value of the same fact', () => {
  const d = draft('City budget set\nThe mayor said Friday the city will spend $840 million on schools.\nThe council approved $840 million for schools in fiscal 2027.\n');
  const [lead, body] = d.claims.filter((c) => c.text === '$840 million');
  assert.equal(body!.asof, '2027');
  assert.equal(lead!.fact, body!.fact);
  assert.equal(lead!.asof, body!.asof, 'the lead restates the body\'s figure');
});

test('only the default time gives way, only to an agreed later time, and "the N" neither gives nor takes', () => {
  const published = '2026-11-20';
  const f = (text: string, asof: string | undefined, paragraph: number, definite = false) => ({ text, fact: 'cases', asof, paragraph, definite });
  assert.deepEqual(restatedAsOf([f('nine', published, 1), f('nine', '2026-11', 2)], published), ['2026-11', '2026-11']);
  // a time stated earlier is not taken back up by a later default one
  assert.deepEqual(restatedAsOf([f('nine', '2026-11', 1), f('nine', published, 2)], published), ['2026-11', published]);
  // later restatements that disagree decide nothing
  assert.deepEqual(restatedAsOf([f('nine', published, 0), f('nine', '2026-11', 2), f('nine', '2026-10', 3)], published), [published, '2026-11', '2026-10']);
  // "two of the nine cases were confirmed after Nov. 14": the sentence's time dates something else; "the nine" holds when the nine did
  assert.deepEqual(restatedAsOf([f('nine', published, 1), f('nine', '2026-11-14', 2, true)], published), [published, published]);
  // (with nothing before it to take up, it keeps its own)
  assert.deepEqual(restatedAsOf([f('nine', '2026-11-14', 2, true)], published), ['2026-11-14']);
  // another value, or another fact, is another statement
  assert.deepEqual(restatedAsOf([f('nine', published, 1), f('ten', '2026-11', 2)], published), [published, '2026-11']);
  assert.deepEqual(restatedAsOf([f('nine', published, 1), { ...f('nine', '2026-11', 2), fact: 'deaths' }], published), [published, '2026-11']);
  // without a published date, a figure with no time takes the one stated later ("BTS: air fare down 8.8 percent")
  assert.deepEqual(restatedAsOf([f('nine', undefined, 0), f('nine', '2026-11', 2)], undefined), ['2026-11', '2026-11']);
  assert.deepEqual(restatedAsOf([f('nine', undefined, 0), f('nine', '2026-11', 2), f('nine', undefined, 3)], undefined), [undefined, '2026-11', undefined]);
});

test('"Four earthquakes hit ..." and "four earthquakes have hit ...": "hit" is what they did, not part of the noun', () => {
  const d = draft('Quakes\nFour earthquakes hit the coast early this morning.\nAccording to the survey office, four earthquakes have hit in quick succession.\n');
  const [a, b] = d.claims.filter((c) => /four/i.test(c.text));
  assert.equal(a!.fact, b!.fact);
});

test('a deadline ("by early August", "until October 4") dates its own clause, not the sentences after it', () => {
  const d = draft('Storm season\nOnly two named storms form on average by early August, and the ninth storm does not form until October 4. An average season produces 12 named storms.\n');
  assert.equal(d.claims.find((c) => c.text === '12')?.asof, '2026-11-20');
});

test('an undated article\'s "In March" is not reckoned from a year it names as background', () => {
  const text = 'Oil prices\nIn March, oil prices rose above 100 dollars a barrel.\nPrices went above 145 dollars a barrel in 2008.\n';
  const d = draftArticle(buildArticle('file:///w/oil.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text.startsWith('above 100'))?.asof, undefined);
  const dated = draftArticle(buildArticle('file:///w/oil2.claims.txt', text.replace('in 2008', 'in August 2008')), new DraftContext(emptyRegistry()));
  assert.ok(dated.claims.find((c) => c.text.startsWith('above 100'))?.asof, 'a month and year stated in full still anchors it');
});

test('a stretch of time dates the figure nearest it, and "have averaged" is no running total', () => {
  const text = '---\npublished: 2026-01-09\n---\nJobs\nIncorporating the revisions for October and November, which increased employment by 38,000 on net, monthly job gains have averaged 172,000 over the past 3 months.\n';
  const d = draftArticle(buildArticle('file:///w/jobs2.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === '38,000')?.asof, '2025-10..2025-11');
  assert.equal(d.claims.find((c) => c.text === '172,000')?.asof, '2025-10..2025-12');
});

test('"this year" in a sentence on a US federal budget is the fiscal year running on the day of publication', () => {
  const at = (published: string) => findTimeMentions(`The Pentagon budget seeks $88 billion, down from $115 billion this year.`, { start: 0, end: 71 }, published).map((t) => t.value);
  assert.deepEqual(at('2012-01-26'), ['2011-10..2012-09']);
  assert.deepEqual(at('2012-11-05'), ['2012-10..2013-09']);
  assert.deepEqual(findTimeMentions('The city spent $5 million this year.', { start: 0, end: 36 }, '2012-01-26').map((t) => t.value), ['2012'], 'no federal budget: the calendar year');
});

test('"in the next five years", "over the coming decade": a plan\'s years, fiscal ones in a sentence on a US federal budget', () => {
  const at = (s: string, published = '2012-01-26') => findTimeMentions(s, { start: 0, end: s.length }, published).map((t) => t.value);
  assert.deepEqual(at('The company plans to hire 500 people in the next five years.'), ['2012..2017']);
  assert.deepEqual(at('Sales should double over the next six months.'), ['2012-02..2012-07']);
  assert.deepEqual(at('The Pentagon plan aims to save $259 billion in the next five years and $487 billion in the next decade.'), ['2012-10..2017-09', '2012-10..2022-09']);
});
