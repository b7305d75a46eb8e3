// The beats corpus's seventh wave (beats wave 6: service sport, MMWR, the Congressional Record,
// court orders and Justice Department releases, d44-d50): the detector cases its dev errors
// showed, in sentences written for these tests. Labels as in the corpus: the detector must
// report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'bill numbers after a bracket, abbreviated section, document and page labels': [
    'pass the bill (H.R. ⟦N|2347⟧) to amend', 'the bill [S. ⟦N|2155⟧] and H.Res. ⟦N|12⟧ passed by ⟦F|12⟧ votes',
    'Sec. ⟦N|1⟧. Short title. Sec. ⟦N|10⟧. Effective date.', 'SEC. ⟦N|2⟧. DEFINITIONS.', 'the filing (Doc. ⟦N|77⟧) and (Id. p. ⟦N|5⟧.) and pp. ⟦N|12⟧',
    'it sold ⟦F|12⟧ homes. Doc. ⟦N|3⟧ says so'],
  'a number after a hash sign, a paragraph sign or a pin cite is a label': [
    'the Motion (Doc. #⟦N|148⟧) filed on', 'ranked #⟦N|3⟧ in the nation', 'Factual Basis at ¶ ⟦N|4⟧]', '(Compl. ¶ ⟦N|9⟧.)',
    '[Doc. ⟦N|57⟧ at ⟦N|14⟧].', '[Id. at ⟦N|6⟧].', 'she arrived at ⟦F|14⟧ sites'],
  'the Congressional Record\'s clock mark, a journal\'s volume(issue);pages': [
    '{time}  ⟦N|1506⟧ Accordingly, the House', 'Weekly / ⟦N|71⟧(⟦N|35⟧);⟦N|1101–1108⟧ Tetanus',
    'it had ⟦F|1506⟧ members'],
  'a rank: "number-one", a grade of warrant or petty officer': [
    'our number-⟦N|one⟧ priority', 'the number-⟦N|2⟧ official', 'a chief warrant officer ⟦N|2⟧, said', 'Petty Officer ⟦N|2⟧ Smith',
    'one officer ⟦N|two years⟧ ago'],
  'addresses on a circle, trail or plaza': [
    'v. ⟦N|4323⟧ BELLWOOD CIRCLE, ATLANTA', 'a/k/a ⟦N|5375⟧ Hennessy Circle, Atlanta', 'at ⟦N|12⟧ Oak Trail and ⟦N|1⟧ Union Plaza',
    'in a circle of ⟦F|40⟧ people'],
  'a negation before an adverb keeps a bound verb out of the figure': [
    'amounts that never individually exceeded ⟦F|$10,000⟧', 'deposits together ⟦F|exceeded $10,000⟧', 'cash ⟦F|in excess of $10,000⟧'],
  'box-score counts glued to a plural noun by a hyphen; a time unit\'s short plural': [
    'topped the charts with ⟦F|25⟧-points, draining ⟦F|five⟧ ⟦N|three⟧-pointers', 'with ⟦F|20⟧-points and ⟦F|11⟧-rebounds.',
    'playing nearly the whole game with ⟦F|38-mins⟧.', 'a ⟦E|14-point⟧ run and a ⟦E|10-game⟧ streak', 'a ⟦E|two-points⟧-per-game edge'],
  'money whose thousands groups a copy spaced after the commas, before cents': [
    'in the amount of ⟦F|$2, 739, 081.21⟧, and', '⟦F|approximately $630, 482.37⟧ received', 'in ⟦F|2⟧, ⟦F|739⟧ cases'],
  'reference marks closing a sentence, list marks inside a line': [
    'in the United States annually (⟦N|1⟧). HPV vaccination', 'and direct medical costs (⟦N|2,3⟧). In ⟦N|2003⟧, a total of ⟦F|13,700⟧ died',
    'rates of ⟦N|1⟧) fatalities from falls (during ⟦N|1993-2003⟧), ⟦N|2⟧) hospitalizations (⟦N|1993-2003⟧), and ⟦N|3⟧) nonfatal injuries',
    'goals after ⟦F|nine⟧ matches (⟦F|18⟧), finding few issues', 'he scored ⟦F|3⟧ goals'],
  'statutes at large, page marks in double brackets, quoted dates and sections': [
    '[[Page ⟦N|133⟧ STAT. ⟦N|1134⟧]] Public Law', '(Public Law ⟦N|114-94⟧; ⟦N|129⟧ Stat. ⟦N|1312⟧)', '[[Page ⟦N|1133⟧]] FURTHER',
    "by inserting ``December ⟦N|20⟧, ⟦N|2019⟧''; and", "``Sec. ⟦N|122⟧. Notwithstanding sections ⟦N|101⟧ and ⟦N|104⟧, amounts of ⟦F|$7,284,319,000⟧"],
  'clock times in US zones, ZIP codes after a dotted state abbreviation, GPO mixed fractions': [
    'Date & Time: ⟦N|12/28/2017⟧, ⟦N|1215⟧ MST.', 'at ⟦N|0915⟧ CDT and ⟦N|1430⟧ HST', 'Washington, D.C. ⟦N|20594⟧.', 'New York, N.Y. ⟦N|10001-2345⟧ and',
    'Mr. Quigley has ⟦F|13\\1/2\\ minutes⟧ remaining.'],
  'Senate amendment numbers, a statute\'s enumeration after a dash, "one fourth" and "a fourth of"': [
    'SA ⟦N|1143⟧. Mr. JONES submitted', '(b) Availability.-- (⟦N|1⟧) Hollings manufacturing', 'as follows: (⟦N|2⟧) National network',
    'among ⟦F|850,000–950,000⟧ persons, ⟦F|approximately one fourth⟧ (⟦F|180,000–280,000⟧) were unaware', '⟦F|three-fourths⟧ of adults and ⟦F|a fourth⟧ of the budget',
    'in the ⟦N|fourth⟧ quarter, for the ⟦N|fourth⟧ time, a ⟦N|fourth⟧-grader'],
  'docket numbers, subsection numbers in brackets, lists of sections after "§§", the day of an ISO date': [
    'compassionate release. Dkt. ⟦N|1466⟧. Having', '⟦N|21⟧ U.S.C. §§ ⟦N|841⟧ (a)(⟦N|1⟧), ⟦N|841(b)(1)(C)⟧, and ⟦N|846⟧, and Possession',
    '⟦N|18⟧ U.S.C. §§ ⟦N|924(c)(1)(A)(i)⟧ and ⟦N|2⟧. Dkt. ⟦N|608⟧.', '⟦N|18⟧ U.S.C. § ⟦N|3582(c)(1)(A)⟧ allows', 'Opinion ⟦N|2022-11-01⟧ ORDER',
    'sentenced to ⟦F|68 months⟧ and ⟦F|five years⟧ of supervised release'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const l of lines) check(l); });
}

test('the reader reads GPO mixed fractions and a bare fraction ranged to a unit', () => {
  const g = readFigure('13\\1/2\\ minutes');
  assert.ok(g.ok && g.value.low === 13.5 && g.value.unit === 'min');
  const f = readFigure('between 1/4 and 1/2 mile');
  assert.ok(f.ok && f.value.low === 0.25 && f.value.high === 0.5 && f.value.unit === 'mi');
  const p = readFigure('between a third and a half');
  assert.ok(p.ok && p.value.high === 50 && p.value.unit === 'percent');
});

test('the reader reads spaced money groups and a hyphened short time plural', () => {
  const r = readFigure('$2, 739, 081.21');
  assert.ok(r.ok && r.value.low === 2739081.21 && r.value.unit === 'USD');
  const m = readFigure('38-mins');
  assert.ok(m.ok && m.value.low === 38 && m.value.unit === 'min');
});
