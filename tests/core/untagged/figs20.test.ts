// Figures on every beat (issue 14, figs20): military unit designations, typeset minus signs,
// decimal commas, durations as modifiers, hyphened plural units, coins, named cardinals and
// a few labels, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] }).map((c) => text.slice(c.span.start, c.span.end));

test('a unit\'s number before its kind\'s abbreviation names the unit ("the 23 AS commander", "the 512 and 436 MXG crews")', () => {
  assert.deepEqual(found('Maj. Ann Lee, 23 AS commander, praised the 512 and 436 MXG crews and 916 ARW Public Affairs.'), []);
  assert.deepEqual(found('All 50 US states bought 31 GPS receivers and 200 MW of solar.'), ['50', '31', '200 MW']);
});

test('a typeset en dash glued to a number after a word or a bracket is its minus; between numbers it joins a range', () => {
  assert.deepEqual(found('Prices fell for fruit (–4.2%) and for fuel –1.9% while rents rose 3–5%.'), ['–4.2%', '–1.9%', '3–5%']);
});

test('a decimal comma before a percent sign is a share ("38,4%"); a thousands group keeps its three digits', () => {
  assert.deepEqual(found('The Liberals took 38,4% and the Greens only 9,1%, a 1,200% rise.'), ['38,4%', 'only 9,1%', '1,200%']);
});

test('a duration hyphened as a modifier measures what it qualifies, unless it names a moment or a rule', () => {
  assert.deepEqual(found('After a 40-minute burn and a three-hour delay, she kept a 12-second lead past the 90-minute mark under the ten-minute rule.'), ['40-minute', 'three-hour', '12-second']);
  assert.deepEqual(found('They planned a 7 1/2-hour spacewalk.'), ['7 1/2-hour']);
});

test('a plural unit hyphened to a number measures (no modifier takes a plural): "three-days", "6.2-miles", "54-holes"', () => {
  assert.deepEqual(found('She spent three-days there, ran the long course (6.2-miles) and played 54-holes.'), ['three-days', '6.2-miles', '54-holes']);
});

test('a coin is a change in a price after a change word or before a comparative, and after a qualifier', () => {
  assert.deepEqual(found('Diesel rose a dime to $4.10, petrol was a penny cheaper and gas fell about a nickel. A penny saved is a penny earned.'), ['a dime', '$4.10', 'a penny', 'about a nickel']);
});

test('inside a sentence a capitalised cardinal before a capitalised word names a thing ("during the Six Nations"); a title-case headline keeps its count', () => {
  assert.deepEqual(found('Tickets sold out during the Six Nations and over the Four Corners region.'), []);
  assert.deepEqual(found('Death Toll Climbs to Five Hundred'), ['Five Hundred']);
});

test('a label noun hyphened to a number is a label ("type-2 diabetes", "stage-3 cancer")', () => {
  assert.deepEqual(found('People with type-2 diabetes or stage-3 cancer joined 40 trials.'), ['40']);
});

test('"half time" names a match\'s break, no share', () => {
  assert.deepEqual(found('They were level at half time and about half of the squad was injured.'), ['about half']);
});

test('a word hyphened before "up to" makes no qualifier ("the run-up to one of")', () => {
  assert.deepEqual(found('In the run-up to one of the finals, up to 30 fans queued.'), ['up to 30']);
});

test('a trend per decade or century is a rate', () => {
  assert.deepEqual(found('Summers warmed 0.2 °C per decade and seas rose 30 centimeters per century.'), ['0.2 °C per decade', '30 centimeters per century']);
});

test('"over", "under" and "within" end a counted noun before a period: "20 jobs over a year" is no rate', () => {
  assert.deepEqual(found('Space will be cut by half over a decade, 20 jobs go over a year and 40 visitors a year come.'), ['half', '20', '40 visitors a year']);
});

test('a product\'s version before a lower-case word is part of its name ("Bluetooth 5.3 support"); a scale\'s grade and a measure stay figures', () => {
  assert.deepEqual(found('Phones with Bluetooth 5.3 support and Android 4.4 devices sold, after a Magnitude 5.1 quake and a 2.5 percent rise.'), ['5.1', '2.5 percent']);
});

test('a golf hole\'s par is a label ("the par 4 ninth", "a par-5 hole")', () => {
  assert.deepEqual(found('She birdied the par 4 ninth and the par-5 hole, then won by three shots.'), ['three']);
});

test('"percent" run into a lower-case word by a copy ends before it ("up 3.1 percentbread prices"); "percentage" and "percentile" are words', () => {
  assert.deepEqual(found('Vegetables were up 3.1 percentbread prices fell, a 2 percentage point gap.'), ['3.1 percent', '2 percentage point']);
});

test('a gun\'s calibre written with its leading point is a name (".45 caliber pistol", "a .38 revolver"); a recipe\'s "Step 3" is a label', () => {
  assert.deepEqual(found('Police found a .45 caliber pistol, a .38 revolver and 12 rounds. Step 3: wait .5 seconds.'), ['12', '.5 seconds']);
});

test('a fraction of a point is a rate move ("a quarter-point", "a half-point", "a quarter point"); "a quarter-final" is none', () => {
  assert.deepEqual(found('The bank cut by a quarter-point, then a half-point and a quarter point before the quarter-final.'), ['a quarter-point', 'a half-point', 'a quarter point']);
});

test('a number that owns something names a model ("the 747’s wings"); "100\'s of fans" stays a vague count', () => {
  assert.deepEqual(found('It is the 747’s third grounding and the 320\'s first, with 14 flights cut.'), ['14']);
});

test('a podium or a punch in order is no count ("finished one-two-three", "a one-two punch")', () => {
  assert.deepEqual(found('The team finished one-two-three and landed a one-two punch in two races.'), ['two']);
});

test('a course\'s marker hyphened after "the" is no length ("past the eight-mile mark"); a Mars day is a label ("sol 958"); "3M was" is the company', () => {
  assert.deepEqual(found('She passed the eight-mile mark, ran a 12-mile loop, and on sol 958 the rover drove 40 meters. 3M was sued by 40 firms.'), ['12-mile', '40 meters', '40']);
  assert.deepEqual(found('The rover passed the 20-mile mark of driving.'), ['20-mile']);
});
