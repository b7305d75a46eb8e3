// Session 27 (issue 14): what the beats corpus's dev errors showed the untagged-figure detector,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a scale word spelled out in brackets after an abbreviated unit ("40 bgd (billion gallons per day)") glosses the unit, no figure', () => {
  assert.deepEqual(found('The river carried 40 bgd (billion gallons per day), 12 percent less than in May.'), ['40 bgd', '12 percent']);
  assert.deepEqual(found('Storage rose by 3 Bcf (billion cubic feet) and output by 9 Mcf (thousand cubic feet).'), ['3 Bcf', '9 Mcf']);
  // (a scale word in brackets after anything else, or one an abbreviation does not start with, stays a figure)
  assert.deepEqual(found('Sales were 7 units (thousand in all) and 5 Bcf (million more).'), ['7', 'thousand', '5 Bcf', 'million']);
});

test('"Ggal/d", "Mgal/d" and "BkWh" after a number are its unit', () => {
  assert.deepEqual(found('Inflow averaged 31.4 Ggal/d and the plant used 75 Mgal/d, while demand grew 19 BkWh.'), ['31.4 Ggal/d', '75 Mgal/d', '19 BkWh']);
});

test('"quadrillion" and "quintillion" are scale words, and "Btu" a unit of energy', () => {
  assert.deepEqual(found('Homes used 11.9 quadrillion Btu, and the machine runs nearly a quintillion operations per second.'), ['11.9 quadrillion Btu', 'nearly a quintillion operations per second']);
});

test('a thousands comma a copy spaced before a group led by a zero ("843, 000", "57, 091") joins one number', () => {
  assert.deepEqual(found('Starts ran at 843, 000 a year, and 57, 091 permits were issued.'), ['843, 000', '57, 091']);
  // (a list's next number never opens with a zero)
  assert.deepEqual(found('Plots 4, 12 and 250, 300 were sold.'), ['4', '12', '250', '300']);
});

test('a change in percentage points, then "to" and a level in percent ("by 3 percentage points to 41 percent"), is two figures, no range', () => {
  assert.deepEqual(found('Retirees led the gains, lifting their use by 3 percentage points to 41 percent, and the gap by 2 pp to 17%.'), ['3 percentage points', '41 percent', '2 pp', '17%']);
  // (ends in one unit stay a range)
  assert.deepEqual(found('Shares of 4 to 6 percent, and gaps of 2 to 3 percentage points.'), ['4 to 6 percent', '2 to 3 percentage points']);
});

test('"from X to Y" after what a thing is or needs ("is from 8 to 12 meters", "requiring from 3 to 9 Mbps") is one range, as after "ranging"', () => {
  assert.deepEqual(found('The crater is from 8 to 12 meters deep, each call requiring from 3 to 9 Mbps.'), ['8 to 12 meters', '3 to 9 Mbps']);
  // (a change from one level to another stays two figures)
  assert.deepEqual(found('Output rose from 8 to 12 tonnes.'), ['8', '12 tonnes']);
});

test('a year after its quarter ("in Q2 2017 to", "Quarter 2 2017 to", "2Q 2017 to") is no range end', () => {
  assert.deepEqual(found('Crossings rose from 1.25 million in Quarter 2 2017 to 1.31 million, and from 2.1 million in Q3 2016 to 2.4 million.'), ['1.25 million', '1.31 million', '2.1 million', '2.4 million']);
  assert.deepEqual(found('Fares rose from $352 in 2Q 2017 to $356, and output from 40 tonnes in H1 2018 to 46 tonnes.'), ['$352', '$356', '40 tonnes', '46 tonnes']);
});
