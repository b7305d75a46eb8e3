// Issue 14, figs22: detector cases the beats dev errors showed (waves 79-80 first), in sentences
// written for these tests. Labels as in the corpus: the detector must report exactly the F spans.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a change then the level it reached, each with its own scale word, after a gerund or "by": two figures': [
    'Ridership fell ⟦F|4.2 percent⟧, dropping by ⟦F|3.1 million⟧ to ⟦F|40.6 million⟧ trips.',
    'Output climbed, rising by ⟦F|2.5 billion⟧ to ⟦F|19.8 billion⟧ tickets last year.',
    'Sales grew by ⟦F|1.2 million⟧ to ⟦F|9.7 million⟧ units.'],
  'a range after a change word without "by", or sharing one scale word after "by", stays one figure': [
    'Visits may rise ⟦F|2 million to 3 million⟧ visitors.', 'Attendance grew by ⟦F|2 to 3 million⟧ a year.', 'The plant will employ ⟦F|2 million to 3 million⟧ workers over time.'],
  '"one" before a noun of something picked out to talk about ("one problem", "one key drawback") counts nothing; before a counted noun it does': [
    'Doctors say ⟦N|one⟧ problem is the price of the drug.', 'The plan has ⟦N|one⟧ obvious drawback, critics said.',
    'We came here for ⟦N|one⟧ simple reason and left.', 'The blast killed ⟦F|one⟧ soldier and wounded ⟦F|four⟧ others.',
    'Staff logged ⟦F|fewer than one million⟧ problems.'],
};

for (const [name, sentences] of Object.entries(cases)) {
  test(name, () => { for (const s of sentences) check(s); });
}
