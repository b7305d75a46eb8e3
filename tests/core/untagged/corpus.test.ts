// The labelled corpus is well formed: labels parse, every digit run and number word is
// labelled, both splits are big and varied enough (tests/corpus/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSplit, parseCorpusFile, unlabelledNumbers } from '../../corpus/corpus';

for (const split of ['dev', 'heldout'] as const) {
  test(`${split}: every label parses and every digit run and number word is labelled`, () => {
    for (const a of loadSplit(split)) {
      assert.deepEqual(a.errors, [], a.name);
      assert.deepEqual(unlabelledNumbers(a), [], a.name);
      assert.match(a.source, /\S/, `${a.name} names its source`);
    }
  });
}

test('the corpus has at least 12 articles, at least 5 held out, from varied beats', () => {
  const dev = loadSplit('dev');
  const heldout = loadSplit('heldout');
  assert.ok(dev.length + heldout.length >= 12);
  assert.ok(heldout.length >= 5);
  const beats = new Set([...dev, ...heldout].map((a) => a.beat));
  for (const beat of ['war', 'economy', 'markets', 'disasters', 'health', 'elections', 'climate', 'sport']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout.map((a) => a.beat)).size >= 5);
});

test('the completeness check catches an unlabelled number', () => {
  const a = parseCorpusFile('x', '# source: s\n⟦F|12⟧ tanks and three trucks in ⟦N|2024⟧, 7 more');
  assert.deepEqual(unlabelledNumbers(a), ['13: three', '35: 7']);
  assert.ok(parseCorpusFile('x', '⟦Q|1⟧').errors.length > 0);
});
