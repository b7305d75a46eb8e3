// Drafting cases the twenty-fourth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';

test('"announced $35 million in Roads Administration (RRA) funds for infrastructure projects in 21 regions": "projects" is a noun, and a figure\'s tail is no source', () => {
  const find = drafted('Road funds\nMinister Ana Petrov today announced almost $35 million in Ruritanian Roads Administration (RRA) discretionary funds for infrastructure projects in 21 regions.\n'
    + 'The 36 grants were provided to the regions in three categories.\n', '2003-07-15');
  for (const figure of ['36', 'three']) {
    assert.ok(find(figure));
    assert.doesNotMatch(find(figure)?.actor ?? '(none)', /million/);
  }
});

test('"UK Government, Department for Floods, Roads & Rural Affairs and Water Agency": the department, printed as "Dfrra", speaks, not the government', () => {
  const actor = actorsFrom('UK Government, Department for Floods, Roads & Rural Affairs and Water Agency (read in a blog\'s copy)',
    'Flood programme beats its target\nA £2.6 billion programme of flood defences has protected 314,000 homes.\nMore than 850 new defence projects have been completed.\nDfrra’s final assessment shows that the original commitment of 300,000 homes was revised upwards.\n');
  for (const figure of ['£2.6 billion', '314,000', 'More than 850', '300,000']) assert.equal(actor(figure), 'dfrra');
});

test('"UK Government, Department for Buses" whose text says "the department" speaks as the department', () => {
  const actor = actorsFrom('UK Government, Department for Buses (gov.uk)',
    'Additional funding for buses\nThis investment will aid the department’s objectives of helping to create growth.\n24 local authorities will benefit from the £70 million fund.\n');
  assert.match(actor('£70 million') ?? '(none)', /department/);
});

test('a department whose name ends in "Government" is named by "the government" as well as "the department"', () => {
  const actor = actorsFrom('Department for Towns and Local Government (a copy)',
    'Housing starts up\nHousing starts rose 18% to 137,780 in the year to June.\nThe government has backed 40 new towns.\nCompletions were 22% higher.\n');
  for (const figure of ['137,780', '22%']) assert.match(actor(figure) ?? '(none)', /towns|government/);
});
