// As-of cases the twenty-first round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

/** A minister's statement on a monthly jobs report, published early the month after. */
const STATEMENT = 'Minister on March jobs figures\n'
  + 'The minister issued this statement about the March jobs report released today:\n'
  + '"Employers added 150,000 jobs in March. It was the seventh month in a row with more than 100,000 new jobs, '
  + 'and employers have now added 4.2 million jobs over the last 30 months. We have had 25 straight months of growth, with 3.9 million jobs created over that time. '
  + 'Factories added 120,000 jobs in March, bringing them to a total of 800,000 new jobs since June 2022. The jobless rate fell to 4.1 percent, compared to 4.6 percent a year ago."\n';

test('a streak or a stretch of months in a statement on a monthly report ends with the month it reports', () => {
  const find = drafted(STATEMENT, '2024-04-05');
  assert.equal(find('more than 100,000')?.asof, '2023-09..2024-03');
  assert.equal(find('4.2 million')?.asof, '2021-10..2024-03');
  assert.equal(find('3.9 million')?.asof, '2022-03..2024-03');
  assert.equal(find('800,000')?.asof, '2022-06..2024-03');
  // (not a figure with a time of its own)
  assert.equal(find('150,000')?.asof, '2024-03');
  assert.equal(find('120,000')?.asof, '2024-03');
});

test('"compared to 4.6 percent a year ago" in a monthly report: the report\'s month against the same month a year before', () => {
  const find = drafted(STATEMENT, '2024-04-05');
  assert.equal(find('4.1 percent')?.asof, '2024-03');
  assert.equal(find('4.6 percent')?.asof, '2023-03');
});

test('"a year ago" right after a base is counted back once, from the time its sentence gives', () => {
  const find = drafted('Port traffic\nIn the June quarter, the port handled 2.1 million tonnes, down from 2.4 million tonnes a year ago.\n', '2024-08-20');
  assert.equal(find('2.1 million tonnes')?.asof, '2024-04..2024-06');
  assert.equal(find('2.4 million tonnes')?.asof, '2023-04..2023-06');
});

test('"From November 2022 to August 2023" is one stretch of months, not its last month', () => {
  const find = drafted('Shared rides\nFrom November 2022 to August 2023, an estimated 7.5% of adults used ride sharing.\n', '2024-01-15');
  assert.equal(find('an estimated 7.5%')?.asof, '2022-11..2023-08');
});

test('a level reached "to" after a change "from" a month holds for the month after it, not the month moved from', () => {
  const find = drafted('Farm output\nHoney production rose 4.0% from March 2022 to 12.1 million kilograms in March 2023.\n', '2023-05-30');
  assert.equal(find('12.1 million kilograms')?.asof, '2023-03');
});
