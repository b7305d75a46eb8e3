// Figures on every beat (issue 14, figs18): numbers that name or mark a thing rather than count
// it, which the dev errors of the beats and drafting corpora showed, in sentences written for
// these tests. Labels as in the corpus: the detector must report exactly the F spans.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a capitalised name that opens a sentence names the small number after it': [
    'Voyager ⟦N|1⟧ is now ⟦F|15 billion miles⟧ away.', 'Windows ⟦N|11⟧ runs on ⟦F|500 million⟧ PCs.', 'Apollo ⟦N|11⟧ landed in ⟦N|1969⟧.',
    'Pioneer ⟦N|10⟧ to End Its Mission', 'The probe fired. Mariner ⟦N|4⟧ took ⟦F|21⟧ pictures.'],
  'a determiner, an adverb, a verb in -ing or -ed or a table\'s row before a count keeps it a count': [
    '⟦F|Some 20⟧ were hurt. Today ⟦F|40⟧ people left.', 'Winning ⟦F|10⟧ games was enough.', 'Houses ⟦F|145⟧\nFlats ⟦F|20⟧',
    'Meanwhile ⟦F|3⟧ firms quit.', 'Magnitude ⟦F|3⟧ and higher quakes are common.'],
  'a month in brackets or after a dash opens a date': [
    'the rover on Mars (⟦N|May 15, 2014⟧) drove on', 'are: --⟦N|Dec. 4, 2001⟧ the crew seized ⟦F|40 kg⟧.'],
  'the rest of a capitalised plural name\'s list names things too': [
    'rockfalls along Highways ⟦N|19 and 11⟧.', 'Development Goals ⟦N|7, 11⟧ In lighting the town'],
  'a distance with a glued K names a race; a glued K elsewhere is thousands': [
    'the ⟦N|10K⟧ and ⟦N|5K⟧ races drew ⟦F|300⟧ runners', 'he won the men\'s ⟦N|10K⟧ in ⟦F|30 minutes⟧', 'she has ⟦F|10K⟧ followers'],
  'a half marathon is a race, a course\'s marker no length': [
    'running in the half marathon, his first', 'she hit the wall at mile ⟦N|22⟧, but', 'past kilometre ⟦N|30⟧ he led'],
  'an index\'s base year and base are no figures': ['on a constant dollar basis (⟦N|2012=100⟧), investment rose ⟦F|3%⟧'],
  'a year said in words names a year after a determiner, a day or a stretch\'s first year': [
    'could last into ⟦N|two thousand ten⟧.', 'released its ⟦N|two thousand five⟧ Human Development Report', 'in the ⟦N|Two-Thousand-Two⟧ marathon',
    'On January third, ⟦N|two thousand four⟧, the rover landed.', 'from nineteen fifty to ⟦N|two thousand fifty⟧.', 'a ⟦N|nineteen eighty-nine⟧ treaty',
    'in ⟦N|two thousand⟧ at the games', 'the ⟦F|two thousand⟧ Americans', 'He sold ⟦F|nineteen hundred⟧ copies.'],
  'a telephone number with letters, and a web address without its scheme, are codes': [
    'call 1-800-621-FEMA (3362) or visit fema.gov/disaster/4834 for ⟦F|$30⟧', 'call 1-800-621-FEMA/3362 today'],
  '"from one X to another" is a succession, no count': ['took him from one event to the next', 'from ⟦F|one⟧ to ⟦F|three⟧ jobs'],
  'quadruple before a noun is an adjective; the verb is a multiple': [
    'the Idaho quadruple murders case', 'sales could ⟦F|quadruple⟧ by ⟦N|2030⟧'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}
