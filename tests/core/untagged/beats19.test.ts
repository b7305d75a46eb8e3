// The beats corpus's nineteenth wave (DOE, Census, ABS, NIST, Stats NZ): the detector and reader
// cases its dev errors showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

test('"spanning from 63 to 94 miles" is one range, as "ranging from" is; "rose from 63 to 94" two figures', () => {
  check('Ranges spanning from ⟦F|63 to 94 miles⟧ were offered.');
  check('The range rose from ⟦F|63⟧ to ⟦F|94 miles⟧.');
});

test('data volumes read in petabytes and exabytes', () => {
  check('Downloads reached ⟦F|3.8 Exabytes⟧, or ⟦F|3,800 petabytes⟧.');
  const r = readFigure('3.8 Exabytes');
  assert.ok(r.ok && r.value.low === 3.8 && r.value.unit === 'EB');
});

test('a statistics office\'s catalogue number opening a release\'s title line is a name', () => {
  check('⟦N|9309.0⟧ - Motor Vehicle Census, Australia\nThere were ⟦F|19.2 million⟧ vehicles.');
  check('The index was ⟦F|9309.0⟧ - a record.');
});
