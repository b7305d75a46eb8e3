// Figures the twenty-third session's dev waves showed read wrongly, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';
import { readFigureBefore } from '../../../server/src/core/figures/read';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('"awarded $716 million to 74 communities" is two figures, not a range down from millions to 74', () => {
  assert.deepEqual(found('The agency awarded $716 million to 74 communities. Grants of $5 to 7 million went to towns.'), ['$716 million', '74', '$5 to 7 million']);
  assert.deepEqual(found('HUD AWARDS $716 MILLION TO 74 COMMUNITIES'), ['$716 MILLION', '74']);
});

test('"the full, half or 10K race" names races; "half or 10K more" is a figure', () => {
  assert.deepEqual(found('He ran in the full, half or 10K race.'), []);
  assert.deepEqual(found('Sales rose by half or 10K more.'), ['half or 10K']);
});

test('"571 trillion pounds (259 trillion kilograms)" is a weight: a scaled conversion in brackets names the pounds\' kind', () => {
  const reading = readFigureBefore('571 trillion pounds', ' (259 trillion kilograms) of mass', undefined, 'lost an average of ');
  assert.ok(reading.ok && reading.value.unit === 'lb');
});

test('a frequency spelled out ("65 megahertz", "2.4 gigahertz") keeps its unit', () => {
  assert.deepEqual(found('A total of 65 megahertz was sold, at 2.4 gigahertz.'), ['65 megahertz', '2.4 gigahertz']);
});

test('"Auction 97", "Form 175" and "Docket 12" name documents and events; a count after them stays a figure', () => {
  assert.deepEqual(found('Auction 97 Advanced Wireless Services (AWS-3) had 31 winning bidders.\nAvailable (via Internet) Form 175 (Short Form) Application Filing Window'), ['31']);
});
