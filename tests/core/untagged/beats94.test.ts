// Numbers the ninety-fourth to ninety-sixth beats waves' dev parts showed to say which, not how many,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigure } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"Tropical Storm Ada Advisory Number 12" numbers a document of a series; its winds are a figure', () => {
  assert.deepEqual(found('Hurricane Ada Advisory Number  12...Corrected NWS National Hurricane Center. Maximum sustained winds are near 60 mph.'), ['near 60 mph']);
});

test('a course\'s legs after "a" ("a 400-meter swim", "a 5-kilometer run") are distances; "the men\'s 5,000-meter run" names a race', () => {
  assert.deepEqual(found('The triathlon had a 400-meter swim and a 5-kilometer run. She won the women\'s 5,000-meter run.'), ['400-meter', '5-kilometer']);
});

test('"the 5K price", "except the 5K" name a race; "the 10K mark" is ten thousand', () => {
  assert.deepEqual(found('Entry is $35 and the 5K price is $15. Every race except the 5K goes up. Sales passed the 10K mark.'), ['$35', '$15', '10K']);
});

test('a distance or energy used per period keeps its period: "300-400 miles a week", "12 kWh a day"; "5 miles a year ago" does not', () => {
  assert.deepEqual(found('She rode 300-400 miles a week. Homes used 12 kWh a day. He ran 5 miles a year ago.'), ['300-400 miles a week', '12 kWh a day', '5 miles']);
});

test('miles driven as the FHWA writes them: "720.1 billion VMT", "3.2 trillion vehicle miles traveled" are miles', () => {
  const text = 'Drivers logged 720.1 billion VMT in the quarter, or 3.2 trillion vehicle miles traveled in the year.';
  assert.deepEqual(found(text), ['720.1 billion VMT', '3.2 trillion vehicle miles traveled']);
  const r = readFigure('720.1 billion VMT');
  assert.ok(r.ok && r.value.unit === 'mi');
});
