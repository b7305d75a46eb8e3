// The importer on pages written for this round (made up, not from the corpus): a picture's caption
// dated the day it was taken, right under the headline, is not the article's date line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';

const para = '<p>The county said the fire on the northern ridge was contained on Sunday evening after three days, and the two roads closed on Thursday would open again once engineers had checked the bridges.</p>';

function published(lines: string): string | undefined {
  const a = extractArticle(`<html><head><title>Valley fire contained</title></head><body><article><h1>Valley fire contained after three days</h1>${lines}${para.repeat(4)}<p>Published: 5 March 2024</p></article></body></html>`);
  assert.ok(!('error' in a));
  return a.meta.published;
}

test('import: a caption under the headline ending with the day the picture was taken is not the date line', () => {
  const picture = '<div class="pic-box"><img src="/i/ridge.jpg" alt=""><p>Firefighters on the ridge above the valley, 3 March 2024</p></div>';
  assert.equal(published(picture), '2024-03-05');
  assert.equal(published('<div class="pic-box"><img src="/i/ridge.jpg" alt=""><p>Firefighters on the northern ridge, March 3, 2024</p></div>'), '2024-03-05', 'month first too');
});

test('import: a date line of its own under the headline, a weekday or a label before a comma, is still the date', () => {
  assert.equal(published('<div class="stamp">Monday, 4 March 2024</div>'), '2024-03-04');
  assert.equal(published('<div class="stamp">Published on Monday, March 4, 2024</div>'), '2024-03-04');
});

// A page that wraps each paragraph in boxes of its own: Readability's clean-up drops the box of a
// paragraph with a few links, reading its link density as a link list's.
const pier = [
  'The harbour board voted on Tuesday to close the old ferry pier for repairs, a job it expects to take most of the summer and to cost about four million pounds.',
  'Engineers found last year that two of the timber piles under the pier had rotted through, and the board has since limited how many cars the ferry may carry.',
  'Passengers will board at the fish quay instead, where a temporary pontoon is being built, and the timetable will stay the same while the work goes on.',
  'MIDDLE',
  'The board said the pier would reopen in September if the weather held, and that it would publish a report on the cost of the work before the end of the year.',
  'Local traders have asked for signs in the town centre pointing visitors to the fish quay, worried that day trippers would not find the ferry at all.',
  'A spokesman for the ferry company said it welcomed the repairs and would run an extra sailing on Saturdays during the busiest weeks of the school holidays.',
];

function pierBody(middle: string, lines = pier): string[] {
  const body = lines.map((l) => `<div class="story-block"><div><div><p>${l === 'MIDDLE' ? middle : l}</p></div></div></div>`).join('');
  const a = extractArticle(`<html><head><title>Ferry pier to close for repairs</title></head><body><main><h1>Ferry pier to close for repairs</h1>${body}</main></body></html>`);
  assert.ok(!('error' in a));
  return a.paragraphs;
}

test('import: a paragraph with a few links, boxed as its neighbours are, stays in the text between them', () => {
  const linked = 'Councillors <a href="/news/harbour-board-budget">questioned the board\'s budget</a> at a meeting last month, and <a href="/news/ferry-fares">the ferry\'s fares</a> rose in April.';
  const got = pierBody(linked);
  assert.equal(got.length, 7);
  assert.equal(got[3], "Councillors questioned the board's budget at a meeting last month, and the ferry's fares rose in April.");
});

test('import: a teaser that is mostly a link, boxed as the paragraphs are, stays out', () => {
  const teaser = 'Read: <a href="/news/pontoon">Harbour board approves a budget for the new pontoon at the fish quay</a>';
  const got = pierBody(teaser);
  assert.equal(got.length, 6);
  assert.ok(!got.some((p) => p.includes('pontoon at the fish quay')));
});

test('import: the text\'s first paragraph with a few links, boxed as the next ones are, stays at its start', () => {
  const linked = 'The <a href="/topic/harbour-board">harbour board</a> has agreed to close the <a href="/topic/ferry">old ferry pier</a> for repairs.';
  const got = pierBody(linked, ['MIDDLE', ...pier.filter((l) => l !== 'MIDDLE')]);
  assert.equal(got.length, 7);
  assert.equal(got[0], 'The harbour board has agreed to close the old ferry pier for repairs.');
});
