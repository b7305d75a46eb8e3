// The beats corpus's eleventh and twelfth waves (more fundus test pages: UK, Canadian, Australian, South
// African and US outlets; US agency texts) and the drafting corpus's fifteenth: the detector and reader cases their dev errors
// showed, in sentences written for these tests. Labels as in the corpus: the detector must report
// exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  '"by one measure", "by one estimate": whose reckoning, not a count': [
    'the share remains, by one measure, at ⟦F|less than 25%⟧ of the total', 'By one estimate, ⟦F|300⟧ people died',
    'prices rose by ⟦F|one percentage point⟧', 'he won by ⟦F|one⟧ vote'],
  'the later days of a month\'s list of days are dates': [
    'Specifically on July ⟦N|9⟧ and ⟦N|10⟧, the country was in turmoil', 'hearings on March ⟦N|3⟧, ⟦N|4⟧ and ⟦N|5⟧ in The Hague',
    'On March ⟦N|3⟧, ⟦F|4⟧ people died', 'On July ⟦N|4⟧, ⟦F|12⟧ people were hurt and ⟦F|3⟧ died'],
  'a year cut to two digits after ’, "the same one", and a plural label noun before a list': [
    'Favourite memory: “California; summer ’⟦N|80⟧.”', 'the class of ’⟦N|95⟧ met again', 'he said ‘⟦F|80⟧ people died’',
    'the answer is the same one he gave ⟦N|20 years⟧ ago', 'the other one cost more', 'What are articles ⟦N|5 and 4⟧?', 'see chapters ⟦N|3 and 4⟧',
    'the treaty has ⟦F|14⟧ articles'],
  'a compound written once for a list ("200-, 400- and 800-meter races") and a race after "men\'s" name events': [
    'he won the men’s ⟦N|200⟧-, ⟦N|400⟧-, ⟦N|800⟧- and ⟦N|1,500-meter⟧ races', 'gold in the men’s ⟦N|400⟧-, ⟦N|800⟧- and ⟦N|1,500⟧- meter category',
    'bronze in the women’s ⟦N|200-meter⟧ final', 'between ⟦E|10⟧- and ⟦E|20-year⟧ bonds', 'he ran ⟦F|1,500 meters⟧ in ⟦F|4 minutes⟧',
    'a ⟦F|500-meter⟧-long bridge'],
  'a building\'s height in floors is a figure, as an area written as a modifier is': [
    'fire engulfed the ⟦F|14-story⟧ apartment block', 'a ⟦F|five-story⟧ building collapsed', 'a ⟦E|14-point⟧ run'],
  '"the latter half of the year" is a time, as "the first half" is': ['growth may pick up in the latter half of the year', '⟦F|about half⟧ of the people left'],
  'a sum in words and its hundredths are one amount': ['gasoline cost ⟦F|three dollars and seven cents⟧ a gallon', 'a ticket costs ⟦F|2 pounds and 50 pence⟧',
    'he paid ⟦F|ten dollars⟧ and some cents'],
  'years said in words: a stretch, a pair; and a scale after "and" starts another number': [
    '⟦F|six⟧ studies done between ⟦N|Nineteen-Sixty-Five and Two-Thousand⟧ involving births', 'the index compares ⟦N|two thousand eight⟧ and ⟦N|two thousand ten⟧ scores',
    'there were ⟦F|between two thousand and five thousand⟧ people', 'it has ⟦F|two thousand and nineteen⟧ members'],
  'a fraction that takes back the "one" of the figure before it is one figure with it': ['children make up ⟦F|about one half⟧ of the ⟦F|300,000⟧ people',
    '⟦F|one half⟧ of the people', '⟦F|about one third⟧ of the people'],
  'capitals before a plural noun name a group, not a time zone': ['In 2003 there were ⟦F|632⟧ MST camps in Brazil', 'it landed at ⟦N|1215⟧ MST'],
  'a speed written as a modifier keeps its rate ("315-kilometer-per-hour winds")': ['The ⟦F|315-kilometer-per-hour⟧ winds tore roofs off',
    'a ⟦F|60-mile-an-hour⟧ gust', 'a ⟦F|10-kilometer⟧-long road'],
};

for (const [name, lines] of Object.entries(cases)) {
  test(name, () => { for (const line of lines) check(line); });
}

test('the reader reads a sum in words and its hundredths as one amount', () => {
  const r = readFigure('three dollars and seven cents');
  assert.ok(r.ok && r.value.unit === 'USD' && Math.abs(r.value.low - 3.07) < 1e-9 && r.value.low === r.value.high);
  const p = readFigure('2 pounds and 50 pence');
  assert.ok(p.ok && p.value.unit === 'GBP' && p.value.low === 2.5);
  assert.equal(readFigure('10 dollars and 5 euros').ok, false);
  const range = readFigure('between two thousand and five thousand');
  assert.ok(range.ok && range.value.low === 2000 && range.value.high === 5000);
});

test('the reader reads a speed written as a modifier as a speed', () => {
  const r = readFigure('315-kilometer-per-hour');
  assert.ok(r.ok && r.value.unit === 'km/h' && r.value.low === 315);
  const m = readFigure('60-mile-an-hour');
  assert.ok(m.ok && m.value.unit === 'mi/h' && m.value.low === 60);
});
