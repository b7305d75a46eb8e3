// Drafting cases the twenty-eighth session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';

test('"Wage figures released today by the Bureau show" is the Bureau\'s say, not "Wage"\'s', () => {
  const find = drafted('Pay holds up\nWage figures released today by the Statistics Bureau show that weekly pay rose 2.4 per cent in March.\n', '2014-04-17');
  assert.match(find('2.4 per cent')?.actor ?? '', /statistics-bureau/);
});

test('an outlet given short, "Stats Freedonia", speaks as the whole name its release prints, "Statistics Freedonia"', () => {
  const actor = actorsFrom('Stats Freedonia (media release)', 'Ferry Trips Up 4 Percent\nThere were 81,200 ferry trips in June, Statistics Freedonia said today.\nTrips by residents rose 3,100 on June last year.\n');
  assert.match(actor('3,100') ?? '', /statistics-freedonia/);
});

test('a release opening "Press Release" / "FOR IMMEDIATE RELEASE" / a day line has its title and lead after them: "year-to-date" counts from January to the report\'s month', () => {
  const find = drafted('Press Release\nFOR IMMEDIATE RELEASE\nMonday, April 13, 2015\nSecretary Hails Freight Growth\n'
    + 'The Secretary issued a statement on the February 2015 rail freight report. Today’s report shows that freight rose 6.2 percent to 41 million tons year-to-date (through February).\n'
    + '“Our grain exports are up 9 percent year-to-date,” he said.\n', '2015-04-13');
  assert.equal(find('6.2 percent')?.asof, '2015-01..2015-02');
  assert.equal(find('9 percent')?.asof, '2015-01..2015-02');
});

test('"year-to-date (through May)": the month May is no "may" of what lies ahead', () => {
  const find = drafted('Exports Keep Rising\nThe Secretary spoke on the May 2016 trade report. Exports rose 8.1 percent year-to-date (through May) over the same period in 2015.\n', '2016-07-07');
  assert.equal(find('8.1 percent')?.asof, '2016-01..2016-05');
});

test('"Remarks as Prepared for Secretary Jane Doe" and "REMARKS AS PREPARED FOR DELIVERY" over "U.S. SECRETARY OF LABOR JOHN Q. ROE" make the remarks theirs', () => {
  const first = drafted('Harbor Forum\nRemarks as Prepared for Secretary Jane Doe\nThank you all. Our ports moved about 40 percent more cargo than a decade ago.\n', '2008-05-02');
  assert.match(first('about 40 percent')?.actor ?? '', /doe/);
  const second = drafted('REMARKS AS PREPARED FOR DELIVERY\nU.S. SECRETARY OF LABOR JOHN Q. ROE\nNATIONAL JOBS SUMMIT\nThank you. We trained more than 600,000 workers last year.\n', '2004-03-09');
  assert.match(second('more than 600,000')?.actor ?? '', /roe/);
});

test('a "Press Briefing by ..." transcript: "DR. LEE: ..." turns in capitals are the speakers\', with no question turn in the text', () => {
  const find = drafted('Press Briefing by the Flood Response Team\nMR. PARK: Good afternoon. Over to Dr. Lee.\nDR. LEE: Thank you. I will start with the data.\nThe seven-day average of rescues is about 310 per day.\n', '2022-03-01');
  assert.match(find('about 310 per day')?.actor ?? '', /lee/);
});

test('"IN THIS ISSUE:" on a line of its own is a heading, no speaker\'s turn', () => {
  const find = drafted('FERRY BOARD WEEKLY REPORT\nIN THIS ISSUE:\n1) Board approves 14 new routes\nThe board approved 14 new routes on Monday.\n', '2003-06-12');
  assert.doesNotMatch(find('14')?.actor ?? '', /issue/);
});

test('"Via Teleconference" over one "MR. PARK: ..." turn: the stored part of a briefing may hold one turn only, and it is his', () => {
  const find = drafted('Via Teleconference\n10:02 A.M. EDT\nMR. PARK: Good morning. Thanks for joining us.\nIn May, the state had more than 4,200 flood claims.\n', '2021-06-10');
  assert.match(find('more than 4,200')?.actor ?? '', /park/);
});

test('an outlet given whole, "Statistics Freedonia", speaks as the short form its release prints, "Stats Freedonia"', () => {
  const actor = actorsFrom('Statistics Freedonia (media release)', 'Ferry Trips Up\nFerry trips rose 4 percent in June, Stats Freedonia said today.\nTrips by residents rose 3,100 on June last year.\n');
  assert.ok(actor('4 percent'));
  assert.equal(actor('3,100'), actor('4 percent'));
});

test('a minister\'s "Doorstop Perth" transcript: one "MINISTER LEE: ..." turn is the minister\'s', () => {
  const find = drafted('Doorstop Perth\nMINISTER LEE: Well, today we have seen the release of the labour figures. The economy created almost 21,000 jobs.\n', '2019-10-17');
  assert.match(find('almost 21,000')?.actor ?? '', /lee/);
});

test('"The August figures also show" names no source "August": a month\'s figures are no one\'s name', () => {
  const find = drafted('Jobs Up Again\nThe ABS released the labour force figures today. The August figures also show that employment rose by 21,000.\n', '2019-09-19');
  assert.doesNotMatch(find('21,000')?.actor ?? '', /august/);
});

test('an outlet "Statistics Freedonia media release" is Statistics Freedonia\'s voice: "media release" is the kind of page, no part of its name', () => {
  const actor = actorsFrom('Statistics Freedonia media release', 'Ferry Trips Up\nFerry trips rose 4 percent in June, Statistics Freedonia said today.\nTrips by residents rose 3,100.\n');
  assert.match(actor('3,100') ?? '', /statistics-freedonia/);
});

test('a dateline ending in "--", "SPRINGFIELD, Oct. 14 /PRNewswire/ -- Secretary Ann Lee today announced 76 grants", breaks before the source', () => {
  const find = drafted('Grants For Clinics\nSPRINGFIELD, Oct. 14 /PRNewswire/ -- Health Secretary Ann Lee today announced 76 new clinic grants.\n', '2004-10-14');
  assert.match(find('76')?.actor ?? '', /lee/);
});

test('"according to the BJS report on probation and parole" is BJS\'s say, what the report is on no part of the name', () => {
  const find = drafted('Prisons Fill\nThe prison population was 1,421,911 in 2004, according to the FSB report on probation and parole.\n', '2005-07-24');
  assert.equal(find('1,421,911')?.actor, 'fsb');
});

test('"New monthly unemployment estimates from FSO confirm ...": "estimates" before "from" is the data, FSO its source (the registry\'s, not a new "from FSO")', () => {
  const find = drafted('Jobless rate down\nThe minister welcomed the figures. New monthly unemployment estimates from FSO confirm the rate has fallen to 9.8%.\n', '2015-06-03',
    'actors:\n  fso:\n    name: Freedonia Statistics Office\n    aliases: [FSO]\n    kind: organization\n');
  assert.equal(find('9.8%')?.actor, 'fso');
});

test('an official\'s byline on the first line of a copy that kept no headline, "By Ann Lee, Federal Transport Minister", makes the piece hers', () => {
  const find = drafted('By Ann Lee, Federal Transport Minister\nIn the past 45 years we have cut the road toll by more than 2500 deaths a year.\nOur plan will help us do more.\n', '2016-03-20');
  assert.match(find('more than 2500 deaths a year')?.actor ?? find('more than 2500')?.actor ?? '', /lee/);
});

test('"ISD Scotland", "NHS Scotland" and "Transport Scotland" are three institutions, not one person "Scotland"', () => {
  const find = drafted('Waits fall\nFigures published today by ISD Scotland show that 99.7 per cent of patients waited less.\nNHS Scotland said 412 beds were added. Transport Scotland reported 1.2 million journeys.\n', '2008-05-27');
  assert.equal(find('99.7 per cent')?.actor, 'isd-scotland');
  assert.notEqual(find('412')?.actor, find('99.7 per cent')?.actor);
});

test('"These figures out today clearly show ..." inside a minister\'s quotation names no new actor: the quotation is hers', () => {
  const find = drafted('Waits\nHealth Minister Ann Lee said:\n“The 18 weeks target is the next challenge for us. These figures out today clearly show that we are well placed.”\n', '2008-05-27');
  assert.match(find('18 weeks')?.actor ?? '', /lee/);
});

test('an outlet "Office for Ferry Safety and Prevention" speaks as "OFS", the initials of its opening words the text prints', () => {
  const actor = actorsFrom('Office for Ferry Safety and Prevention', 'Ferry injuries fall\nOFS analyzed the data for the season.\nInjuries fell 12 percent.\n');
  assert.equal(actor('12 percent'), 'ofs');
});

test('the last item of a bracketed list, "Korea (up 5,200).", takes the month its colon\'s line names, as the items before it do', () => {
  const find = drafted('Visitor arrivals\nVisitor arrivals rose in the March 2019 month. The biggest changes were in arrivals from:\nAustralia (up 9,300)\nKorea (down 5,200).\n', '2019-05-14');
  assert.equal(find('9,300')?.asof, '2019-03');
  assert.equal(find('5,200')?.asof, '2019-03');
});
