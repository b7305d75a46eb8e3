// Drafting cases the twenty-sixth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"Wales’s Chief Statistician yesterday published results of ..." under a subtitle and a summary: the office speaks for the release', () => {
  const find = drafted('Colleges in Wales\nAn Official Statistics Publication for Wales\nThere has been a rise in students and a fall in lecturers.\n'
    + 'Wales’s Chief Statistician yesterday published results of the Summary Statistics for Colleges in Wales.\n'
    + 'In 2019, the student lecturer ratio rose to 17.2 (previously 16.9).\n', '2019-11-20');
  assert.equal(find('17.2')?.actor, 'wales-chief-statistician');
  assert.equal(find('16.9')?.actor, 'wales-chief-statistician');
});

test('a person named in a lead who published a study does not speak for the whole text', () => {
  const find = drafted('Bees in decline\nA new count of hives\nThere are fewer bees this year.\n'
    + 'Professor Anna Berg yesterday published results of a survey of beekeepers.\n'
    + 'Hives in the county fell to 1,240, the county council said.\nIn the city, hives rose by 35.\n', '2019-11-20');
  assert.notEqual(find('35')?.actor, 'anna-berg');
});

test('"Offsetting these gains were a 2.6% decrease in ..." under a monthly survey\'s headline: the change is of the report\'s month', () => {
  const find = drafted('Monthly Survey of Bakeries, June 2016\nBakery sales rose 0.7% to $2.4 billion in June.\n'
    + 'Offsetting these gains were a 2.6% decrease in the biscuit industry.\n', '2016-08-12');
  assert.equal(find('2.6%')?.asof, '2016-06');
});
