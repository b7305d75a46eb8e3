// The beats corpus's eighteenth wave (Stats NZ, USGS, Met Office, DfT, HM Treasury, FHWA): the
// detector and reader cases its dev errors showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

test('an ordinal sign typed for a degree sign before C or F is a temperature ("40.3ºC"); before anything else it is no unit', () => {
  check('It reached ⟦F|40.3ºC⟧ at Coningsby and ⟦F|95º F⟧ in Texas.');
  const c = readFigure('40.3ºC');
  assert.ok(c.ok && c.value.low === 40.3 && c.value.unit === 'degC');
  const f = readFigure('95º F');
  assert.ok(f.ok && f.value.unit === 'degF');
});

test('traffic counts read in vehicle-miles, a distance', () => {
  check('Travel rose to ⟦F|226.7 billion vehicle miles⟧, with ⟦F|74.4 billion vehicle-miles⟧ on rural roads.');
  const r = readFigure('74.4 billion vehicle-miles');
  assert.ok(r.ok && r.value.low === 74.4e9 && r.value.unit === 'mi');
});

test('coordinates name a place ("17.958°N 66.811°W"); degrees before anything else stay figures', () => {
  check('The quake struck at ⟦N|17.958⟧°N ⟦N|66.811⟧°W at ⟦F|6.0 km⟧ depth; the slope is ⟦F|40°⟧ and it fell ⟦F|5°⟧ Saturday.');
});

test('a fraction of a comparison is a figure ("a fifth lower than the peak"); "a third state" stays an ordinal', () => {
  check('Waits are still ⟦F|a fifth⟧ lower than the peak, and ⟦F|a quarter⟧ more people came; a ⟦N|third⟧ state joined.');
});
