// Registry reuse cases the dev splits' errors showed (reuse24), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a percentage said with a verb of growth or contraction is a growth rate: "Lakeland GDP is set to contract 0.3%" fits "lakeland-gdp-growth"', () => {
  const registry = 'facts:\n  lakeland-gdp-growth:\n    label: Growth of Lakeland real GDP in a year\n    unit: percent\n';
  const find = drafted('Economy\nLakeland GDP is set to contract 0.3% this year, officials said.\n', '2026-05-01', registry);
  assert.equal(find('0.3%')?.fact, 'lakeland-gdp-growth');
  const grown = drafted('Economy\nIn Lakeland, GDP has grown by 0.4% in the year, officials said.\n', '2026-05-01', registry);
  assert.equal(grown('0.4%')?.fact, 'lakeland-gdp-growth');
});

test('a fact whose label says it holds forecasts takes a forecast figure: "GDP growth is projected at 1.6%" fits "(Commission forecast)"', () => {
  const registry = 'facts:\n  lakeland-gdp-growth:\n    label: Lakeland real GDP growth in a year (Commission forecast)\n    unit: percent\n';
  const find = drafted('Outlook\nLakeland GDP growth is projected at 1.6% in 2027, the Commission said.\n', '2026-05-01', registry);
  assert.equal(find('1.6%')?.fact, 'lakeland-gdp-growth');
  // (the label's "forecast" names no quantity: a sum fitting only by its unit is not the fact's)
  const sums = drafted('Outlook\nBorrowing is forecast to fall to £40 billion in 2027, officials said.\n', '2026-05-01', 'facts:\n  lakeland-fund-headroom:\n    label: Headroom of the Lakeland fund (Treasury forecast)\n    unit: GBP\n');
  assert.notEqual(sums('£40 billion')?.fact, 'lakeland-fund-headroom');
});

test('a figure per a stretch fits a fact whose label says per that stretch though its unit does not: "300 people a day" fits "on a typical day"', () => {
  const registry = 'facts:\n  lakeland-ferry-passengers-daily:\n    label: People using the Lakeland ferry on a typical day\n    unit: people\n    kind: level\n';
  const find = drafted('Ferry\nThe Lakeland ferry carries about 300 people a day, the operator said.\n', '2026-05-01', registry);
  assert.equal(find('about 300 people a day')?.fact ?? find('about 300')?.fact, 'lakeland-ferry-passengers-daily');
});

test('of facts of several countries, one of a country the article never names yields to one of a country it names: "the unemployment rate" in a story of Australia\'s jobs', () => {
  const registry = 'facts:\n  eu-unemployment-rate:\n    label: EU unemployment rate\n    unit: percent\n  australia-unemployment-rate:\n    label: Australia\'s unemployment rate (ABS Labour Force, seasonally adjusted)\n    unit: percent\n';
  const find = drafted('Jobs\nAustralia added jobs in October. Today\'s figures show the unemployment rate has remained steady at 5.6 per cent, the minister said.\n', '2026-11-12', registry);
  assert.equal(find('5.6 per cent')?.fact, 'australia-unemployment-rate');
});
