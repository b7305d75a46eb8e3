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
