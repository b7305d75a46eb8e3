// The beats corpus's thirteenth wave (Armed Forces Sports, Wikinews, HUD and Census, NHC advisories,
// NHTSA, NASA): the detector and reader cases its dev errors showed, in sentences written for these
// tests. Labels as in the corpus: the detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigureBefore } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'an hour of the clock, in words or digits, is a time': ['It happened around ⟦N|five⟧ o\'clock.', 'the bell rang at ⟦N|5⟧ o’clock', 'at ⟦N|ten⟧ o’clock ⟦F|40⟧ people came'],
  'a short unit apart from its number ("245 mi", "2600 m")': ['LOCATED ⟦F|ABOUT 245 MI⟧ SE OF CAPE HATTERAS', 'a depth of ⟦F|1.6 miles⟧ (⟦F|2600 m⟧)',
    'the grant was ⟦F|$5 m⟧', 'in Section ⟦N|5⟧ m of the code'],
  'a year of an era ("500 BC" whatever follows) and a version after a name ("Trump 2.0") are no figures': ['lights were used as early as ⟦N|500 BC⟧ by the Romans',
    'built in AD ⟦N|79⟧ by slaves', 'August ends a fairly average summer ⟦N|29⟧ ⟦N|08⟧ ⟦N|2014⟧ After a dry start', 'Will science survive Trump ⟦N|2.0⟧? Yes', 'the rise of Web ⟦N|2.0⟧ firms', 'the rate rose to ⟦F|4.0⟧ in May', 'he sold ⟦F|40⟧ ADs'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}

test('the reader reads a spaced "m" before a counted noun as million, and pounds of a named cargo as weight', () => {
  const people = readFigureBefore('5 m', ' people were moved');
  assert.ok(people.ok && people.value.low === 5e6 && people.value.unit === undefined);
  const depth = readFigureBefore('2600 m', '). A small aftershock');
  assert.ok(depth.ok && depth.value.low === 2600 && depth.value.unit === 'm');
  const cargo = readFigureBefore('more than 4,300 pounds', ' of NASA cargo and science');
  assert.ok(cargo.ok && cargo.value.unit === 'lb');
});

test('a pressure in an advisory reads as millibars and inches of mercury', () => {
  const mb = readFigureBefore('969 MB', '...28.62 INCHES', undefined, 'MINIMUM CENTRAL PRESSURE...');
  assert.ok(mb.ok && mb.value.unit === 'mbar' && mb.value.low === 969);
  const hg = readFigureBefore('28.62 INCHES', '', undefined, 'CENTRAL PRESSURE...969 MB...');
  assert.ok(hg.ok && hg.value.unit === 'inHg');
  // (elsewhere MB stays megabytes, inches a length)
  const file = readFigureBefore('969 MB', ' of photos', undefined, 'the phone stores ');
  assert.ok(file.ok && file.value.unit === 'MB');
});
