// Drafting cases the twenty-third session's errors on dev waves showed, in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"according to a flash estimate from X": X states the figure, not the estimate', () => {
  const find = drafted('Ruritania inflation steady\nAnnual inflation is expected to be 2.4% in May, according to a flash estimate from the Ruritanian Statistics Office.\n', '2021-06-01');
  assert.match(find('2.4%')?.actor ?? '(none)', /^ruritanian-statistics-office$/);
});

test('"according to preliminary data" names no one: the data are no actor', () => {
  const find = drafted('Gas supply falls\nIn 2023, according to preliminary data, the natural gas supply of Ruritania fell to 12.8 million terajoules.\n', '2024-03-01');
  assert.ok(find('12.8 million'));
  assert.doesNotMatch(find('12.8 million')?.actor ?? '(none)', /data/);
});

test('a time opening the sentence after "published by X." dates its figure: the release\'s name ends with its sentence', () => {
  const find = drafted('GDP up by 0.2% in the second quarter of 2019\n'
    + 'GDP rose by 0.2% in the second quarter of 2019, according to a flash estimate published by the Ruritanian Statistics Office.\n'
    + 'In the first quarter of 2019, GDP had grown by 0.4%.\n', '2019-08-14');
  assert.equal(find('0.2%')?.asof, '2019-04..2019-06');
  assert.equal(find('0.4%')?.asof, '2019-01..2019-03');
});

test('a registry fact named by one quantity ("inflation") is no figure of a sentence about another ("GDP")', () => {
  const registry = 'facts:\n  euro-area-annual-inflation:\n    label: Euro area annual inflation (change on the same month a year earlier)\n    unit: percent\n    kind: rate\n';
  const find = drafted('Euro area figures\nIn the first quarter of 2019, GDP had grown by 0.4% in the euro area and by 0.5% in the EU28.\nAnnual inflation in the euro area was 1.7% in March 2019.\n', '2019-08-14', registry);
  for (const figure of ['0.4%', '0.5%']) {
    assert.ok(find(figure));
    assert.notEqual(find(figure)?.fact, 'euro-area-annual-inflation');
  }
  assert.equal(find('1.7%')?.fact, 'euro-area-annual-inflation');
});
