// Figures on every beat (issue 14, figs21): telephone numbers written the other ways, news
// release numbers, lists of exhibits, a change noun's "of X to Y", a copy's glued "percent",
// spelled race distances sharing one race and title-case proportions, in sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] }).map((c) => text.slice(c.span.start, c.span.end));

test('a telephone number is no figure with its area code glued to a bracket, before a slash, or its groups joined by en dashes', () => {
  assert.deepEqual(found('Press: Ann Lee (415)555-0143, Bo Kim 312/555-0178 or Cy Day 617–555–0199; 40 staff.'), ['40']);
});

test('a news release number (the year\'s two digits, a dash, a serial) after "RELEASE:" or the office\'s initials under a dated line is no figure', () => {
  assert.deepEqual(found('MONDAY, MAY 4, 2015\nDOL 15-088\nRELEASE: 09-114 Hiring rose 12-15 percent.'), ['12-15 percent']);
  assert.deepEqual(found('In 2015 the team went 15-18 in May.'), ['15-18']);
});

test('every number in a list after "Exhibits" is a label', () => {
  assert.deepEqual(found('Imports (Exhibits 2, 5, and 9 in the report) rose to 310 cars.'), ['310']);
});

test('"a decrease in the deficit of $A to $B" is a change and the level it reached, not a range; "a rise of 5 to 6 percent" stays one', () => {
  assert.deepEqual(found('That reflected an increase in the goods deficit of $2.1 billion to $58.4 billion and a decline in the surplus of less than $0.1 billion to $19.7 billion.'),
    ['$2.1 billion', '$58.4 billion', 'less than $0.1 billion', '$19.7 billion']);
  assert.deepEqual(found('They expect a rise of 5 to 6 percent.'), ['5 to 6 percent']);
});

test('"percent" glued to its number by a copy that lost the space is still a percentage', () => {
  assert.deepEqual(found('Rents were up 3.7percent from a year ago.'), ['3.7percent']);
});

test('a spelled distance hyphened before "or" and a second distance of one race names the race, as digits do', () => {
  assert.deepEqual(found('Runners could enter either a three- or ten-kilometer race on Sunday.'), []);
});

test('a proportion in a title-case headline is one figure ("One in Five", "Seven Out Of Ten"), even after a capitalised word', () => {
  assert.deepEqual(found('Why Are One in Five Rural Homes Offline?'), ['One in Five']);
  assert.deepEqual(found('Seven Out Of Ten Voters Back Plan'), ['Seven Out Of Ten']);
});
