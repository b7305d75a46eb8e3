// The unit catalogue: written forms -> canonical ids, ids -> dimension and factor, rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUnit, unitInfo } from '../../../server/src/core/figures/units';

const FORMS: [string, string | undefined][] = [
  ['square kilometers', 'km2'], ['square kilometres', 'km2'], ['km²', 'km2'], ['km2', 'km2'], ['sq km', 'km2'], ['Sq. Km', 'km2'],
  ['square miles', 'mi2'], ['sq mi', 'mi2'], ['kilometers', 'km'], ['km', 'km'], ['miles', 'mi'], ['meters', 'm'], ['metres', 'm'],
  ['m', 'm'], ['%', 'percent'], ['percent', 'percent'], ['per cent', 'percent'], ['percentage points', 'pp'],
  ['$', 'USD'], ['US$', 'USD'], ['dollars', 'USD'], ['USD', 'USD'], ['£', 'GBP'], ['pounds', 'GBP'], ['GBP', 'GBP'],
  ['€', 'EUR'], ['euros', 'EUR'], ['EUR', 'EUR'], ['¥', 'JPY'], ['yen', 'JPY'], ['rubles', 'RUB'], ['roubles', 'RUB'],
  ['hryvnias', 'UAH'], ['tonnes', 't'], ['kg', 'kg'], ['lbs', 'lb'], ['lb', 'lb'], ['ml', 'ml'], ['liters', 'l'], ['litres', 'l'],
  ['hours', 'h'], ['days', 'day'], ['years', 'year'], ['per day', 'count/day'], ['troops per day', 'count/day'],
  ['troops/day', 'count/day'], ['km/day', 'km/day'], ['kilometres a day', 'km/day'], ['kph', 'km/h'], ['km/h', 'km/h'],
  ['count/day', 'count/day'], ['', undefined], ['furlongs', undefined], ['soldiers', undefined], ['km per fortnight', undefined],
  ['two soldiers per day', undefined],
];

test('normalizeUnit maps written forms to canonical ids', () => {
  for (const [form, id] of FORMS) assert.equal(normalizeUnit(form), id, JSON.stringify(form));
});

test('every canonical id a form maps to is known to unitInfo, under its own id', () => {
  for (const [, id] of FORMS) {
    if (id === undefined) continue;
    assert.equal(unitInfo(id)?.id, id, id);
    assert.equal(normalizeUnit(id), id, `${id} normalises to itself`);
  }
});

test('dimensions and factors: units of one dimension convert, currencies never do', () => {
  assert.deepEqual(unitInfo('km2'), { id: 'km2', dimension: 'area', toBase: 1, label: 'km²' });
  assert.ok(Math.abs(unitInfo('mi2')!.toBase - 2.589988) < 1e-6);
  assert.equal(unitInfo('km')!.toBase, 1000);
  assert.equal(unitInfo('m')!.dimension, 'length');
  assert.equal(unitInfo('t')!.toBase, 1000);
  assert.equal(unitInfo('ml')!.toBase, 0.001);
  assert.equal(unitInfo('h')!.toBase, 3600);
  assert.equal(unitInfo('percent')!.dimension, 'percent');
  assert.equal(unitInfo('USD')!.dimension, 'currency:USD');
  assert.notEqual(unitInfo('USD')!.dimension, unitInfo('EUR')!.dimension);
  assert.equal(unitInfo('nonsense'), undefined);
  assert.equal(unitInfo('km/fortnight'), undefined);
});

test('rates keep the base factor and compare only with the same period', () => {
  assert.deepEqual(unitInfo('km/day'), { id: 'km/day', dimension: 'rate:length/day', toBase: 1000, label: 'km/day' });
  assert.equal(unitInfo('m/day')!.dimension, unitInfo('km/day')!.dimension);
  assert.notEqual(unitInfo('km/h')!.dimension, unitInfo('km/day')!.dimension);
  assert.equal(unitInfo('count/day')!.dimension, 'rate:count/day');
  assert.equal(unitInfo('USD/day')!.dimension, 'rate:currency:USD/day');
});
