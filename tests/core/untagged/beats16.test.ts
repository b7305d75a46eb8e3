// The beats corpus's sixteenth wave (VOA markets, ONS rents, DOE computing, Statistics Canada, RBA,
// DCMS): the detector and reader cases its dev errors showed, in sentences written for these tests.
// Labels as in the corpus: the detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'the S&P index spelt out ("Standard and Poor\'s index of 500 stocks") is a name; other indexes of 500 count': [
    'Standard and Poor\'s index of ⟦N|500⟧ stocks fell ⟦F|six percent⟧.', 'the S&P index of ⟦N|500⟧ companies', 'an index of ⟦F|500⟧ stocks built by the bank'],
  '"one where" stands for a noun, as "one that" does': ['people moved from a depressed area to ⟦N|one⟧ where jobs are easier to find', 'he bought ⟦F|one⟧ car'],
  '"one reason", "one example", "how one goes about" are idioms and pronouns': ['That is ⟦N|one⟧ reason the country hopes to grow.', '⟦N|One⟧ example is the new port.',
    'it depends on how ⟦N|one⟧ goes about sharing it', 'he gave ⟦F|two⟧ examples'],
  'a web address\'s digits name a page; a car\'s emissions read in g/km': ['the paper (https://www.nist.gov/publication/get_pdf.cfm?pub_id=⟦N|914109⟧) says ⟦F|40⟧ clocks ran',
    'average emissions fell to ⟦F|126 g/km⟧ last year'],
  'a half of a place is no share; event names in the plural are names': ['campgrounds in the southern ⟦N|half⟧ of California closed', 'won ⟦F|half⟧ of the seats',
    'the first man to win both ⟦N|10,000-meter⟧ titles'],
  'an infinitive after a word of expectation bounds its figure ("expected to top 2 exaflops")': ['It is expected to ⟦F|top 2 exaflops⟧.',
    'The toll is set to ⟦F|pass 1,000⟧ soon.'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}

test('a computer\'s speed reads in floating-point operations per second', () => {
  const exa = readFigure('top 2 exaflops');
  assert.ok(exa.ok && exa.value.low === 2 && exa.value.high === Infinity && exa.value.unit === 'EFLOPS');
  const co2 = readFigure('126 g/km');
  assert.ok(co2.ok && co2.value.unit === 'g/km');
  const peta = readFigure('200 petaflops');
  assert.ok(peta.ok && peta.value.unit === 'PFLOPS');
});
