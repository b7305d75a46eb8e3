// Drafting cases the twenty-seventh session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"in Quarter 2 2018" is that quarter, as "Q2 2018" is', () => {
  const find = drafted('Ferry Travel\nFerry crossings were 1.25 million in Quarter 2 2017.\nThey rose to 1.31 million in Quarter 2, 2018.\n', '2018-09-14');
  assert.equal(find('1.25 million')?.asof, '2017-04..2017-06');
  assert.equal(find('1.31 million')?.asof, '2018-04..2018-06');
});

test('a chart title ending ", United States, 2015−2016" dates the figures under it, however long before publication', () => {
  const find = drafted('Percentage of Adults Who Cycle to Work, by Region — National Commuting Survey, United States, 2015−2016\n'
    + 'In the West, 4.1% of adults cycled to work, followed by the Northeast (2.9%) and the South (1.2%).\n', '2019-03-08');
  assert.equal(find('4.1%')?.asof, '2015..2016');
  assert.equal(find('1.2%')?.asof, '2015..2016');
});

test('an interview transcript with "JOURNALIST:" turns: what "MARIA LOPEZ:" says on her line is hers, and the journalist\'s turn ends it', () => {
  const find = drafted('JOURNALIST: Jane Smith asked the Fisheries Minister, Maria Lopez, about the new quota.\n'
    + 'MARIA LOPEZ: Well, the catch this season was more than 12,000 tonnes, which is a record.\n'
    + 'JANE SMITH: And the cost of the program?\n'
    + 'MARIA LOPEZ: It is a $14 million program.\n'
    + 'JOURNALIST: Some boats reported 300 tonnes each.\n', '2019-05-02');
  assert.match(find('more than 12,000 tonnes')?.actor ?? '', /lopez/);
  assert.match(find('$14 million')?.actor ?? '', /lopez/);
  assert.doesNotMatch(find('300 tonnes')?.actor ?? '', /lopez/);
});

test('"will run for the next two years" dates its own clause, not the sentences after it', () => {
  const find = drafted('Ferry campaign\nThe new advertising campaign will run for the next two years. Ferries are a $2 billion industry.\n', '2018-02-05');
  assert.equal(find('$2 billion')?.asof, '2018-02-05');
});

test('"an increase of 412 (8.1%) from 31 January 2021" under "As at 31 May 2021:" spans from that day to the heading\'s', () => {
  const find = drafted('Clinic waits\nAs at 31 May 2021:\nThere were 5,480 people waiting for a scan, an increase of 412 (8.1%) from 31 January 2021.\n', '2021-07-06');
  assert.equal(find('5,480')?.asof, '2021-05-31');
  assert.equal(find('412')?.asof, '2021-01-31..2021-05-31');
  assert.equal(find('8.1%')?.asof, '2021-01-31..2021-05-31');
});

test('a TV interview whose guest the host introduces with an office: "ANNA WEBB: ..." turns are the minister\'s, the host\'s are not', () => {
  const find = drafted('TOM REILLY: Farm exports hit a record, according to figures out this morning. Farm Minister Anna Webb joins us now. Minister, good morning.\n'
    + 'ANNA WEBB: Good morning, Tom. Exports rose to $52 billion, and that supports 300,000 jobs.\n'
    + 'TOM REILLY: Where is the growth coming from?\n'
    + 'ANNA WEBB: Beef, mostly. Beef exports alone were worth about $11 billion.\n', '2018-06-20');
  assert.match(find('$52 billion')?.actor ?? '', /webb/);
  assert.match(find('about $11 billion')?.actor ?? '', /webb/);
  const radio = drafted('DOUG PRICE: Welcome to the program. I am Doug Price.\nDOUG PRICE: The team won 12 medals.\nJANE ROSS: It also set 3 records.\n', '2010-02-26');
  assert.doesNotMatch(radio('12 medals')?.actor ?? '', /price/);
});

test('"This quarterly release by Health Statistics Wales relates to ..." under "About this release": the publisher speaks for the release', () => {
  const find = drafted('Outpatient waits\nA National Statistics publication for Wales\nAbout this release\n'
    + 'This quarterly release by Health Statistics Wales relates to patients waiting for a first appointment.\n'
    + 'At 31 March 2022:\n41,200 patients were waiting, an increase of 3.1% on the previous quarter.\n', '2022-05-26');
  assert.match(find('41,200')?.actor ?? '', /wales/);
  assert.match(find('3.1%')?.actor ?? '', /wales/);
});

test('"and 9.6% higher than at 31 May 2020" under "As at 31 May 2021:" spans from that day to the heading\'s', () => {
  const find = drafted('Clinic waits\nAs at 31 May 2021:\nThere were 5,480 people waiting for a scan, 9.6% higher than at 31 May 2020.\n', '2021-07-06');
  assert.equal(find('9.6%')?.asof, '2020-05-31..2021-05-31');
});

test('remarks under a headline, the speaker\'s name and his institution\'s line ("Jane Doe" / "National Science Foundation") are hers when they say "I have"', () => {
  const find = drafted('Highlights of the Agency Budget\nJane K. Doe\nNational Science Foundation\n4 February 2019\n'
    + 'Good afternoon. I have some brief remarks before your questions.\nThe House bill cuts funding for the agency by $120 million.\n', '2019-02-04');
  assert.match(find('$120 million')?.actor ?? '', /doe/);
  const plain = drafted('Highlights of the Agency Budget\nJane K. Doe\nNational Science Foundation\n4 February 2019\n'
    + 'The House bill cuts funding for the agency by $120 million.\n', '2019-02-04');
  assert.doesNotMatch(plain('$120 million')?.actor ?? '', /doe/);
});

test('a telebriefing with an "Operator:" turn: "Mary Ortiz: ..." in title case and the paragraphs after it are hers, up to the operator\'s next turn', () => {
  const find = drafted('Agency Telebriefing on Measles\nMay 3, 2019, 1 p.m. ET\n'
    + 'Operator: Welcome. At this time I will turn the call to Mr. Tom Fry.\n'
    + 'Tom Fry: Good afternoon. With us today is Dr. Mary Ortiz, the director of the immunization center. Dr. Ortiz?\n'
    + 'Mary Ortiz: Thank you. As of today we have confirmed 764 cases this year.\n'
    + 'That is more than in any year since 1994, and 23 states have reported cases.\n'
    + 'Operator: Our next question comes from 12 callers in line.\n', '2019-05-03');
  assert.match(find('764')?.actor ?? '', /ortiz/);
  assert.match(find('23')?.actor ?? '', /ortiz/);
  assert.doesNotMatch(find('12')?.actor ?? '', /ortiz/);
});

test('a release headed by "The Hon Jane Roe MP" on its own line under the headline is the minister\'s', () => {
  const find = drafted('Record apprenticeship numbers\nThe Hon Jane Roe MP\nToday’s figures show the training market strengthened in 2019.\n'
    + 'There were 41,200 new apprentices in the year, up 6 per cent.\n', '2020-02-12');
  assert.match(find('41,200')?.actor ?? '', /roe/);
  assert.match(find('6 per cent')?.actor ?? '', /roe/);
});

test('a title ending on its month after a comma, "Ferry crossings, March 2018", dates the figures that name no time', () => {
  const find = drafted('Ferry crossings, March 2018\nFerries carried 1.2 million passengers, up 3.1% from March 2017.\n'
    + 'Vehicle crossings rose 4.0% to 310,000.\n', '2018-05-30');
  assert.equal(find('1.2 million')?.asof, '2018-03');
  assert.equal(find('310,000')?.asof, '2018-03');
  assert.equal(find('4.0%')?.asof, '2018-03');
});

test('"in 2Q 2017" (the quarter first, as BTS writes it) is that quarter', () => {
  const find = drafted('Ferry fares\nThe average fare was $352 in 2Q 2017.\nIt rose to $356 in 3Q 2017.\n', '2018-01-16');
  assert.equal(find('$352')?.asof, '2017-04..2017-06');
  assert.equal(find('$356')?.asof, '2017-07..2017-09');
});

test('"According to results from the 2004-05 National Health Survey (NHS), ..." names the survey, its year span inside the name', () => {
  const find = drafted('Health in the capital\nAccording to results from the 2004-05 National Health Survey (NHS), 59% of residents rated their health as excellent.\n', '2006-09-12');
  assert.match(find('59%')?.actor ?? '', /nhs|national-health-survey/);
  const dash = drafted('Health in the capital\nAccording to the 2011–12 Farm Survey, 41% of farms grew wheat.\n', '2013-03-01');
  assert.match(dash('41%')?.actor ?? '', /farm-survey/);
});

test('"Prepared Remarks of Jane Q. Roe" as a line of its own under a quoted title: the remarks are hers', () => {
  const find = drafted('"A Plan For Rural Clinics"\nPrepared Remarks of Jane Q. Roe\nSecretary of Rural Health\nThank you. More than 1,200 clinics serve rural patients today.\n', '2002-01-30');
  assert.match(find('More than 1,200')?.actor ?? '', /roe/);
});

test('a headline over "Jane Q. Roe, U.S. Secretary of Energy" (name and office on one line): the article is hers', () => {
  const find = drafted('Building the grid of tomorrow\nJane Q. Roe, U.S. Secretary of Energy\nWe have a choice to make. The Recovery Act invests more than $30 billion in the grid.\n', '2009-10-02');
  assert.match(find('more than $30 billion')?.actor ?? '', /roe/);
});

test('"Energy Secretary Jane Roe today spoke before the Senate Energy Committee:" over her quoted words: the figures are hers', () => {
  const find = drafted('Energy Secretary Jane Roe today spoke before the Senate Energy Committee:\n'
    + '“Mr. Chairman, thank you. Solar output reached 41 gigawatts last year, and wind added another 12 gigawatts.”\n', '2011-02-10');
  assert.match(find('41 gigawatts')?.actor ?? '', /roe/);
  assert.match(find('12 gigawatts')?.actor ?? '', /roe/);
});
