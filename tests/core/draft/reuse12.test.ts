// Registry reuse cases the dev splits' errors showed (reuse12), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a fact whose label names spending (no verb) holds money spent: "spent more than $2 million" fits "Ms Vale\'s spending on ..."', () => {
  const registry = 'facts:\n  vale-art-auctions-2019-2021:\n    label: Ms Vale\'s spending on paintings at city auctions from 2019 to 2021\n    unit: USD\n    kind: cumulative\n';
  const find = drafted('Collector\nThe court heard that Ms Vale spent more than $2 million on paintings at city auctions between 2019 and 2021.\n', '2026-09-01', registry);
  assert.equal(find('more than $2 million')?.fact, 'vale-art-auctions-2019-2021');
});

test('two far bounds of one noun in an article are two quantities: the larger (the whole) keeps the registry fact', () => {
  const registry = 'facts:\n  vale-art-auctions-2019-2021:\n    label: Ms Vale\'s spending on paintings at city auctions from 2019 to 2021\n    unit: USD\n    kind: cumulative\n';
  const find = drafted('Collector\nThe court heard that Ms Vale spent more than $2 million on paintings at city auctions between 2019 and 2021. Of that, she spent more than $600,000 on paintings at one auction house.\n', '2026-09-01', registry);
  assert.equal(find('more than $2 million')?.fact, 'vale-art-auctions-2019-2021');
  assert.notEqual(find('more than $600,000')?.fact, 'vale-art-auctions-2019-2021');
  // (the smaller printed first yields all the same)
  const first = drafted('Collector\nMs Vale spent more than $600,000 on paintings at one auction house, the court heard. In all, she spent more than $2 million on paintings at city auctions between 2019 and 2021.\n', '2026-09-01', registry);
  assert.equal(first('more than $2 million')?.fact, 'vale-art-auctions-2019-2021');
  assert.notEqual(first('more than $600,000')?.fact, 'vale-art-auctions-2019-2021');
  // (bounds close together may be one quantity restated: "over $2 million" and "more than $1.5 million")
  const close = drafted('Collector\nMs Vale spent over $2 million on paintings at city auctions between 2019 and 2021, the court heard. Prosecutors said she spent more than $1.5 million on paintings at city auctions.\n', '2026-09-01', registry);
  assert.equal(close('over $2 million')?.fact, 'vale-art-auctions-2019-2021');
  assert.equal(close('more than $1.5 million')?.fact, 'vale-art-auctions-2019-2021');
});

test('a title read alone ("The Harbours Minister said:") is the one registry person the registry gives that title before a name', () => {
  const registry = 'actors:\n  ann-pike:\n    name: Ann Pike\n    kind: person\n    aliases: [Harbours Minister Ann Pike, Ms Pike]\n';
  const body = 'Harbours\nPorts will be dredged this winter, officials said.\nThe Harbours Minister said:\nWe will spend more than £40 million on dredging the smaller harbours.\n';
  assert.equal(drafted(body, '2026-09-01', registry)('more than £40 million')?.actor, 'ann-pike');
  // (two registry people with that title: neither is guessed)
  const two = `${registry}  tom-reed:\n    name: Tom Reed\n    kind: person\n    aliases: [Harbours Minister Tom Reed]\n`;
  const actor = drafted(body, '2026-09-01', two)('more than £40 million')?.actor;
  assert.ok(actor !== 'ann-pike' && actor !== 'tom-reed');
  // (a title with the name after it, "Harbours Minister, Ann Pike, said:", is the person it names)
  assert.equal(drafted(body.replace('The Harbours Minister said:', 'Harbours Minister, Ann Pike, said:'), '2026-09-01', two)('more than £40 million')?.actor, 'ann-pike');
});

test('a level its id names moves up or down whatever verb its label qualifies it by: "the average price rose to €410,000" fits "Average price per flat sold ..."', () => {
  const registry = 'facts:\n  lakeside-flat-average-price:\n    label: Average price per flat sold by the Lakeside agency in a year\n    unit: euros\n    kind: level\n';
  const find = drafted('Flats\nLakeside said the average price of its flats rose to €410,000 last year.\n', '2026-09-01', registry);
  assert.equal(find('€410,000')?.fact, 'lakeside-flat-average-price');
});

test('a fact that names no verb holds the noun printed after the figure when its label names it: "2,310 patients received" fits "Patients told ... all clear"', () => {
  const registry = 'facts:\n  riverside-all-clear-letters:\n    label: Number of patients told by Riverside clinic in a month that their scan was clear\n    unit: patients\n    kind: event\n';
  const find = drafted('Clinic\nIn May, 2,310 patients received an all-clear letter from Riverside clinic, its director said.\n', '2026-06-10', registry);
  assert.equal(find('2,310')?.fact, 'riverside-all-clear-letters');
});

test('"criminal cases" in a label are no infections: the fact still holds a figure with its own verb', () => {
  const registry = 'facts:\n  county-incarceration-years:\n    label: Combined years of incarceration to which defendants in county criminal cases were sentenced in a year\n    unit: years\n    kind: event\n';
  const find = drafted('Courts\nThe county held its defendants to 40 years of incarceration in all last year, the court said.\n', '2026-09-01', registry);
  assert.equal(find('40 years')?.fact, 'county-incarceration-years');
});
