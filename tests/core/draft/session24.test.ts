// Drafting cases the twenty-fourth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

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

test('"$4.09 billion over the next four years" in a New Zealand budget: four financial years, July to June, from the coming July', () => {
  const find = drafted('Health budget grows\nThe Government’s new budget spending is $969.7 million in 2005-06 and $4.09 billion over the next four years, the New Zealand Health Minister says.\n', '2005-05-29');
  assert.equal(find('$4.09 billion')?.asof, '2005-07..2009-06');
});

test('"an extra $96 million over four years" in a New Zealand budget: the sum\'s years to come are financial years too', () => {
  const find = drafted('More surgery\nAn extra $96 million over four years will give New Zealanders more operations, the Minister says.\n', '2016-05-26');
  assert.equal(find('$96 million')?.asof, '2016-07..2020-06');
});

test('"£3 billion over the next four years" in a UK budget: April to March; a US sum "over five years" is said on its day', () => {
  const uk = drafted('Budget for England\nThe government has committed funding of £3 billion over the next four years to English schools.\n', '2011-01-20');
  assert.equal(uk('£3 billion')?.asof, '2011-04..2015-03');
  const us = drafted('Grants for seat belts\nThe U.S. Department of Transportation will give states $500 million over five years, the secretary said.\n', '2002-01-18');
  assert.equal(us('$500 million')?.asof, '2002-01-18');
});

test('a headline printed again under its date line takes the body\'s time, and so does the headline', () => {
  const find = drafted('$96m to boost elective surgery\nHon Dr Ana Petrov\nMinister of Health\n26 May 2016\n$96m to boost elective surgery\nAn extra $96 million over four years will give New Zealanders more operations, the Minister says.\n', '2016-05-26');
  assert.equal(find('$96 million')?.asof, '2016-07..2020-06');
  const d = draftArticle(buildArticle('file:///w/h.claims.txt', '---\npublished: 2016-05-26\n---\n$96m to boost elective surgery\nHon Dr Ana Petrov\nMinister of Health\n26 May 2016\n$96m to boost elective surgery\nAn extra $96 million over four years will give New Zealanders more operations, the Minister says.\n'), new DraftContext(readRegistry('')));
  assert.deepEqual(d.claims.filter((c) => c.text === '$96m').map((c) => c.asof), ['2016-07..2020-06', '2016-07..2020-06']);
});

test('"Hon Ana Petrov" over "Associate Minister of Transport" under the headline makes the statement hers, its unframed figures too', () => {
  const find = drafted('Provisional road toll released\nHon Ana Petrov\nAssociate Minister of Transport\n1 January 2013\nThe provisional road toll for 2012 is 306, Associate Minister of Transport Ana Petrov announced today.\nThe number of crashes with three or more deaths was 8 in 2012.\n', '2013-01-01');
  assert.match(find('8')?.actor ?? '(none)', /petrov/);
});

test('a minister\'s release by its outlet ("Ruritania Government, Minister of Education") is hers: figures no one else states are the minister\'s', () => {
  const actor = actorsFrom('Ruritania Government, Minister of Education (read in a copy)',
    'Budget lifts schools\nThe Government is boosting education spending by $2.93 billion, Education Minister Ana Petrov says.\nThe additional funding increases total investment in schools by 3.6 per cent to $19.1 billion.\n');
  for (const figure of ['3.6 per cent', '$19.1 billion']) assert.match(actor(figure) ?? '(none)', /petrov/);
});

test('a list a body line introduces with a colon goes on in the outlet\'s voice through lines that open with an amount', () => {
  const actor = actorsFrom('Ruritania Government, Minister of Education (read in a copy)',
    'Budget lifts schools\nThe Government is boosting education spending by $2.93 billion, Education Minister Ana Petrov says.\nKey investments made in the Budget include an additional:\n$1.48 billion for school buildings\n$478 million for school lunches\n');
  for (const figure of ['$1.48 billion', '$478 million']) assert.match(actor(figure) ?? '(none)', /petrov/);
});

test('"Statement from Housing Secretary Ana Petrov" under the headline makes the release hers: paragraphs after a source\'s own go back to her', () => {
  const find = drafted('HOUSING STARTS RISE 6.4 PERCENT\nStatement from Housing Secretary Ana Petrov\nThe Census Office today released data that shows new home starts rose 6.4 percent in October.\n"These figures show housing leads the recovery," said Secretary Petrov.\nRegionally, starts increased 20 percent in the Northeast and 8.6 percent in the Midwest.\n', '2004-11-17');
  assert.match(find('6.4 percent')?.actor ?? '(none)', /census/);
  for (const figure of ['20 percent', '8.6 percent']) assert.match(find(figure)?.actor ?? '(none)', /petrov/);
});

test('a table\'s rows of dot leaders under a line ending in a colon go on in the release\'s voice', () => {
  const actor = actorsFrom('Bureau of Crime Statistics (read in a copy)',
    'CRIME RATE FALLS\nThe nation\'s violent crime rate fell by 10 percent during 1999, the Bureau of Crime Statistics (BCS) said.\nThe BCS report says every type of crime decreased. The declines were as follows:\nCompleted violent crimes . . . . . . -32.7 %\nRape . . . . . . . . -40.0\n');
  for (const figure of ['-32.7 %', '-40.0']) assert.match(actor(figure) ?? '(none)', /bcs|bureau/i);
});

test('"95% by the end of 2017": a target set for a year is that year\'s; "at the end of 2016" is still its last day', () => {
  const find = drafted('Broadband on track\nThe programme is on track to make this 95% by the end of 2017, the minister said. At the end of 2016, 87% of premises were connected.\n', '2016-06-01');
  assert.equal(find('95%')?.asof, '2017');
  assert.equal(find('87%')?.asof, '2016-12-31');
});

test('"according to figures released today on the Statistics Ruritania website": the site\'s owner released the figures', () => {
  const find = drafted('Crime drops\nCriminal offences dropped by 2.8 % in the 2014 calendar year according to figures released today on the Statistics Ruritania website.\n', '2015-04-01');
  assert.match(find('2.8 %')?.actor ?? '(none)', /statistics-ruritania/);
});

test('"an annual report to help inform policymakers": a purpose, no one informing (no actor named "help")', () => {
  const find = drafted('Commissioner\'s letter\nThe Ruritanian Congress has mandated that the Ruritanian Center for School Statistics (RCSS) produce an annual report to help inform policymakers about the progress of education in Ruritania. Using data from across the center and from other sources of education data, The Condition of Schools 2015 presents 42 key indicators on important topics and trends in education.\n', '2015-05-28');
  assert.ok(find('42'));
  assert.doesNotMatch(find('42')?.actor ?? '(none)', /^help$/);
});

test('"Wyoming again led all states in FY2011 by receiving more than $971 million": "states" after "all" is a noun, no one stating', () => {
  const find = drafted('Energy revenues\nThe Ruritanian Interior Department said revenues rose. The state of Wyoming again led all states in FY2011 by receiving more than $971 million as its share of revenues.\n', '2011-11-20');
  assert.doesNotMatch(find('more than $971 million')?.actor ?? '(none)', /wyoming|led/);
});
