// Figures on every beat (issue 14, figs19): a footnote's stars, a speed pair's shared data rate and
// a rate in "bps" where data are sent, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

test('a footnote\'s stars after a number say nothing of its value', () => {
  const r = readFigure('251.3** billion vehicle-miles');
  assert.ok(r.ok && r.value.low === 251.3e9 && r.value.unit === 'mi');
});

test('a download speed shares the data rate after the slash', () => {
  const r = readFigureBefore('200', '/50 Mbps service');
  assert.ok(r.ok && r.value.low === 200 && r.value.unit === 'Mbps');
});

test('"bps" where data are sent is bits a second; elsewhere basis points', () => {
  const data = readFigureBefore('1,200 bps', ' until Friday', undefined, 'The probe\'s telemetry now arrives at ');
  assert.ok(data.ok && data.value.unit === 'bit/s' && data.value.low === 1200);
  const bits = readFigure('9,600 bits per second');
  assert.ok(bits.ok && bits.value.unit === 'bit/s');
  const fed = readFigureBefore('25 bps', ' to 4%', undefined, 'The central bank cut its rate by ');
  assert.ok(fed.ok && fed.value.unit === 'bp');
});
