// As-of cases the twenty-second round's dev errors showed (waves 79-86, text no rule was written
// on), in sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('in a statement on a monthly report, the year so far runs from January to the month reported', () => {
  const find = drafted('Statement on the October jobs report\nThe minister issued a statement on the October 2021 jobs report released today: '
    + '"Employers added 210,000 jobs in October. So far this year, hourly earnings have risen 2.9 percent. '
    + 'We have averaged 180,000 jobs a month so far in 2021, and 1.6 million jobs were created in 2021 alone. '
    + 'Since January, 1.8 million jobs have been filled."\n', '2021-11-05');
  assert.equal(find('210,000')?.asof, '2021-10');
  assert.equal(find('2.9 percent')?.asof, '2021-01..2021-10');
  assert.equal(find('180,000 jobs a month')?.asof, '2021-01..2021-10');
  assert.equal(find('1.6 million')?.asof, '2021-01..2021-10');
  assert.equal(find('1.8 million')?.asof, '2021-01..2021-10');
});

test('"This past August" and a month in a sentence that beat forecasts lie behind publication, not ahead', () => {
  const find = drafted('Statement on the jobs numbers\nThis past August, factories cut 31,000 jobs, fewer than what most analysts expected. '
    + 'Retailers added 12,000 jobs in July, which exceeded all forecasts.\n', '2015-09-04');
  assert.equal(find('31,000')?.asof, '2015-08');
  assert.equal(find('12,000')?.asof, '2015-07');
});

test('in an undated text, a stretch a later paragraph names by both edges for its counts dates the text, not a biography\'s', () => {
  const find = drafted('Agency returns money\nThe agency says its cases in a recent one-year period returned $2.1 billion to savers.\n'
    + 'Its annual report says the agency won 140 court orders between July 1, 2020 and June 30, 2021.\n'
    + 'The agency says 64 percent of people who got checks cashed them.\n', 'unknown');
  assert.equal(find('$2.1 billion')?.asof, '2020-07-01..2021-06-30');
  assert.equal(find('140')?.asof, '2020-07-01..2021-06-30');
  assert.equal(find('64 percent')?.asof, '2020-07-01..2021-06-30');
  const bio = drafted('Crew named\nThe pilot has flown 30 missions.\nFrom 2012-2015, she served as chief pilot.\n', 'unknown');
  assert.notEqual(bio('30 missions')?.asof, '2012..2015');
});

test('"Today\'s jobs report" dates the document, not the rate it gives for the month it reports', () => {
  const find = drafted('Statement on the June jobs report\nThe minister issued the following statement on the June 2022 jobs report:\n'
    + '"Today\'s jobs report showed a 4.1% jobless rate, the lowest in a decade."\n', '2022-07-08');
  assert.equal(find('4.1%')?.asof, '2022-06');
});

test('"Forty years later" moves the year the sentence before lent on by whole tens written in words', () => {
  const find = drafted('Vaccines\nIn 1975, only 6 percent of children were immunized. Forty years later, more than 85 percent are.\n', '2016-04-20');
  assert.equal(find('more than 85 percent')?.asof, '2015');
});

test('in a statement on a monthly report, a rate that matched "the low since 1953" is the month\'s, not a stretch since then', () => {
  const find = drafted('Statement on the May jobs report\nThe minister issued a statement on the May 2018 jobs report:\n'
    + '"The 3.4% jobless rate for adult men matched the low since 1953."\n', '2018-06-01');
  assert.equal(find('3.4%')?.asof, '2018-05');
});

test('"scheduled" as a kind of service puts no bare month of a past-tense sentence ahead', () => {
  const find = drafted('Air traffic, February 2019\nThe carriers flew 4.1 million passengers on scheduled and charter flights in February.\n', '2019-04-25');
  assert.equal(find('4.1 million')?.asof, '2019-02');
});

test('"in October of last year" is the October of the year before publication, read as one time', () => {
  const find = drafted('College enrollment\nAbout 41 percent of young adults were in college in October of last year, a new report says.\n', '2010-11-19');
  assert.equal(find('About 41 percent')?.asof, '2009-10');
});

test('"from a low of 84 in 2011 to a high of 245 in 2012": the second figure takes its own year, not the first one\'s', () => {
  const find = drafted('Injury counts revised\nOver the last five years, revisions have ranged from a low of 91 in 2014 to a high of 230 in 2015.\n', '2017-12-19');
  assert.equal(find('91')?.asof, '2014');
  assert.equal(find('230')?.asof, '2015');
});

test('in a report on a period, what a present-tense sentence says a thing is made of or runs holds when it is said', () => {
  const find = drafted('Consumer Price Index, March 2019\nConsumer prices rose 1.9% in March.\nNote to readers\nThe core index excludes seven of the index\'s most volatile components.\n', '2019-04-17');
  assert.equal(find('1.9%')?.asof, '2019-03');
  assert.equal(find('seven')?.asof, '2019-04-17');
});

test('a time past ", as" and a clause with a figure of its own dates that clause, not the figure before it', () => {
  const find = drafted('Statement on the June jobs report\nThe minister issued a statement on the June 2020 jobs report:\n'
    + '"Total employment declined by 41,000 over the month, as 90,000 seasonal jobs ended between May and June."\n', '2020-07-03');
  assert.equal(find('41,000')?.asof, '2020-06');
});

test('a yearly amount told "annually" takes no year the sentence before lent', () => {
  const find = drafted('Road safety\nOfficials said 38,200 people died on the roads in 2019. Crashes cost the economy more than $240 billion annually.\n', '2020-10-05');
  assert.equal(find('38,200')?.asof, '2019');
  assert.equal(find('more than $240 billion')?.asof, '2020-10-05');
});
