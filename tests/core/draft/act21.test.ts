// Drafting cases the twenty-first round's actor errors showed (who states each figure), in sentences
// written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted, draftedFromOutlet } from './drafted';
import { findCues } from '../../../server/src/core/draft/cues';

test('an interview in question-and-answer form gives its figures to the one it asks', () => {
  const find = drafted('Early Findings From the 2024 Household Travel Survey\n'
    + 'Questions for Maria Ellison, Ph.D., Survey Director and Lead Author of the report.\n'
    + 'Q: What stood out in this year\'s results?\n'
    + 'ME: Trips by bicycle rose to 6.4% of all trips, up from 4.9% in 2019.\n'
    + 'Q: Anything else?\n'
    + 'ME: About one in five households has no car.\n', '2025-03-04');
  assert.equal(find('6.4%')?.actor, 'ellison');
  assert.equal(find('4.9%')?.actor, 'ellison');
  assert.equal(find('About one in five')?.actor, 'ellison');
  // (answers not tagged with the interviewee's initials are no interview of theirs)
  const untagged = drafted('Travel survey\nQuestions for Maria Ellison remain.\nQ: Why?\nTrips by bicycle rose to 6.4% of all trips.\n', '2025-03-04');
  assert.notEqual(untagged('6.4%')?.actor, 'ellison');
});

test('a title\'s participle before "Estimates" is no one estimating', () => {
  const title = 'Early Release of Adjusted Estimates Based on Data From the 2024 Farm Survey';
  assert.deepEqual(findCues(title, { start: 0, end: title.length }).map((c) => title.slice(c.source.start, c.source.end)), []);
});

test('a sentence that opens on a month is no source for a participle later in it', () => {
  const find = drafted('School meals\nIn January 2025, for all school types, 17.2% of pupils were eligible for and claiming free meals.\n', '2025-03-04');
  assert.equal(find('17.2%')?.actor, undefined);
});

test('a heading "Today’s figures also show:" names a day, not an owner of the list under it', () => {
  const find = drafted('Jobs report\nToday’s figures also show:\n- 1.4 million people are out of work\n', '2025-03-04');
  assert.notEqual(find('1.4 million')?.actor, 'today');
});

test('a note headed by its publisher\'s own office ("NPA Press Office:") is that office\'s, its bullets included', () => {
  const d = draftedFromOutlet('National Parks Agency', 'NPA Press Office:\n'
    + 'I want to make sure you have seen our new visitor report.\n'
    + 'A few takeaways from the 2024 data:\n'
    + '• Visits rose to 41,200 in 2024, up 2% from 2023.\n');
  assert.equal(d.claims.find((c) => c.text === '41,200')?.actor, 'npa-press-office');
  // (a heading that names some other office is no signature of the publisher's)
  const other = draftedFromOutlet('National Parks Agency', 'Erratum Note:\nVisits rose to 41,200 in 2024.\n');
  assert.notEqual(other.claims.find((c) => c.text === '41,200')?.actor, 'erratum-note');
});

test('in a release, an institution named for statistics that announces a figure does not go on, as named data do', () => {
  const actor = actorsFrom('Department for Work and Pensions', 'Jobs at a record\n'
    + 'The Department for Work and Pensions (DWP) welcomed the figures today.\n'
    + 'The Office for National Statistics has also announced that the unemployment rate is 4.2%.\n'
    + 'Weekly wages grew by 3.1% over the year.\n');
  assert.equal(actor('4.2%'), 'office-national-statistics');
  assert.equal(actor('3.1%'), 'dwp');
});
