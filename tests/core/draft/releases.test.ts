// Agency releases (sentences written for these tests, not from the corpus): a name with its
// bracketed initials before the verb, "reported today." closing what came before it, polls
// counted in a source phrase, participles after a comma, and a
// release whose lead says so speaking for its later figures, and a bracketed change after its verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry, readRegistry } from '../../../server/src/core/api';
import { findCues } from '../../../server/src/core/draft/cues';

const sourceOf = (s: string) => findCues(s, { start: 0, end: s.length }).map((c) => s.slice(c.source.start, c.source.end));

test('"the Bureau of Labor Statistics (BLS) said": the bracketed initials close the name and stay in it', () => {
  assert.deepEqual(sourceOf('Hiring slowed to 90,000 jobs, the Bureau of Labor Statistics (BLS) said.'), ['the Bureau of Labor Statistics (BLS)']);
  assert.deepEqual(sourceOf('Hiring slowed to 90,000 jobs, the Bureau of Labor Statistics said.'), ['the Bureau of Labor Statistics']);
  // a bracket that is no set of initials still breaks the phrase
  assert.deepEqual(sourceOf('Hiring slowed to 90,000 jobs (seasonally adjusted) reported Friday.'), []);
});

test('"..., the agency reported today." speaks for what comes before it, and a release goes on in its voice', () => {
  const text = '---\npublished: 2026-11-20\n---\nRail ridership up\nRidership rose to 4.2 million trips in October, up 6 percent from a year earlier, the Federal Transit Administration (FTA) reported today.\n'
    + 'Weekday trips averaged 150,000, while weekend trips fell 2 percent.\n';
  const d = draftArticle(buildArticle('file:///w/fta.claims.txt', text), new DraftContext(emptyRegistry()));
  const actor = (figure: string) => d.claims.find((c) => c.text === figure)?.actor;
  // (the initials it gives itself are its proposed id)
  assert.equal(actor('4.2 million'), 'fta');
  assert.equal(actor('6 percent'), actor('4.2 million'));
  assert.equal(actor('150,000'), actor('4.2 million'), 'the release speaks for its later figures');
});

test('"reported today." ends its content: "to" starts no clause there', () => {
  const text = '---\npublished: 2026-11-20\n---\nCity report\nThe council met on Monday.\nIt discussed parks.\nIt discussed roads.\nBurglaries fell 8 percent this year, the Riverton Police Department reported today.\n';
  const d = draftArticle(buildArticle('file:///w/police.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.match(d.claims.find((c) => c.text === '8 percent')?.actor ?? '', /riverton-police-department/);
});

test('a bracketed change after its clause\'s verb measures the subject: "payroll employment edged up (+62,000)"', () => {
  const registry = readRegistry('facts:\n  us-payroll-jobs-change:\n    label: Change in total US nonfarm payroll employment over the month\n    unit: jobs\n    kind: event\n');
  const text = '---\npublished: 2026-11-06\n---\nJobs in October\nThe unemployment rate was 4.4 percent in October, and nonfarm payroll employment edged up (+62,000).\n';
  const d = draftArticle(buildArticle('file:///w/jobs.claims.txt', text), new DraftContext(registry));
  assert.equal(d.claims.find((c) => c.text === '+62,000')?.fact, 'us-payroll-jobs-change');
});

test('"added an average of 8,000 jobs" grows; "he added" says', () => {
  assert.deepEqual(sourceOf('Over the past year, wholesale trade added an average of 8,000 jobs per month.'), []);
  assert.deepEqual(sourceOf('Retailers added a net 20,000 positions.'), []);
  assert.deepEqual(sourceOf('The index rose 2 percent, the agency added.'), ['the agency']);
});

test('"X told the paper, Y, adding that ...": the teller speaks, not whom they told', () => {
  assert.deepEqual(sourceOf('"We are ready," Ana Lopez, the fire chief, told the local paper, the Post, adding that 40 crews were out.'), ['Ana Lopez', 'Ana Lopez']);
  assert.deepEqual(sourceOf('The mayor told reporters, adding that 40 homes were lost.'), ['The mayor', 'The mayor']);
});

test('"according to two polls of voters": the polls speak, their count is the writer\'s, and whom they asked is no source', () => {
  assert.deepEqual(sourceOf('He won 54 percent, according to two polls of voters.'), ['two polls of voters']);
  const text = '---\npublished: 2026-11-20\n---\nVote count\nLopez won more than half the votes, according to two polls of voters leaving polling stations Sunday.\n';
  const d = draftArticle(buildArticle('file:///w/poll.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.equal(d.claims.find((c) => c.text === 'more than half')?.actor, 'polls-voters');
  assert.equal(d.claims.find((c) => c.text === 'two')?.actor, undefined);
});

test('who raises or revises a toll or an estimate states it; "It measured 800 miles" reports nothing', () => {
  assert.deepEqual(sourceOf('Officials raised the death toll to 53 on Monday.'), ['Officials']);
  assert.deepEqual(sourceOf('The agency lowered its growth forecast to 2.1 percent.'), ['The agency']);
  assert.deepEqual(sourceOf('Scientists have upgraded the magnitude of the quake from 9.0 to 9.1.'), ['Scientists']);
  assert.deepEqual(sourceOf('The central bank raised interest rates to 5 percent.'), [], 'a rate it sets is no figure it reports');
  assert.deepEqual(sourceOf('It measured nearly 800 miles.'), []);
  assert.deepEqual(sourceOf('The USGS measured the quake at 6.1.'), ['The USGS']);
});

test('adverbs between a source and its verb are not its name: "He still claimed", "The ministry reportedly said"', () => {
  assert.deepEqual(sourceOf('He still claimed 270 people died.'), ['He']);
  assert.deepEqual(sourceOf('The ministry reportedly said 40 people died.'), ['The ministry']);
});

test('"a new report says" is the report the article later says who released', () => {
  const registry = readRegistry('actors:\n  ire:\n    name: Institute of Rail Economics\n    aliases: [IRE]\n');
  const text = '---\npublished: 2026-11-20\n---\nRail use grows\nMore people took trains than ever before, a new report says.\nThe report shows that 4.2 million people rode trains last year.\nThe ministry and IRE released the annual Rail Use report last week.\n';
  const d = draftArticle(buildArticle('file:///w/rail.claims.txt', text), new DraftContext(registry));
  assert.equal(d.claims.find((c) => c.text === '4.2 million')?.actor, 'ire');
  const none = draftArticle(buildArticle('file:///w/rail2.claims.txt', text.replace(/The ministry and IRE released.*\n/, '')), new DraftContext(emptyRegistry()));
  assert.notEqual(none.claims.find((c) => c.text === '4.2 million')?.actor, 'ire', 'no owner named: the report stays a source of its own');
});

test('a joint release: "The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau today announced"', () => {
  assert.deepEqual(sourceOf('WASHINGTON – The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau today announced the following statistics:'),
    ['The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau']);
  assert.deepEqual(sourceOf('The Census Bureau today announced 40 new rules.'), ['The Census Bureau']);
  const registry = readRegistry('actors:\n  census-hud:\n    name: The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau\n');
  const text = '---\npublished: 2026-10-17\n---\nNew construction\nWASHINGTON – The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau today announced the following new residential construction statistics for September 2026:\nPrivately owned housing starts in September were at a seasonally adjusted annual rate of 1,017,000.\n';
  const d = draftArticle(buildArticle('file:///w/starts.claims.txt', text), new DraftContext(registry));
  assert.equal(d.claims.find((c) => c.text === '1,017,000')?.actor, 'census-hud');
});

test('"jointly announced the following ... statistics for September." reads out the lines after it, colon or not', () => {
  const text = '---\npublished: 2026-10-17\n---\nConstruction report\nThe Housing Agency and the Statistics Bureau jointly announced the following new residential construction statistics for September 2026.\nHousing starts in September were at a seasonally adjusted annual rate of 1,201,000.\n';
  const d = draftArticle(buildArticle('file:///w/starts2.claims.txt', text), new DraftContext(emptyRegistry()));
  assert.ok(d.claims.find((c) => c.text === '1,201,000')?.actor, 'the announcers speak for the statistics after the announcement');
});

test('"This is 1.5 percent (±1.1%) above the revised August rate of 1,003,000": the base is the rate the change is of', () => {
  const registry = readRegistry('facts:\n  us-building-permits-rate:\n    label: US building permits, seasonally adjusted annual rate, by month\n    unit: permits\n    kind: level\n');
  const text = '---\npublished: 2026-10-17\n---\nPermits\nPrivately owned housing units authorized by building permits in September were at a seasonally adjusted annual rate of 1,018,000. This is 1.5 percent (±1.1%) above the revised August rate of 1,003,000 and is 2.5 percent above the September 2025 estimate of 993,000.\n';
  const d = draftArticle(buildArticle('file:///w/permits.claims.txt', text), new DraftContext(registry));
  const fact = (t: string) => d.claims.find((c) => c.text === t)?.fact;
  assert.equal(fact('1,018,000'), 'us-building-permits-rate');
  assert.equal(fact('1,003,000'), 'us-building-permits-rate');
  assert.equal(fact('993,000'), 'us-building-permits-rate');
});

test('"The updated outlook calls for 19-25 named storms": a forecast calls for its figures, in the voice of who issued it', () => {
  const text = '---\npublished: 2026-08-06\n---\nStorm outlook\nThe season will be busy, according to forecasters with the Weather Bureau. Today, the agency released its update.\n'
    + 'An average season produces 12 named storms. The updated outlook calls for 19-25 named storms.\n';
  const d = draftArticle(buildArticle('file:///w/outlook.claims.txt', text), new DraftContext(emptyRegistry()));
  const actor = (figure: string) => d.claims.find((c) => c.text === figure)?.actor;
  assert.ok(actor('19-25'), 'the outlook speaks');
  assert.equal(actor('12'), undefined, 'the sentence before it is not the outlook\'s');
  // "calls for" after no forecast is no cue ("It calls for a smaller force")
  assert.deepEqual(sourceOf('It calls for 500 more troops.'), []);
});

test('"fell to $344 ..., down 8.8 percent from $377 ..., adjusted for inflation": one fare at two times, not "inflation"', () => {
  const text = '---\npublished: 2026-11-20\n---\nFares\nThe average rail fare fell to $41 in the third quarter of 2026, down 8.8 percent from $45 in the third quarter of 2025, adjusted for inflation, the bureau reported today.\n';
  const d = draftArticle(buildArticle('file:///w/fares.claims.txt', text), new DraftContext(emptyRegistry()));
  const fact = (figure: string) => d.claims.find((c) => c.text === figure)?.fact ?? '';
  assert.doesNotMatch(fact('$41'), /inflation/);
  assert.match(fact('$41'), /fare/);
  assert.equal(fact('$45'), fact('$41'), 'the base of the change is the same fare a year earlier');
  assert.notEqual(fact('8.8 percent'), fact('$41'));
});
