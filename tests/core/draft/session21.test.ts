// Drafting cases the twenty-first session's errors on fresh dev waves showed, in sentences written
// for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"at midyear 2011" is 30 June, "at year-end 2008" and "from yearend 2003" the year\'s last day', () => {
  const find = drafted('County jails held 712,400 inmates at midyear 2011, the bureau said today. '
    + 'At year-end 2008 they had held 785,500. From yearend 2003 the count fell by 12,000.\n', '2012-04-18');
  assert.equal(find('712,400')?.asof, '2011-06-30');
  assert.equal(find('785,500')?.asof, '2008-12-31');
  assert.notEqual(find('12,000')?.asof, '2012-04-18');
});

test('"- Estimates for May to July 2024 indicate ..." dates the list items after it', () => {
  const find = drafted('Regional labour market\nBackground:\n- Estimates for February to April 2023 show that over the quarter the jobless rate fell.\n'
    + '- The unemployment rate in the region was 3.9 per cent.\n- The employment rate in the region was 75.6 per cent.\n', '2023-06-13');
  assert.equal(find('3.9 per cent')?.asof, '2023-02..2023-04');
  assert.equal(find('75.6 per cent')?.asof, '2023-02..2023-04');
});

test('"These figures are published by the Office, its statistics agency." credits its paragraph\'s unframed figures', () => {
  const find = drafted('Jobless rate falls\nThe regional jobless rate was 7.4% in March 2019, down from 7.6% in February 2019. '
    + 'These figures are published by Statistics Ruritania, the national statistics agency.\n', '2019-04-30');
  assert.match(find('7.4%')?.actor ?? '(none)', /statistics-ruritania/);
  assert.match(find('7.6%')?.actor ?? '(none)', /statistics-ruritania/);
});

test('"All told, ... have added" and "Other data suggest" name no source inside a statement', () => {
  const find = drafted('Statement of Labor Secretary Ann Roe on May employment numbers\n'
    + 'Labor Secretary Ann Roe issued the following statement on the May jobs report released today:\n'
    + '"All told, businesses have added 9.1 million jobs since March 2010. Other data suggest similar cause for optimism. There were 4.9 million job openings in March."\n', '2014-06-06');
  assert.match(find('9.1 million')?.actor ?? '(none)', /(?:^|-)roe$/);
  assert.match(find('4.9 million')?.actor ?? '(none)', /(?:^|-)roe$/);
});

test('a survey\'s year its headline and lead both name dates the later paragraphs, out more than a year after it', () => {
  const find = drafted('Survey of Pet Spending, 2018\nHouseholds spent an average of $1,120 on their pets in 2018.\n'
    + 'Couples with children spent $1,560, the most of all household types.\n', '2019-11-20');
  assert.equal(find('$1,120')?.asof, '2018');
  assert.equal(find('$1,560')?.asof, '2018');
});

test('a hearing statement whose heading names its witness on a line of his own ("THE HONORABLE ...", "Before the") is his', () => {
  const find = drafted('THE HONORABLE ANN B. ROE, M.D.\nADMINISTRATOR\nNATIONAL ROAD SAFETY AGENCY\nBefore the\nSUBCOMMITTEE ON HIGHWAYS\n'
    + 'Mr. Chairman, thank you. In 2019, 36,096 people died on our roads. Crashes cost the economy $242 billion a year.\n', '2021-05-04');
  assert.match(find('36,096')?.actor ?? '(none)', /roe/);
  assert.match(find('$242 billion')?.actor ?? '(none)', /roe/);
});

test('"the highest predicted growth rate": a participle after a superlative names no source', () => {
  const find = drafted('Growth forecast\nGrowth is forecast at 5.5% in 2023. This is the highest predicted growth rate in the union, where growth is expected to be 1.0%.\n', '2023-05-19');
  assert.notEqual(find('1.0%')?.actor, 'highest');
});

test('"..., according to Eurostat data. 4% were unemployed ...": a named body\'s data speak on in the paragraph', () => {
  const find = drafted('Students at work\nIn 2024, 41% of students in Ruritania were also employed, according to Eurostat data. 6% were unemployed, while 53% were outside the labour force.\n', '2026-01-20');
  assert.equal(find('41%')?.actor, 'eurostat');
  assert.equal(find('6%')?.actor, 'eurostat');
  assert.equal(find('53%')?.actor, 'eurostat');
});

test('"The EU average shows 25%": an average is a measure, not a source', () => {
  const find = drafted('Students at work\nIn 2024, 41% of students in Ruritania were also employed, according to Eurostat data. The EU average shows 25% of students in employment.\n', '2026-01-20');
  assert.notEqual(find('25%')?.actor, 'eu-average');
});

test('"According to Eurostat, ..." speaks on in its paragraph as a statistics office\'s data do', () => {
  const find = drafted('Meals\nAccording to Eurostat, 9.5% of people were unable to afford a proper meal in 2023. Ruritania had the lowest share at 1.2%.\n', '2024-06-10');
  assert.equal(find('9.5%')?.actor, 'eurostat');
  assert.equal(find('1.2%')?.actor, 'eurostat');
});

test('"New Eurostat figures published to mark World Teachers Day this week show ...": the data\'s owner speaks', () => {
  const find = drafted('Teachers\nNew Eurostat figures published to mark World Teachers Day earlier this week show that 86.9% of primary school teachers in Ruritania are women.\n', '2016-10-07');
  assert.equal(find('86.9%')?.actor, 'eurostat');
});
