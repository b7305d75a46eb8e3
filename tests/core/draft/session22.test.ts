// Drafting cases the twenty-second session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted, draftedFromOutlet } from './drafted';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

test('a change "from 2016" in a sentence that names its later year runs from one to the other', () => {
  const find = drafted('Ruritanian cafes reported $3.2 billion in revenue in 2018, up 11.5% from 2016. '
    + 'Bakeries reported $1.1 billion in 2018, up 2.3% from 2017.\n', '2020-02-11');
  assert.equal(find('$3.2 billion')?.asof, '2018');
  assert.equal(find('11.5%')?.asof, '2016..2018');
  assert.equal(find('2.3%')?.asof, '2017..2018');
});

test('a change "from 2013" with no later year named keeps the year after its base', () => {
  const find = drafted('Wheat output is forecast at 2.1 billion bushels, up 4 percent from 2013.\n', '2014-08-12');
  assert.equal(find('4 percent')?.asof, '2014');
});

test('"the last year this survey was run" is no time: the change keeps its two printed years', () => {
  const find = drafted('Households gave $640 to charity in 2019, up 6.2% from 2017—the last year this survey was run.\n', '2021-01-22');
  assert.equal(find('6.2%')?.asof, '2017..2019');
});

test('a transcript\'s speaker turns: "Name (Title): ..." and the paragraphs after it are that speaker\'s', () => {
  const find = drafted('Ruritania Parks Service press briefing\nAnna Bell (Press Officer): Good morning and welcome, everyone.\n'
    + 'Tom Greaves (Parks Director): Thanks, Anna. We welcomed 4.2 million visitors this summer.\n'
    + 'One more thing. There are 312 rangers on duty this week.\n'
    + 'Lucy Marsh (Deputy Director, Trails): Thank you. Crews repaired 86 miles of trail.\n', '2024-09-12');
  assert.match(find('4.2 million')?.actor ?? '(none)', /greaves/);
  assert.match(find('312')?.actor ?? '(none)', /greaves/);
  assert.match(find('86 miles')?.actor ?? '(none)', /marsh/);
});

test('a radio script\'s "NAME: “...”" turn is the speaker\'s for its paragraph only', () => {
  const find = drafted('Reading habits online\nThe announcer reads a report on reading habits.\n'
    + 'MARTA VOLKOVA: “Readers are moving to phones. About one in three of our readers now reads only on a phone.”\n'
    + 'Sixty percent of people read news every day.\n', '2012-03-02');
  assert.match(find('About one in three')?.actor ?? '(none)', /volkova/);
  assert.doesNotMatch(find('Sixty percent')?.actor ?? '(none)', /volkova/);
});

test('a single bracketed heading with a colon is no speaker turn', () => {
  const find = drafted('Housing report\nBuilding Permits (Seasonally Adjusted): permits were 1,311,000 in May.\n', '2018-06-19');
  assert.doesNotMatch(find('1,311,000')?.actor ?? '(none)', /building/);
});

test('"since 2002, when 82 percent ..." dates the figure of the "when" clause to that year', () => {
  const find = drafted('The share of trains on time has fallen every year since 2011, when 91 percent of trains ran on time. '
    + 'In 2015 the share fell to 84 percent.\n', '2016-03-02');
  assert.equal(find('91 percent')?.asof, '2011');
  assert.equal(find('84 percent')?.asof, '2015');
});

test('"in 2012 dollars" is a price base, not the time of the figure', () => {
  const find = drafted('The storm cost the region $4.1 billion in 2012 dollars, the agency said on Tuesday.\n', '2014-05-14');
  assert.notEqual(find('$4.1 billion')?.asof, '2012');
});

test('"jobless claims", "insurance claims" and "disability claims" are nouns, no one claiming', () => {
  const find = drafted('Insurance claims topped $4 billion after the storm. Unemployment claims fell to 210,000 last week.\n'
    + 'The agency has cut its backlog to 344,000 while improving the decisions being made on disability claims.\n', '2014-04-01');
  assert.doesNotMatch(find('$4 billion')?.actor ?? '(none)', /insurance/);
  assert.doesNotMatch(find('210,000')?.actor ?? '(none)', /unemployment/);
  assert.doesNotMatch(find('344,000')?.actor ?? '(none)', /disability|made/);
});

test('a transcript\'s "NAME:" line of its own opens that speaker\'s turn; "On Tuesday:" is no speaker', () => {
  const find = drafted('Press conference, Perth\nANNA KOWALCZYK:\nNew data came out this morning. Wages rose 3.1 per cent over the year.\n'
    + 'JOURNALIST:\nWhat about rents?\nANNA KOWALCZYK:\nRents rose 6.4 per cent.\n', '2023-08-16');
  assert.match(find('3.1 per cent')?.actor ?? '(none)', /kowalczyk/);
  assert.match(find('6.4 per cent')?.actor ?? '(none)', /kowalczyk/);
  const market = drafted('Stocks slide\nOn Tuesday:\nThe index fell 41.2 points to 4,201.09.\n', '2022-05-11');
  assert.doesNotMatch(market('4,201.09')?.actor ?? '(none)', /tuesday/);
});

test('a Eurostat release that names Eurostat speaks in its voice where no one else is named', () => {
  const d = draftedFromOutlet('Eurostat', 'Euro area unemployment at 6.4%\nThe euro area seasonally-adjusted unemployment rate was 6.4% in January 2025, according to a flash '
    + 'estimate from Eurostat, the statistical office of the European Union.\nAmong the Member States, the lowest rates were recorded in Malta (2.9%) and Czechia (3.0%).\n');
  assert.match(d.claims.find((c) => c.text === '2.9%')?.actor ?? '(none)', /eurostat/);
});

test('a name on its own line under the headline with an office on the next makes the text that official\'s', () => {
  const find = drafted('Remarks: 2016 Road Safety Summit\nJane Q. Harlow, Ph.D.\nAdministrator, Ruritanian Road Safety Agency\nMonday, March 14, 2016\n'
    + 'Good morning. Seat belt use reached 89 percent in 2015.\n', '2016-03-14');
  assert.match(find('89 percent')?.actor ?? '(none)', /harlow/);
  const news = drafted('Seat belt use hits record\nJane Harlow\nStaff reporter\nSeat belt use reached 89 percent in 2015.\n', '2016-03-14');
  assert.doesNotMatch(news('89 percent')?.actor ?? '(none)', /harlow/);
});

test('"Today\'s ABS labour force figures" and "Latest BLS data" are the publisher\'s, named by its initials', () => {
  const find = drafted('Jobs\nToday\'s ABS labour force figures show the jobless rate fell to 4.9 per cent. Latest BLS data show wages rose 3.1 percent.\n', '2019-02-21');
  assert.equal(find('4.9 per cent')?.actor, 'abs');
  assert.equal(find('3.1 percent')?.actor, 'bls');
});

test('in a forecast\'s sentence, a month after a compared figure ("down from 2.2% in August") lies behind', () => {
  const find = drafted('Ruritania annual inflation is expected to be 1.9% in October 2024, down from 2.3% in September, according to a flash estimate.\n', '2024-11-01');
  assert.equal(find('2.3%')?.asof, '2024-09');
});

test('an office line under the name may open on a stray dot; an institution\'s post bylined "By: Name" with "we" is the official\'s', () => {
  const find = drafted('Jobless rate steady\nThe Hon Ann Carver MP\n.Acting Minister for Employment\nThe jobless rate held at 5.4 per cent.\n', '2013-01-10');
  assert.match(find('5.4 per cent')?.actor ?? '(none)', /carver/);
  const post = draftedFromOutlet('Ruritania Department of the Treasury', 'Treasury Notes\nWinding down the bank rescue\nBy: Paul R. Ostrander\n'
    + 'Our rescue worked. To date, we have recovered 93 percent of the funds we disbursed.\n');
  assert.match(post.claims.find((c) => c.text === '93 percent')?.actor ?? '(none)', /ostrander/);
  const news = draftedFromOutlet('Ruritania Herald', 'Bank rescue winds down\nBy: Paul R. Ostrander\nOur readers asked. We found the state has recovered 93 percent of the funds.\n');
  assert.doesNotMatch(news.claims.find((c) => c.text === '93 percent')?.actor ?? '(none)', /ostrander/);
});

test('a part told with its whole ("$3.1 billion of their $4.2 billion ... during 2019") takes the whole\'s time', () => {
  const find = drafted('The Board on Thursday announced that the regional banks paid about $3.1 billion of their $4.2 billion total income to the Treasury during 2019.\n', '2020-01-09');
  assert.equal(find('about $3.1 billion')?.asof, '2019');
  assert.equal(find('$4.2 billion')?.asof, '2019');
});

test('"U.S. Department of the Interior" is not the "U.S. Department of Labor" a workspace met first', () => {
  const ctx = new DraftContext(readRegistry(''));
  const labor = ctx.actors.resolve('U.S. Department of Labor');
  const interior = ctx.actors.resolve('U.S. DEPARTMENT OF THE INTERIOR');
  assert.notEqual(interior.id, labor.id);
  assert.equal(ctx.actors.resolve('the Labor Department').id, labor.id);
  // (nor is the Department of Commerce met after the Interior, whose key once lost its "Interior")
  const commerce = ctx.actors.resolve('U.S. Department of Commerce');
  assert.notEqual(commerce.id, interior.id);
  assert.equal(ctx.actors.resolve('the Interior Department').id, interior.id);
});

test('"The Board on Friday announced preliminary results indicating that ..." gives the figures to the Board', () => {
  const find = drafted('Board announces bank income\nThe Ruritania Reserve Board on Friday announced preliminary results indicating that the regional banks paid about $31.2 billion to the Treasury.\n', '2021-01-08');
  assert.match(find('about $31.2 billion')?.actor ?? '(none)', /ruritania-reserve-board/);
});

test('"a new report released today from the Bureau" is the Bureau\'s; a "Statement of X Commissioner ..." under a note is X\'s', () => {
  const find = drafted('Broadband use rises\nAbout 81.2 percent of homes had broadband last year, according to a new report released today from the Ruritania Statistics Bureau.\n', '2015-11-12');
  assert.match(find('About 81.2 percent')?.actor ?? '(none)', /ruritania-statistics-bureau/);
  const statement = drafted('Advance copies of this statement are embargoed until 8:30 a.m.\nStatement of Maria Lund Commissioner Bureau of Labor Data before the Joint Committee Friday, July 8, 2011\n'
    + 'Madam Chair: Thank you. Payroll employment rose by 18,000 in June.\n', '2011-07-08');
  assert.match(statement('18,000')?.actor ?? '(none)', /lund/);
});

test('undated, an edition\'s year the headline and the lead both print dates the text', () => {
  const d = draftArticle(buildArticle('file:///w/u.claims.txt', 'Ruritania Fraud Data Book 2019: Snapshot\nRuritania Fraud Data Book 2019 Snapshot. 3.1 million reports.\nOf 1.4 million fraud reports, 23% reported a loss.\n'), new DraftContext(readRegistry('')));
  assert.equal(d.claims.find((c) => c.text === '23%')?.asof, '2019');
});

test('a name as the page\'s first line over an office voices the note; "As the Prime Minister noted," opens the voice\'s own words', () => {
  const find = drafted('Anna Rye\nDeputy Prime Minister and Treasurer\n12 March 2012\nTreasurer\'s economic note\n'
    + 'As the Prime Minister noted during the week, since we came to office, around 420,000 jobs have been created.\n', '2012-03-12');
  assert.match(find('around 420,000')?.actor ?? '(none)', /rye/);
});

test('"Borrowing is forecast to fall from £130.1 billion" names no forecaster called "Borrowing"', () => {
  const find = drafted('Public finances\n- Borrowing is forecast to fall from £130.1 billion in 2022-23 to £35.0 billion by 2028-29.\n', '2024-01-23');
  assert.doesNotMatch(find('£130.1 billion')?.actor ?? '(none)', /borrowing/);
});

test('a title ending "- Speaking points of Commissioner X" makes the text X\'s', () => {
  const find = drafted('Ruritanian Commission - Statement\nJobs review 2016 - Speaking points of Commissioner Eva Lindqvist\nBrussels, 11 May 2016\n'
    + 'The unemployment rate has been decreasing to 8.7% in March 2016.\n', '2016-05-11');
  assert.match(find('8.7%')?.actor ?? '(none)', /lindqvist/);
});

test('"Extracts from the press conference by X, ..." makes the text X\'s', () => {
  const find = drafted('Extracts from the press conference by Anna Rehm, the spring economic forecasts for 2014-2016\nOn 5 May 2014, Anna Rehm gave a press conference. Growth in the EU is expected at 1.6% this year.\n', '2014-05-05');
  assert.match(find('1.6%')?.actor ?? '(none)', /rehm/);
});
