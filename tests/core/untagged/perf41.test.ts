// A new copy of the text the detector last read (a file read again, a document sent again with
// nothing changed) is detected as fast as the first: the remembered words are let go first, so a
// same-length text is never compared whole with the last one on each word read before a figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const SENTENCES = [
  'The council said 42 homes were damaged and about 1,300 people left the valley on Sunday.',
  'Rescuers from three towns worked for 36 hours, and the bridge reopened after nearly two weeks.',
  'Prices rose 4.5 percent in March, the office said, while wages grew by less than 2 percent.',
  'A spokesman for the port said 17 ships had waited more than a day to unload 80,000 tonnes of grain.',
];

function cpuMs(run: () => unknown): number {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

test('a new copy of the last text is detected as fast as the text itself, with the same figures', () => {
  let text = '';
  for (let k = 0; text.length < 600_000; k++) text += `${SENTENCES[k % SENTENCES.length]}${k % 7 === 6 ? '\n' : ' '}`;
  // (joined from two pieces: another string object with the same characters)
  const copy = [text.slice(0, 50), text.slice(50)].join('');
  const options = { vagueQuantities: false, notFigures: [] as string[] };
  let first: ReturnType<typeof detectFigures> = [];
  let again: ReturnType<typeof detectFigures> = [];
  const firstMs = cpuMs(() => (first = detectFigures(text, [], options)));
  const againMs = cpuMs(() => (again = detectFigures(copy, [], options)));
  assert.deepEqual(again, first);
  assert.ok(first.length > 10_000, `${first.length} figures`);
  // (compared whole on every word read before a figure, the copy took seconds more than the first run, its warm-up included)
  assert.ok(againMs < firstMs + 500, `copy ${againMs.toFixed(0)} ms, first ${firstMs.toFixed(0)} ms`);
});

test('rules.notFigures phrases drop the figures they overlap, on either side, in any case, with accents near or not', () => {
  const options = { vagueQuantities: false, notFigures: ['  300 Club ', '   ', 'über 50 deals', 'and 40', 'rose 3'] };
  const found = (text: string) => detectFigures(text, [], options).map((c) => c.text);
  // (a phrase starting at the figure, one ending in it, one before it that only touches the figure before)
  assert.deepEqual(found('She joined the 300 club and ran 40 miles.'), ['40 miles']);
  assert.deepEqual(found('Rates rose 3 percent and 40 people left.'), []);
  assert.deepEqual(found('He won 40 and 40 more.'), ['40']);
  // (an accented letter near the figure, in the phrase or not: each phrase read in a window of its own, as before)
  assert.deepEqual(found('Wir haben über 50 deals und 70 Kunden.'), ['70']);
  assert.deepEqual(found('Café owners sold 300 club cards and 90 cups.'), ['90']);
});
