// Drafting cases the twenty-eighth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';

test('"Wage figures released today by the Bureau show" is the Bureau\'s say, not "Wage"\'s', () => {
  const find = drafted('Pay holds up\nWage figures released today by the Statistics Bureau show that weekly pay rose 2.4 per cent in March.\n', '2014-04-17');
  assert.match(find('2.4 per cent')?.actor ?? '', /statistics-bureau/);
});

test('an outlet given short, "Stats Freedonia", speaks as the whole name its release prints, "Statistics Freedonia"', () => {
  const actor = actorsFrom('Stats Freedonia (media release)', 'Ferry Trips Up 4 Percent\nThere were 81,200 ferry trips in June, Statistics Freedonia said today.\nTrips by residents rose 3,100 on June last year.\n');
  assert.match(actor('3,100') ?? '', /statistics-freedonia/);
});
