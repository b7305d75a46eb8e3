// Figures the beats corpus's dev part showed in the seventeenth figures session (issue 14), in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));
const reads = (text: string) => { const r = readFigure(text); return r.ok ? `${r.value.low}..${r.value.high} ${r.value.unit}` : r.reason; };

test('"flats were up 120 to 1,450", "down 35 to 80.": bare counts after a change word whose level ends the clause are a change and a level; "rose 2 to 3 percent" stays a range', () => {
  assert.deepEqual(found('Compared with last March:\nflats were up 120 to 1,450\nshops were down 35 to 80.\nPrices rose 2 to 3 percent. Visits climbed 40 to 60 in a day; it grew by 500 to 600.'),
    ['120', '1,450', '35', '80', '2 to 3 percent', '40 to 60', '500 to 600']);
});

test('"fell from a record £41.2 billion to £40.8 billion": money that repeats its sign, downwards, is two figures; upwards it stays a range', () => {
  assert.deepEqual(found('Exports fell from a record £41.2 billion to £40.8 billion. The plan costs £2 billion to £3 billion, or $900 million to $1.2 billion.'),
    ['£41.2 billion', '£40.8 billion', '£2 billion to £3 billion', '$900 million to $1.2 billion']);
});

test('"six hours and 12 minutes", "41 minutes 5 seconds", "3 hours, 2 minutes and 9 seconds": a duration whose units step down is one figure, read in its first unit', () => {
  assert.deepEqual(found('The walk took roughly six hours and 12 minutes; the burn ran 41 minutes 5 seconds and the race 3 hours, 2 minutes and 9 seconds. Staff work 8 hours, 5 days a week; the rain stopped two days, 10 hours later.'),
    ['roughly six hours and 12 minutes', '41 minutes 5 seconds', '3 hours, 2 minutes and 9 seconds', '8 hours', '5 days', 'two days']);
  assert.equal(reads('roughly six hours and 12 minutes'), '6.2..6.2 h');
  const race = readFigure('3 hours, 2 minutes and 9 seconds');
  assert.ok(race.ok && race.value.unit === 'h' && Math.abs(race.value.low - (3 + 2 / 60 + 9 / 3600)) < 1e-9);
});

test('"$7 million over four years", "350 square miles over 30 hours": "over" right after a figure spreads it over a stretch of time; "served over 20 years" stays a bound', () => {
  assert.deepEqual(found('The fund gets $7 million over four years and crews searched 350 square miles over 30 hours. She served over 20 years; for over two days it rained.'),
    ['$7 million', 'four years', '350 square miles', '30 hours', 'over 20 years', 'over two days']);
  assert.deepEqual(found('They searched 120 square nautical miles over 9 hours.'), ['120 square nautical miles', '9 hours']);
  assert.equal(reads('120 square nautical miles'), '120..120 nmi2');
});

test('"a 2-m-wide door", "4.5- by 1.2-m panels", "640 by 320 yards": an abbreviated unit hyphened as a modifier is the figure\'s; a size\'s first side shares its partner\'s unit', () => {
  const text = 'A 2-m-wide door and 4.5- by 1.2-m (14.8- by 3.9-foot) panels; the pond is 640 by 320 yards, and the range grew from 12 to 19 miles. Hiring rose by 4,100 to 96,500 in May; 3-M tape sold.';
  assert.deepEqual(found(text), ['2-m', '4.5', '1.2-m', '14.8', '3.9-foot', '640', '320 yards', '12', '19 miles', '4,100', '96,500']);
  const readIn = (figure: string) => {
    const at = text.indexOf(figure);
    const r = readFigureBefore(figure, text.slice(at + figure.length, at + figure.length + 24), undefined, text.slice(Math.max(0, at - 40), at));
    return r.ok ? `${r.value.low} ${r.value.unit}` : r.reason;
  };
  assert.deepEqual(['2-m', '4.5', '14.8', '640', '4,100'].map(readIn), ['2 m', '4.5 m', '14.8 ft', '640 yd', '4100 undefined']);
  // (not a preposition after the partner: "150 and 180 in" is no pair of inches)
  const r = readFigureBefore('150', ' and 180 in the first round', undefined, 'They won ');
  assert.ok(r.ok && r.value.unit === undefined);
});

test('"with one win and four losses": "one" in a tally with another count counts; "with one voice" stays a determiner', () => {
  assert.deepEqual(found('Army ended with one win and four losses, Navy with one goal and 2 assists; they spoke with one voice.'), ['one', 'four', 'one', '2']);
});

test('"3m/-", "20,000/- to 25,000/-": "/-" closes an amount of money, Tanzanian shillings unless a sign names another', () => {
  assert.deepEqual(found('A stall earns 20,000/- to 25,000/- a week and each lamp cost 3m/-; the fee is Rs 250/-.'), ['20,000/- to 25,000/-', '3m/-', 'Rs 250/-']);
  assert.equal(reads('3m/-'), '3000000..3000000 TZS');
  assert.equal(reads('20,000/- to 25,000/-'), '20000..25000 TZS');
  assert.equal(reads('Rs 250/-'), '250..250 INR');
});

test('"225 Earth days", "3.1 billion net tonne kilometres": days and years counted on Earth, and freight moved, are units', () => {
  assert.deepEqual(found('A year on Venus is 225 Earth days; trains moved 3.1 billion net tonne kilometres (1.9 billion net tonne miles) on Earth Day 2021.'),
    ['225 Earth days', '3.1 billion net tonne kilometres', '1.9 billion net tonne miles']);
  assert.equal(reads('225 Earth days'), '225..225 day');
  assert.equal(reads('3.1 billion net tonne kilometres'), '3100000000..3100000000 t*km');
});

test('"ranked from 1 to 10", "on a scale of 0 to 100": the ends of a scale are grades; "sales ranked from 1 to 10 million" are figures', () => {
  assert.deepEqual(found('Entries are ranked from 1 to 10 and scored on a scale of 0 to 100, or rated 1-5; sales rose from 1 to 10 million.'), ['1', '10 million']);
});

test('"the 96 kg class", "the 66kg category", "title over 800 meters", "the 10,000 meters and long jump": weight classes and races name contests', () => {
  assert.deepEqual(found('He won the 96 kg class and the 66kg category at 96 kg; she took her title over 800 meters, then won the 10,000 meters and long jump, and ran over 800 meters of track.'),
    ['96 kg', 'over 800 meters']);
});

test('"a 40-person firm", "a 9-member board", "a 3,000-strong force": the size of a group is a figure, the number alone; "a one-person show" stays a modifier', () => {
  assert.deepEqual(found('A 40-person firm, a 9-member board and a 3,000-strong force; a one-person show.'), ['40', '9', '3,000']);
});

test('"one every nine seconds", "One arrival every 30 seconds": a rate told by its stretch is one figure, read as the stretch', () => {
  assert.deepEqual(found('Homes are linked at a rate of one every nine seconds. One arrival every 30 seconds; one patient dies every three minutes. One of them left.'),
    ['one every nine seconds', 'One arrival every 30 seconds', 'one patient dies every three minutes']);
  assert.equal(reads('one every nine seconds'), '9..9 s');
});

test('"40 times that originally planned", "four times Mauna Loa\'s rate": a multiple of what a participle or a possessive names; "six times that week" counts occasions', () => {
  assert.deepEqual(found('The rover drove 40 times that originally planned, at four times Mauna Loa\'s rate. He called six times that week.'), ['40 times', 'four times', 'six']);
  assert.equal(reads('four times'), '4..4 times');
});

test('"a trillionth of a second", "thirty-two billionths of a meter", "3/100ths of a second": fractions with large denominators keep their unit', () => {
  assert.deepEqual(found('The pulse lasts a trillionth of a second; the gate is thirty-two billionths of a meter; she won by 3/100ths of a second and about 1/100th of a second; 1/3 of adults.'),
    ['a trillionth of a second', 'thirty-two billionths of a meter', '3/100ths of a second', 'about 1/100th of a second', '1/3']);
  assert.equal(reads('3/100ths of a second'), '0.03..0.03 s');
  assert.equal(reads('thirty-two billionths of a meter'), '3.2e-8..3.2e-8 m');
});

test('"up to 2^20 rows", "2^64 keys": a small base raised to a power with a caret is one figure', () => {
  assert.deepEqual(found('A sheet holds up to 2^20 rows, and the cipher has 2^64 keys.'), ['up to 2^20', '2^64']);
  assert.equal(reads('up to 2^20'), '0..1048576 undefined');
});

test('"absolute zero", "spin-zero", "one or zero", "zero rating", "zero-sum", "ground zero": names and idioms, not counts; "zero deaths" counts', () => {
  assert.deepEqual(found('Gas near absolute zero in a spin-zero state stores a one or zero. Zero rating is a zero-sum fight at ground zero; there were zero deaths.'), ['zero']);
});

test('"the first three quarters of 2017": quarters of a year named, no fraction; "three quarters of the budget" is one', () => {
  assert.deepEqual(found('Sales rose in the first three quarters of 2017, and three quarters of the budget went to roads.'), ['three quarters']);
});

test('"certainly one to watch", "a tricky one to solve": "one" with an infinitive stands for a thing; "limit one to a customer", "one to two years" count', () => {
  assert.deepEqual(found('The comet is certainly one to watch and a tricky one to solve. Limit one to a customer; it takes one to two years.'), ['one', 'one to two years']);
});

test('"Region 4 is committed", "PADD 3 stocks": a region\'s and a petroleum district\'s numbers are labels', () => {
  assert.deepEqual(found('Region 4 is committed to cleaner air. Stocks in PADD 3 rose by 2 million barrels.'), ['2 million barrels']);
});

test('"half as many as", "a third as likely as": a fraction before "as ... as" is a multiple', () => {
  const r = readFigureBefore('half', ' as many as it took', undefined, 'It now takes ');
  assert.ok(r.ok && r.value.low === 0.5 && r.value.unit === 'times');
  const share = readFigureBefore('half', ' of the budget', undefined, 'They spent ');
  assert.ok(share.ok && share.value.low === 50 && share.value.unit === 'percent');
});
