// The day an undated article names with its weekday (weekdayDate.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weekdayDated } from '../../../server/src/core/draft/weekdayDate';

test('"through Thursday, May 11" in a text that names 2000 is 11 May 2000 (a Thursday), not the latest such Thursday', () => {
  const text = 'Census 2000 takers had visited 30 percent of the homes through Thursday, May 11.';
  assert.equal(weekdayDated(text, { start: 0, end: text.length }, '2026-12-08')?.date, '2000-05-11');
});

test('with no year named, the latest such date up to today', () => {
  const text = 'The count had reached 30 percent through Thursday, May 11.';
  assert.equal(weekdayDated(text, { start: 0, end: text.length }, '2026-12-08')?.date, '2023-05-11');
});
