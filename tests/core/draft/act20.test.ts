// Drafting cases the twentieth round's actor errors showed (who states each figure), in sentences
// written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';

test('"the U.N." is the United Nations named before, and "the United States" in a title-case sentence is no "states" cue', () => {
  const find = drafted('Food aid report\n'
    + 'A United Nations report says hunger fell 5 percent last year.\n'
    + 'Aid went to many places. The others were Chad, Mali, Niger and the United States.\n'
    + 'The report says 44 countries still need food aid.\n'
    + 'The U.N. report says 12 of them are in Africa.\n', '2025-03-02');
  assert.equal(find('5 percent')?.actor, 'united-nations');
  assert.equal(find('44')?.actor, 'united-nations');
  assert.equal(find('12')?.actor, 'united-nations');
});

test('in a release, paragraphs after one that reads out named data are that data\'s, not the release\'s', () => {
  const actor = actorsFrom('Ministry of Tourism', 'Visitors spend more\n'
    + 'According to the latest Regional Spending Estimates released by the Statistics Office (SO), spending in the north rose 12 per cent.\n'
    + 'In January, spending in the south rose 9 per cent to $40 million.\n'
    + 'Spending in the west rose 4 per cent.\n');
  assert.equal(actor('12 per cent'), 'statistics-office');
  assert.equal(actor('9 per cent'), 'statistics-office');
  assert.equal(actor('4 per cent'), 'statistics-office');
  // (a person's words do not go on so: the next paragraph is the release's own)
  const said = actorsFrom('Ministry of Tourism', 'Ministry of Tourism: visitors spend more\n'
    + 'Tourism Minister Jane Roe said spending in the north rose 12 per cent.\n'
    + 'In January, spending in the south rose 9 per cent to $40 million.\n');
  assert.equal(said('9 per cent'), 'ministry-tourism');
});

test('a source after its verb ends before "in" and what it was doing ("said Kempthorne in making the announcement")', () => {
  const find = drafted('Wildlife grants\n'
    + 'Hunters have paid more than $11 billion through the programmes, said Secretary Dirk Kempthorne in making the announcement.\n', '2025-03-02');
  assert.equal(find('more than $11 billion')?.actor, 'kempthorne');
});

test('a name\'s initials set off by commas leave the name the source ("The World Health Organization, WHO, says")', () => {
  const find = drafted('Malaria\nThe World Health Organization, WHO, says a child in Africa dies of malaria every 45 seconds.\n', '2025-03-02');
  assert.equal(find('45 seconds')?.actor, 'world-health-organization');
});

test('an owner\'s document for a period, and data released today with an aside in brackets, are sources', () => {
  const census = drafted('Moorings\nThe Harbour Council’s annual census for 2024 found that moorings fell from 310 to 295.\n', '2025-03-02');
  assert.equal(census('295')?.actor, 'harbour-council');
  const further = drafted('Waste\nFurther figures released today (external link) show landfill waste fell by 12% since 2010.\n', '2025-03-02');
  assert.equal(further('12%')?.actor, 'further-figures');
});

test('a date in brackets after "today", and a day after its month, are no part of a source\'s break or count', () => {
  const today = drafted('Roads\nRoads will be mended this spring, as the council today (3rd March) confirms £2 million for repairs.\n', '2025-03-03');
  assert.equal(today('£2 million')?.actor, 'council');
  const paper = drafted('Survey\nForty percent of readers called the service good, the March 3 paper reported.\n', '2025-03-05');
  assert.equal(paper('Forty percent')?.actor, 'march-paper');
});
