// As-of cases the nineteenth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { findTimeMentions } from '../../../server/src/core/draft/timex';

test('"As of <day>," and "as of the end of <month>" date a running total at the cut-off, not the day it was said', () => {
  const find = drafted('Flood relief\nThe rains go on.\nAs of May 14, the state has opened 212 shelters, officials said.\n'
    + 'As of the end of March, the fund has paid out $3.1 million to more than 4,000 families.\n', '2024-05-20');
  assert.equal(find('212')?.asof, '2024-05-14');
  assert.equal(find('more than 4,000')?.asof, '2024-03-31');
});

test('a day or a year ahead that a sentence lent does not date a sentence after it in the present', () => {
  const find = drafted('Probe to Europa\nThe agency plans to launch the orbiter in 2031. Engineers are testing 14 instruments for the orbiter. '
    + 'The orbiter will carry 9 of them to Jupiter. This is 3 more than the last probe carried.\n', '2026-03-10');
  assert.equal(find('14')?.asof, '2026-03-10');
  // (a sentence in the future keeps it, and so does one that opens on what the one before told)
  assert.equal(find('9')?.asof, '2031');
  assert.equal(find('3')?.asof, '2031');
});

test('a figure its own clause says holds "now" or "currently" takes no time an earlier sentence named', () => {
  const find = drafted('Library grows\nThe district opened its first library in 1998. Its branches now lend 40,000 books a year. '
    + 'The council currently spends $2.5 million on them.\nIn 2019, the branches were repaired at a cost of $800,000, but were now also closed on Sundays.\n', '2024-09-02');
  assert.equal(find('40,000 books a year')?.asof, '2024-09-02');
  assert.equal(find('$2.5 million')?.asof, '2024-09-02');
  // (not a "now" in another clause)
  assert.equal(find('$800,000')?.asof, '2019');
});

test('two whole days joined by "through" are one stretch, though the second mention reads "through Sept. 30, 2016"', () => {
  const text = 'The crews worked the period March 1, 2021 through Feb. 28, 2022 without a loss.';
  assert.deepEqual(findTimeMentions(text, { start: 0, end: text.length }, '2022-06-01').map((t) => t.value), ['2021-03-01..2022-02-28']);
  const find = drafted('Crews honoured\nThe citation says the crews excelled during the period March 1, 2021 through Feb. 28, 2022. They flew 41 aircraft and logged 12,500 hours.\n', '2022-06-01');
  assert.equal(find('41')?.asof, '2021-03-01..2022-02-28');
  assert.equal(find('12,500 hours')?.asof, '2021-03-01..2022-02-28');
});

test('what a figure\'s subject is expected to do by a day holds on that day, not the period its object names', () => {
  const find = drafted('Returns due\nAbout 4 million farmers are expected to send in a 2023 to 2024 land return by 30 April 2025, the agency said.\n', '2025-03-01');
  assert.equal(find('About 4 million')?.asof, '2025-04-30');
});

test('a time before ", but" dates its own clause, not a figure in the clause set against it', () => {
  const find = drafted('Fares hold\nThe city raised bus fares from $2.10 to $2.40 on 1 March, but ridership fell only 0.5 percent in the first quarter of 2024.\n'
    + 'The council cut the budget on 3 April, but the museum still drew 12,000 visitors.\n'
    + 'Sales rose in May to 8,100, but that is still 3 percent below the 2019 peak.\n', '2024-06-20');
  assert.equal(find('$2.40')?.asof, '2024-03-01');
  assert.equal(find('12,000')?.asof, '2024-06-20');
  // (not a clause that speaks of the same: "but that is still ...")
  assert.equal(find('3 percent')?.asof, '2024-05');
});

test('"in the last month" and "over the last week" count back from publication; "last month" is the month before', () => {
  const at = (text: string) => findTimeMentions(text, { start: 0, end: text.length }, '2024-06-20').map((t) => t.value);
  assert.deepEqual(at('In the last month, three dams failed.'), ['2024-05-21..2024-06-20']);
  assert.deepEqual(at('Over the last week, 40 people died.'), ['2024-06-13..2024-06-20']);
  assert.deepEqual(at('Prices rose last month.'), ['2024-05']);
});

test('a running total its clause counts "in" a year further on is of that year, not the day it was said', () => {
  const find = drafted('Road deaths fall\nA provisional total of 1,712 road deaths were reported across the three northern provinces in 2023, the ministry said.\n', '2024-05-14');
  assert.equal(find('1,712')?.asof, '2023');
});

test('in a sentence of what is scheduled, a day without a year lies ahead of publication', () => {
  const text = 'Two crew members are scheduled to replace a pump during a 7-hour spacewalk after the cargo ship docks on Sept. 12.';
  assert.deepEqual(findTimeMentions(text, { start: 0, end: text.length }, '2024-08-20').map((t) => t.value), ['2024-09-12']);
});
