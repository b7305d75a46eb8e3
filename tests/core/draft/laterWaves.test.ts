// Drafting cases the sixteenth and later waves' dev errors showed (Wikinews and VOA stories), in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { latestStatedDate } from '../../../server/src/core/draft/weekdayDate';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

const published = '2026-04-25';
function draftOf(body: string, day = published) {
  const find = drafted(body, day);
  const claim = (figure: string) => { const c = find(figure); assert.ok(c, `"${figure}" is drafted`); return c; };
  return { claim, asof: (figure: string) => claim(figure).asof ?? day };
}

test('an election day named only after the figure\'s paragraph is background, not the day of its shares', () => {
  const rerun = 'Count\nWith nearly all votes counted, unofficial results show the mayor leading with 52%.\nThe new vote replaced the results of the runoff held on March 22, 2026, which observers called unfair.\n';
  assert.equal(draftOf(rerun).asof('52%'), published);
  // (named before, or in the figure's own paragraph, it is the shares' day)
  const before = 'Count\nVoters went to the polls on March 22, 2026.\nWith nearly all votes counted, the mayor led with 52%.\n';
  assert.equal(draftOf(before).asof('52%'), '2026-03-22');
});

test('a storm\'s winds and surge hold for the day it made landfall, not the day they were reported', () => {
  const story = 'Typhoon\nThe storm made landfall Thursday morning, the agency said.\nThe 250-kilometer-per-hour winds of the typhoon tore roofs off homes.\nThe town suffered a storm surge about four meters high.\nAt least 40 people were killed.\n';
  const { asof } = draftOf(story);
  assert.equal(asof('250-kilometer-per-hour'), '2026-04-23');
  assert.equal(asof('about four meters'), '2026-04-23');
  // (what it did is counted as of the report: a toll, not a measure of the storm)
  assert.equal(asof('At least 40'), published);
});

test('a change after a comma is its sentence subject\'s: two crops up by the same share are two facts', () => {
  const corn = draftOf('Crops\nCorn production is forecast at 14.4 billion bushels, up 3 percent from the August forecast.\n').claim('3 percent').fact;
  const soy = draftOf('Crops\nSoybean production is forecast at 3.91 billion bushels, up 3 percent from August.\n').claim('3 percent').fact;
  assert.match(corn, /corn/);
  assert.match(soy, /soybean/);
});

test('"Holcomb pointed to ... $500 million": who points to a figure cites it', () => {
  const { claim } = draftOf('Budget\nGov. Eric Holcomb pointed to provisions such as $500 million toward new grants.\n');
  assert.match(claim('$500 million').actor ?? '', /holcomb/);
});

test('an own-voice paragraph right before one whose source "also" reports is that source\'s', () => {
  const story = 'Jobs\nThe unemployment rate fell to 4.5 percent in March.\nFriday\'s report from the Labor Department also said the economy added 98,000 jobs.\n';
  assert.match(draftOf(story).claim('4.5 percent').actor ?? '', /labor/);
  // (without "also", the lead stays in the article's own voice)
  const plain = 'Jobs\nThe unemployment rate fell to 4.5 percent in March.\nFriday\'s report from the Labor Department said the economy added 98,000 jobs.\n';
  assert.equal(draftOf(plain).claim('4.5 percent').actor, undefined);
});

test('"rose by 31,000 last week to a total of 313,000": the level reached holds for the change\'s time', () => {
  const { asof } = draftOf('Claims\nNew applications for jobless benefits rose by 31,000 last week to a nationwide total of 313,000.\n');
  assert.equal(asof('313,000'), asof('31,000'));
  assert.notEqual(asof('313,000'), published);
  // (a change from one time to another is not: "from 562,000 today to 490,000 by 2017")
  assert.equal(draftOf('Army\nThe Army would shrink from 562,000 soldiers today to 490,000 by 2017.\n').asof('490,000'), '2017');
});

test('"the last few months of 2014" and "the final quarter of 2014" are its last three months', () => {
  const { asof } = draftOf('Growth\nEconomists predict the economy grew at a 2.1 percent annual rate in the last few months of 2014.\n');
  assert.equal(asof('2.1 percent'), '2014-10..2014-12');
  assert.equal(draftOf('Sales\nSales rose 4 percent in the final quarter of 2014.\n').asof('4 percent'), '2014-10..2014-12');
});

test('"7.2 million people out of work": "out" ends the counted noun, so the registry\'s unemployed persons fit', () => {
  const registry = 'facts:\n  us-unemployed-persons:\n    label: Number of unemployed persons in the US, by month\n    unit: people\n    kind: level\n';
  const find = drafted('Jobs\nWhile the report shows that the number of unemployed Americans fell, there are still 7.2 million people out of work across the country.\n', published, registry);
  assert.equal(find('7.2 million')?.fact, 'us-unemployed-persons');
});

test('"The government said Tuesday that ...": a bare weekday before "that" keeps the report going on in the next sentence', () => {
  const { claim } = draftOf('Poverty\nThe government said Tuesday that 46 million people live in poverty. The poverty line is set at $23,550 for a family.\n');
  assert.equal(claim('$23,550').actor, claim('46 million').actor);
  assert.notEqual(claim('$23,550').actor, undefined);
});

test('a figure compared with the year two before publication is the year after it ("unchanged from 2011", published 2013)', () => {
  const { asof } = draftOf('Poverty\nThe government said that the 15 percent poverty rate, virtually unchanged from 2011, means 46 million people are poor.\n', '2013-09-17');
  assert.equal(asof('15 percent'), '2012');
  assert.equal(draftOf('Crops\nCorn production is forecast at 14.4 billion bushels, up 3 percent from 2013.\n', '2014-09-11').asof('3 percent'), '2014');
});

test('"in Fiscal Year (FY) 2010" in a Justice Department release is October 2009 to September 2010', () => {
  const { asof } = draftOf('Collections\nThe Department of Justice said the office collected $15.4 million in Fiscal Year (FY) 2010.\nIt collected $2.8 billion IN FISCAL YEAR 2010, the department said.\n', '2010-12-15');
  assert.equal(asof('$15.4 million'), '2009-10..2010-09');
  assert.equal(asof('$2.8 billion'), '2009-10..2010-09');
});

test('a leading "according to" a report goes on through its paragraph; one to a person or outlet speaks for its sentence only', () => {
  const { claim } = draftOf('Phones\nAccording to the latest Ericsson Mobility Report, subscriptions will grow to 1.37 billion by 2021. In the first quarter, India added 21 million new subscribers.\n');
  assert.equal(claim('21 million').actor, claim('1.37 billion').actor);
  assert.notEqual(claim('21 million').actor, undefined);
  const media = draftOf('Quakes\nAccording to state media, a quake killed at least 15,000 people in 1970. In 2008, a quake in Sichuan killed almost 70,000 people.\n');
  assert.equal(media.claim('almost 70,000').actor, undefined);
});

test('"X released a report ..., estimating that ...": the report estimates, for its sentence only', () => {
  const { claim } = draftOf('Oil\nThe Department of the Interior today released a U.S. Geological Survey report on the public lands of the U.S., estimating that there are 29.4 billion barrels of oil.\nIf produced, that would be enough oil for 4 years.\n');
  assert.match(claim('29.4 billion barrels').actor ?? '', /geological|usgs/);
  assert.equal(claim('4 years').actor, undefined);
});

test('"the proposed budget" is a budget request, so the registry\'s request fits it', () => {
  const registry = 'facts:\n  dod-budget-request:\n    label: The president\'s budget request for the U.S. Defense Department for a fiscal year\n    unit: US dollars\n    kind: level\n';
  const find = drafted('Shanahan Backs Proposed Military Budget\nThe president’s proposed budget for the Defense Department should be based on the strategy, Acting Defense Secretary Patrick M. Shanahan told representatives.\nShanahan and Gen. Joe Dunford appeared together before the committee to back the proposed budget of more than $718 billion for the military.\n', published, registry);
  assert.equal(find('more than $718 billion')?.fact, 'dod-budget-request');
});

test('GOV.UK: the paragraphs after "X said:" are X\'s, "today\'s figures show" in them too, until another source speaks', () => {
  const story = 'Trade\nInternational Trade Secretary Dr Liam Fox MP said:\nToday’s trade figures show the trade deficit narrowed by £6.7 billion.\nThe growth was driven by services, with exports rising by 7.5%.\nThe figures follow separate analysis released by HMRC which found the number of exporters is at 109,000.\nThe figures also reveal:\nexports of goods from England increased by 6.5%\n';
  const { claim } = draftOf(story);
  assert.match(claim('£6.7 billion').actor ?? '', /fox/);
  assert.match(claim('7.5%').actor ?? '', /fox/);
  assert.match(claim('109,000').actor ?? '', /hmrc/);
  assert.match(claim('6.5%').actor ?? '', /hmrc/);
});

test('"to the end of April 2018 compared to the same time last year" is the twelve months to April, and the report\'s period', () => {
  const story = 'Dr Fox on latest trade figures\nAccording to the latest statistics, UK exports rose to £625.4 billion to the end of April 2018 compared to the same time last year.\nGoods exports also rose strongly by 7.4% to £342.8 billion.\n';
  const { asof } = draftOf(story, '2018-06-11');
  assert.equal(asof('£625.4 billion'), '2017-05..2018-04');
  assert.equal(asof('£342.8 billion'), '2017-05..2018-04');
});

test('"similar to August 2011 and May 2010": times a figure is compared with are not its own', () => {
  assert.equal(draftOf('Waits\nThe average wait to start treatment is stable at 8.3 weeks, similar to August 2011 and May 2010.\n').asof('8.3 weeks'), published);
});

test('"The Environment Agency recently published its weekly drought update": the agency speaks for the text', () => {
  const { claim } = draftOf('Drought\nThe Environment Agency recently published its weekly drought update.\nIn the areas with restrictions, around 50 per cent of the public water supply comes from groundwater.\n');
  assert.match(claim('around 50 per cent').actor ?? '', /environment-agency/);
});

test('an announcement closing its sentence goes on in the next sentences of its paragraph; a "said" does not', () => {
  const { claim } = draftOf('Potholes\nCouncils will be given more than £100 million to repair potholes, Transport Secretary Philip Hammond announced today. The funding is in addition to the £831 million already provided.\n');
  assert.match(claim('£831 million').actor ?? '', /hammond/);
  const said = draftOf('Potholes\nCouncils will be given more than £100 million to repair potholes, Transport Secretary Philip Hammond said today. The funding is in addition to the £831 million already provided.\n');
  assert.equal(said.claim('£831 million').actor, undefined);
});

test('"According to the latest independent statistics, released by the ONS, ...": who released them is the source', () => {
  const { claim } = draftOf('Trade\nThe latest figures show the deficit narrowing.\nAccording to the latest independent statistics, released by the ONS on Monday, UK exports rose 7.4% to £625.4 billion.\n');
  assert.match(claim('7.4%').actor ?? '', /ons/);
});

test('a lead "According to the latest statistics, released by the ONS, ..." makes the ONS the voice of the release', () => {
  const { claim } = draftOf('Trade figures\nAccording to the latest independent statistics, released by the ONS on Monday, UK exports rose 7.4% to £625.4 billion.\nThe trade deficit narrowed by £6.7 billion.\n');
  assert.match(claim('£6.7 billion').actor ?? '', /ons/);
});

test('a forecast in one paragraph puts no other paragraph\'s dates ahead (an election held on February 11 was this year\'s)', () => {
  const story = 'Primary\nIn New Hampshire, a primary election was held on February 11. Sanders won it with 25.7% of the vote.\nThe party is expected to hold its next primary on March 3.\n';
  assert.equal(draftOf(story, '2020-02-23').asof('25.7%'), '2020-02-11');
});

test('a sentence opened by its day that tells who won the caucuses names election day; a running total stays the report\'s', () => {
  const story = 'Caucuses\nYesterday, Senator Ann Lee won the party\'s Ohio caucuses. The party uses caucuses to pick its nominee.\nShe received about 52% of the votes, for a running total of 60 delegates.\n';
  const { asof } = draftOf(story);
  assert.equal(asof('about 52%'), '2026-04-24');
  assert.equal(asof('60'), published);
  // ("caucuses were held on April 3": the vote named with its day)
  assert.equal(draftOf('Caucuses\nIn Ohio, caucuses were held on April 3.\nLee received 41% of the votes.\n').asof('41%'), '2026-04-03');
});

test('the day a release came out dates the release, not the change it reports', () => {
  const story = 'Trade\nAccording to the latest statistics, released by the ONS on Monday, 20 April, exports rose 7.4% (£43.3 billion) to £625.4 billion to the end of March 2026 compared to the same time last year.\n';
  const { asof } = draftOf(story);
  assert.equal(asof('7.4%'), asof('£625.4 billion'));
  assert.notEqual(asof('7.4%'), '2026-04-20');
});

test('a date set off between a source and its verb leaves the source speaking ("Neven Mimica, on June 25 announced")', () => {
  const { claim } = draftOf('Aid\nCommissioner for Development, Neven Mimica, on April 24 announced support worth €100 million for Nepal.\nJohn Smith, on Monday, said 40 people had died.\n');
  assert.match(claim('€100 million').actor ?? '', /mimica/);
  assert.match(claim('40').actor ?? '', /smith/);
});

test('"so far" and "to date" end a counted noun: the nine named storms so far are the nine named storms to date', () => {
  const find = draftOf('Storms\nThe season has a record nine named storms so far and may be one of the busiest. The outlook calls for 19-25 named storms, of which 12 have names.\nThe outlook, issued today, includes the nine named storms to date.\n').claim;
  assert.equal(find('nine').fact, 'named-storms');
});

test('"It says" before any source spoke is the institution named as a subject earlier in the paragraph', () => {
  const { claim } = draftOf('Pensions\nThe Pension Benefit Guarantee Corporation protects the pensions of workers. The federal agency takes control of troubled plans. It says the plans have a total deficit of more than $16 billion.\n');
  assert.equal(claim('more than $16 billion').actor, 'pension-benefit-guarantee-corporation');
});

test('"as per" a source is "according to" it, a web address among sources; "as per usual" names none', () => {
  const { claim } = draftOf('Goals\nOnly last season saw more, with 8.3% of goals coming after the 90-minute mark (as per theanalyst.com). As per usual, 40 fans stayed late.\n');
  assert.match(claim('8.3%').actor ?? '', /theanalyst/);
  assert.equal(claim('40').actor, undefined);
});

test('"President Obama\'s announcement that ... 34,000": an announcement, forecast or projection is its owner\'s, as an estimate is', () => {
  const { claim } = draftOf('Troops\nThe minister welcomed President Obama\'s announcement that US troop numbers will be reduced by 34,000 by next year.\n');
  assert.match(claim('34,000').actor ?? '', /obama/);
});

test('an apposition of up to twelve words leaves its name the source ("Ma Hao, a college student who volunteered for the rescue operations, told")', () => {
  const { claim } = draftOf('Quake\n"It is a shame," Ma Hao, a college student who volunteered for the rescue operations, told the news agency, adding that he had helped pull at least 40 injured people from buildings.\n');
  assert.match(claim('at least 40').actor ?? '', /hao/);
});

test('a time past a clause with a figure of its own dates that figure; what is "current" holds when it is said', () => {
  const { asof } = draftOf('Economy\nConsumer spending accounts for about 70 percent of the economy, and the government said it surged 3.4 percent in the first quarter.\nForces will reduce from the current 9,000 to around 5,200 by the end of this year.\n');
  assert.equal(asof('about 70 percent'), published);
  assert.equal(asof('3.4 percent'), '2026-01..2026-03');
  assert.equal(asof('9,000'), published);
  // (a change and the level it reached share their time: one clause)
  assert.equal(draftOf('Sales\nRevenue rose 5% to $3.2 billion in the first quarter.\n').asof('5%'), '2026-01..2026-03');
});

test('"the June quarter", "the September 2003 quarter" are the three months that end with that month; moved from, the quarter before', () => {
  const { asof } = draftOf('Jobs\nFor the September 2025 quarter the unemployment rate stands at 4.4 percent.\nThe number of unemployed fell 8.5% in the March quarter, from 86,000 to 79,000.\n');
  assert.equal(asof('4.4 percent'), '2025-07..2025-09');
  assert.equal(asof('79,000'), '2026-01..2026-03');
  assert.equal(asof('86,000'), '2025-10..2025-12');
  // ("In June half the staff left": no quarter named)
  assert.notEqual(draftOf('Staff\nIn March half the staff, 40 people, left.\n').asof('40'), '2026-01..2026-03');
});

test('"New Zealand", "European Union", "United Nations" are the "nz", "eu", "un" of registry ids, as "United States" is "us"', () => {
  const registry = 'facts:\n  nz-jobless-rate:\n    label: Jobless rate\n    unit: percent\n    kind: level\n  au-jobless-rate:\n    label: Jobless rate\n    unit: percent\n    kind: level\n';
  const find = drafted('Jobs\nNew Zealand\'s jobless rate fell to 4.4 percent.\n', published, registry);
  assert.equal(find('4.4 percent')?.fact, 'nz-jobless-rate');
});

test('"Statistics for the quarter ending June 2006 show": data for a period speak for the registry actor whose survey the article named', () => {
  const registry = 'actors:\n  stats-nz:\n    name: Statistics New Zealand\n    aliases: [the Household Labour Force Survey]\n';
  const body = 'Jobs\nThe latest Household Labour Force Survey (HLFS) results are strong, the minister said today.\nStatistics for the quarter ending March 2026 show that the unemployment rate has fallen to 3.6%.\n';
  assert.equal(drafted(body, published, registry)('3.6%')?.actor, 'stats-nz');
  // (no survey named: no actor made of the data word)
  assert.notEqual(drafted('Jobs\nStatistics for the quarter ending March 2026 show that the rate has fallen to 3.6%.\n', published, registry)('3.6%')?.actor, 'statistics');
});

test('a quotation opening the paragraph after "X said it was pleasing ..." is X\'s, until another speaker is named', () => {
  const body = 'Jobs\nThe minister, Ana Ruiz, said today it was pleasing to see falls in unemployment.\n“The rate for young people fell to 6.0 percent, while long-term unemployment fell by 4,500.\n“Jobs grew by 176,000 this year.\n';
  const find = drafted(body, published);
  assert.equal(find('6.0 percent')?.actor, find('176,000')?.actor);
  assert.match(find('6.0 percent')?.actor ?? '', /ruiz/);
  // (a paragraph closed by a report's finding brings in no quotation: the report is no speaker)
  const report = drafted('Jobs\nThe ministry found unemployment fell.\n“The rate fell to 6.0 percent.\n', published);
  assert.equal(report('6.0 percent')?.actor, undefined);
});

test('a running total counted over a stretch ("have been killed over the last three months") holds for the stretch, not the day it was said', () => {
  const { asof } = draftOf('Toll\nA United Nations report says nearly 6,500 civilians have been killed in the conflict over the last three months, while 14,000 others have been wounded.\n');
  assert.equal(asof('nearly 6,500'), '2026-01-25..2026-04-25');
  assert.equal(asof('14,000'), '2026-01-25..2026-04-25');
  // (without a stretch, the statement's day)
  assert.equal(draftOf('Toll\nA United Nations report says nearly 6,500 civilians have been killed in the conflict.\n').asof('nearly 6,500'), published);
});

test('"today and tomorrow" and "over the next 24 hours" are the two days from publication; "tomorrow" the next', () => {
  const { asof } = draftOf('Event\nToday and tomorrow, the agency is hosting an event bringing together over 250 participants.\nForecasters expect another 4 to 6 inches of rain over the next 24 hours.\nThe 12 ministers meet tomorrow.\n');
  assert.equal(asof('over 250'), '2026-04-25..2026-04-26');
  assert.equal(asof('4 to 6 inches'), '2026-04-25..2026-04-26');
  assert.equal(asof('12'), '2026-04-26');
  // ("by this time next year": the month of publication a year on)
  assert.equal(draftOf('Troops\nTroop numbers will be reduced by 34,000 by this time next year.\n').asof('34,000'), '2027-04');
  // ("for a cleaner tomorrow": the future as a noun is no day)
  assert.equal(draftOf('Plan\nInstall pollution controls for a cleaner tomorrow: $19 billion invested.\n').asof('$19 billion'), published);
});

test('between registry facts that fit as well, the one whose id words the sentence has wins over one whose label words it has', () => {
  const registry = 'facts:\n  nz-unemployment-rate:\n    label: New Zealand official seasonally adjusted unemployment rate for a quarter (Household Labour Force Survey)\n    unit: percent\n    kind: level\n'
    + '  maori-unemployment-rate:\n    label: Unemployment rate of Maori in New Zealand for a quarter (Household Labour Force Survey)\n    unit: percent\n    kind: level\n';
  const find = drafted('Jobs\nAccording to the Household Labour Force Survey for the quarter the official New Zealand unemployment rate now stands at 4.4 percent.\n', published, registry);
  assert.equal(find('4.4 percent')?.fact, 'nz-unemployment-rate');
});

test('"Of this total, €12 million is for ...": a part of a total is not the registry\'s total', () => {
  const registry = 'facts:\n  eu-ebola-total-contribution:\n    label: Total financial contribution of the European Union against the Ebola epidemic, running total\n    unit: euros\n    kind: level\n';
  const find = drafted('Aid\nThe Commission met ministers today.\nOf this total, €12 million is for assistance to the neighbours of the affected countries, to help them prepare for the risk of an Ebola outbreak.\n', published, registry);
  assert.notEqual(find('€12 million')?.fact, 'eu-ebola-total-contribution');
});

test('"Cabinet Secretary for Health and Social Care Jeremy Miles, said:" speaks the unquoted paragraphs after it, by the name after the portfolio', () => {
  const find = drafted('Waits\nCabinet Secretary for Health and Social Care Jeremy Miles, said:\nWe have invested an additional £50m to support health boards.\nServices were busy with nearly 6,000 red calls.\n', published);
  assert.equal(find('£50m')?.actor, 'miles');
  assert.equal(find('nearly 6,000')?.actor, 'miles');
  assert.equal(drafted('Wales\nSecretary of State for Wales Jo Stevens said:\nWe have invested £50m.\n', published)('£50m')?.actor, 'stevens');
});

test('"these latest figures" in the words of a speaker brought in by "X said:" are the speaker\'s, not a new source', () => {
  const find = drafted('Recycling\nWelcoming the statistics, the Environment Secretary, Ann Lee, said:\n“Wales leads the way, with these latest figures confirming we are exceeding our 58% target.”\n', published);
  assert.equal(find('58%')?.actor, 'lee');
});

test('a year split across two ("in 2016-17", "for 2016/17") is a financial year, April to March; a season August to May', () => {
  const { asof } = draftOf('Waste\nThe final figures for 2016/17 show the recycling rate was 64%.\nAuthorities sent 90,827 tonnes of waste to landfill in 2016-17.\nHe scored 26 goals in the 2016/17 season.\n');
  assert.equal(asof('64%'), '2016-04..2017-03');
  assert.equal(asof('90,827 tonnes'), '2016-04..2017-03');
  assert.equal(asof('26'), '2016-08..2017-05');
});

test('a change told "from X in one time to Y in another" spans the two times; "reduced by" is a change', () => {
  const { asof } = draftOf('Waits\nTwo year waits have reduced by 55% since the target was set, from 60,684 in March 2025 to 27,400 in March this year.\n');
  assert.equal(asof('55%'), '2025-03..2026-03');
  assert.equal(asof('60,684'), '2025-03');
  assert.equal(asof('27,400'), '2026-03');
});

test('"in the past year" runs up to the month it was said, unless the article reports on the month before', () => {
  const { asof } = draftOf('Demand\nNHS Wales saw 1.4 million referrals for hospital appointments in the past year.\n');
  assert.equal(asof('1.4 million'), '2025-04..2026-04');
  // (a report on March, published in April: its past year ends with March)
  assert.equal(draftOf('Jobs\nPayrolls rose 74,000 in March. Employers added 2.2 million jobs in the past year.\n').asof('2.2 million'), '2025-04..2026-03');
});

test('a statement brought in by "X said:" and printed in quotation marks ends where its quotation closes', () => {
  const find = drafted('Recycling\nWelcoming the statistics, the Environment Secretary, Ann Lee said:\n“Wales leads the way, exceeding our 58% target.”\nAuthorities sent 90,827 tonnes of waste to landfill in 2016-17.\n', published);
  assert.equal(find('58%')?.actor, 'lee');
  assert.equal(find('90,827 tonnes')?.actor, undefined);
  // (unquoted, the statement goes on: a release's "X said:" then paragraphs of X's)
  assert.equal(drafted('Recycling\nThe Environment Secretary, Ann Lee said:\nWe lead the way, exceeding our 58% target.\nAuthorities sent 90,827 tonnes of waste to landfill.\n', published)('90,827 tonnes')?.actor, 'lee');
});

test('a registry fact told only by its unit needs a word of its own in the sentence, not only "year"', () => {
  const registry = 'facts:\n  ni-june-monitoring-education:\n    label: Allocation to education in a year\'s Northern Ireland June monitoring round\n    unit: pounds\n    kind: event\n';
  const find = drafted('Floods\nWe will help with payments of £500 and £1,000, similar to the help given to households during the storms last year.\n', published, registry);
  assert.notEqual(find('£1,000')?.fact, 'ni-june-monitoring-education');
});

test('a value restated paragraphs apart follows its group into the id it was split into', () => {
  const registry = 'facts:\n  england-goods-exports:\n    label: Value of goods exported from England over a twelve-month period\n    unit: pounds sterling\n    kind: event\n';
  const body = 'Trade\nUK exports rose 7.4% to £625.4 billion in the year to April.\nExports grew faster than imports, with the overall trade deficit narrowing by £6.7 billion from £37.5 billion to £30.8 billion.\n'
    + 'Service exports rose 7.5% to £282.6 billion.\nThe minister said:\nToday’s figures show the trade deficit narrowed by £6.7 billion as exports rose by 7%.\nExports of goods from England increased by 6.5% to £244.6 billion.\n';
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\n${body}`), new DraftContext(readRegistry(registry)));
  const both = d.claims.filter((c) => c.text === '£6.7 billion');
  assert.equal(both.length, 2);
  assert.equal(both[0]!.fact, both[1]!.fact);
});

test('a registry fact of one country is not a figure the sentence gives for another ("england-goods-exports" for "UK exports")', () => {
  const registry = 'facts:\n  england-goods-exports:\n    label: Value of goods exported from England over twelve months\n    unit: pounds sterling\n    kind: event\n';
  assert.notEqual(drafted('Trade\nUK goods exports rose to £342.8 billion in the year.\n', published, registry)('£342.8 billion')?.fact, 'england-goods-exports');
  assert.equal(drafted('Trade\nIn England, goods exports rose to £244.6 billion in the year.\n', published, registry)('£244.6 billion')?.fact, 'england-goods-exports');
  // (no country named: the fact may be meant)
  assert.equal(drafted('Trade\nGoods exports rose to £244.6 billion in the year.\n', published, registry)('£244.6 billion')?.fact, 'england-goods-exports');
});

test('what a source announced holds on the day it announced it, not the period it is for; data it announced for a period keep the period', () => {
  const { asof } = draftOf('Funding\nThe government yesterday announced £157 million of new funding to support its priorities this year.\n');
  assert.equal(asof('£157 million'), '2026-04-24');
  assert.equal(draftOf('Sales\nThe bureau announced today that sales for the first quarter of 2026 were $15.7 billion.\n').asof('$15.7 billion'), '2026-01..2026-03');
});

test('a change "on last year\'s figure" is measured from that year, which dates neither it nor the level before it', () => {
  const { asof } = draftOf('Recycling\nThe final figures for 2024/25 show the recycling rate was 64%, an increase of 4 percentage points on last year’s final figure.\n');
  assert.equal(asof('64%'), '2024-04..2025-03');
  assert.equal(asof('4 percentage points'), '2024-04..2025-03');
});

test('the time of what a figure is likened to (", similar to the support provided ... last year") dates neither it nor its year', () => {
  const { asof } = draftOf('Floods\nWe will support flooded homes with payments of £500 and £1,000, similar to the support provided to households during the storms last year.\n');
  assert.equal(asof('£500'), published);
  assert.equal(asof('£1,000'), published);
});

test('"X released its annual results" makes X the voice of the results; releasing another\'s report does not', () => {
  const find = drafted('Results\nToday, the Environmental Protection Agency released its annual enforcement results.\nThe results show 1.8 billion pounds of pollution reduced.\n', published);
  assert.match(find('1.8 billion pounds')?.actor ?? '', /environmental-protection-agency|epa/);
  const other = drafted('Oil\nThe Department of the Interior today released a Geological Survey report, estimating that there are 29.4 billion barrels of oil.\n', published);
  assert.doesNotMatch(other('29.4 billion barrels')?.actor ?? '', /interior/);
});

test('a fiscal year in a US federal agency\'s release ("U.S. Environmental Protection Agency", "EPA") runs October to September', () => {
  const { asof } = draftOf('Enforcement\nIn fiscal year 2025, EPA enforcement actions led to more than 1.8 billion pounds in pollution reduced.\n');
  assert.equal(asof('more than 1.8 billion pounds'), '2024-10..2025-09');
});

test('a sentence opened by "To date" holds on the day it was said, whatever day the sentence before named', () => {
  const { asof } = draftOf('Mine\nThe agency takes responsibility for the cleanup of the Aug. 5, 2025 mine release. To date, it has dedicated more than $29 million to the incident, including more than $2 million in grants.\n');
  assert.equal(asof('more than $29 million'), published);
  assert.equal(asof('more than $2 million'), published);
});

test('a highlight in a list restating a figure dated before takes that time ("In fiscal year 2025, ... $168 million" then "– ...: $168 million")', () => {
  const body = 'Results\nIn fiscal year 2025, EPA enforcement actions led to approximately $168 million in civil penalties.\nHighlights:\n– Deter illegal pollution through civil penalties: $168 million in civil penalties assessed\n';
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\n${body}`), new DraftContext(readRegistry('')));
  const both = d.claims.filter((c) => /\$168 million$/.test(c.text));
  assert.equal(both.length, 2);
  assert.deepEqual(both.map((c) => c.asof ?? published), ['2024-10..2025-09', '2024-10..2025-09']);
});

test('"EPA Region 4 announced": a number after a word such as "Region" is part of the source\'s name', () => {
  const find = drafted('Waste\nU.S. Environmental Protection Agency (EPA) Region 4 announced today that enforcement actions will result in the disposal of more than 9.8 billion pounds of wastes.\n', published);
  assert.ok(find('more than 9.8 billion pounds')?.actor);
  // (a counted subject is still no source: "the 165 candidates reported $274 million")
  assert.equal(drafted('Money\nThe 165 candidates reported $274 million.\n', published)('$274 million')?.actor, undefined);
});

test('a heading naming a time dates the list under it ("The Top Ten Most Visited Parks in 2025" / "- Grand Canyon – 5,520,736 Visitors")', () => {
  const { asof } = draftOf('Parks\nThe park service certified its visitation numbers.\nThe Top Ten Most Visited National Parks in 2025\n- Grand Canyon National Park – 5,520,736 Visitors\n- Zion National Park – 3,648,846 Visitors\nThe agency plans 12 new trails.\n');
  assert.equal(asof('5,520,736'), '2025');
  assert.equal(asof('3,648,846'), '2025');
  // (the list ends where prose resumes)
  assert.equal(asof('12'), published);
});

test('"The Park Service certified park visitation numbers yesterday, showing ..." makes it the voice of the lines after', () => {
  const find = drafted('Parks\nThe National Park Service certified park visitation numbers yesterday, showing that the Smokies had their busiest year.\nGreat Smoky Mountains National Park had 10,712,674 recreational visitors in 2025.\n', published);
  assert.match(find('10,712,674')?.actor ?? '', /park-service|nps/);
});

test('an undated article is not reckoned from a deadline it names ("ahead of the deadline on 31 January 2027")', () => {
  const text = 'Filing\nOn 24 December 2025, 19,802 returns were filed, ahead of the deadline on 31 January 2027.\n';
  assert.equal(latestStatedDate(text, 0), '2025-12-24');
});

test('an undated release whose only full date is a deadline reckons its days in the year before it; Boxing Day is the 26th', () => {
  const d = drafted('Filing\n19,802 returns were filed on Christmas Eve, ahead of the deadline on 31 January 2022.\nOn Boxing Day, 8,641 returns were filed.\n', 'unknown');
  assert.equal(d('19,802')?.asof, '2021-12-24');
  assert.equal(d('8,641')?.asof, '2021-12-26');
  // (a day right after a figure dates it, whatever the figure before it took: "... on Christmas Eve and 8,641 on Boxing Day")
  const same = draftOf('Filing\n19,802 returns were filed on Christmas Eve and 8,641 on Boxing Day.\n', '2026-12-28');
  assert.equal(same.asof('8,641'), '2026-12-26');
});

test('a sentence does not restate its own figure: two equal values in one sentence are two quantities', () => {
  const find = drafted('Jobs\nJob gains occurred in food and beverage stores (+12,000) and clothing stores (+12,000).\n', published);
  assert.notEqual(find('+12,000')?.fact, undefined);
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: ${published}\n---\nJobs\nJob gains occurred in food and beverage stores (+12,000) and clothing stores (+12,000).\n`), new DraftContext(readRegistry('')));
  const both = d.claims.filter((c) => c.text === '+12,000');
  assert.equal(both.length, 2);
  assert.notEqual(both[0]!.fact, both[1]!.fact);
});
