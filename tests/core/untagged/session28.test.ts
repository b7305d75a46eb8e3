// Session 28 (issue 14): what the beats corpus's dev errors showed the untagged-figure detector,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a count and a plural denominator no period shares ("four fifths", "two thirds") are a fraction whatever follows', () => {
  assert.deepEqual(found('Coverage reached four fifths in 2019 and seven tenths last spring.'), ['four fifths', 'seven tenths']);
  assert.deepEqual(found('Two thirds, they said, was enough.'), ['Two thirds']);
  // ("quarters" may be periods: "three quarters in 2012" keeps its old reading)
  assert.deepEqual(found('Output fell for three quarters in 2012.'), ['three']);
});

test('the parts of a report number a copy spaced after its hyphens ("AUC- 05- 61- C") are a code, no figure', () => {
  assert.deepEqual(found('See Report No. AUC- 05- 61- C for the 212 winning bids.'), ['212']);
  assert.deepEqual(found('Public Notice DA- 09- 714 listed 38 applicants.'), ['38']);
});

test('a number a bracketed code repeats ("science orbit 4 (SO4)"), or one glued after a code\'s capitals and a slash ("(TOMS/3)"), is a name', () => {
  assert.deepEqual(found('In science orbit 4 (SO4) the probe took 900 images.'), ['900']);
  assert.deepEqual(found('The Mapping Spectrometer (TOMS/3) flew with 5 other sensors.'), ['5']);
  // (a bracket that repeats no number of it, or a share after a slash in lower case, changes nothing)
  assert.deepEqual(found('It carried 4 (SO5) packs and used 3/4 of its fuel.'), ['4', '3/4']);
});

test('a footnote\'s mark in angle brackets ("rates.<3> Output") or opening its note after a sentence ("2009. 2 With respect to") is no figure', () => {
  assert.deepEqual(found('Usage rose 0.6 percent in June.<3> On balance, 14 plants closed.'), ['0.6 percent', '14']);
  assert.deepEqual(found('Forms were due March 3, 2011. 1 The forms came from 40 bidders. 2 With respect to 9 waivers, see below.'), ['40', '9']);
  // (a bound "<5" with its unit, and a count before a capital that opens no note, stay figures)
  assert.deepEqual(found('Loss was <5 percent. 15 The Beatles songs were played.'), ['<5 percent', '15']);
});

test('a footnote\'s mark opening a line of its own before its note ("1 Amended reports ...") is no figure', () => {
  assert.deepEqual(found('Net income was $3 billion.\n1 Amended reports were filed by 12 banks.'), ['$3 billion', '12']);
  // (a count opening a line before a name in capitals stays one)
  assert.deepEqual(found('Votes:\n12 The Beatles fans came.'), ['12']);
});

test('"year-to-date", "year-over-year", "year-end" after an amount count it, no unit of it: "$644.1 billion year-to-date" is "$644.1 billion"', () => {
  assert.deepEqual(found('Exports reached $51.2 billion year-to-date (through March).'), ['$51.2 billion']);
  assert.deepEqual(found('a $7 billion year-over-year rise'), ['$7 billion']);
  assert.deepEqual(found('The fund held 12 million tons year-end.'), ['12 million tons']);
});
