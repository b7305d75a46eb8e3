// The beats corpus's tenth wave (fundus's test pages from UK, Canadian, Indian, Malaysian and
// African outlets) and the drafting corpus's fourteenth (US outlets): the detector and reader cases
// their dev errors showed, in sentences written for these tests. Labels as in the corpus: the
// detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'South Africa\'s rand glued to a scaled amount, and a range that repeats it': [
    'the minister allocated ⟦F|R4bn⟧ to the agency', 'to collect ⟦F|at least R120bn⟧ in debt', 'collection by ⟦F|R20bn to R50bn⟧ in all',
    'take the R2 road at ⟦F|40 km/h⟧', 'cut from ⟦F|R11bn⟧ to ⟦F|R5.5bn⟧ this year'],
  'a price\'s period after a slash; two prices of two periods are two figures': [
    'it costs ⟦F|$12/month⟧ or ⟦F|$80/year⟧ for a family', 'plans ranging from ⟦F|$12/month to $15/month⟧ in all'],
  'a measure\'s period in one word stays with it, a count\'s does not': [
    'releases of ⟦F|up to 470 million tonnes annually⟧ by then', '⟦F|some 26,000⟧ workers annually retire'],
  'a percent sign after a space': ['emissions fell ⟦F|6 %⟧ last year'],
  'a street address named again without its street word': [
    'staff left ⟦F|10.5⟧ floors at ⟦N|300⟧ Slater Street in May. Now ⟦N|300⟧ Slater is empty and ⟦F|300⟧ Democrats voted'],
  '"net zero", "zero emissions" and "zero tolerance" are names of targets; zero of a count is a figure': [
    'to reach net ⟦N|zero⟧ by ⟦N|2050⟧', 'options for achieving ⟦N|zero⟧ emissions', 'a policy of ⟦N|zero⟧ tolerance', '⟦F|zero⟧ deaths were reported'],
  '"to release" is a verb, not the label "Release 12"': ['the agency chose to release ⟦F|10.5⟧ floors of space', 'see Release ⟦N|12 of 53⟧ for more'],
  'a fraction of a scale word is a number; a quarter of a year is not': [
    'the city will house ⟦F|a quarter million⟧ people', 'in the first quarter the city grew', '⟦F|a quarter⟧ of the budget went to roads'],
  'a clock time in hours is no figure; hours of something are': [
    'we open at ⟦N|16hrs⟧ up to ⟦N|10pm⟧', 'women in the streets beyond ⟦N|18hrs⟧.', 'after ⟦F|18hrs⟧ of talks they agreed'],
  'the company 3M and the development goals are names; three million downloads is a figure': [
    '⟦F|two⟧ senior scientists at ⟦N|3M⟧: Johnson and Field', 'A ⟦N|3M⟧ policy allowed it', 'the app has ⟦F|3M⟧ downloads',
    'SDGs ⟦N|7⟧ and ⟦N|11⟧ focus on energy'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}

test('the reader reads the rand, a period once at a range\'s end for both ends, a price per slashed period', () => {
  const r = readFigure('R7.5bn');
  assert.ok(r.ok && r.value.unit === 'ZAR' && r.value.low === 7.5e9);
  const range = readFigure('R20bn to R50bn per year');
  assert.ok(range.ok && range.value.unit === 'ZAR/year' && range.value.low === 20e9 && range.value.high === 50e9);
  const yearly = readFigure('up to 470 million tonnes annually');
  assert.ok(yearly.ok && yearly.value.unit === 't/year');
  const month = readFigure('$12/month');
  assert.ok(month.ok && month.value.unit === 'USD/month');
  assert.equal(readFigure('R2').ok, false, 'an "R" without a scaled amount is no currency');
});
