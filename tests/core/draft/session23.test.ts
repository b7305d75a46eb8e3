// Drafting cases the twenty-third session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

test('"according to a flash estimate from X": X states the figure, not the estimate', () => {
  const find = drafted('Ruritania inflation steady\nAnnual inflation is expected to be 2.4% in May, according to a flash estimate from the Ruritanian Statistics Office.\n', '2021-06-01');
  assert.match(find('2.4%')?.actor ?? '(none)', /^ruritanian-statistics-office$/);
});

test('"according to preliminary data" names no one: the data are no actor', () => {
  const find = drafted('Gas supply falls\nIn 2023, according to preliminary data, the natural gas supply of Ruritania fell to 12.8 million terajoules.\n', '2024-03-01');
  assert.ok(find('12.8 million'));
  assert.doesNotMatch(find('12.8 million')?.actor ?? '(none)', /data/);
});

test('a time opening the sentence after "published by X." dates its figure: the release\'s name ends with its sentence', () => {
  const find = drafted('GDP up by 0.2% in the second quarter of 2019\n'
    + 'GDP rose by 0.2% in the second quarter of 2019, according to a flash estimate published by the Ruritanian Statistics Office.\n'
    + 'In the first quarter of 2019, GDP had grown by 0.4%.\n', '2019-08-14');
  assert.equal(find('0.2%')?.asof, '2019-04..2019-06');
  assert.equal(find('0.4%')?.asof, '2019-01..2019-03');
});

test('a registry fact named by one quantity ("inflation") is no figure of a sentence about another ("GDP")', () => {
  const registry = 'facts:\n  euro-area-annual-inflation:\n    label: Euro area annual inflation (change on the same month a year earlier)\n    unit: percent\n    kind: rate\n';
  const find = drafted('Euro area figures\nIn the first quarter of 2019, GDP had grown by 0.4% in the euro area and by 0.5% in the EU28.\nAnnual inflation in the euro area was 1.7% in March 2019.\n', '2019-08-14', registry);
  for (const figure of ['0.4%', '0.5%']) {
    assert.ok(find(figure));
    assert.notEqual(find(figure)?.fact, 'euro-area-annual-inflation');
  }
  assert.equal(find('1.7%')?.fact, 'euro-area-annual-inflation');
});

test('"Statement of NAME Bureau of ... before the Committee" under a title and an embargo note makes the statement that person\'s', () => {
  const find = drafted('Economic News Release\nCommissioner\'s Statement on the Jobs Report\n'
    + 'Advance copies of this statement are made available to the press under lock-up conditions.\n'
    + 'Statement of Maria Ostrova Bureau of Work Statistics before the Joint Committee Friday, May 7, 2021\n'
    + 'Thank you for the opportunity to discuss the data we released this morning. Payrolls rose by 266,000 in April.\n', '2021-05-07');
  assert.match(find('266,000')?.actor ?? '(none)', /ostrova/);
});

test('a report page whose second line is only a department\'s name is that department\'s', () => {
  const find = drafted('DOR - Financial and Activity Report\nDepartment of Roads\nReport Date: 2009-08-07\n'
    + '• Total Paid Out: $1,494,338,056\n• Of the $200 million received for bridges, $70.1 million has been obligated to date.\n', '2009-08-07');
  for (const figure of ['$1,494,338,056', '$200 million', '$70.1 million']) assert.match(find(figure)?.actor ?? '(none)', /department-roads|roads/, figure);
});

test('an undated listing page: each item is of the date printed on a line of its own above it', () => {
  const d = draftArticle(buildArticle('file:///w/l.claims.txt', 'Media Releases\nNew fund for small business\n14 November 2018\n'
    + 'The Government will introduce a $2 billion fund for small business.\nNew program for young entrepreneurs\n13 November 2018\n'
    + 'The Government is providing $3.6 million in funding for a new program.\n'), new DraftContext(readRegistry('')));
  const asof = (figure: string) => d.claims.find((c) => c.text === figure)?.asof;
  assert.equal(asof('$2 billion'), '2018-11-14');
  assert.equal(asof('$3.6 million'), '2018-11-13');
});

test('a department\'s release that prints its name short ("U.S. Dept. of Transportation") speaks in its voice, whatever note follows the outlet\'s name', () => {
  const d = draftArticle(buildArticle('file:///w/r.claims.txt', '---\npublished: 2009-06-01\noutlet: "U.S. Department of Roads (read in a newspaper\'s copy)"\n---\n'
    + 'U.S. Dept. of Roads: Secretary Ana Lind announces $27.4 million for transit in Ruritania\n'
    + 'Secretary Ana Lind today announced $27.4 million in funds for transit improvements.\nThe following grants are being awarded:\n'
    + '* Waukesha Metro: $1.5 million for eight vans.\n* City of Sheboygan: $2.1 million to purchase five buses.\n'), new DraftContext(readRegistry('')));
  for (const figure of ['$1.5 million', 'eight', '$2.1 million', 'five']) assert.match(d.claims.find((c) => c.text === figure)?.actor ?? '(none)', /roads/, figure);
});

test('"Overseas tourism figures for the summer of 2014 show": data of a kind named by no one, dated by the period they are for', () => {
  const find = drafted('Tourism up\nOverseas tourism figures for the summer of 2014 show that 380,000 overnight visits were made to Ruritania, an increase of 26,000.\n', '2015-01-15');
  assert.equal(find('380,000')?.actor, undefined);
  assert.equal(find('380,000')?.asof, '2014-06..2014-08');
  assert.equal(find('26,000')?.asof, '2014-06..2014-08');
});

test('"overnight stays" and "overnight visits" are no time; "overnight" alone is', () => {
  const find = drafted('Hotels\nHotels recorded 2.1 million overnight stays in 2019.\nRussia launched 40 drones overnight.\n', '2020-03-02');
  assert.equal(find('2.1 million')?.asof, '2019');
  assert.equal(find('40')?.asof, '2020-03-02');
});

test('a transcript whose turns name the speaker by office ("TREASURER:" on a line of its own) is his; "JOURNALIST:" ends his turn', () => {
  const find = drafted('Press Conference, Parliament House\nSUBJECTS: National Accounts, leadership\nTREASURER:\n'
    + 'Today’s National Accounts show growth of 0.2 per cent in the September quarter.\nJOURNALIST:\nIs 3 per cent possible?\nTREASURER:\nThe economy grew 4.8 per cent last year.\n', '2005-12-07');
  assert.match(find('0.2 per cent')?.actor ?? '(none)', /treasurer/);
  assert.equal(find('3 per cent')?.actor, undefined);
  assert.match(find('4.8 per cent')?.actor ?? '(none)', /treasurer/);
});

test('"for the quarter" refers back to the quarter the text named last; a sentence with its own quarter keeps it', () => {
  const find = drafted('Growth slows\nToday’s figures show modest growth in the Ruritanian economy in the September quarter.\n'
    + 'That growth was 0.2 per cent for the quarter.\nIn the June quarter, exports rose 1.1 per cent for the quarter.\n', '2005-12-07');
  assert.equal(find('0.2 per cent')?.asof, '2005-07..2005-09');
  assert.equal(find('1.1 per cent')?.asof, '2005-04..2005-06');
});

test('a lead under a byline and an agency line names the month its numbers are of ("their July recruiting goals")', () => {
  const find = drafted('Services Meet Recruiting Goals for 14th Straight Month\nBy Ann Writer\nRuritanian Forces Press Service\n'
    + 'WASHINGTON, Aug. 10, 2006 - All the services met or exceeded their July recruiting goals, defense officials announced today.\n'
    + 'The army exceeded its goal of 10,450 recruits; it signed up 10,890 new soldiers.\n', '2006-08-10');
  assert.equal(find('10,450')?.asof, '2006-07');
  assert.equal(find('10,890')?.asof, '2006-07');
});

test('a page\'s "First published:" line names no one: the report the text then cites states the list', () => {
  const find = drafted('Good progress on clean energy\nFirst published:\n7 December 2017\n'
    + 'The Energy Generation in Ruritania 2016 report estimates the sources of energy generation. The report shows:\n  • There are more than 67,000 renewable projects;\n', '2017-12-07');
  assert.match(find('more than 67,000')?.actor ?? '(none)', /report/);
});

test('a report\'s period named under a masthead line ("... Daily News 6th May" / "... figures released: ... declines in March 2021") dates its figures', () => {
  const find = drafted('Ruritanian Commission Daily News 6th May\nLatest farm trade figures released: farm trade declines in March 2021\n'
    + 'Farm exports fell by 11% compared to the year before, reaching a total value of €13.5 billion.\n', '2021-05-06');
  assert.equal(find('€13.5 billion')?.asof, '2021-03');
});

test('a minister\'s name under the headline with "Hon Dr" before it, and the office on the next line, makes the release his', () => {
  const find = drafted('$96m to further increase surgery rates\nHon Dr Ana Ruiz\nMinister of Health\n26 May 2016\n'
    + 'An extra $96 million over four years will ensure more people get surgery.\nThis year around 167,000 people will get surgery.\n', '2016-05-26');
  assert.match(find('around 167,000')?.actor ?? '(none)', /ruiz/);
});

test('a body whose name has no institution\'s word speaks in its release when the release prints its initials ("UK Research and Innovation" as "UKRI")', () => {
  const d = draftArticle(buildArticle('file:///w/u.claims.txt', '---\npublished: 2020-08-11\noutlet: "Ruritania Research and Innovation"\n---\n'
    + 'More research funding\nSeventeen new projects have been given early stage investment from RRI’s Places Fund.\nThe 17 consortia are spread across Ruritania.\n'), new DraftContext(readRegistry('')));
  assert.match(d.claims.find((c) => c.text === '17')?.actor ?? '(none)', /rri/);
});

test('the headline printed again under the author\'s name and office stays in no one\'s voice', () => {
  const find = drafted('$96m to further increase surgery rates\nHon Dr Ana Ruiz\nMinister of Health\n26 May 2016\n$96m to further increase surgery rates\n'
    + 'An extra $96 million over four years will ensure more people get surgery.\n', '2016-05-26');
  assert.match(find('$96 million')?.actor ?? '(none)', /ruiz/);
  assert.equal(find('$96m')?.actor, undefined);
});

test('words that name built-in object keys ("Constructors", "toString", "valueOf") draft like any other word, without a crash', () => {
  const registry = 'facts:\n  contract-value:\n    label: Dam modification contract awarded to constructors\n    unit: USD\n    kind: event\n';
  const find = drafted('Dam contract\nThe Bureau has awarded a $7.8 million contract to Moltz Constructors, Inc. The toString valueOf hasOwnProperty constructor prototype count rose 12 percent to 40 constructors.\n', '2012-10-16', registry);
  assert.ok(find('$7.8 million'));
  assert.ok(find('40'));
});
