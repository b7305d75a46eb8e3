// Drafting on everyday news sentences written for these tests (not from the corpus): a source
// after a figure and a comma, a source with a relative clause, "put the toll at", a study that
// is not the last speaker's, and a report's period kept to the sentences about the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry, findTimeMentions, readRegistry } from '../../../server/src/core/api';
import { findCues } from '../../../server/src/core/draft/cues';

function draft(body: string) {
  const text = `---\npublished: 2026-11-20\n---\n${body}`;
  return draftArticle(buildArticle('file:///w/news.claims.txt', text), new DraftContext(emptyRegistry()));
}
const sourceOf = (sentence: string) => findCues(sentence, { start: 0, end: sentence.length }).map((c) => sentence.slice(c.source.start, c.source.end));

test('"..., the Labor Department said" after a figure names the source, whatever opens the sentence', () => {
  assert.deepEqual(sourceOf('Last month, the unemployment rate fell to 4.1%, the Labor Department said.'), ['the Labor Department']);
  assert.deepEqual(sourceOf('The jobless rate fell to 4.1%, the department said on Friday.'), ['the department']);
  const d = draft('Rates hold\nLast month, the unemployment rate fell to 4.1%, the Labor Department said.\n');
  assert.match(d.claims[0]!.actor ?? '', /labor-department/);
});

test('a source with a relative clause speaks, and the clause\'s year dates only the clause', () => {
  assert.deepEqual(sourceOf('The mayor, who took office in 2019, said the city would hire 300 more officers.'), ['The mayor']);
  const d = draft('City news\n"We have seen 200 cases," said Dr. Ana Lopez.\nThe mayor, who took office in 2019, said the city would hire 300 more officers.\n');
  const officers = d.claims.find((c) => c.text === '300')!;
  assert.equal(officers.actor, 'mayor');
  assert.equal(officers.asof, '2026-11-20', 'the published date, not 2019');
});

test('"put the toll at 52" reports; "put pressure on" does not', () => {
  assert.deepEqual(sourceOf('A spokesperson for the ministry, speaking on condition of anonymity, put the toll at 52.'), ['A spokesperson for the ministry']);
  assert.deepEqual(sourceOf('The storm put pressure on 40 hospitals.'), []);
});

test('"the study" is not the last institution that spoke, and a report\'s period stays with the sentences about it', () => {
  const d = draft('Acme sales grow\nAcme reported sales of $4.2 billion for the third quarter.\nThe Labor Department said 14 plants closed.\n'
    + 'The study, published in Nature, found that 38% of participants slept poorly.\nThe city has about 650,000 residents.\n');
  assert.notEqual(d.claims.find((c) => c.text === '38%')!.actor, 'labor-department');
  assert.equal(d.claims.find((c) => c.text === '$4.2 billion')!.asof, '2026-07..2026-09');
  assert.equal(d.claims.find((c) => c.text === 'about 650,000')!.asof, '2026-11-20', 'residents are not a quarter\'s figure');
});

test('"according to a statement from the governor\'s office" names the office', () => {
  assert.deepEqual(sourceOf('The National Guard has deployed 300 troops, according to a statement from the governor\'s office.'), ['the governor\'s office']);
});

test('a headline\'s "12 dead" restates the body\'s "12 people were killed", under the body\'s name', () => {
  const d = draft('Storm leaves 12 dead\nAt least 12 people were killed when a storm swept across the state on Tuesday, officials said.\n');
  const [headline, body] = d.claims;
  assert.equal(headline!.fact, body!.fact);
  assert.match(body!.fact, /people/);
});

test('"11 of them" counts what was counted before it, and a new subject ends the carried noun', () => {
  const d = draft('Night of unrest\nPolice arrested 25 people overnight, Chief David Park said. Park said 11 of them were juveniles.\n'
    + 'The Dow lost 350 points, while oil rose 3%.\n');
  assert.doesNotMatch(d.claims.find((c) => c.text === '11')!.fact, /them/);
  assert.doesNotMatch(d.claims.find((c) => c.text === '3%')!.fact, /point/);
});

test('"According to the CDC, X has recorded ..." is the CDC\'s, whose name keeps its "and"', () => {
  assert.deepEqual(sourceOf('According to the Centers for Disease Control and Prevention, the United States has recorded 1,020 cases so far this year.'),
    ['the Centers for Disease Control and Prevention']);
  const d = draft('Measles\nAccording to the Centers for Disease Control and Prevention, the United States has recorded 1,020 cases so far this year.\n');
  assert.match(d.claims[0]!.actor ?? '', /centers-for-disease-control|centers-disease-control/);
});

test('"rose 4% after the company said it expected $310 million": the 4% is the article\'s, the forecast the company\'s', () => {
  const d = draft('Markets\nPolice arrested 25 people, prosecutors said.\nShares of Medix rose 4% on Monday after the company said it expected second-quarter sales of $310 million.\n');
  assert.equal(d.claims.find((c) => c.text === '4%')!.actor, undefined);
  assert.equal(d.claims.find((c) => c.text === '$310 million')!.actor, 'company');
});

test('a date after "when he is sentenced" or "scheduled for" lies ahead of publication', () => {
  const ahead = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2026-06-15')[0]!.value;
  assert.equal(ahead('He faces up to 10 years in prison when he is sentenced in September.'), '2026-09');
  assert.equal(ahead('The trial is scheduled for March 3.'), '2027-03-03');
  assert.equal(ahead('He was sentenced in September.'), '2025-09');
});

test('among several markets in one sentence, the name nearest a move picks its registry fact', () => {
  const yaml = 'facts:\n'
    + '  nikkei-day-change-pct:\n    label: Day\'s change of Japan\'s Nikkei index, in percent\n    unit: percent\n    kind: event\n'
    + '  hang-seng-day-change-pct:\n    label: Day\'s change of Hong Kong\'s Hang Seng index, in percent\n    unit: percent\n    kind: event\n'
    + '  us-crude-price:\n    label: Price of U.S. crude oil\n    unit: USD per barrel\n    kind: level\n';
  const text = '---\npublished: 2020-06-29\n---\nAsian markets fall\nThe Nikkei in Tokyo lost 2.3% at the closing bell, with the Hang Seng in Hong Kong down 1.3% in late trading.\n'
    + 'U.S. crude oil is selling at $37.95 per barrel.\n';
  const d = draftArticle(buildArticle('file:///w/m.claims.txt', text), new DraftContext(readRegistry(yaml)));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)!.fact;
  assert.equal(fact('2.3%'), 'nikkei-day-change-pct');
  assert.equal(fact('1.3%'), 'hang-seng-day-change-pct');
  assert.equal(fact('$37.95'), 'us-crude-price');
});

test('"the WHO said" names the WHO; "Dr. Mark Lee of the charity Health First" is Lee; "its worst day since 2012" dates no figure', () => {
  assert.deepEqual(sourceOf('In its latest update Friday, the WHO said most deaths were in Guinea, with 730.'), ['the WHO']);
  const d = draft('Outbreak\nDr. Mark Lee of the charity Health First said his team treated 300 patients.\n'
    + 'Markets fell sharply on Friday. The main index lost 3.2 percent, its worst day since 2012.\n');
  assert.equal(d.claims.find((c) => c.text === '300')!.actor, 'lee');
  assert.equal(d.claims.find((c) => c.text === '3.2 percent')!.asof, '2026-11-20');
});

test('a weekday after "will" or "expect" is the next one; one before them the last', () => {
  const when = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2019-07-21')[0]!.value;
  assert.equal(when('Forecasters expect relief on Monday, when highs will fall.'), '2019-07-22');
  assert.equal(when('The storm hit on Monday and is expected to weaken.'), '2019-07-15');
});

test('"the company" refers back to "Utility Con Edison", one kind of institution in other words', () => {
  const d = draft('Heat\nUtility Con Edison said about 50,000 customers lost power. The company said it had restored service to 30,000 of them.\n');
  assert.equal(d.claims[1]!.actor, d.claims[0]!.actor);
});

test('a game\'s "third quarter" is no calendar quarter; a cue set off by commas speaks for the figure before it', () => {
  const when = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2024-02-12').map((t) => t.value);
  assert.deepEqual(when('Moody made a 55-yard field goal in the third quarter.'), []);
  assert.deepEqual(when('Revenue rose 4% in the third quarter.'), ['2023-07..2023-09']);
  const d = draft('Tickets\nTickets on resale sites averaged $9,800, StubHub said, down from $11,000 a week earlier.\n');
  assert.equal(d.claims.find((c) => c.text === '$9,800')!.actor, 'stubhub');
});

test('"while jamming neutralized 52 other drones" is a fact of its own, not the drones shot down', () => {
  const d = draft('Attack\nDefenses intercepted 59 missiles and 54 drones, while jamming neutralized 52 other drones, the air force said.\n');
  const fact = (f: string) => d.claims.find((c) => c.text === f)!.fact;
  assert.notEqual(fact('52'), fact('54'));
  assert.match(fact('52'), /jam/);
});

test('a country reports as a country; "in data through Thursday" dates a running total; "could be ... by December" lies ahead', () => {
  const text = '---\npublished: 2014-10-25\n---\nEbola death toll nears 5,000\n'
    + 'The death toll from the outbreak has risen to 4,922, the World Health Organization said Saturday, in data through Thursday.\n'
    + 'Sierra Leone reported 435 new cases in the week ending October 19.\n'
    + 'Experts warn there could be up to 10,000 new cases a week by December.\n';
  const d = draftArticle(buildArticle('file:///w/e.claims.txt', text), new DraftContext(emptyRegistry()));
  const claim = (f: string) => d.claims.find((c) => c.text === f)!;
  assert.equal(claim('435').actor, 'sierra-leone');
  assert.equal(claim('4,922').asof, '2014-10-23');
  assert.equal(claim('up to 10,000 new cases a week').asof, '2014-12');
  assert.notEqual(claim('nears 5,000').fact, claim('up to 10,000 new cases a week').fact, 'two upper bounds share no stated value');
});

test('"Microsoft on Tuesday reported" names Microsoft; "analysts\' estimates of $54.5 billion" are the analysts\'', () => {
  assert.deepEqual(sourceOf('Microsoft on Tuesday reported revenue of $56.5 billion, beating analysts\' estimates of $54.5 billion.'), ['Microsoft', 'analysts']);
  assert.deepEqual(sourceOf('Sales reported by stores rose 5%.'), []);
  const d = draft('Earnings\nThe shares rose 4% in late trading. They have gained about 40% this year.\n');
  assert.doesNotMatch(d.claims[1]!.fact, /they/);
});

test('"according to a Marist poll released Wednesday" is Marist; "Oct. 27-28" is two days; "likely voters" is a noun', () => {
  assert.deepEqual(sourceOf('Harris leads 48% to 47%, according to a Marist poll released Wednesday.'), ['Marist']);
  assert.deepEqual(sourceOf('This is according to a new report released today by the U.S. Census Bureau.'), ['the U.S. Census Bureau']);
  const when = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2024-10-30')[0]!.value;
  assert.equal(when('The survey was conducted Oct. 27-28.'), '2024-10-27..2024-10-28');
  const d = draft('Poll\nThe survey of 1,400 likely voters has a margin of error of 3.3 percentage points.\n');
  assert.match(d.claims[0]!.fact, /voter/);
});

test('"compared with 390 the previous week" holds a week back, so it and 435 are one quantity at two times', () => {
  const d = draft('Cases\nSierra Leone reported 435 new cases in the week ending November 15, compared with 390 the previous week.\n'
    + 'The jobless rate was 8.6 percent, a drop of four-tenths of a percent from the prior month.\n');
  const claim = (f: string) => d.claims.find((c) => c.text === f)!;
  assert.equal(claim('435').asof, '2026-11-15');
  assert.equal(claim('390').asof, '2026-11-08');
  assert.equal(claim('390').fact, claim('435').fact);
  assert.equal(claim('four-tenths of a percent').asof, claim('8.6 percent').asof, 'a change from the prior month is no base');
});

test('"called it a start but said" keeps the sentence\'s subject; "the real estate site Zillow" is zillow', () => {
  assert.deepEqual(sourceOf('Council member Raj Patel, who chairs the housing committee, called the plan a good start but said the city needs 5,000 units.'),
    ['Council member Raj Patel']);
  const d = draft('Rents\nThe median rent is $2,100 a month, according to the real estate site Zillow.\n');
  assert.equal(d.claims[0]!.actor, 'zillow');
});

test('a quake\'s magnitude and depth hold for the day it struck, and a magnitude names no verb', () => {
  const text = '---\npublished: 2013-09-26\n---\nQuake toll rises\nOfficials say the death toll from Tuesday\'s powerful earthquake has risen to 350.\n'
    + 'The magnitude 7.7 quake struck a remote area. The U.S. Geological Survey said it was centered about 20 kilometers deep.\n';
  const d = draftArticle(buildArticle('file:///w/q.claims.txt', text), new DraftContext(emptyRegistry()));
  const claim = (f: string) => d.claims.find((c) => c.text === f)!;
  assert.equal(claim('7.7').asof, '2013-09-24');
  assert.equal(claim('about 20 kilometers').asof, '2013-09-24');
  assert.equal(claim('350').asof, '2013-09-26', 'a running toll holds when it is stated');
  assert.equal(claim('7.7').fact, 'quake-magnitude');
});

test('"the ONS" is the Office for National Statistics named before it', () => {
  const d = draft('Inflation\nInflation fell to 8.7 per cent, the Office for National Statistics said. Food prices rose 18.7 per cent, the ONS said.\n');
  assert.equal(d.claims[1]!.actor, d.claims[0]!.actor);
});

test('"they reported" with no one before is the sentence\'s subject; "Lead author Amanda Paluch" is paluch', () => {
  const d = draft('Steps\nThe researchers, from the University of Massachusetts, followed 2,110 adults for about 11 years, they reported.\n'
    + 'Lead author Amanda Paluch said the benefits leveled off at about 10,000 steps.\n');
  assert.equal(d.claims.find((c) => c.text === '2,110')!.actor, 'researchers');
  assert.equal(d.claims.find((c) => c.text === 'about 10,000')!.actor, 'paluch');
});

test('turnout holds for election day despite "up from 65% in 2018"; "Its leader, Maria Lopez, said" is lopez', () => {
  const text = '---\npublished: 2022-05-16\n---\nLandslide\nThe ruling party won 62% of the vote in Sunday\'s parliamentary election, the commission said Monday.\n'
    + 'Turnout was 71%, up from 65% in 2018, the commission said.\nIts leader, Maria Lopez, said the party had documented more than 200 irregularities.\n';
  const d = draftArticle(buildArticle('file:///w/v.claims.txt', text), new DraftContext(emptyRegistry()));
  const claim = (f: string) => d.claims.find((c) => c.text === f)!;
  assert.equal(claim('71%').asof, '2022-05-15');
  assert.equal(claim('65%').asof, '2018');
  assert.equal(claim('more than 200').actor, 'lopez');
});

test('with an editor\'s short registry: a percentage is a share, "he" is a registry person, "Everything indicates" is no source', () => {
  const yaml = 'actors:\n  nyusi:\n    name: Filipe Nyusi\n    aliases: [President Nyusi]\nfacts:\n  idai-deaths:\n    label: People killed by Cyclone Idai\n    unit: people\n    kind: cumulative\n'
    + '  beira-damaged-share:\n    label: Share of Beira damaged or destroyed\n    unit: percent\n    kind: level\n';
  const text = '---\npublished: 2019-03-18\n---\nIdai\nPresident Filipe Nyusi said the toll from Cyclone Idai could exceed 1,000. '
    + '"Everything indicates that we can register more than 1,000 deaths," he told state radio.\n'
    + 'The Red Cross said 90 percent of the city of Beira was damaged or destroyed.\n';
  const d = draftArticle(buildArticle('file:///w/i.claims.txt', text), new DraftContext(readRegistry(yaml)));
  const claim = (f: string) => d.claims.find((c) => c.text === f)!;
  assert.equal(claim('more than 1,000').actor, 'nyusi');
  assert.equal(claim('more than 1,000').fact, 'idai-deaths');
  assert.equal(claim('90 percent').fact, 'beira-damaged-share');
});

test('"analysts\' estimates of $54.5 billion" is no registry income; a headline\'s "profit jumps 27%" restates "net income rose 27%"', () => {
  const yaml = 'facts:\n  msft-net-income:\n    label: Microsoft quarterly net income\n    unit: USD\n    kind: event\n';
  const text = '---\npublished: 2023-10-25\n---\nMicrosoft profit jumps 27%\nMicrosoft reported revenue of $56.5 billion, beating analysts\' estimates of $54.5 billion.\n'
    + 'Net income rose 27% to $22.3 billion, the company said.\n';
  const d = draftArticle(buildArticle('file:///w/m.claims.txt', text), new DraftContext(readRegistry(yaml)));
  const facts = d.claims.map((c) => c.fact);
  assert.notEqual(d.claims.find((c) => c.text === '$54.5 billion')!.fact, 'msft-net-income');
  assert.equal(d.claims.find((c) => c.text === '$22.3 billion')!.fact, 'msft-net-income');
  assert.equal(facts[0], d.claims.find((c) => c.text === '27%' && c.span.start > 40)!.fact);
});

test('"At least six deaths" are a registry fact of the killed; "95 degrees" takes the story\'s Fahrenheit', () => {
  const yaml = 'facts:\n  heat-wave-deaths:\n    label: Deaths blamed on the July 2019 heat wave\n    unit: people\n    kind: cumulative\n';
  const text = '---\npublished: 2019-07-21\n---\nHeat\nTemperatures topped 100 degrees Fahrenheit in several cities.\n'
    + 'In New York, the temperature reached 95 degrees at Central Park.\nAt least six deaths have been blamed on the heat, officials said.\n';
  const d = draftArticle(buildArticle('file:///w/h.claims.txt', text), new DraftContext(readRegistry(yaml)));
  assert.equal(d.claims.find((c) => c.text === 'At least six')!.fact, 'heat-wave-deaths');
});

test('of a headline and a body draft in conflict, the headline\'s moves off the registry fact; a headline\'s rounding is no conflict', () => {
  const yaml = 'facts:\n  smith-fraud-amount:\n    label: Money John Smith stole from the homeless program\n    unit: USD\n    kind: cumulative\n';
  const text = (headline: string) => `---\npublished: 2023-05-12\n---\nEx-official gets 8 years for ${headline} fraud\n`
    + 'A former county official was sentenced Thursday for stealing more than $2 million from a program meant to help the homeless, prosecutors said.\n';
  const draft = (headline: string) => draftArticle(buildArticle('file:///w/c.claims.txt', text(headline)), new DraftContext(readRegistry(yaml)));
  const d = draft('$1.5 million');
  assert.equal(d.claims.find((c) => c.text === 'more than $2 million')!.fact, 'smith-fraud-amount');
  assert.notEqual(d.claims.find((c) => c.text === '$1.5 million')!.fact, 'smith-fraud-amount');
  // ("$2 million" printed with a scale word stands for $1.5 to $2.5 million: "more than $2 million" may be it)
  assert.equal(draft('$2 million').claims.find((c) => c.text === '$2 million')!.fact, 'smith-fraud-amount');
});

test('a paragraph announcing results lends its speaker to the figures read out next; shares "won" fit a share fact; "votes cast Sunday" is election day', () => {
  const yaml = 'facts:\n  gbagbo-first-round-share:\n    label: Laurent Gbagbo\'s share of the vote in the first round of the 2010 presidential election\n    unit: percent\n    kind: level\n';
  const text = '---\npublished: 2010-11-04\n---\nRunoff ahead\nNo candidate won a majority of the votes cast Sunday.\n'
    + 'Electoral commission President Youssouf Bakayoko announced the provisional results on state-run television.\n'
    + 'President Laurent Gbagbo won about 38 percent of the vote in the first round.\n';
  const d = draftArticle(buildArticle('file:///w/e.claims.txt', text), new DraftContext(readRegistry(yaml)));
  const claim = d.claims.find((c) => c.text === 'about 38 percent')!;
  assert.equal(claim.actor, 'bakayoko');
  assert.equal(claim.fact, 'gbagbo-first-round-share');
  assert.equal(claim.asof, '2010-10-31');
});

test('"per the military judge" is a source, "per day" is not; a share "received" fits a share fact', () => {
  assert.deepEqual(sourceOf('All but 9 months of that sentence has been suspended per the military judge.'), ['the military judge']);
  assert.deepEqual(sourceOf('It costs $5 per day.'), []);
  const yaml = 'facts:\n  poroshenko-2014-vote-share:\n    label: Petro Poroshenko\'s share of the vote in Ukraine\'s 2014 presidential election\n    unit: percent\n    kind: level\n';
  const text = '---\npublished: 2014-05-25\n---\nExit polls\nThe polls said Poroshenko received between 56 and 58 percent of the vote.\n';
  const d = draftArticle(buildArticle('file:///w/p.claims.txt', text), new DraftContext(readRegistry(yaml)));
  assert.equal(d.claims[0]!.fact, 'poroshenko-2014-vote-share');
});

test('"the fiscal year that begins July 1" lies ahead; "Council member Tom Ruiz" is ruiz', () => {
  const when = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2024-06-12')[0]!.value;
  assert.equal(when('A budget for the fiscal year that begins July 1.'), '2024-07-01');
  const d = draft('Budget\nCouncil member Tom Ruiz, one of the two no votes, said the city should have cut 5% of spending.\n');
  assert.equal(d.claims.find((c) => c.text === '5%')!.actor, 'ruiz');
});

test('a comparison\'s base is the same quantity at another time, also after the first figure\'s clause', () => {
  const d = draft('Profit jumps\nNet profit for the last three months of last year is $6.66bn, compared to $4.18bn for the last three months of 2024.\n'
    + 'In the survey, 27% of respondents reported short sleep, compared with 22% in a similar survey in 2005.\n'
    + 'Acme hired 120 workers, while Beta cut 40 jobs from 300 posts.\n');
  const fact = (t: string) => d.claims.find((c) => c.text === t)!.fact;
  assert.equal(fact('$4.18bn'), fact('$6.66bn'));
  assert.equal(fact('22%'), fact('27%'));
  assert.notEqual(fact('120'), fact('40'), 'no comparison, no shared fact');
});

test('a reporting period named by its last day spans its months', () => {
  const time = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2026-11-20')[0]?.value;
  assert.equal(time('revenue fell 1% in the quarter ended Sept. 30'), '2026-07..2026-09');
  assert.equal(time('profit in the six months to June 30 rose'), '2026-01..2026-06');
  assert.equal(time('sales for the fiscal year ended March 31, 2024 were'), '2023-04..2024-03');
  assert.equal(time('the match ended on Sunday'), '2026-11-15', 'an event that ended is its day');
});

test('a subject with a list of figures qualifies each of them; a new subject ends it', () => {
  const registry = readRegistry(['facts:', ...['senate', 'house'].flatMap((who) => ['receipts', 'disbursements'].flatMap((what) => [
    `  ${who}-candidates-${what}:`, `    label: ${what} of ${who} candidates`, '    unit: USD', '    kind: cumulative']))].join('\n'));
  const text = '---\npublished: 2026-04-20\n---\nSummary\nThe 165 Senate candidates reported total receipts of $274.2 million and disbursements of $130.5 million. '
    + 'Meanwhile, 1,188 House candidates reported total receipts of $522.7 million and disbursements of $293.1 million.\n';
  const d = draftArticle(buildArticle('file:///w/fec.claims.txt', text), new DraftContext(registry));
  const fact = (t: string) => d.claims.find((c) => c.text === t)!.fact;
  assert.equal(fact('$130.5 million'), 'senate-candidates-disbursements');
  assert.equal(fact('$293.1 million'), 'house-candidates-disbursements');
});

test('"climbed past 500" is the level reached; "12 of its last 14 matches" counts matches; "while" names nothing', () => {
  const d = draft('Season so far\nThe death toll climbed past 500 on Tuesday.\nThe coach said the club had won 12 of its last 14 matches.\n'
    + 'Sales fell 2%, while services revenue rose 16%.\n');
  const claim = (t: string) => d.claims.find((c) => c.text === t)!;
  assert.doesNotMatch(claim('past 500').fact, /rise|change|climb/);
  assert.match(claim('12').fact, /^match/);
  assert.doesNotMatch(claim('16%').fact, /while/);
});

test('a recommendation is its institution\'s figure; a headline restates the body\'s counted noun', () => {
  const d = draft('1 in 4 adults sleeps less than six hours\nAbout one in four American adults sleeps less than six hours, a study found.\n'
    + 'The National Sleep Foundation recommends seven to nine hours for adults.\n');
  const claim = (t: string) => d.claims.find((c) => c.text === t)!;
  assert.equal(claim('1 in 4').fact, claim('About one in four').fact);
  assert.match(claim('seven to nine hours').actor ?? '', /sleep-foundation/);
});

test('a source\'s report goes on in the next sentences of its paragraph, but not past "according to" or a summing-up', () => {
  const d = draft('Results\nThe ministry said that 40 people died in the floods. Another 12 are missing.\n'
    + 'According to state media, a 1970 quake killed 15,000 people. In 2008, a quake in Sichuan killed almost 70,000 people.\n'
    + 'Secretary Ana Ruiz announced grants of $485 million to 108 airports. With this announcement, the administration has invested $10.8 billion.\n'
    + 'A new paragraph has 7 figures of its own.\n');
  const actor = (t: string) => d.claims.find((c) => c.text === t)!.actor;
  assert.equal(actor('12'), actor('40'));
  assert.ok(actor('40'));
  assert.equal(actor('almost 70,000'), undefined, '"according to" speaks for its sentence');
  assert.equal(actor('$10.8 billion'), undefined, 'the writer sums up');
  assert.equal(actor('7'), undefined, 'a new paragraph starts in the article\'s voice');
});

test('years and days written out in words are dates, as plain-English services print them', () => {
  const time = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2026-11-20')[0]?.value;
  assert.equal(time('In two thousand four, the country had'), '2004');
  assert.equal(time('the second biggest decrease since Nineteen-Ninety-One.'), '1991');
  assert.equal(time('from the number reported in Two-Thousand.'), '2000');
  assert.equal(time('by two thousand and ten'), '2010');
  assert.equal(time('On January twenty-sixth, the company'), '2026-01-26');
  assert.equal(time('in twenty people'), undefined, 'a count, no year');
  assert.equal(time('the troops march first'), undefined);
});

test('respondents counted by a figure are no source ("Fifty-one percent of those questioned said")', () => {
  const d = draft('Survey\nThe Farm Bureau questioned 300 young farmers.\nFifty-one percent of those questioned said they started in a family business. Almost fourteen percent said marriage led them to farming.\n');
  for (const t of ['Fifty-one percent', 'Almost fourteen percent']) assert.doesNotMatch(d.claims.find((c) => c.text === t)!.actor ?? '', /percent|questioned/);
});

test('a change appended to a price speaks of its subject; equal percentages of two registry facts stay apart', () => {
  const facts = [['us-crude-day-change-pct', 'Change in the price of U.S. crude oil on the day'], ['brent-crude-day-change-pct', 'Change in the price of Brent crude on the day'],
    ['hang-seng-day-change-pct', "Day's change of Hong Kong's Hang Seng index"], ['shanghai-day-change-pct', "Day's change of the Shanghai Composite index"]];
  const registry = readRegistry(['facts:', ...facts.flatMap(([id, label]) => [`  ${id}:`, `    label: ${label}`, '    unit: percent', '    kind: event'])].join('\n'));
  const text = '---\npublished: 2026-05-25\n---\nMarkets\nHong Kong’s Hang Seng index is 0.15% lower. Shanghai’s index closed slightly (0.15%) higher.\n'
    + 'In oil trading, U.S. crude oil is $33.60 per barrel, up 1%, while the international standard, Brent crude, is $35.27 per barrel, up 0.4%.\n';
  const d = draftArticle(buildArticle('file:///w/m.claims.txt', text), new DraftContext(registry));
  const facts2 = d.claims.filter((c) => c.text.endsWith('%')).map((c) => c.fact);
  assert.deepEqual(facts2, ['hang-seng-day-change-pct', 'shanghai-day-change-pct', 'us-crude-day-change-pct', 'brent-crude-day-change-pct']);
});

test('"by the end of March" is its last day; "down 2% from the number reported in 2000" is not dated 2000', () => {
  const time = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2026-11-20')[0]?.value;
  assert.equal(time('costs to total $2 billion by the end of March 2026.'), '2026-03-31');
  assert.equal(time('at the end of February 2024'), '2024-02-29');
  // (a target by a year's end is that year's, as the corpus labels it: "95% by the end of 2017" is 2017; a month's end is its day)
  assert.equal(time('by the end of 2024'), '2024');
  assert.equal(time('at the end of 2024'), '2024-12-31');
  const d = draft('Farms\nThe department estimates there were 2.16 million farms last year. That is down 0.7 percent from the number reported in 2000.\n');
  assert.equal(d.claims.find((c) => c.text === '0.7 percent')!.asof, '2025');
});

test('"the report states:" and "the online division reported" are sources', () => {
  assert.deepEqual(sourceOf('China sent more students than any other country, the report states: 304,040.'), ['the report']);
  assert.deepEqual(sourceOf('However, the online division reported a drop of 4.6%.'), ['the online division']);
});

test('an owner\'s data are the owner\'s: "according to NASA’s count", "Reuters\' tally"', () => {
  const d = draft('Launch\nMore than 3 million viewers watched online, according to NASA’s count.\nAt least 40 people died, according to Reuters\' tally.\n');
  assert.equal(d.claims.find((c) => c.text === 'More than 3 million')!.actor, 'nasa');
  assert.equal(d.claims.find((c) => c.text === 'At least 40')!.actor, 'reuters');
});

test('a source carried from another sentence never makes a dispute; two named sources do', () => {
  const registry = readRegistry('facts:\n  flood-deaths:\n    label: People killed in the floods\n    kind: cumulative\n');
  const run = (second: string) => {
    const text = `---\npublished: 2026-05-25\n---\nFloods\nThe ministry said that 40 people were killed in the floods.\n${second}\n`;
    return draftArticle(buildArticle('file:///w/f.claims.txt', text), new DraftContext(registry)).claims;
  };
  const named = run('Police said that 52 people were killed in the floods.');
  assert.deepEqual(named.map((c) => c.fact), ['flood-deaths', 'flood-deaths'], 'two named sources disagree: the editor sees it');
  const carried = run('Police said on Monday that rescuers were still searching the valley for survivors. 52 people were killed in the floods.');
  assert.equal(carried.find((c) => c.text === '52')!.actor, 'police');
  assert.notEqual(carried.find((c) => c.text === '52')!.fact, 'flood-deaths', 'a carried source is a guess: no conflict made by the draft');
});

test('a heading that names whose document follows lends it the lines after; a US federal fiscal year runs October to September', () => {
  const d = draft('Budget\nHighlights of the U.S. Defense Department\'s proposed budget for fiscal year 2027:\nThe Pentagon wants $525 billion, $6 billion less than this year.\nThe Navy would keep 11 aircraft carriers.\n');
  assert.match(d.claims.find((c) => c.text === '11')!.actor ?? '', /defense-department/);
  const time = (s: string) => findTimeMentions(s, { start: 0, end: s.length }, '2026-11-20')[0]?.value;
  assert.equal(time('The Pentagon budget for fiscal year 2013 is'), '2012-10..2013-09');
  assert.equal(time('Congress approved FY2012 spending'), '2011-10..2012-09');
  assert.equal(time('Apple\'s revenue in fiscal 2023 rose'), '2023', 'a company\'s fiscal year is its own');
  assert.equal(time('The Pentagon wants $525 billion for 2013, $6 billion less'), '2012-10..2013-09');
  assert.equal(time('Apple wants $5 billion for 2013'), '2013');
  const d2 = draft('Budget\nThe Pentagon released its request.\nThis is down from $531 billion for fiscal 2012.\n');
  assert.equal(d2.claims.find((c) => c.text === '$531 billion')!.asof, '2011-10..2012-09', 'the article names the government elsewhere');
});

test('"a study ... indicating that one-quarter" reports', () => {
  assert.equal(sourceOf('Government scientists released a study of teenage girls indicating that one-quarter of them were infected.').length, 1);
  const d = draft('Study\nOn Tuesday, government scientists released the results of a study of teenage girls indicating that one-quarter of them were infected.\n');
  assert.equal(d.claims[0]!.actor, 'scientists', 'those who released it, not the whole clause');
});

test('money "in" a noun measures that noun: "$500 billion in defense budget cuts", not "in the next decade"', () => {
  const d = draft('Budget\nThe plan calls for nearly $500 billion in defense budget cuts during the next decade. It aims to save $259 billion in the next five years.\n');
  assert.match(d.claims.find((c) => c.text === 'nearly $500 billion')!.fact, /defense-budget-cuts/);
  assert.doesNotMatch(d.claims.find((c) => c.text === '$259 billion')!.fact, /next|years/);
});

test('a registry fact is a plan when its id says so, not when its label describes what was planned', () => {
  const registry = readRegistry('facts:\n  dod-ten-year-cuts:\n    label: Reduction in planned U.S. defense spending over ten years\n    unit: USD\n    kind: level\n');
  const text = '---\npublished: 2026-01-26\n---\nBudget\nThe strategy reflects the $487 billion in defense cuts over the next 10 years.\n';
  const d = draftArticle(buildArticle('file:///w/b.claims.txt', text), new DraftContext(registry));
  assert.equal(d.claims[0]!.fact, 'dod-ten-year-cuts');
});

test('a date in a "when" clause dates that clause, not the sentences after it', () => {
  const d = draft('Forces\nThe force would still be larger than it was when the country was attacked September 11, 2001. The Marine Corps would fall from 202,000 to 182,000.\n');
  assert.equal(d.claims.find((c) => c.text === '202,000')!.asof, '2026-11-20');
  const q = draft('Quake\nMore than 2,500 people were injured when the quake struck the coast late Saturday.\n');
  assert.notEqual(q.claims.find((c) => c.text === 'More than 2,500')!.asof, '2026-11-14', 'a running count, not dated by the quake in the when-clause');
});
