// Registry reuse cases the dev splits' errors showed (reuse23), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a change fact holds a change the reader did not mark as one: "lost 4,200 jobs", an inflation rate', () => {
  const registry = 'facts:\n  lakeland-jobs-change-month:\n    label: Change in payroll jobs in Lakeland in a month\n    unit: jobs\n  lakeland-prices-annual-change:\n    label: Annual change in Lakeland consumer prices\n    unit: percent\n';
  const lost = drafted('Jobs\nIn March, the Lakeland economy lost 4,200 jobs, the statistics office said.\n', '2026-04-03', registry);
  assert.equal(lost('4,200')?.fact, 'lakeland-jobs-change-month');
  const rate = drafted('Prices\nThe Lakeland consumer prices inflation rate was 2.4 percent in the year to March, the statistics office said.\n', '2026-04-20', registry);
  assert.equal(rate('2.4 percent')?.fact, 'lakeland-prices-annual-change');
});

test('a forecast fact holds a figure its clause foresees ("yields are expected to average"), and a label\'s "plans to" makes a plan of a fact', () => {
  const registry = 'facts:\n  lakeland-wheat-yield-forecast:\n    label: Lakeland average wheat yield forecast for the crop year\n    unit: bushels per acre\n  lakeland-food-bank-families-to-feed:\n    label: Families the Lakeland food bank plans to feed in a year\n    unit: families\n';
  const find = drafted('Harvest\nLakeland wheat yields are expected to average 61.5 bushels per acre this year, the farm office said.\n', '2026-08-12', registry);
  assert.equal(find('61.5 bushels per acre')?.fact, 'lakeland-wheat-yield-forecast');
  // (a figure that is no plan does not take a fact its label makes one)
  const plan = drafted('Food\nThe Lakeland food bank fed 3,000 families last year.\n', '2026-08-12', registry);
  assert.notEqual(plan('3,000')?.fact, 'lakeland-food-bank-families-to-feed');
});

test('a level rises and falls whatever verb its label says it by: "Lakeland timber sales fell to $4.1 million"; but a rise of people counted per 100,000 is no count of people killed', () => {
  const registry = 'facts:\n  lakeland-timber-sales:\n    label: Value of timber sold by Lakeland mills in a month\n    unit: USD\n  lakeland-flood-deaths:\n    label: Number of people killed by floods in Lakeland in a year\n    unit: people\n';
  const find = drafted('Timber\nLakeland timber sales fell 3.0% in May to $4.1 million, the mills said.\n', '2026-06-20', registry);
  assert.equal(find('$4.1 million')?.fact, 'lakeland-timber-sales');
  const rate = drafted('Crime\nThe number of thefts per 100,000 people in Lakeland rose last year.\n', '2026-06-20', registry);
  assert.notEqual(rate('100,000')?.fact, 'lakeland-flood-deaths');
});

test('years only a label names date the event it describes, which a later story retells: "Hijackers who boarded the Lakeland ferry in March 2011" fits a figure of 2026; a day\'s event ("of 7 October 2011") does not', () => {
  const registry = 'facts:\n  ferry-hijackers-boarded:\n    label: Hijackers who boarded the Lakeland ferry in March 2011\n    unit: hijackers\n  harbour-blast-injured:\n    label: People injured in the Lakeland harbour blast of 7 October 2011\n    unit: people\n';
  const find = drafted('Ferry\nThe 12 hijackers boarded the Lakeland ferry before dawn, the court heard on Monday.\n', '2026-05-04', registry);
  assert.equal(find('12')?.fact, 'ferry-hijackers-boarded');
  // (a day's event is not a figure of another year)
  const blast = drafted('Blast\nThe harbour blast injured 30 people in Lakeland, officials said on Monday.\n', '2026-05-04', registry);
  assert.notEqual(blast('30')?.fact, 'harbour-blast-injured');
});
