// Session 25 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dollarOfArticle, dollarOfText } from '../../../server/src/core/figures/localDollar';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

test('a release signed by a dollar country\'s statistics office is in its dollar, though it names no place', () => {
  const release = 'Retail sales rose $212 million in the June quarter.\nJane Roe, Government Statistician\n';
  assert.equal(dollarOfText(release), 'NZD');
  assert.equal(dollarOfArticle('https://www.example.org/releases/retail.txt', release), 'NZD');
  assert.equal(dollarOfText('Exports fell $40 million, Statistics Canada said.'), 'CAD');
  assert.equal(dollarOfText('The Australian Bureau of Statistics put lending at $3.2 billion.'), 'AUD');
  // (a title another office also uses, named with its place; a US story that cites the office in passing)
  assert.equal(dollarOfText('The Queensland Government Statistician reported $5 billion of building work.'), undefined);
  assert.equal(dollarOfText('Ghana\'s Government Statistician said $2 million in aid was spent.'), undefined);
  assert.equal(dollarOfText('Washington and New York firms in the United States and America, Texas, California: Stats NZ figures show $3 million of US sales.'), undefined);
});

test('each side of a size glued by an x takes the unit after the last side', () => {
  const unitOf = (claim: string, after: string) => { const r = readFigureBefore(claim, after); return r.ok ? `${r.value.low} ${r.value.unit}` : r.reason; };
  assert.equal(unitOf('20', 'x30x15 cm, or'), '20 cm');
  assert.equal(unitOf('30', 'x15 cm, or'), '30 cm');
  assert.equal(unitOf('8', 'x12x6 inches.'), '8 in');
  assert.equal(unitOf('12', ' x 7 mm'), '12 mm');
});

test('a lower-case "8k" after a distance run or driven is kilometres; "8k followers" and "8k" elsewhere are thousands', () => {
  const read = (claim: string, after: string, before: string) => { const r = readFigureBefore(claim, after, undefined, before); return r.ok ? `${r.value.low} ${r.value.unit ?? ''}` : r.reason; };
  assert.equal(read('8k', ' of the course.', 'Runners in the half-marathon slowed over the hilly last '), '8 km');
  assert.equal(read('8k', ' and stopped.', 'The buggy had driven 12 kilometers by June; in July it passed '), '8 km');
  assert.equal(read('8k', ' followers.', 'After the race the runners gained '), '8000 ');
  assert.equal(read('8k', '.', 'The appeal raised '), '8000 ');
});

test('a spelled number read across the comma after its thousands', () => {
  const r = readFigure('Forty-one thousand, three hundred twelve');
  assert.ok(r.ok && r.value.low === 41312 && r.value.high === 41312);
  const m = readFigure('two million, four hundred thousand');
  assert.ok(m.ok && m.value.low === 2400000);
});
