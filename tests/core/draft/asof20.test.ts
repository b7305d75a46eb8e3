// As-of cases the twentieth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a length given as a thing\'s size holds as it is said, not at a time an earlier sentence lent', () => {
  const find = drafted('Harbour opens\nThe new harbour opens on Sunday after six years of work. Its berths take ferries up to 180 meters long and 30 meters wide. '
    + 'The 12-kilometer breakwater shelters them. Engineers moved a rock about 40 feet (12 meters) across.\n'
    + 'Workers laid 3,000 tonnes of stone.\n', '2025-05-09');
  assert.equal(find('up to 180 meters')?.asof, '2025-05-09');
  assert.equal(find('30 meters')?.asof, '2025-05-09');
  assert.equal(find('12-kilometer')?.asof, '2025-05-09');
  assert.equal(find('about 40 feet')?.asof, '2025-05-09');
  assert.equal(find('12 meters')?.asof, '2025-05-09');
});

test('a running total\'s cut-off ("As of May 3,") dates its own sentence, not the sentences after it', () => {
  const find = drafted('Dry summer\nAs of May 3, the ministry has declared 412 districts drought areas. According to the latest monitor report, 64 percent of the wheat is in dry areas.\n', '2024-05-07');
  assert.equal(find('412')?.asof, '2024-05-03');
  assert.equal(find('64 percent')?.asof, '2024-05-07');
});

test('a figure told in the simple present holds when it is said, not on a past day the sentence before lent', () => {
  const find = drafted('Council budget\nOn Monday, the council presented its spending plan to residents. The request for schools is $3.2 million, and the plan has 14 new posts. '
    + 'The council spent $900,000 on roads.\n', '2024-03-13');
  assert.equal(find('$3.2 million')?.asof, '2024-03-13');
  assert.equal(find('14')?.asof, '2024-03-13');
  // (a past tense keeps the day the sentence before lent)
  assert.equal(find('$900,000')?.asof, '2024-03-11');
});
