// Figures on every beat (issue 14, figs18): a unit a copy ran into the next line's first word and
// a size's sides around a times sign, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigureBefore } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from '../untagged/labelled';

test('a unit run into the next line\'s capitalised first word ends before it', () => {
  check('Monthly prices up ⟦F|0.6 percent⟧Food prices rose ⟦F|0.6 percent⟧ in the month.');
  check('It was ⟦F|30 km⟧North of the town');
});

test('a size\'s first side shares the unit after a times sign, as after "by"', () => {
  const x = readFigureBefore('280', ' x 200 m) in size');
  assert.ok(x.ok && x.value.unit === 'm' && x.value.low === 280);
  const times = readFigureBefore('3', ' × 4 km wide');
  assert.ok(times.ok && times.value.unit === 'km');
  const bare = readFigureBefore('5', ' x more likely');
  assert.ok(bare.ok && bare.value.unit === undefined);
});
