// The drafting engine (server/src/core/draft/): time expressions against the published date,
// reporting cues and their sources, and whole drafts whose markup is checked by parsing it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, buildArticle, completionsAt, DraftContext, draftArticle, draftRegistryEdits, findTimeMentions, hoverAt, readRegistry, emptyRegistry, Workspace } from '../../../server/src/core/api';
import { findCues } from '../../../server/src/core/draft/cues';

const times = (s: string, published?: string) => findTimeMentions(s, { start: 0, end: s.length }, published).map((t) => `${t.text}=${t.value ?? '?'}`);

/** The drafted fact of each figure of `text` (published `published`) with a registry of `facts` (YAML under `facts:`). */
function factsWith(facts: string, published: string, text: string): (figure: string) => string {
  const d = draftArticle(buildArticle('f.claims.txt', `---\npublished: ${published}\n---\n${text}\n`), new DraftContext(readRegistry(`facts:\n${facts}`)));
  return (figure) => d.claims.find((c) => c.text === figure)!.fact;
}

test('time expressions resolve against the published date, as news prose means them', () => {
  // 2024-12-26 is a Thursday
  assert.deepEqual(times('said on Thursday', '2024-12-26'), ['on Thursday=2024-12-26']);
  assert.deepEqual(times('early Wednesday', '2024-12-26'), ['early Wednesday=2024-12-25']);
  assert.deepEqual(times('said earlier this week', '2024-12-26'), ['earlier this week=2024-12-23..2024-12-25']);
  assert.deepEqual(times('On Christmas morning', '2025-01-03'), ['Christmas=2024-12-25']);
  assert.deepEqual(times('in August', '2024-03-01'), ['in August=2023-08']);
  assert.deepEqual(times('by late January', '2024-03-01'), ['by late January=2024-01-21..2024-01-31']);
  assert.deepEqual(times('on Dec. 23', '2025-01-02'), ['Dec. 23=2024-12-23']);
  assert.deepEqual(times('last month', '2024-01-15'), ['last month=2023-12']);
  assert.deepEqual(times('on Thursday'), ['on Thursday=?']);
  assert.deepEqual(times('in May 2023 prices may rise'), ['in May 2023=2023-05']);
  assert.deepEqual(times('during this April through September summer season', '2005-04-07'), ['this April through September=2005-04..2005-09']);
  assert.deepEqual(times('prices are projected to peak in May', '2005-04-07'), ['in May=2005-05']);
  assert.deepEqual(times('prices peaked in May', '2005-04-07'), ['in May=2004-05']);
  assert.deepEqual(times('rates in 2017-2021 and between 2011 and 2015'), ['in 2017-2021=2017..2021', 'between 2011 and 2015=2011..2015']);
  assert.deepEqual(times('above the level last summer', '2005-04-07'), ['last summer=2004-06..2004-08']);
  assert.deepEqual(times('sales in the first half of 2024 and in the 1990s'), ['in the first half of 2024=2024-01..2024-06', 'in the 1990s=1990..1999']);
  assert.deepEqual(times('earlier this year', '2024-03-05'), ['earlier this year=2024-01-01..2024-03-04']);
  // stretches of days, and one ahead that reaches the day of publication is this year's
  assert.deepEqual(times('a rocket will be launched between April 12th and 16th', '2012-04-14'), ['April 12th and 16th=2012-04-12..2012-04-16']);
  assert.deepEqual(times('the window runs from April 12 to 16', '2012-04-14'), ['April 12 to 16=2012-04-12..2012-04-16']);
  assert.deepEqual(times('talks held between April 28 and May 2', '2012-05-14'), ['April 28 and May 2=2012-04-28..2012-05-02']);
  assert.deepEqual(times('from December 30 to January 2', '2012-04-14'), ['December 30 to January 2=2011-12-30..2012-01-02']);
  assert.deepEqual(times('they met on April 12 and 16', '2012-04-20'), ['April 12=2012-04-12'], '"and" without "between" joins no stretch');
});

test('cues find the whole source phrase in every direction', () => {
  const cue = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));
  assert.deepEqual(cue('Russia launched 78 missiles, Ukraine’s air force said.'), ['Ukraine’s air force']);
  assert.deepEqual(cue('Ukrainian President Volodymyr Zelenskyy said earlier this week that 3,000 died.'), ['Ukrainian President Volodymyr Zelenskyy']);
  assert.deepEqual(cue('About 200 were lost, according to a senior military source from Kyiv.'), ['a senior military source from Kyiv']);
  assert.deepEqual(cue('Death toll hits 21,320, says Health ministry'), ['Health ministry']);
  assert.deepEqual(cue('Figures released by the ministry show 40 deaths.'), ['the ministry']);
  assert.deepEqual(cue('This was Kyiv’s first detailed estimate of casualties.'), ['Kyiv']);
});

const ARTICLE = `---
published: 2024-12-26
---
Russia launches 78 missiles at Ukraine
On Christmas morning, Russia launched 78 missiles and 106 drones, Ukraine’s air force said. Ukrainian defenses intercepted 59 missiles, it added.
The war began in 2022 and has displaced 6 million people.
`;

test('a draft attributes each figure, keeps own-voice figures without an actor, and dates events', () => {
  const ctx = new DraftContext(emptyRegistry());
  const draft = draftArticle(buildArticle('a.claims.txt', ARTICLE), ctx);
  const by = Object.fromEntries(draft.claims.map((c) => [`${c.text}@${c.span.start}`, c]));
  const claims = draft.claims.map((c) => [c.text, c.actor ?? '-', c.asof]);
  assert.deepEqual(claims, [
    // the headline restates the body's Christmas-morning launch
    ['78', '-', '2024-12-25'],
    ['78', 'ukraine-air-force', '2024-12-25'],
    ['106', 'ukraine-air-force', '2024-12-25'],
    ['59', 'ukraine-air-force', '2024-12-25'],
    ['6 million', '-', '2024-12-26'],
  ]);
  void by;
  const [headline, launched, drones, intercepted] = draft.claims;
  assert.equal(headline!.fact, launched!.fact, 'the headline restates the launched missiles');
  assert.notEqual(launched!.fact, intercepted!.fact, 'launched and intercepted are different facts');
  assert.notEqual(launched!.fact, drones!.fact);
  // the markup parses back with the same claims, and the model attributes them as drafted
  const after = buildArticle('a.claims.txt', applyEdits(ARTICLE, draft.edits));
  assert.equal(after.claims.length, 5);
  assert.deepEqual(after.findings.filter((f) => f.code !== 'unknown-actor'), []);
  assert.deepEqual(after.claims.map((c) => c.actor?.id ?? '-'), ['-', 'ukraine-air-force', 'ukraine-air-force', 'ukraine-air-force', '-']);
  assert.deepEqual(after.mentions.map((m) => m.text), ['Ukraine’s air force']);
});

test('registry actors and facts are reused, and new ones are added to claimmark.yaml', () => {
  const registryText = '# ours\nactors:\n  ukraine-air-force:\n    name: Ukrainian Air Force\n    aliases: ["Ukraine’s air force"]\nfacts:\n  missiles-launched:\n    label: missiles launched by Russia\n';
  const ctx = new DraftContext(readRegistry(registryText));
  const draft = draftArticle(buildArticle('a.claims.txt', ARTICLE), ctx);
  assert.equal(draft.claims[1]!.fact, 'missiles-launched');
  assert.equal(draft.claims[1]!.registryFact, true);
  assert.equal(draft.claims[1]!.actor, 'ukraine-air-force');
  const edited = applyEdits(registryText, draftRegistryEdits(registryText, ctx));
  assert.ok(edited.startsWith('# ours\nactors:\n  ukraine-air-force:'), 'comments and order kept');
  const reg = readRegistry(edited);
  assert.deepEqual(reg.findings, []);
  for (const c of draft.claims) assert.ok(reg.facts.has(c.fact), c.fact);
});

test('existing markup is never changed and a second draft adds nothing', () => {
  const ctx = new DraftContext(emptyRegistry());
  const first = applyEdits(ARTICLE, draftArticle(buildArticle('a.claims.txt', ARTICLE), ctx).edits);
  const again = draftArticle(buildArticle('a.claims.txt', first), new DraftContext(emptyRegistry()));
  assert.deepEqual(again.edits, []);
});

test('without a published date, relative dates are left unresolved and the draft says so', () => {
  const text = 'Russia launched 31 drones on Thursday, officials said.\n';
  const draft = draftArticle(buildArticle('b.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(draft.claims[0]!.asof, undefined);
  assert.match(draft.notes.join(' '), /no published date: 1 relative date/);
});

test('a quotation spanning sentences and a list introduced by its source take that source', () => {
  const text = '---\npublished: 2024-03-05\n---\n“We will build 500 homes. It is a start on 20 more,” Mayor Ana Reyes said.\n'
    + 'The Census Bureau and the Department of Housing announced the following statistics:\n'
    + 'Housing starts were 1,353,000 in June.\n'
    + 'Prices rose 3% last year.\n';
  const draft = draftArticle(buildArticle('q.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.deepEqual(draft.claims.map((c) => [c.text, c.actor ?? '-']), [
    ['500', 'reyes'], ['20', 'reyes'], ['1,353,000', 'census-bureau-department-housing'], ['3%', 'census-bureau-department-housing'],
  ]);
});

test('a figure right after a time takes that period, not the comparison it stands in', () => {
  const text = '---\npublished: 2024-07-17\n---\nStarts in June were 1,353,000, 3.0 percent above the revised May estimate of 1,314,000.\n';
  const draft = draftArticle(buildArticle('c.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.deepEqual(draft.claims.map((c) => [c.text, c.asof]), [['1,353,000', '2024-06'], ['3.0 percent', '2024-06'], ['1,314,000', '2024-05']]);
});

test('a conversion in brackets is the same fact as the figure before it', () => {
  const text = '---\npublished: 2014-08-03\n---\nThe quake struck at a depth of 10 kilometers (6 miles), the USGS said.\n';
  const draft = draftArticle(buildArticle('k.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(draft.claims.length, 2);
  assert.equal(draft.claims[0]!.fact, draft.claims[1]!.fact);
  assert.equal(draft.claims[1]!.actor, draft.claims[0]!.actor);
});

test('registry entries are one insertion per section; a registry in flow style is never broken', () => {
  const ctx = new DraftContext(readRegistry('actors:\n  x:\n    name: X\nfacts:\n  y:\n    label: y\n'));
  draftArticle(buildArticle('a.claims.txt', ARTICLE), ctx);
  const block = 'actors:\n  x:\n    name: X\nfacts:\n  y:\n    label: y\n';
  const edits = draftRegistryEdits(block, ctx);
  assert.equal(edits.length, 2);
  for (const e of edits) assert.equal(e.span.start, e.span.end, 'insertions only');
  const after = readRegistry(applyEdits(block, edits));
  assert.deepEqual(after.findings, []);
  assert.deepEqual([...after.actors.keys()], ['x', 'ukraine-air-force']);
  const flow = 'actors: {x: {name: X}}\nfacts: {y: {label: y}}\n';
  const flowCtx = new DraftContext(readRegistry(flow));
  draftArticle(buildArticle('a.claims.txt', ARTICLE), flowCtx);
  const flowEdits = draftRegistryEdits(flow, flowCtx);
  const flowAfter = readRegistry(applyEdits(flow, flowEdits));
  assert.ok(flowEdits.length === 0 || flowAfter.findings.length === 0, 'either nothing is offered or the result reads cleanly');
});

test('completion after fact= puts the registry facts that fit the sentence first', () => {
  const ws = new Workspace();
  ws.setRegistry('file:///w/claimmark.yaml', 'facts:\n  drones-launched:\n    label: drones Russia launched\n  missiles-launched:\n    label: missiles Russia launched\n  people-killed:\n    label: people killed\n');
  const text = 'Russia launched [78]{fact=} missiles overnight, officials said.\n';
  ws.setArticle('file:///w/a.claims.txt', text);
  const items = completionsAt(ws, 'file:///w/a.claims.txt', text, text.indexOf('fact=') + 5);
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.equal(sorted[0]!.label, 'missiles-launched');
  assert.equal(items.length, 3, 'every registry fact is still offered');
});

test('a release or a statement speaks in its publisher\'s voice where no one else is named', () => {
  const release = '---\npublished: 2004-08-20\n---\nThe Census Bureau announced today that e-commerce sales were $15.7 billion in the second quarter.\n'
    + 'E-commerce sales accounted for 1.7 percent of total sales.\nAnalysts said the rise of 23.1 percent was expected.\n';
  const draft = draftArticle(buildArticle('r.claims.txt', release), new DraftContext(emptyRegistry()));
  assert.deepEqual(draft.claims.map((c) => [c.text, c.actor]), [['$15.7 billion', 'census-bureau'], ['1.7 percent', 'census-bureau'], ['23.1 percent', 'analysts']]);
  const statement = '---\npublished: 2011-12-02\n---\nStatement of Keith Hall, Commissioner, Bureau of Labor Statistics\nThe unemployment rate fell to 8.6 percent in November.\n';
  const s = draftArticle(buildArticle('s.claims.txt', statement), new DraftContext(emptyRegistry()));
  assert.deepEqual(s.claims.map((c) => [c.text, c.actor]), [['8.6 percent', 'hall']]);
  const news = '---\npublished: 2024-12-26\n---\nThe ministry said on Thursday that 40 people died.\nThe city has 2 million residents.\n';
  const n = draftArticle(buildArticle('n.claims.txt', news), new DraftContext(emptyRegistry()));
  assert.equal(n.claims[1]!.actor, undefined, 'news keeps its own voice');
});

test('a claim marked .own borrows no speaker, has no claim-without-actor, and its card says so', () => {
  const ws = new Workspace();
  const text = '[Ukraine’s air force]{actor=ukraine-air-force} said 78 missiles were launched. The war has displaced [6 million]{fact=displaced .own} people.\n';
  ws.setArticle('file:///w/o.claims.txt', text);
  const claim = ws.getArticle('file:///w/o.claims.txt')!.claims[0]!;
  assert.equal(claim.actor, undefined);
  assert.equal(claim.own, true);
  assert.deepEqual(ws.diagnostics('file:///w/o.claims.txt').filter((d) => d.code === 'claim-without-actor'), []);
  const card = hoverAt(ws, 'file:///w/o.claims.txt', text.indexOf('6 million') + 1);
  assert.match(JSON.stringify(card), /own voice/);
});

test('changes, plans and places keep quantities apart', () => {
  const text = '---\npublished: 2011-12-02\n---\nPayroll employment rose by 120,000 in November to 131 million jobs.\n'
    + 'Russia has about 575,000 troops in Ukraine and plans to increase this number to around 690,000.\n'
    + 'Floods killed 40 people in Bihar and 52 people in Assam, officials said.\n';
  const d = draftArticle(buildArticle('c.claims.txt', text), new DraftContext(emptyRegistry()));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)!.fact;
  assert.match(fact('120,000'), /change|rise/);
  assert.notEqual(fact('120,000'), fact('131 million'));
  assert.notEqual(fact('about 575,000'), fact('around 690,000'));
  assert.match(fact('around 690,000'), /planned$/);
  assert.notEqual(fact('40'), fact('52'));
  assert.match(fact('52'), /assam/);
});

test('a draft never contradicts a claim already written in the workspace', () => {
  const registry = readRegistry('facts:\n  missiles-launched:\n    label: missiles Russia launched\n    kind: event\n');
  const written = buildArticle('file:///w/a.claims.txt', '---\npublished: 2024-12-25\n---\nRussia launched [90]{fact=missiles-launched} missiles, [officials]{actor=officials} said.\n');
  const ctx = new DraftContext(registry, [written]);
  const draft = draftArticle(buildArticle('file:///w/b.claims.txt', '---\npublished: 2024-12-25\n---\nRussia launched 78 missiles, the air force said.\n'), ctx);
  assert.equal(draft.claims.length, 1);
  assert.notEqual(draft.claims[0]!.fact, 'missiles-launched', 'the registry fact would conflict with the written 90');
  const agrees = draftArticle(buildArticle('file:///w/c.claims.txt', '---\npublished: 2024-12-24\n---\nRussia launched 78 missiles, the air force said.\n'), new DraftContext(registry, [written]));
  assert.equal(agrees.claims[0]!.fact, 'missiles-launched', 'another day compares with nothing');
});

test('every restatement of one value takes one fact, whichever statement names it best', () => {
  const text = ['---', 'published: 2014-05-15', '---', 'Mayor Sentenced to 58 Months in Prison',
    'The mayor was sentenced today to 58 months in prison, the U.S. Attorney announced.',
    '“He will spend 58 months in federal prison,” the U.S. Attorney said.',
    'As Many as 10,000 Dead in Storm', 'As many as 10,000 people were killed, state media said.', ''].join('\n');
  const d = draftArticle(buildArticle('r.claims.txt', text), new DraftContext(emptyRegistry()));
  const facts = (figure: RegExp) => new Set(d.claims.filter((c) => figure.test(c.text)).map((c) => c.fact));
  assert.equal(facts(/^58 months$/i).size, 1, 'headline, report and quote state one sentence');
  assert.equal(d.claims.filter((c) => /^58 months$/i.test(c.text)).length, 3);
  assert.equal(facts(/10,000/).size, 1, 'an upper bound restated is one quantity too');
});

test('a draft splits "more than N" from "as many as N": the checker sees no common value (unless two named sources dispute it)', () => {
  const registry = readRegistry('facts:\n  storm-deaths:\n    label: people killed by the storm\n    kind: cumulative\n');
  const ctx = new DraftContext(registry);
  draftArticle(buildArticle('file:///w/a.claims.txt', '---\npublished: 2008-05-05\n---\nMore than 10,000 people were killed by the storm, the ministry said.\n'), ctx);
  const d = draftArticle(buildArticle('file:///w/b.claims.txt', '---\npublished: 2008-05-05\n---\nAs many as 10,000 people were killed by the storm.\n'), ctx);
  assert.notEqual(d.claims[0]!.fact, 'storm-deaths');
  const named = draftArticle(buildArticle('file:///w/c.claims.txt', '---\npublished: 2008-05-05\n---\nAs many as 10,000 people were killed by the storm, state media said.\n'), ctx);
  assert.equal(named.claims[0]!.fact, 'storm-deaths', 'two named sources: a dispute the texts state');
});

test('"since" makes a running total only in the figure\'s own clause', () => {
  const text = '---\npublished: 2012-01-06\n---\nThe economy had a net gain of 200,000 jobs in December, while the jobless rate dropped to the lowest level since early 2009.\n'
    + 'Officials have recorded 40 cases since July.\n';
  const d = draftArticle(buildArticle('s.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === '200,000')!.asof, '2011-12');
  assert.equal(d.claims.find((c) => c.text === '40')!.asof, '2012-01-06');
});

test('a report dates its changes: stretches, changes since a time, the figure moved from, and its period over the day it spoke', () => {
  assert.deepEqual(times('Over the past 12 months, earnings rose', '2011-12-02'), ['Over the past 12 months=2010-12..2011-11']);
  assert.deepEqual(times('in the last six months', '2011-12-02'), ['in the last six months=2011-06..2011-11']);
  assert.deepEqual(times('over the past year', '2011-12-02'), ['past year=2010-12..2011-11']);
  // (years counted back from a statement run up to its month: "Immunisation rates have risen 20 per cent over the past two years")
  assert.deepEqual(times('over the past two years', '2011-02-10'), ['over the past two years=2009-02..2011-02']);
  const text = '---\npublished: 2011-12-02\n---\nNonfarm payroll employment rose by 120,000 in November, the Labor Department reported today.\n'
    + 'The unemployment rate fell from 9.0 to 8.6 percent in November.\n'
    + 'Over the past 12 months, average hourly earnings have risen by 1.8 percent.\n'
    + 'Since a recent low in December 2009, retail employment has increased by 319,000.\n'
    + 'Friday’s report from the Labor Department says the jobless rate is 8.6 percent.\n';
  const d = draftArticle(buildArticle('j.claims.txt', text), new DraftContext(emptyRegistry()));
  const asof = (figure: string) => d.claims.find((c) => c.text === figure)!.asof;
  assert.equal(asof('9.0'), '2011-10');
  assert.equal(asof('8.6 percent'), '2011-11');
  assert.equal(asof('1.8 percent'), '2010-12..2011-11');
  assert.equal(asof('319,000'), '2009-12..2011-11');
  assert.equal(d.claims.filter((c) => c.text === '8.6 percent')[1]!.asof, '2011-11', 'the report period, not the day of the report');
});

test('an undated article reckons "January 24" from the latest date it states in full, and leaves weekdays open', () => {
  const text = 'The offensive launched in August 2024 drew in troops sent in June 2024.\n'
    + 'On January 24, the ministry said 3,000 soldiers had been killed.\nOn Thursday officials said 31 drones were launched.\n';
  const d = draftArticle(buildArticle('u.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === '3,000')!.asof, '2025-01-24');
  assert.equal(d.claims.find((c) => c.text === '31')!.asof, undefined);
  assert.match(d.notes.join(' '), /no published date: 1 relative date/);
});

test('a change fact fits a change in either direction, and "from 9.0 to 8.6 percent" gives 9.0 its unit', () => {
  const registry = readRegistry('facts:\n  payroll-jobs-change:\n    label: Change in nonfarm payroll employment (jobs added or lost), by month\n    unit: jobs\n    kind: event\n'
    + '  unemployment-rate:\n    label: US unemployment rate, by month\n    unit: percent\n    kind: level\n');
  const text = '---\npublished: 2011-12-02\n---\nThe unemployment rate fell from 9.0 to 8.6 percent in November, and nonfarm payroll employment rose by 120,000.\n';
  const d = draftArticle(buildArticle('p.claims.txt', text), new DraftContext(registry));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)!.fact;
  assert.equal(fact('120,000'), 'payroll-jobs-change');
  assert.equal(fact('9.0'), 'unemployment-rate');
  assert.equal(fact('8.6 percent'), 'unemployment-rate');
});

test('registry facts: a verb-defined fact needs its noun in the id, a rate fits only a rate, "casualties during" counts casualties', () => {
  const registry = readRegistry('facts:\n  nk-troops-sent:\n    label: North Korean troops sent to Russia\n    unit: troops\n    kind: cumulative\n'
    + '  nk-casualties:\n    label: North Korean troops killed or wounded since their deployment\n    unit: people\n    kind: cumulative\n'
    + '  troop-replenishment-rate:\n    label: Troops Russia can replenish each day\n    unit: troops per day\n    kind: level\n');
  const text = '---\npublished: 2025-01-27\n---\nThe ministry said North Korean forces had incurred between 3,000 to 4,000 casualties during their operations, devastating to a deployment of approximately 11,000 troops.\n'
    + 'Russia can replenish about 1,200 troops per day.\n';
  const d = draftArticle(buildArticle('t.claims.txt', text), new DraftContext(registry));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)!.fact;
  assert.equal(fact('between 3,000 to 4,000'), 'nk-casualties');
  assert.equal(fact('approximately 11,000'), 'nk-troops-sent');
  assert.ok(!d.claims.find((c) => c.text === 'approximately 11,000')!.alternatives.includes('troop-replenishment-rate'));
  assert.equal(fact('about 1,200 troops per day'), 'troop-replenishment-rate');
});

test('data name no speaker: who released them does, and a comparison\'s time is not the change\'s', () => {
  const text = '---\npublished: 2012-09-20\n---\nA statistical projection of road deaths for the first half of 2012 shows that an estimated 16,290 people died.\n'
    + 'This is an increase of about 9.0 percent as compared to the estimated 14,950 deaths that occurred in the first half of 2011.\n'
    + 'Preliminary data reported by the Federal Highway Administration shows that miles traveled rose by about 15.6 billion miles.\n';
  const d = draftArticle(buildArticle('n.claims.txt', text), new DraftContext(emptyRegistry()));
  const claim = (figure: string) => d.claims.find((c) => c.text === figure)!;
  assert.equal(claim('an estimated 16,290').actor, undefined, 'a projection of road deaths is what is projected, not who');
  assert.match(claim('about 15.6 billion miles').actor ?? '', /federal-highway-administration/);
  assert.equal(claim('14,950').asof, '2011-01..2011-06');
  assert.notEqual(claim('about 9.0 percent').asof, '2011-01..2011-06');
});

test('a quotation of its own after a quoted speaker is theirs; "between A and B" is one stretch', () => {
  assert.deepEqual(times('rose between the first quarter of 2023 and the first quarter of 2024'), ['between the first quarter of 2023 and the first quarter of 2024=2023-01..2024-03']);
  const text = '---\npublished: 2024-05-28\n---\n“Prices grew at a steady pace,” said Dr. Anju Vajja, a deputy director. “Over six quarters, mortgage rates hovered around 7 percent.”\n'
    + 'House prices rose 6.6 percent between the first quarter of 2023 and the first quarter of 2024.\n';
  const d = draftArticle(buildArticle('q.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.match(d.claims.find((c) => c.text === 'around 7 percent')!.actor ?? '', /vajja/);
  assert.equal(d.claims.find((c) => c.text === '6.6 percent')!.asof, '2023-01..2024-03');
});

test('a publisher introducing its own data speaks for the text; a counted subject reports but is no source', () => {
  const lead = '---\npublished: 2016-04-06\n---\nCandidates raised $442.7 million in 2015, according to an analysis by the Federal Election Commission.\n'
    + 'The 926 House candidates reported receipts of $388.4 million.\nMeanwhile, 122 Senate candidates raised $213.1 million.\n';
  const d = draftArticle(buildArticle('f.claims.txt', lead), new DraftContext(emptyRegistry()));
  for (const c of d.claims) assert.match(c.actor ?? '', /federal-election-commission/, c.text);
  const release = '---\npublished: 2016-07-01\n---\nThe Federal Election Commission has released its statistical summary of campaign activity.\nPresidential candidates raised $735.3 million.\n';
  const r = draftArticle(buildArticle('g.claims.txt', release), new DraftContext(emptyRegistry()));
  assert.match(r.claims[0]!.actor ?? '', /federal-election-commission/);
  const wire = '---\npublished: 2014-08-04\n---\nThe quake led to the collapse of more than 12,000 homes, Xinhua reported.\n';
  assert.match(draftArticle(buildArticle('x.claims.txt', wire), new DraftContext(emptyRegistry())).claims[0]!.actor ?? '', /xinhua/);
});

test('times: the longest reading wins, and "the first N months of" a period is that part of it', () => {
  assert.deepEqual(times('cash on hand as of March 31, 2016'), ['March 31, 2016=2016-03-31']);
  assert.deepEqual(times('during the first 15 months of the 2015-2016 election cycle'), ['the first 15 months of the 2015-2016=2015-01..2016-03']);
  assert.deepEqual(times('in the last three months of 2023', '2024-05-01'), ['the last three months of 2023=2023-10..2023-12']);
});

test('registry facts: "medal count" counts medals, "the Americans" are the US, "days" is a duration no troop count fits', () => {
  const fact = factsWith('  us-total-medals:\n    label: Medals won by the United States at the Olympics\n    unit: medals\n    kind: cumulative\n'
    + '  china-total-medals:\n    label: Medals won by China at the Olympics\n    unit: medals\n    kind: cumulative\n'
    + '  offensive-duration:\n    label: Days the offensive, joined by North Korean troops, had lasted\n    unit: days\n    kind: level\n'
    + '  nk-troops-sent:\n    label: North Korean troops sent to Russia\n    unit: troops\n    kind: cumulative\n',
  '2012-08-12', 'The Americans led the overall medal count with 104.\nAbout 11,000 North Korean troops arrived to support the offensive.');
  assert.equal(fact('104'), 'us-total-medals');
  assert.equal(fact('About 11,000'), 'nk-troops-sent');
});

test('in a list of amounts, the noun before "of" names each one and a figure\'s words stop at the next', () => {
  const fact = factsWith('  senate-debts:\n    label: Combined debts of Senate candidates\n    unit: USD\n    kind: level\n'
    + '  senate-cash-on-hand:\n    label: Combined cash on hand of Senate candidates\n    unit: USD\n    kind: level\n',
  '2016-04-06', 'Senate candidates reported debts of $8.9 million and cash-on-hand of $222.2 million.');
  assert.equal(fact('$8.9 million'), 'senate-debts');
  assert.equal(fact('$222.2 million'), 'senate-cash-on-hand');
});

test('no speaker from a passive "was found", a country\'s medal count, or the evidence at trial', () => {
  const cue = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));
  assert.deepEqual(cue('BOTES, 48, of Alpharetta, Georgia, was found guilty today on 15 counts.'), []);
  assert.deepEqual(cue('China’s gold count was 38 with 87 medals overall.'), []);
  assert.deepEqual(cue('According to the evidence presented at trial, she stole approximately $18,000.'), []);
  assert.deepEqual(cue('Kyiv’s first detailed estimate put losses at 3,000.'), ['Kyiv']);
  assert.deepEqual(cue('Recent reports from U.S. officials, as cited by Bloomberg, indicate that Ukraine lost half of it.'), ['U.S. officials']);
});

test('"the nine people" restates the nine cases just named', () => {
  const text = '---\npublished: 2019-08-19\n---\nThe health authority announced nine new cases were reported since July.\nNone of the nine people who contracted measles were vaccinated.\n';
  const d = draftArticle(buildArticle('m.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.length, 2);
  assert.equal(d.claims[0]!.fact, d.claims[1]!.fact);
});

test('"White House bids" are presidential, a 2016 cycle holds 2015, and "a total of" belongs to the figure it brings in', () => {
  const registry = readRegistry('facts:\n  pres-candidates-filers-2016-cycle:\n    label: Presidential candidates who had filed reports for the 2016 election\n    unit: candidates\n    kind: level\n'
    + '  house-candidates-filers-2016-cycle:\n    label: House candidates who had filed reports for the 2016 election\n    unit: candidates\n    kind: level\n');
  const text = '---\npublished: 2016-04-06\n---\nThe 82 candidates with White House bids also reported a total of $20.5 million in debts in 2015.\n';
  const d = draftArticle(buildArticle('w.claims.txt', text), new DraftContext(registry));
  const c = d.claims.find((x) => x.text === '82')!;
  assert.equal(c.fact, 'pres-candidates-filers-2016-cycle');
  assert.equal(c.asof, '2015');
});

test('times: "next year", "an increase from 2018 (92%)", and "added 1.9 million jobs over the past year"', () => {
  assert.deepEqual(times('will lose their benefits next year', '2011-12-02'), ['next year=2012']);
  const text = '---\npublished: 2011-12-02\n---\nBroadband use rose in 2021, an increase from 2018 (85%).\nThis means we’ve added 1.9 million private sector jobs over the past year, with 120,000 in November.\n';
  const d = draftArticle(buildArticle('y.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === '85%')!.asof, '2018');
  assert.equal(d.claims.find((c) => c.text === '1.9 million')!.asof, '2010-12..2011-11');
});

test('an undated article that names "Thursday (December 26)" is reckoned from that day, given today', () => {
  const text = 'Russia launched 78 missiles on Christmas morning, Ukraine’s air force said Thursday (December 26).\n';
  const ctx = new DraftContext(emptyRegistry());
  ctx.today = '2026-12-04';
  const d = draftArticle(buildArticle('t.claims.txt', text), ctx);
  assert.equal(d.claims[0]!.asof, '2024-12-25', 'Christmas before Thursday 26 December 2024');
  assert.match(d.claims[0]!.written.asof ?? '', /2024-12-25/, 'written out: there is no published date');
  assert.match(d.notes.join(' '), /reckoned from "Thursday \(December 26\)" \(2024-12-26\)/);
  assert.equal(draftArticle(buildArticle('u.claims.txt', text), new DraftContext(emptyRegistry())).claims[0]!.asof, undefined, 'no today, no guess');
});

test('a document names its institution ("an FBI news release" is the FBI); an unnamed report is a source of its own; a base dates nothing after it', () => {
  const cue = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));
  assert.deepEqual(cue('Violent crime fell 0.5%, according to an FBI news release.'), ['FBI']);
  assert.deepEqual(cue('The FBI statistics released Monday show 366.7 violent crimes.'), ['FBI']);
  const text = '---\npublished: 2020-09-28\n---\nA new report says tuition rose fourteen percent this year.\n'
    + 'Aggravated assault rose by 1.3% from 2018. Robberies were down 4.7%.\n';
  const d = draftArticle(buildArticle('r.claims.txt', text), new DraftContext(emptyRegistry()));
  // (the editor sees whose figure it is, and renames the report to its publisher once known)
  assert.equal(d.claims.find((c) => c.text === 'fourteen percent')!.actor, 'new-report');
  assert.notEqual(d.claims.find((c) => c.text === '4.7%')!.asof, '2018');
});

test('a sentence the next one carries on from with "the source" or "he" is that source\'s report', () => {
  const text = '---\npublished: 2024-11-23\n---\nA senior military source from Kyiv said Ukraine had lost ground. Kyiv now holds approximately 800 square kilometres of the region. The source emphasized that they will keep it.\n'
    + 'Russia occupies one-fifth of Ukraine. Moscow wants more.\n';
  const d = draftArticle(buildArticle('s.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.match(d.claims.find((c) => c.text === 'approximately 800 square kilometres')!.actor ?? '', /source/);
  assert.equal(d.claims.find((c) => c.text === 'one-fifth')!.actor, undefined, 'a sentence no one carries on from stays in the article\'s voice');
});

test('"the death toll rose to at least 40 on Saturday" counts the killed, on Saturday; a background time dates nothing after it', () => {
  const fact = factsWith('  fires-deaths:\n    label: People killed by the wildfires\n    unit: people\n    kind: cumulative\n', '2017-10-15',
    'The death toll from the wildfires rose to at least 40 on Saturday.');
  assert.equal(fact('at least 40'), 'fires-deaths');
  const text = '---\npublished: 2017-10-15\n---\nThe death toll rose to at least 40 on Saturday.\n'
    + 'The judge handed down the term following his conviction last August. She ordered a co-defendant to serve more than 15 years.\n';
  const d = draftArticle(buildArticle('t.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === 'at least 40')!.asof, '2017-10-14');
  assert.equal(d.claims.find((c) => c.text === 'more than 15 years')!.asof, '2017-10-15');
});

test('two named sources of one article disagreeing on a registry fact is a conflict the text states: drafted as one fact', () => {
  const registry = 'facts:\n  quake-magnitude:\n    label: Magnitude of the earthquake\n    unit: magnitude\n    kind: event\n';
  const text = '---\npublished: 2014-08-03\n---\nThe earthquake was measured by the US Geological Survey at 6.1 magnitude.\n'
    + 'The China Earthquake Networks Center had measured the earthquake at 6.5 magnitude.\n';
  const d = draftArticle(buildArticle('file:///w/q.claims.txt', text), new DraftContext(readRegistry(registry)));
  assert.deepEqual(d.claims.map((c) => c.fact), ['quake-magnitude', 'quake-magnitude']);
  assert.notEqual(d.claims[0]!.actor, d.claims[1]!.actor);
  const one = '---\npublished: 2014-08-03\n---\nThe USGS measured the earthquake at 6.1 magnitude, and later the USGS measured the earthquake at 6.5 magnitude.\n';
  const same = draftArticle(buildArticle('file:///w/r.claims.txt', one), new DraftContext(readRegistry(registry)));
  assert.notEqual(same.claims[0]!.fact, same.claims[1]!.fact, 'one source disagreeing with itself is no dispute to draft');
});

test('vote shares and turnout hold for election day, named anywhere in the article', () => {
  const text = '---\npublished: 2018-06-25\n---\nErdogan has won presidential polls on Sunday.\n'
    + 'State media said that the AKP had won 42 percent, while the CHP had 23 percent.\nThe voters’ turnout was 87%.\n';
  const d = draftArticle(buildArticle('e.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.deepEqual(d.claims.map((c) => c.asof), ['2018-06-24', '2018-06-24', '2018-06-24']);
});

test('wire copy\'s two-apostrophe quote closes before "said X", and wildfires are no launches', () => {
  const text = '---\npublished: 2017-10-15\n---\n"It is a sign we have turned a corner,\'\' said Daniel Berlant, a fire spokesman.\n'
    + '"We see containment numbers in the 50 percent," he added. At least 16 fires were burning.\n';
  const d = draftArticle(buildArticle('w.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.match(d.claims.find((c) => c.text === '50 percent')!.actor ?? '', /berlant/);
  assert.doesNotMatch(d.claims.find((c) => c.text === 'At least 16')!.fact, /launch/);
});

test('two articles\' named sources disagreeing on a registry fact for one day are a dispute the texts state; an unnamed figure is not', () => {
  const registry = 'facts:\n  cyclone-deaths:\n    label: People killed by the cyclone\n    unit: people\n    kind: cumulative\n';
  const first = '---\npublished: 2008-05-05\n---\nCyclone toll\nOfficials told the news agency that 15,000 people were dead in the cyclone.\n';
  const second = '---\npublished: 2008-05-05\n---\nAs Many as 10,000 Dead in Cyclone\nState media say as many as 10,000 people are dead after the cyclone.\n';
  const ctx = new DraftContext(readRegistry(registry));
  draftArticle(buildArticle('file:///w/a.claims.txt', first), ctx);
  const d = draftArticle(buildArticle('file:///w/b.claims.txt', second), ctx);
  assert.deepEqual(d.claims.map((c) => c.fact), ['cyclone-deaths', 'cyclone-deaths']);
  const unnamed = '---\npublished: 2008-05-05\n---\nCyclone\nAs many as 10,000 people are dead after the cyclone.\n';
  const ctx2 = new DraftContext(readRegistry(registry));
  draftArticle(buildArticle('file:///w/a.claims.txt', first), ctx2);
  const u = draftArticle(buildArticle('file:///w/c.claims.txt', unnamed), ctx2);
  assert.notEqual(u.claims[0]!.fact, 'cyclone-deaths', 'a figure in the article\'s own voice makes no dispute');
});
