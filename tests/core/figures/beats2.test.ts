// readFigure on the kinds the beats corpus's second wave showed in its dev part (figures
// written for these tests): each row is a figure text and "<low>..<high> <unit>".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';

function check(rows: [string, string][]): void {
  for (const [text, expected] of rows) {
    const r = readFigure(text);
    const got = r.ok ? `${Number(r.value.low.toPrecision(12))}..${Number(r.value.high.toPrecision(12))} ${r.value.unit ?? ''}`.trim() : `! ${r.reason}`;
    assert.equal(got, expected, text);
  }
}

test('beats second wave: degree signs before a spelled scale, bushels, a glued plus before a unit', () => check([
  ['32.0° Fahrenheit', '32..32 degF'], ['-4° Celsius', '-4..-4 degC'], ['more than 1° Fahrenheit', '1..Infinity degF'],
  ['13.8 billion bushels', '13800000000..13800000000 bu'], ['0.1 bushel', '0.1..0.1 bu'],
  ['200+ mph', '200..Infinity mi/h'], ['430+ people', '430..Infinity'], ['>200 mph', '200..Infinity mi/h'],
  ['ten-thousand-six-hundred dollars', '10600..10600 USD'], ['more than seventy-three-million', '73000000..Infinity'],
  ['-12C', '-12..-12 degC'], ['95F', '95..95 degF'], ['5c', '5..5'], ['3m-4m tonnes', '3000000..4000000 t'], ['100m-200m', '100..200 m'],
  ['12 basis points', '12..12 bp'], ['25 bps', '25..25 bp'], ['5 mg', '5..5 mg'], ['17 km/s', '17..17 km/s'],
  ['KSh 2 billion', '2000000000..2000000000 KES'], ['₦5,000', '5000..5000 NGN'], ['₹500 crore', '5000000000..5000000000 INR'],
  ['1½ million', '1500000..1500000'], ['2 1/2 billion', '2500000000..2500000000'], ['half an hour', '0.5..0.5 h'], ['half a day', '0.5..0.5 day'],
  ['40 knots', '40..40 nmi/h'], ['1,000 kilowatt-hours', '1000..1000 kWh'],
  ['200 million light-years', '200000000..200000000 ly'],
  ['over a 100', '100..Infinity'], ['more than a 10%', '10..Infinity percent'], ['as low as 20%', '20..Infinity percent'],
]));
