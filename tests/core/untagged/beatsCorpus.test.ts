// The beats corpus (tests/corpus/beats, issue 14) is well formed: labels parse, every digit
// run and number word is labelled, every figure has a gold value, the splits are varied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBeats, unlabelledNumbers } from '../../corpus/corpus';
import { parseGoldValue } from '../../eval/values';

for (const split of ['dev', 'heldout'] as const) {
  test(`beats ${split}: labels parse, numbers are labelled, every F has a gold value`, () => {
    for (const a of loadBeats(split)) {
      assert.deepEqual(a.errors, [], a.name);
      assert.deepEqual(unlabelledNumbers(a), [], a.name);
      assert.match(a.source, /\S/, `${a.name} names its source`);
      for (const l of a.labels) if (l.kind === 'F') assert.ok(parseGoldValue(l.attrs), `${a.name}: ${l.text} has v=`);
    }
  });
}

test('beats: 20+ articles, a third held out, every beat in both splits', () => {
  const dev = loadBeats('dev');
  const heldout = loadBeats('heldout');
  assert.ok(dev.length + heldout.length >= 20);
  assert.ok(heldout.length * 3 >= dev.length + heldout.length - 2);
  for (const beat of ['markets', 'tech', 'motoring', 'property', 'sport', 'science', 'business']) {
    assert.ok(dev.some((a) => a.beat === beat), `dev ${beat}`);
    assert.ok(heldout.some((a) => a.beat === beat), `heldout ${beat}`);
  }
});

test('gold values parse: single, range, bounds', () => {
  assert.deepEqual(parseGoldValue({ v: '11.7e6', u: 'bbl/day' }), { low: 11.7e6, high: 11.7e6, unit: 'bbl/day' });
  assert.deepEqual(parseGoldValue({ v: '-0.7..5.7', u: 'percent' }), { low: -0.7, high: 5.7, unit: 'percent' });
  assert.deepEqual(parseGoldValue({ v: '39..' }), { low: 39, high: undefined, unit: undefined });
  assert.equal(parseGoldValue({ v: 'x' }), undefined);
});
