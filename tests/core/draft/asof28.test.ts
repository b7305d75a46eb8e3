// As-of cases the twenty-eighth round's dev errors showed (waves 160-202, undated releases), in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('an undated text whose lead opens on a period lends it to the later figures that name no time', () => {
  const find = drafted('Harbour news\nShipping\nIn March 2019, the port handled 41,000 containers, up 3 percent.\nBulk cargo totalled 2.2 million tonnes.\n', 'unknown');
  assert.equal(find('41,000')?.asof, '2019-03');
  assert.equal(find('2.2 million tonnes')?.asof, '2019-03');
  const range = drafted('Harbour news\nIn the period July – September 2019, cargo rose 4 percent.\nContainers reached 52,000.\n', 'unknown');
  assert.equal(range('52,000')?.asof, '2019-07..2019-09');
});

test('a period that opens a paragraph after the lead does not date the text', () => {
  const find = drafted('By Jane Roe, Minister\nOver many decades the country has made its harbours much safer for all who work there.\n'
    + 'In 1975, it is hard to believe that 90 dockers died at work.\nThe repairs cost $2 billion.\n', 'unknown');
  assert.equal(find('$2 billion')?.asof, undefined);
});

test('an undated text\'s "over the past 3 years" counts the years back from the period it lends its figures', () => {
  const find = drafted('Clinic news\nWaiting lists grew\nIn 2021:\nabout 51,000 patients joined clinic waiting lists\n'
    + 'this was 1.2% more than the year before, a rise well under the average over the past 3 years (an estimated 2.8% per year)\n'
    + 'Over the past ten years, the increases at the two clinics were: Hull 12%; Leith 9%\n', 'unknown');
  assert.equal(find('an estimated 2.8% per year')?.asof, '2019..2021');
  assert.equal(find('1.2%')?.asof, '2021');
  assert.equal(find('12%')?.asof, '2011..2021');
  assert.equal(find('9%')?.asof, '2011..2021');
});

test('a total counted "in Q3 2019" or "in the year to Q3 2019" is of that quarter, not of the day it was said', () => {
  const find = drafted('Jobs news\nThe rise in total employment of 31,400 in the year to Q3 2019 was driven by services.\n'
    + 'The gain in total jobs of 8,200 in Q3 2019 was the largest in two years.\n', '2019-11-20');
  assert.equal(find('31,400')?.asof, '2019-07..2019-09');
  assert.equal(find('8,200')?.asof, '2019-07..2019-09');
});

test('a time past "and an increase of" another figure dates that figure, not the change before it', () => {
  const find = drafted('Jobs news\nEmployment rose 1.9% in the year to Q3 2019. This compares with an annual increase in employment of 1.6% in the previous quarter '
    + 'and an increase of 2.2% in the year to Q3 2018.\n', '2019-11-20');
  assert.equal(find('1.6%')?.asof, '2019-04..2019-06');
  assert.equal(find('2.2%')?.asof, '2018-07..2018-09');
});
