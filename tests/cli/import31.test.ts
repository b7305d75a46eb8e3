// The importer on pages written for this round (made up, not from the corpus): a page that marks
// no publication date up and labels none, but prints one time stamp beside its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';

const para = '<p>The library board agreed on Monday to keep the reading room open until nine on weekdays, after a survey found that most of its evening visitors were students preparing for exams.</p>';

function published(column: string, more = ''): string | undefined {
  const a = extractArticle(`<html><head><title>Library keeps late hours</title></head><body><div class="col-left"><span class="small grey">${column}</span></div><div class="col-main"><header><h1>Library keeps its late hours</h1></header>${para.repeat(4)}${more}</div></body></html>`);
  assert.ok(!('error' in a));
  return a.meta.published;
}

test('import: the one time stamp a page prints (a date and a time of day) is its date when nothing else gives one', () => {
  assert.equal(published('6/11/2019<br>04:35 PM'), '2019-06-11');
  assert.equal(published('June 11, 2019 at 4:35 PM'), '2019-06-11', 'a month name and "at"');
});

test('import: several time stamps of different days (a list of stories), or a date with no time, give no date', () => {
  assert.equal(published('6/11/2019<br>04:35 PM', '<ul><li>Pool reopens 6/9/2019 10:02 AM</li></ul>'), undefined);
  assert.equal(published('Edition 6/11/2019'), undefined);
});

test('import: a reader\'s comment\'s time stamp, or a date followed by another date, is no time stamp of the page', () => {
  assert.equal(published('', '<ol class="commentlist"><li><div class="comment-meta">Ann 12 June 2019 at 08:10</div><p>Good news.</p></li></ol>'), undefined);
  assert.equal(published('11.06.2019 12.06.2019'), undefined);
  assert.equal(published('11.06.2019 14.35 Uhr'), '2019-06-11', 'a time with a full stop and "Uhr"');
});
