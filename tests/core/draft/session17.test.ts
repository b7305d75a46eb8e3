// Drafting cases the seventeenth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a level a change reached over a stretch named by both its edges holds at the stretch\'s end; the change holds for the stretch', () => {
  const find = drafted('Northland grows\nNorthland\'s population increased 1.4 percent to 2.3 million from July 1, 2020, to July 1, 2021, the statistics office said.\n'
    + 'The number of households grew by 12,000 between April 1, 2020, and April 1, 2021, an increase to 910,000.\n', '2021-12-20');
  assert.equal(find('1.4 percent')?.asof, '2020-07-01..2021-07-01');
  assert.equal(find('2.3 million')?.asof, '2021-07-01');
  assert.equal(find('910,000')?.asof, '2021-04-01');
  // (not a decade's total, which is of the whole decade)
  const decade = drafted('Tornado deaths\nIn the 1950s, tornadoes killed 2,000 people. In the 1970s, the total dropped to 998, the weather service said.\n', '1994-03-20');
  assert.equal(decade('998')?.asof, '1970..1979');
});
