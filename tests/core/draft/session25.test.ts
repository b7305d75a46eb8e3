// Drafting cases the twenty-fifth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted, draftedFromOutlet } from './drafted';

test('"The latest bulletin, covering the 3 months from July to September 2021": later figures with no time of their own are of that quarter', () => {
  const find = drafted('Solar output at a record\nSolar output reached a record high, according to data released today by the Energy Office.\n'
    + 'The latest Power Bulletin, covering the 3 months from July to September 2021, gives quarterly data on supply and demand.\n'
    + 'Solar generation rose 12.5% and wind generation fell 3.2%.\n', '2021-12-02');
  assert.equal(find('12.5%')?.asof, '2021-07..2021-09');
  assert.equal(find('3.2%')?.asof, '2021-07..2021-09');
});

test('"The yearly statistics ... cover the financial year to 30 June 2011": a count told later with no time is of that year', () => {
  const find = drafted('Burglaries fall\nBurglaries fell again, the Police Commissioner said today.\n'
    + 'The yearly statistics released today cover the financial year to 30 June 2011.\n'
    + 'Recorded burglaries fell 4.4 percent.\n', '2011-10-03');
  assert.equal(find('4.4 percent')?.asof, '2010-07..2011-06');
});

test('a period the text says a report does not cover lends nothing, nor one long before publication', () => {
  const find = drafted('Solar output at a record\nSolar output reached a record high, the Energy Office said.\n'
    + 'The archive, covering the 3 months from July to September 2015, is online.\nSolar generation rose 12.5%.\n', '2021-12-02');
  assert.equal(find('12.5%')?.asof, '2021-12-02');
});

test('"Area expected to be planted to barley is estimated at 2.1 million acres": no one expects, the release states it', () => {
  const find = drafted('Barley plantings down\nThe Farm Statistics Office released its acreage report today.\n'
    + 'Area expected to be planted to barley for 2022 is estimated at 2.1 million acres, down 3 percent from 2021.\n', '2022-06-30');
  assert.notEqual(find('2.1 million acres')?.actor, 'area');
  assert.notEqual(find('3 percent')?.actor, 'area');
});

test('a report named by its publisher\'s initials is the publisher\'s: "the latest analysis released in the ABCDE Farm Commodities report"', () => {
  for (const source of ['according to the latest analysis released in the ABCDE Farm Commodities report', 'according to the ABCDE Farm Commodities report', 'according to the latest ABCDE Farm Commodities report']) {
    const find = drafted(`Farm output up\nThe value of farm production is forecast to rise to $61.2 billion, ${source}.\n`, '2019-09-10');
    assert.equal(find('$61.2 billion')?.actor, 'abcde', source);
  }
  const country = drafted('Jobs\nEmployment rose by 0.4 per cent, according to the UK Labour Market Report.\n', '2019-09-10');
  assert.notEqual(country('0.4 per cent')?.actor, 'uk');
});

test('figures a speaker cites inside his closed quotation are his: "“Although the figures show ..., 12 per cent ...,” Dr Ruiz said."', () => {
  const find = drafted('Exports fall\nExports fell in the March quarter, Trade Minister Ana Ruiz said.\n'
    + '“Although the figures show the strong peso is beginning to affect exports, a large part of the 6.1 per cent drop was due to wine exports, which were down 12 per cent over the quarter,” Dr Ruiz said.\n', '2011-05-03');
  assert.equal(find('6.1 per cent')?.actor, 'ruiz');
  assert.equal(find('12 per cent')?.actor, 'ruiz');
});

test('the pronoun "us" is no registry fact\'s "us": "each of us to cut energy use by 18 percent" is not the US uninsured rate', () => {
  const registry = 'facts:\n  us-uninsured-rate:\n    label: Share of US residents without health insurance\n    unit: percent\n    kind: level\n';
  const find = drafted('Energy plan\nThe plan asks each of us to cut energy use by 18 percent by 2012, the minister said.\n', '2007-04-15', registry);
  assert.notEqual(find('18 percent')?.fact, 'us-uninsured-rate');
  const country = drafted('Insurance\nThe US uninsured rate fell to 9.1 percent, the survey found.\n', '2017-04-15', registry);
  assert.equal(country('9.1 percent')?.fact, 'us-uninsured-rate');
});

test('"and, adding upward revisions from May and June, saw a total of 210,000 jobs added" names no one adding', () => {
  const find = drafted('Jobs\nSecretary of Labor Maria Lopez today issued the following statement regarding the July jobs report:\n'
    + '"This month\'s strong jobs report exceeded expectations, with 164,000 jobs added in July and, adding upward revisions from May and June, saw a total of 210,000 jobs added to the economy."\n', '2019-08-02');
  for (const figure of ['164,000', '210,000']) assert.doesNotMatch(find(figure)?.actor ?? '(none)', /report|exceeded/);
});

test('"Secretary of Labor Ana Ortiz issued the following statement": her statement\'s unquoted lines are hers in a release that never names its department', () => {
  const labor = draftedFromOutlet('U.S. Department of Labor', 'Secretary Ortiz on March jobs\nWashington, DC - U.S. Secretary of Labor Ana Ortiz issued the following statement about the March 2016 Employment Situation report released today: “The economy added 215,000 new jobs. Here is a quick look back.”\nNearly 2.9 million jobs in 2015, the best year since 1999.\n');
  assert.equal(labor.claims.find((c) => c.text === 'Nearly 2.9 million')?.actor, 'ortiz');
  const commerce = draftedFromOutlet('U.S. Department of Commerce', 'Trade\nU.S. Secretary of Commerce Ana Ortiz issued the following statement on the February trade data: “Exports rose.”\nThe Commerce Department said exports supported 1.6 million jobs since 2010.\n');
  assert.notEqual(commerce.claims.find((c) => c.text === '1.6 million')?.actor, 'ortiz');
});

test('"Further information:" after a minister\'s statement ends it: the notes under it are not the minister\'s', () => {
  const d = draftedFromOutlet('Wales Office', 'Commenting on today’s labour market statistics for Wales, Welsh Secretary Ana Jones said:\n'
    + 'It is encouraging that unemployment has fallen over the year, and the Wales Office will keep working with employers.\n'
    + 'Further information:\n• Employment in Wales decreased by 6,000 over the quarter and increased by 21,000 over the year.\n');
  for (const figure of ['6,000', '21,000']) assert.notEqual(d.claims.find((c) => c.text === figure)?.actor, 'jones', figure);
});

test('a briefing transcript that opens "SECRETARY ORTIZ: Good afternoon." is hers in the paragraphs after', () => {
  const find = drafted('SECRETARY ORTIZ: Good afternoon. The news is good for workers.\nThe economy has created over 900,000 jobs in the second quarter of this year.\nThere are 7 million people still unemployed.\n', '1995-07-07');
  for (const figure of ['over 900,000', '7 million']) assert.equal(find(figure)?.actor, 'ortiz', figure);
});

test('"with U.S. exports forecast at $35 billion" names no source called "U.S. exports"', () => {
  const find = drafted('Farm exports\nThe department\'s trade forecast, released today, projects record farm exports.\nMexico is poised to be the top customer, with U.S. exports forecast at $27 billion, eclipsing the previous record of $21.6 billion.\n', '2021-05-27');
  for (const figure of ['$27 billion', '$21.6 billion']) assert.doesNotMatch(find(figure)?.actor ?? '(none)', /exports/);
});

test('"according to a recent article in NIOSH’s Weekly Safety Report" is NIOSH\'s', () => {
  const find = drafted('Injuries down\nWorkplace injuries fell to 2.8 percent in 2009, down from 3.1 percent in 2008, according to a recent article in NIOSH’s Weekly Safety Report.\n', '2010-11-10');
  assert.equal(find('3.1 percent')?.actor, 'niosh');
});

test('short lines with an arrow under a list\'s colon ("Lead (3-month average) ↓ 98 percent") are items: the intro\'s time and voice go on', () => {
  const d = draftedFromOutlet('U.S. Environmental Protection Agency', 'Air quality improves\nToday, the U.S. Environmental Protection Agency (EPA) released its annual air report.\n'
    + 'EPA’s report shows that between 1990 and 2015, national concentrations of air pollutants dropped:\nLead (3-month average) ↓ 98 percent\nCarbon monoxide (8-hour) ↓ 76 percent\n');
  for (const figure of ['98 percent', '76 percent']) {
    const claim = d.claims.find((c) => c.text === figure);
    assert.equal(claim?.asof, '1990..2015', figure);
    assert.match(claim?.actor ?? '(none)', /epa/, figure);
  }
});

test('a briefing transcript\'s capitals turns ("DANA LEE: Hi, good afternoon. ...") speak on through the paragraphs after, until the operator\'s', () => {
  const find = drafted('Telebriefing on injuries\nOPERATOR: Welcome. Thank you for standing by.\nMARK ROSS: Good afternoon, everyone. I am the branch chief.\n'
    + 'DANA LEE: Hi, good afternoon. Falls account for about 32,000 deaths each year.\nThey cost the economy $50 billion dollars.\nOPERATOR: Our first question comes from Ann Park.\n', '2016-01-10');
  for (const figure of ['about 32,000', '$50 billion dollars']) assert.equal(find(figure)?.actor, 'lee', figure);
  const radio = drafted('Olympics\nBOB SMITH: Welcome to our programme.\nFAITH JONES: Twenty-five medals were won.\nBOB SMITH: Three of them were gold.\n', '2010-03-01');
  assert.equal(radio('Twenty-five')?.actor, undefined);
});
