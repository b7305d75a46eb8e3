// The drafting corpus waves (tests/corpus/dev2, dev3: agency releases and reported news):
// the detector cases their dev errors showed, in sentences written for these tests. Labels as
// in the corpus: the detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a qualifier before the article of a fraction': ['he took ⟦F|over a half million dollars⟧ from the fund', 'it cost ⟦F|about half a million⟧',
    'the quake hit ⟦F|about a third⟧ of the town', 'they won ⟦F|more than half⟧ of the seats', 'a ⟦F|two-thirds⟧ majority'],
  'a headline verb in title case before a count is no model name': ['Storm Leaves ⟦F|3⟧ Dead in Texas', 'Quake Kills ⟦F|12⟧, Collapses Bridge',
    'Economy Adds ⟦F|200⟧ Jobs', 'the ⟦N|Galaxy S21⟧ and the ⟦N|Model 3⟧ sold well'],
  '"one day" as "some day" is no figure': ['officials must expect ⟦N|one day⟧ to face the law', 'we will ⟦N|one day⟧ return home',
    'they hope to ⟦N|one day⟧ play here', 'he was given ⟦F|one day⟧ to respond', 'we expect ⟦F|one day⟧ of rain', 'it was cut to ⟦F|one day⟧'],
};

for (const [name, texts] of Object.entries(cases)) {
  test(name, () => { for (const t of texts) check(t); });
}

test('a fraction of one unit keeps the unit', () => {
  for (const t of ['the rate fell ⟦F|four-tenths of a percent⟧ to ⟦F|8.6 percent⟧', 'it rose ⟦F|half a percent⟧', 'rain of ⟦F|a quarter of an inch⟧ fell',
    '⟦F|a quarter⟧ of the vote', '⟦F|half a point⟧ lower']) check(t);
});

test('a change, then the level it reached, is two figures; a range of changes stays one', () => {
  for (const t of ['unemployment fell by ⟦F|371,000⟧ to ⟦F|8.1 million⟧', 'payrolls rose ⟦F|5,000⟧ to ⟦F|1.2 million⟧',
    'prices will rise by ⟦F|2 to 3 percent⟧', 'it grew by ⟦F|500,000 to 600,000⟧', 'the rate fell by ⟦F|0.4⟧ to ⟦F|8.6 percent⟧']) check(t);
});

test('a plus sign glued before a number is part of it', () => {
  for (const t of ['payrolls rose ⟦F|+131,000⟧ in November', 'a change of ⟦F|+5%⟧', 'call ⟦N|+44 20 7946 0958⟧ today']) check(t);
});

test('a hedged comparative is one qualifier', () => {
  for (const t of ['claims were ⟦F|a bit less than 400,000⟧', '⟦F|slightly more than half⟧ of voters', 'prices rose ⟦F|a little over 3%⟧']) check(t);
});

test('a qualifier before "a 100" takes the article, as before "a hundred"', () => {
  for (const t of ['the toll is ⟦F|over a 100⟧ now', '⟦F|nearly a 1,000⟧ people', 'about a ⟦F|10%⟧ stake', 'about a ⟦F|2⟧ bedroom flat']) check(t);
});

test('a mixed number written with hyphens', () => {
  for (const t of ['it affected ⟦F|an estimated two-and-a-half million⟧ people', 'it took ⟦F|one-and-a-half hours⟧']) check(t);
});
