// Issue 14, figs22: reader cases the beats dev errors showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigureBefore } from '../../../server/src/core/figures/read';

/** Reads `figure` where it stands in `line` (first occurrence), as a claim in running text is read. */
function readIn(line: string, figure: string): [number, number, string | undefined] {
  const at = line.indexOf(figure);
  const r = readFigureBefore(figure, line.slice(at + figure.length, at + figure.length + 24), undefined, line.slice(Math.max(0, at - 300), at));
  assert.ok(r.ok, figure);
  return [r.value.low, r.value.high, r.value.unit];
}

test('a bracketed bare amount takes the scale its line states: "in billions of dollars", "(in millions)", "($ millions)"', () => {
  const line = 'Surpluses were recorded, in billions of dollars, with Peru ($4.2), Chile ($0.6) and a long list of smaller partners such as Norway ($0.3).';
  assert.deepEqual(readIn(line, '$4.2'), [4.2e9, 4.2e9, 'USD']);
  assert.deepEqual(readIn(line, '$0.3'), [0.3e9, 0.3e9, 'USD']);
  assert.deepEqual(readIn('Net income by region (in millions): Europe (€12.5), Asia (€7.1).', '€7.1'), [7.1e6, 7.1e6, 'EUR']);
  assert.deepEqual(readIn('Losses ($ thousands): North (250), South (75).', '250'), [250e3, 250e3, undefined]);
});

test('no stated scale: prose "in millions", an amount outside brackets, another line, a unit', () => {
  assert.deepEqual(readIn('The song sold in millions and tickets cost ($40) each.', '$40'), [40, 40, 'USD']);
  assert.deepEqual(readIn('Deficits, in billions of dollars: China $31.8 and Japan ($5.5).', '$31.8'), [31.8, 31.8, 'USD']);
  assert.deepEqual(readIn('Figures in billions of dollars.\nA ticket costs ($12).', '$12'), [12, 12, 'USD']);
  assert.deepEqual(readIn('Surpluses, in billions of dollars, fell (4%).', '4%'), [4, 4, 'percent']);
});
