// readFigure, table-driven: each row is a figure text and its reading written as
// "<kind> <interval> [unit]" (intervals as in docs/format.md), or "! <part of the reason>".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import type { FigureReading } from '../../../server/src/core/figures/value';

/** A reading as one comparable line; numbers to 10 significant digits. */
function show(r: FigureReading): string {
  if (!r.ok) return `! ${r.reason}`;
  const v = r.value;
  const n = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(10))) : x > 0 ? 'inf' : '-inf');
  return `${v.kind} ${v.lowInclusive ? '[' : '('}${n(v.low)},${n(v.high)}${v.highInclusive ? ']' : ')'}${v.unit ? ' ' + v.unit : ''}`;
}

/** Checks every row of a table; unreadable rows match when the reason contains the given words. */
function check(rows: [string, string][], unitOverride?: string): void {
  for (const [text, expected] of rows) {
    const got = show(readFigure(text, unitOverride));
    if (expected.startsWith('!')) assert.ok(got.startsWith('!') && got.includes(expected.slice(2)), `${JSON.stringify(text)}: ${got}`);
    else assert.equal(got, expected, JSON.stringify(text));
  }
}

test('exact numerals, words and scales', () => check([
  ['78', 'exact [78,78]'], ['3,000', 'exact [3000,3000]'], ['1.2', 'exact [1.2,1.2]'], ['eight', 'exact [8,8]'],
  ['twenty-five', 'exact [25,25]'], ['three thousand', 'exact [3000,3000]'], ['a dozen', 'exact [12,12]'],
  ['one hundred and five', 'exact [105,105]'], ['1.2bn', 'exact [1200000000,1200000000]'], ['3 million', 'exact [3000000,3000000]'],
  ['3k', 'exact [3000,3000]'], ['$2.5 billion', 'exact [2500000000,2500000000] USD'], ['£300m', 'exact [300000000,300000000] GBP'],
  ['€1bn', 'exact [1000000000,1000000000] EUR'], ['US$40 million', 'exact [40000000,40000000] USD'], ['¥500', 'exact [500,500] JPY'],
  ['1,234,567', 'exact [1234567,1234567]'], ['12,34,567', 'exact [1234567,1234567]'], ['40 000', 'exact [40000,40000]'],
  ['.5', 'exact [0.5,0.5]'], ['zero', 'exact [0,0]'], ['fifty - two', 'exact [52,52]'], ['half a dozen', 'exact [6,6]'],
  ['two thousand and two hundred', 'exact [2200,2200]'], ['4 thousand 3 hundred and 21', 'exact [4321,4321]'],
  ['three lakh crore', 'exact [3000000000000,3000000000000]'], ['two hundred point zero three', 'exact [200.03,200.03]'],
  ['half a million', 'exact [500000,500000]'], ['five and a half million', 'exact [5500000,5500000]'],
  ['3 million and a half', 'exact [3500000,3500000]'], ['one and a half', 'exact [1.5,1.5]'], ['2 1/4', 'exact [2.25,2.25]'],
  ['-1', 'exact [-1,-1]'], ['minus five', 'exact [-5,-5]'], ['10M', 'exact [10000000,10000000]'],
  ['300m people', 'exact [300000000,300000000]'], ['1.5 million dollars', 'exact [1500000,1500000] USD'],
  ['3,000.', 'exact [3000,3000]'], ['300m', 'exact [300,300] m'], ['$300m', 'exact [300000000,300000000] USD'],
  ['Rs 500 crore', 'exact [5000000000,5000000000] INR'], ['a quarter of a million', 'exact [250000,250000]'], ['  78  ', 'exact [78,78]'],
]));

test('approximate figures keep the printed value (conflict checks add the tolerance)', () => check([
  ['about 3,000', 'approximate [3000,3000]'], ['around 40', 'approximate [40,40]'], ['some 11,000', 'approximate [11000,11000]'],
  ['nearly 8,000', 'approximate [8000,8000]'], ['roughly 50', 'approximate [50,50]'], ['approximately 12', 'approximate [12,12]'],
  ['almost 100', 'approximate [100,100]'], ['close to 90', 'approximate [90,90]'], ['an estimated 500', 'approximate [500,500]'],
  ['~50', 'approximate [50,50]'], ['~ 50', 'approximate [50,50]'], ['About 3,000', 'approximate [3000,3000]'],
  ['50 or so', 'approximate [50,50]'], ['some $2 billion', 'approximate [2000000000,2000000000] USD'],
]));

test('lower bounds: strict for over/more than, inclusive for at least/or more/+', () => check([
  ['over 1,000', 'lower-bound (1000,inf)'], ['more than 40%', 'lower-bound (40,inf) percent'], ['above 5', 'lower-bound (5,inf)'],
  ['at least 12', 'lower-bound [12,inf)'], ['in excess of 5,000', 'lower-bound (5000,inf)'], ['upwards of 300', 'lower-bound (300,inf)'],
  ['10 or more', 'lower-bound [10,inf)'], ['430+', 'lower-bound [430,inf)'], ['more than half', 'lower-bound (50,inf) percent'],
  ['>10', 'lower-bound (10,inf)'], ['>= 30', 'lower-bound [30,inf)'], ['no fewer than 7', 'lower-bound [7,inf)'],
  ['more than 5000 or equal to', 'lower-bound [5000,inf)'], ['equal to 5000 or more than', 'lower-bound [5000,inf)'],
  ['over 3 million', 'lower-bound (3000000,inf)'], ['more than $1bn', 'lower-bound (1000000000,inf) USD'],
]));

test('upper bounds start at 0 (or are open below for a negative bound)', () => check([
  ['up to 8,000', 'upper-bound [0,8000]'], ['fewer than 20', 'upper-bound [0,20)'], ['less than 3', 'upper-bound [0,3)'],
  ['under 170', 'upper-bound [0,170)'], ['below 5%', 'upper-bound [0,5) percent'], ['at most 9', 'upper-bound [0,9]'],
  ['no more than 5', 'upper-bound [0,5]'], ['20 or fewer', 'upper-bound [0,20]'], ['500 or less', 'upper-bound [0,500]'],
  ['<20', 'upper-bound [0,20)'], ['<= 100', 'upper-bound [0,100]'], ['<-30', 'upper-bound (-inf,-30)'],
  ['less than 5000 or equal', 'upper-bound [0,5000]'], ['as many as 700', 'upper-bound [0,700]'],
]));

test('ranges: separators, shared scale and unit, two bounds', () => check([
  ['10,000 to 12,000', 'range [10000,12000]'], ['200-300', 'range [200,300]'], ['200–300', 'range [200,300]'],
  ['200 — 300', 'range [200,300]'], ['between 3,000 and 4,000', 'range [3000,4000]'], ['between 3,000 to 4,000', 'range [3000,4000]'],
  ['3,000-4,000 casualties', 'range [3000,4000]'], ['10 to 12 million', 'range [10000000,12000000]'],
  ['$1-2 billion', 'range [1000000000,2000000000] USD'], ['900,000 to 1.2 million', 'range [900000,1200000]'],
  ['200-300 meters', 'range [200,300] m'], ['20%-30%', 'range [20,30] percent'], ['5k-20k', 'range [5000,20000]'],
  ['from 200 to 300', 'range [200,300]'], ['twenty to thirty', 'range [20,30]'], ['20~100', 'range [20,100]'],
  ['from one thousand to one thousand and five hundred', 'range [1000,1500]'], ['some 10 to 12', 'range [10,12]'],
  ['between negative ten and fifteen', 'range [-10,15]'], ['300-200', 'range [200,300]'],
  ['more than 10 and less than 40', 'range (10,40)'], ['at most 100 and at least 20', 'range [20,100]'],
  ['above 1000, below 1500', 'range (1000,1500)'], ['larger than twenty and less or equal than thirty five', 'range (20,35]'],
  ['a third to a half', 'range [33.33333333,50] percent'], ['between 1m and 2m people', 'range [1000000,2000000]'],
  ['$1m-2m', 'range [1000000,2000000] USD'], ['1m-2m', 'range [1,2] m'], ['£2.3bn-£2.5bn', 'range [2300000000,2500000000] GBP'],
  ['40 to 50 per cent', 'range [40,50] percent'], ['7-10 days', 'range [7,10] day'],
  ['thousands', 'range [2000,10000)'], ['tens of thousands of people', 'range [20000,100000)'], ['hundreds', 'range [200,1000)'],
]));

test('fractions read as percent so that "one-fifth" compares with "20%"', () => check([
  ['half', 'exact [50,50] percent'], ['one-fifth', 'exact [20,20] percent'], ['a fifth', 'exact [20,20] percent'],
  ['two-thirds', 'exact [66.66666667,66.66666667] percent'], ['a third of', 'exact [33.33333333,33.33333333] percent'],
  ['a third of the territory', 'exact [33.33333333,33.33333333] percent'], ['three quarters', 'exact [75,75] percent'],
  ['1/5', 'exact [20,20] percent'], ['one in five', 'exact [20,20] percent'], ['one out of three', 'exact [33.33333333,33.33333333] percent'],
  ['½', 'exact [50,50] percent'], ['about a quarter', 'approximate [25,25] percent'], ['a twenty-first', 'exact [4.761904762,4.761904762] percent'],
]));

test('percentages and units', () => check([
  ['40%', 'exact [40,40] percent'], ['40 percent', 'exact [40,40] percent'], ['40 per cent', 'exact [40,40] percent'],
  ['3 percentage points', 'exact [3,3] pp'], ['percent of 10', 'exact [10,10] percent'],
  ['984 square kilometers', 'exact [984,984] km2'], ['984 km²', 'exact [984,984] km2'], ['984 km2', 'exact [984,984] km2'],
  ['984 sq km', 'exact [984,984] km2'], ['400 square miles', 'exact [400,400] mi2'], ['110 kilometers', 'exact [110,110] km'],
  ['110 km', 'exact [110,110] km'], ['1.8m', 'exact [1.8,1.8] m'], ['100 metres', 'exact [100,100] m'], ['3-inch', 'exact [3,3] in'],
  ['six-mile', 'exact [6,6] mi'], ['5 tonnes', 'exact [5,5] t'], ['200lbs', 'exact [200,200] lb'], ['75ml', 'exact [75,75] ml'],
  ['72 hours', 'exact [72,72] h'], ['5 feet 2 inches', 'exact [5.166666667,5.166666667] ft'], ['20 (kg)', 'exact [20,20] kg'],
  ['300 hryvnias', 'exact [300,300] UAH'], ['2 billion rubles', 'exact [2000000000,2000000000] RUB'], ['25 pounds', 'exact [25,25] GBP'],
]));

test('rates: a count or a unit per period', () => check([
  ['1,200 troops per day', 'exact [1200,1200] count/day'], ['1,200 Russian troops a day', 'exact [1200,1200] count/day'],
  ['1,200 per day', 'exact [1200,1200] count/day'], ['10 km per day', 'exact [10,10] km/day'], ['10 kilometers per hour', 'exact [10,10] km/h'],
  ['10kph', 'exact [10,10] km/h'], ['$5 a day', 'exact [5,5] USD/day'], ['about 100 drones a week', 'approximate [100,100] count/week'],
]));

test('counted nouns after the figure are ignored; anything else is unreadable with a reason', () => check([
  ['3,000 soldiers', 'exact [3000,3000]'], ['twelve civilians', 'exact [12,12]'], ['about 40 Ukrainian drones', 'approximate [40,40]'],
  ['abut 3,0x0', '! "abut"'], ['many', '! "many"'], ['', '! empty'], ['   ', '! empty'], ['$', '! no number'],
  ['3,000 soldiers and 200 tanks', '! after the number'], ['3 five', '! is not a number'], ['more than', '! no number'],
  ['between 5', '! two ends'], ['10 km-20 %', '! different units'], ['$5 €', '! two units'], ['more than 10-20', '! a bound on a range'],
  ['or more', '! '],
]));

test('unit= overrides or sets the unit; unknown units are refused', () => {
  check([['984', 'exact [984,984] km2'], ['about 3,000', 'approximate [3000,3000] km2']], 'square kilometres');
  check([['a third', 'exact [0.3333333333,0.3333333333] mi']], 'miles');
  check([['a third', 'exact [33.33333333,33.33333333] percent']], '%');
  check([['1,200 a day', 'exact [1200,1200] count/day']], 'troops/day');
  check([['984', '! unknown unit "furlongs"']], 'furlongs');
  check([['abut', '! "abut"']], 'km');
});

test('never throws and stays fast on hostile input', () => {
  const alphabet = ['1', '0', ',', '.', ' ', '-', '–', '/', '$', '%', 'm', 'k', 'a', 'and', 'half', 'over', 'to', 'between', 'million', 'of', '+', '~', '²', '(', ')', 'per', 'day', 'thirty', 'fifths', '½'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let k = Math.floor(next() * 12); k > 0; k--) text += alphabet[Math.floor(next() * alphabet.length)]!;
    const r = readFigure(text);
    assert.equal(typeof r.ok, 'boolean');
    if (r.ok) assert.ok(!Number.isNaN(r.value.low) && !Number.isNaN(r.value.high) && r.value.low <= r.value.high, `${JSON.stringify(text)}: ${show(r)}`);
  }
  const long = `${'one hundred and '.repeat(400)}five ${'- '.repeat(2000)}${'1,000 to '.repeat(300)}`;
  assert.match(show(readFigure(long)), /^! too long/);
  // just under the length limit, the worst splitting case still reads quickly
  const started = Date.now();
  for (const text of ['1,000 to '.repeat(22), 'more than 1 and '.repeat(12), '1 - '.repeat(50), 'one hundred and '.repeat(12) + 'fifths']) readFigure(text);
  assert.ok(Date.now() - started < 2000, 'near-limit inputs took over 2 s');
});

test('readings are memoised per text and unit: the same frozen reading, never one of other arguments', () => {
  const texts = ['about 3,000', '12', '12 km', 'one-fifth', '12\u0000km', 'km12', '3:km12', 'no figure', ''];
  const units = [undefined, 'km', '3:km', 'people', 'percent', 'nonsense'];
  // Read in one order, then check against readings made in the opposite order.
  const first = new Map<string, FigureReading>();
  for (const text of texts) for (const unit of units) first.set(JSON.stringify([text, unit]), structuredClone(readFigure(text, unit)));
  for (const text of [...texts].reverse()) {
    for (const unit of [...units].reverse()) {
      const reading = readFigure(text, unit);
      assert.deepEqual(reading, first.get(JSON.stringify([text, unit])), JSON.stringify([text, unit]));
      assert.equal(readFigure(text, unit), reading);
      assert.ok(Object.isFrozen(reading) && (!reading.ok || Object.isFrozen(reading.value)));
    }
  }
  assert.notDeepEqual(readFigure('12\u0000km'), readFigure('12', 'km'));
  assert.deepEqual(readFigure('12', 'km'), { ok: true, value: { low: 12, high: 12, lowInclusive: true, highInclusive: true, kind: 'exact', unit: 'km' } });
  const long = `about 3,000${' '.repeat(80)}`;
  assert.deepEqual(readFigure(long), readFigure('about 3,000'));
});

test('a scaled decimal is the value its digits print, with no binary remainder ("4.1 million" is 4,100,000)', () => {
  const r = readFigure('4.1 million hectares');
  assert.ok(r.ok);
  assert.equal(r.value.low, 4_100_000);
  assert.equal(r.value.high, 4_100_000);
});
