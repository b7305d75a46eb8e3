// Registry reuse cases the dev splits' errors showed (reuse13), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { drafted } from './drafted';

test('what the things counted do is no part of the counted noun: "12,000 volunteers working" counts volunteers', () => {
  const registry = 'facts:\n  harbour-festival-volunteers:\n    label: Volunteers at the Harbour Festival\n    unit: volunteers\n    kind: level\n';
  const find = drafted('Festival\nThe organisers said 12,000 volunteers working at the Harbour Festival had signed up this year.\n', '2026-09-01', registry);
  assert.equal(find('12,000')?.fact, 'harbour-festival-volunteers');
  // (an adverb after the noun likewise: "1,400 volunteers overall")
  assert.equal(drafted('Festival\nThe Harbour Festival had 1,400 volunteers overall, the organisers said.\n', '2026-09-01', registry)('1,400')?.fact, 'harbour-festival-volunteers');
  // (people are told by what they do: "5,000 people living near the harbour" are no festival's volunteers)
  assert.notEqual(drafted('Festival\nThe organisers said 5,000 people living near the harbour were told of road closures.\n', '2026-09-01', registry)('5,000')?.fact, 'harbour-festival-volunteers');
});

test('"overall" says a fact\'s "total": "the overall award count with 30" is the total, not the gold awards the sentence also names', () => {
  const registry = 'facts:\n  lakeside-gold-awards-2026:\n    label: Gold awards won by Lakeside School at the 2026 regional fair\n    unit: awards\n    kind: cumulative\n  lakeside-total-awards-2026:\n    label: Awards won by Lakeside School at the 2026 regional fair\n    unit: awards\n    kind: cumulative\n';
  const find = drafted('Fair\nAt the regional fair, Lakeside School led the gold award count with 12 and the overall award count with 30.\n', '2026-09-01', registry);
  assert.equal(find('30')?.fact, 'lakeside-total-awards-2026');
  assert.equal(find('12')?.fact, 'lakeside-gold-awards-2026');
});

test('a people counts persons of its country: "1.2 million New Zealanders" fits a fact of people in New Zealand', () => {
  const registry = 'facts:\n  nz-volunteers:\n    label: Number of people doing unpaid volunteer work in New Zealand in a year\n    unit: people\n    kind: level\n';
  const find = drafted('Volunteers\nAbout 1.2 million New Zealanders were unpaid volunteers last year, the survey found.\n', '2026-09-01', registry);
  assert.equal(find('About 1.2 million')?.fact, 'nz-volunteers');
});

test('the counted noun is spelled as the registry words are: "4,500 fishing licences" fits a fact of licences ("licence" and "license" are one word)', () => {
  const registry = 'facts:\n  lakeland-fishing-licences:\n    label: Fishing licences the Lakeland agency issued in a year\n    unit: licences\n    kind: event\n';
  const find = drafted('Licences\nThe Lakeland agency said it issued 4,500 fishing licences last year.\n', '2026-09-01', registry);
  assert.equal(find('4,500')?.fact, 'lakeland-fishing-licences');
});

test('a registry fact drafted undated in an earlier article (no published date) does not keep a dated figure from it: the checker never compares the two', () => {
  const registry = 'facts:\n  lakeland-strike-length:\n    label: Days the Lakeland port strike has lasted\n    unit: days\n    kind: level\n';
  const ctx = new DraftContext(readRegistry(registry));
  const first = draftArticle(buildArticle('file:///w/a.claims.txt', 'Strike\nThe Lakeland port strike has lasted 12 days, the union said.\n'), ctx);
  assert.equal(first.claims.find((c) => c.text === '12 days')?.fact, 'lakeland-strike-length');
  const second = draftArticle(buildArticle('file:///w/b.claims.txt', '---\npublished: 2026-09-01\n---\nStrike\nThe Lakeland port strike has lasted 20 days, the union said on Tuesday.\n'), ctx);
  assert.equal(second.claims.find((c) => c.text === '20 days')?.fact, 'lakeland-strike-length');
});

test('"woman" and "women", "man" and "men", "child" and "children" are one word to a registry label', () => {
  const registry = 'facts:\n  lakeland-men-weekly-pay:\n    label: Median weekly pay of men working in Lakeland\n    unit: GBP\n    kind: level\n  lakeland-women-weekly-pay:\n    label: Median weekly pay of women working in Lakeland\n    unit: GBP\n    kind: level\n';
  const find = drafted('Pay\nThe survey found that a woman working in Lakeland had median weekly pay of £612.\n', '2026-09-01', registry);
  assert.equal(find('£612')?.fact, 'lakeland-women-weekly-pay');
  const man = drafted('Pay\nThe survey found that a man working in Lakeland had median weekly pay of £705.\n', '2026-09-01', registry);
  assert.equal(man('£705')?.fact, 'lakeland-men-weekly-pay');
});

test('an index named with its number ("ABC200") is one word, and of two facts that tie the one whose id words are said nearest the figure wins', () => {
  const registry = 'facts:\n  abc100-no-female-directors:\n    label: Share of ABC100 firms with no female directors\n    unit: percent\n    kind: level\n  abc200-no-female-directors:\n    label: Share of ABC200 firms with no female directors\n    unit: percent\n    kind: level\n';
  const find = drafted('Boards\nThe review found that 12 per cent of ABC100 firms and 30 per cent of ABC200 firms had no female directors.\n', '2026-09-01', registry);
  assert.equal(find('12 per cent')?.fact, 'abc100-no-female-directors');
  assert.equal(find('30 per cent')?.fact, 'abc200-no-female-directors');
});

test('"murdered" and "slain" are killed: "gunmen murdered 40 people" fits a fact of people killed in the raid', () => {
  const registry = 'facts:\n  lakeland-raid-killed:\n    label: People killed in the raid on Lakeland of 3 May 2026\n    unit: people\n    kind: event\n  lakeland-raid-hostages:\n    label: People taken hostage in the raid on Lakeland of 3 May 2026\n    unit: people\n    kind: event\n';
  const find = drafted('Raid\nOn 3 May, gunmen who crossed into Lakeland murdered 40 people in the raid.\n', '2026-05-10', registry);
  assert.equal(find('40')?.fact, 'lakeland-raid-killed');
});

test('in a bracketed list each figure is its name\'s: "Canada (4.4 percent) Mexico (3.9 percent) and the United States (6.3 percent)"', () => {
  const registry = 'facts:\n' + [['canada', 'Canada'], ['mexico', 'Mexico'], ['us', 'The United States']].map(([id, name]) => `  ${id}-jobless-rate:\n    label: ${name}'s unemployment rate\n    unit: percent\n    kind: level\n`).join('');
  const find = drafted('Jobs\nThe Lakeland unemployment rate is now below that of Canada (4.4 percent) Mexico (3.9 percent) and the United States (6.3 percent).\n', '2026-09-01', registry);
  assert.equal(find('4.4 percent')?.fact, 'canada-jobless-rate');
  assert.equal(find('3.9 percent')?.fact, 'mexico-jobless-rate');
  assert.equal(find('6.3 percent')?.fact, 'us-jobless-rate');
  // (the closing bracket ends an item where no comma does)
  const first = drafted('Jobs\nThe Lakeland unemployment rate is now below that of the United States (6.3 percent) Canada (4.4 percent) and Mexico (3.9 percent).\n', '2026-09-01', registry);
  assert.equal(first('6.3 percent')?.fact, 'us-jobless-rate');
});

test('a fact in "fraction" or "ratio" holds a fraction read as a percentage: "a third of the households" fits "Fraction of Lakeland households ..."', () => {
  const registry = 'facts:\n  lakeland-households-without-broadband:\n    label: Fraction of Lakeland households without broadband\n    unit: fraction\n    kind: level\n';
  const find = drafted('Broadband\nThe survey found that a third of the households in Lakeland are without broadband.\n', '2026-09-01', registry);
  assert.equal(find('a third')?.fact, 'lakeland-households-without-broadband');
});

test('a measure its clause says is per a day or week is a rate: "retreating 40 meters each day" fits a fact in metres per day', () => {
  const registry = 'facts:\n  lakeland-glacier-retreat-daily:\n    label: Daily retreat of the Lakeland glacier\n    unit: m per day\n    kind: level\n';
  const find = drafted('Glacier\nScientists said the Lakeland glacier is retreating 40 meters each day this summer.\n', '2026-09-01', registry);
  assert.equal(find('40 meters')?.fact, 'lakeland-glacier-retreat-daily');
});

test('"added 4,200 jobs" is a change: it fits a fact of the change in jobs, not their level', () => {
  const registry = 'facts:\n  lakeland-payroll-jobs-change:\n    label: Change in Lakeland payroll employment over the month\n    unit: jobs\n    kind: event\n';
  const find = drafted('Jobs\nLakeland employers added 4,200 jobs in March, the statistics office said.\n', '2026-04-03', registry);
  assert.equal(find('4,200')?.fact, 'lakeland-payroll-jobs-change');
});

test('"down £0.3 billion from £4.4 billion" is a change in any unit: it fits the change fact, not the level', () => {
  const registry = 'facts:\n  lakeland-trade-surplus:\n    label: Lakeland trade surplus in a month\n    unit: GBP\n    kind: level\n  lakeland-trade-surplus-change:\n    label: Change in the Lakeland trade surplus from the month before\n    unit: GBP\n    kind: event\n';
  const find = drafted('Trade\nThe Lakeland trade surplus was £4.1 billion in May, down £0.3 billion from £4.4 billion in April.\n', '2026-06-05', registry);
  assert.equal(find('£4.1 billion')?.fact, 'lakeland-trade-surplus');
  assert.equal(find('£0.3 billion')?.fact, 'lakeland-trade-surplus-change');
});

test('"job growth has averaged 2,100 per month" is an average of changes: it fits a change fact', () => {
  const registry = 'facts:\n  lakeland-jobs-change-monthly-average:\n    label: Average monthly change in Lakeland payroll employment over a year\n    unit: jobs per month\n    kind: level\n';
  const find = drafted('Jobs\nSo far this year, Lakeland job growth has averaged 2,100 per month, the statistics office said.\n', '2026-09-01', registry);
  assert.equal(find('2,100 per month')?.fact, 'lakeland-jobs-change-monthly-average');
});

test('"has already sold" is a running total, so it fits a total counted since an earlier year', () => {
  const registry = 'facts:\n  lakeland-e-bikes-sold:\n    label: E-bikes Lakeland Cycles has sold since its launch in March 2024\n    unit: units\n    kind: cumulative\n';
  const find = drafted('Bikes\nLakeland Cycles has already sold nearly 40,000 units, the company said.\n', '2026-09-01', registry);
  assert.equal(find('nearly 40,000')?.fact, 'lakeland-e-bikes-sold');
});
