// Session 25b (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure, readFigureBefore } from '../../../server/src/core/figures/read';

const unitOf = (figure: string, next: string, before: string) => {
  const r = readFigureBefore(figure, next, undefined, before);
  return r.ok ? r.value.unit : 'unreadable';
};

test('"short tons" read as tons', () => {
  const r = readFigure('3 million short tons');
  assert.ok(r.ok);
  assert.equal(r.value.low, 3e6);
  assert.equal(r.value.unit, 't');
});

test('pounds a lifter lifts weigh; money raised is still money', () => {
  assert.equal(unitOf('480 pounds', ' over her head.', 'In the final round she lowered and raised '), 'lb');
  assert.equal(unitOf('315 pounds', ' twice.', 'He benched '), 'lb');
  assert.equal(unitOf('2 million pounds', ' for the hospital.', 'The appeal raised '), 'GBP');
});

test('"bits" read as data in bits (eight to a byte)', () => {
  const r = readFigure('3 billion bits');
  assert.ok(r.ok);
  assert.equal(r.value.unit, 'bit');
  assert.equal(r.value.low, 3e9);
});
