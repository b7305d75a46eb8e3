// Figures on every beat (issue 14, figs19): a release copied from its PDF (spaced telephone groups,
// ZIP codes, ordinals and case reporters), a footnote's stars, speed pairs, relay legs, an index's
// base said in words, capitalised ordinals that open a name and a half of a hyphened unit, in
// sentences written for these tests. Labels as in the corpus: the detector must report exactly the F spans.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a telephone number a copy spaced after its dashes, or wrote with a slashed area code, is a code': [
    'Media contact: 303 / 555- 0142. TTY: 1- 800- 555- 0199. Fax (303) 555- 0188. It hired ⟦F|12⟧ staff.'],
  'a ZIP code after a spaced state abbreviation, and a street\'s spaced ordinal, name a place': [
    'The bureau, 801 14 th Street, N. W. Washington, D. C. 20005, hired ⟦F|40⟧ clerks.'],
  'a case reporter without its dot names a case': ['See Roe v. Doe, 612 F 3d 201 (2010), where ⟦F|7⟧ judges sat.', 'In 44 F. 2d 17 the court agreed.'],
  'a footnote\'s stars between a number and its scale stay in the figure': ['Travel reached ⟦F|251.3** billion vehicle-miles⟧ in May.'],
  'download and upload speeds around a slash are two figures': ['The plan offers ⟦F|200⟧/⟦F|50 Mbps⟧ service.'],
  'a relay\'s legs name the race': ['She anchored the 4 x 400-meter relay and the 4x100m relay, winning ⟦F|two⟧ golds.'],
  'an index\'s base said in words is no figure': ['The average for 2015 is equal to 100. Output rose ⟦F|0.4%⟧.', 'with 2012 set equal to 100'],
  'a capitalised ordinal that opens a name, and "cloud nine", are no fractions or counts': [
    'phones that run over Fourth Generation networks', 'the appeal went to the Ninth Circuit', 'We were on cloud nine after ⟦F|3⟧ wins.',
    'Sales fell by ⟦F|a third⟧. It rose for a third straight month.'],
  'a half of a hyphened unit is a length or a time; half marathoners run a race': [
    'The pack split ⟦F|a half-mile⟧ in, after ⟦F|a half-hour⟧ wait at half-time.', 'The half marathoners ran ⟦F|13 miles⟧.'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}
