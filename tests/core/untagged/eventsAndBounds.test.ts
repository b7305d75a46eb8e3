// Detector cases for sport event names, "past" as a bound, labels that are never percentages,
// and one idiom (sentences written for these tests, not taken from any article). Labels as in
// the corpus: the detector must report exactly the F spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCorpusFile } from '../../corpus/corpus';
import { detectFigures } from '../../../server/src/core/untagged/detect';

function check(labelled: string): void {
  const a = parseCorpusFile('case', labelled);
  const expected = a.labels.filter((l) => l.kind === 'F').map((l) => l.text);
  const got = detectFigures(a.text, [], { vagueQuantities: false, notFigures: [] }).map((c) => c.text);
  assert.deepEqual(got, expected, a.text);
}

test('a race distance that names the event is no figure; a distance run is', () => {
  check('⟦F|Four⟧ men covered the ⟦N|400-meter⟧ distance on Friday.');
  check('Led by ⟦N|100⟧- and ⟦N|200-meter⟧ world record-holder Bolt, the team won.');
  check('adding to her earlier ⟦N|10,000 meter⟧ win.');
  check('The whale swam ⟦F|400 meters⟧ and dived ⟦F|25 meters⟧.');
});

test('"past" bounds a count after a verb or noun, never a stretch of time', () => {
  check('Ecuador quake toll climbs ⟦F|past 500⟧.');
  check('In the past ⟦F|24 hours⟧, ⟦F|12⟧ died.');
  check('Rain fell for past ⟦F|10 days⟧.');
});

test('a percentage after a label noun is a figure ("the trading day 0.5% higher")', () => {
  check('The index finished the trading day ⟦F|0.5%⟧ higher.');
  check('It resumes on day ⟦N|3⟧.');
});

test('"one foot in front of the other" is an idiom, "one foot thick" a length', () => {
  check('I had to put one foot in front of the other.');
  check('The wall is ⟦F|one foot⟧ thick.');
});

test('"in one town", ", one Army program" pick a thing out; "to one count of", "reported one case" count', () => {
  check('⟦F|3,000⟧ people were missing in ⟦N|one⟧ town, Bogalay.');
  check('In Paris, ⟦N|one⟧ Army program trains athletes.');
  check('He pled guilty to ⟦F|one⟧ count of fraud.');
  check('Texas reported ⟦F|one⟧ case of measles.');
});

test('speeds keep "an hour", prices do not; fractions with a space, a slash or a whole number', () => {
  check('Winds reached ⟦F|120 miles an hour⟧ on Sunday.');
  check('Oil sold at ⟦F|$63⟧ a barrel.');
  check('⟦F|Two thirds⟧ of voters agreed.');
  check('The track is a ⟦F|1/4 mile⟧ oval.');
  check('It takes ⟦F|10 1/2 miles⟧ of cable.');
  check('The ⟦N|9/11⟧ attacks.');
});

test('a bound verb after a modal: "could exceed 1,000", "may top 500"', () => {
  check('Nyusi said the toll could ⟦F|exceed 1,000⟧.');
  check('Sales may ⟦F|top 500⟧ units.');
  check('Prices did not exceed ⟦F|$3.00⟧.');
});

test('"one of the top 10 songs" is a ranking\'s cut; "the top 10 percent" a share', () => {
  check('It was ⟦N|one⟧ of the top ⟦N|10⟧ songs.');
  check('It is in the top ⟦F|10 percent⟧ of earners.');
});

test('"nearly an inch", "more than a mile": one of a unit after a qualifier; "a mile away" alone is no figure', () => {
  check('The total was ⟦F|nearly an inch⟧ below the average.');
  check('He walked ⟦F|more than a mile⟧.');
  check('It was a mile away.');
});

test('a scaled number hyphened to its unit: "a 293 million-mile trip"', () => {
  check('a ⟦F|293 million-mile⟧ trip');
  check('a ⟦F|2 million-acre⟧ area');
});
