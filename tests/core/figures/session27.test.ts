// Session 27 (issue 14): what the beats corpus's dev errors showed the figure reader, in sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { unitInfo } from '../../../server/src/core/figures/units';

const interval = (figure: string) => {
  const r = readFigure(figure);
  return r.ok ? `${r.value.low}..${r.value.high}${r.value.unit ? ` ${r.value.unit}` : ''}` : 'unreadable';
};

test('"Ggal/d" and "Mgal/d" are billions and millions of gallons a day, as "bgd" and "mgd" are; "BkWh" is a billion kilowatthours', () => {
  assert.equal(interval('31.4 Ggal/d'), '31.4..31.4 Bgal/day');
  assert.equal(interval('75 Mgal/d'), '75..75 Mgal/day');
  assert.equal(interval('about 19 BkWh'), '19..19 BkWh');
  assert.equal(unitInfo('BkWh')!.toBase, unitInfo('kWh')!.toBase * 1e9);
});
