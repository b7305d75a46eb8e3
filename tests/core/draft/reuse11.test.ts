// Registry reuse cases the dev splits' errors showed (reuse11), in sentences written for these
// tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('one temperature in two scales is one registry fact, and so is its restatement without a scale ("2.7 degrees")', () => {
  const registry = 'facts:\n  reef-warming-ceiling:\n    label: Ceiling on the warming of reef waters agreed in the reef pact\n    unit: degrees\n    kind: level\n';
  const find = drafted('Reef pact\nThe reef pact caps the warming of reef waters at 2.7 degrees Fahrenheit (1.5 degrees Celsius), negotiators said on Monday. The idea is old. In 2009, 2.7 degrees seemed a distant prospect to divers.\n', '2026-09-01', registry);
  assert.equal(find('2.7 degrees Fahrenheit')?.fact, 'reef-warming-ceiling');
  assert.equal(find('1.5 degrees Celsius')?.fact, 'reef-warming-ceiling');
  assert.equal(find('2.7 degrees')?.fact, 'reef-warming-ceiling');
  // (a scale left out must agree with the temperature in either scale: 5 degrees is neither 2.7 °F nor 1.5 °C)
  const other = drafted('Reef pact\nThe reef pact caps the warming of reef waters at 2.7 degrees Fahrenheit (1.5 degrees Celsius), negotiators said on Monday. Divers warned that warming of reef waters may reach 5 degrees by then.\n', '2026-09-01', registry);
  assert.notEqual(other('5 degrees')?.fact, 'reef-warming-ceiling');
});

test('a fact that names no verb holds its id\'s noun whatever happened to it ("paid a $40 deposit" fits "night-ferry-cabin-deposit")', () => {
  const registry = 'facts:\n  night-ferry-cabin-deposit:\n    label: Deposit for a cabin on the night ferry\n    unit: USD\n    kind: level\n';
  const paid = drafted('Ferry\nPassengers on the night ferry paid a $40 deposit for a cabin, the operator said.\n', '2026-09-01', registry);
  assert.equal(paid('$40')?.fact, 'night-ferry-cabin-deposit');
  const held = drafted('Ferry\nThe operator held the $40 deposit for a cabin on the night ferry, it said.\n', '2026-09-01', registry);
  assert.equal(held('$40')?.fact, 'night-ferry-cabin-deposit');
  // (a noun the id does not name still needs the fact's verb: a fare paid is no deposit)
  const fare = drafted('Ferry\nPassengers on the night ferry paid a $40 fare for a cabin, the operator said.\n', '2026-09-01', registry);
  assert.notEqual(fare('$40')?.fact, 'night-ferry-cabin-deposit');
});

test('"shrank unexpectedly by 4.2% in June" is a change, of the month\'s fact, not the quarter\'s', () => {
  const registry = 'facts:\n  harbor-traffic-monthly-change:\n    label: Month-on-month change in harbor ship traffic\n    unit: percent\n    kind: change\n  harbor-traffic-q2-2026-growth:\n    label: Growth of harbor ship traffic in the second quarter of 2026\n    unit: percent\n    kind: change\n';
  const june = drafted('Harbor\nHarbor ship traffic shrank unexpectedly by 4.2% in June, the port authority said on Friday.\n', '2026-07-10', registry);
  assert.equal(june('4.2%')?.fact, 'harbor-traffic-monthly-change');
  const may = drafted('Harbor\nHarbor ship traffic contracted by 1.5% in May, the port authority said on Friday.\n', '2026-06-12', registry);
  assert.equal(may('1.5%')?.fact, 'harbor-traffic-monthly-change');
});

test('"projected to grow 3.5 percent" is a change: it fits a forecast of growth', () => {
  const registry = 'facts:\n  ferry-traffic-growth-forecast-2027:\n    label: Forecast growth of ferry traffic in 2027\n    unit: percent\n    kind: change\n';
  const find = drafted('Ferries\nFerry traffic is projected to grow 3.5 percent in 2027, the port authority said on Friday.\n', '2026-11-20', registry);
  assert.equal(find('3.5 percent')?.fact, 'ferry-traffic-growth-forecast-2027');
});

test('a registry unit of "per cent" is a percentage, not a rate per something', () => {
  const registry = 'facts:\n  harbor-freight-change-pct:\n    label: Change in harbor freight tonnage on the year before\n    unit: per cent\n    kind: event\n';
  const find = drafted('Harbor\nHarbor freight tonnage increased by 7.3% over the year, the port authority said on Friday.\n', '2026-11-20', registry);
  assert.equal(find('7.3%')?.fact, 'harbor-freight-change-pct');
});

test('a price unit written out ("US dollars per gallon") holds a dollar figure', () => {
  const registry = 'facts:\n  island-diesel-price:\n    label: Retail price of diesel on the island\n    unit: US dollars per gallon\n    kind: level\n';
  const find = drafted('Diesel\nThe retail price of diesel on the island climbed above six dollars last week, the energy office said on Monday.\n', '2026-11-20', registry);
  assert.equal(find('above six dollars')?.fact, 'island-diesel-price');
  // (a price in another currency is not it)
  const euros = drafted('Diesel\nThe retail price of diesel on the island climbed above six euros last week, the energy office said on Monday.\n', '2026-11-20', registry);
  assert.notEqual(euros('above six euros')?.fact, 'island-diesel-price');
});

test('a rate fits a registry rate per the same stretch however each spells it ("gallons per minute", "gal/min")', () => {
  const registry = 'facts:\n  mill-creek-discharge-rate:\n    label: Rate at which water drains from the old mill into Mill Creek\n    unit: gallons per minute\n    kind: level\n';
  const find = drafted('Mill\nWater drains from the old mill into Mill Creek at about 300 gallons per minute, the county said on Monday.\n', '2026-11-20', registry);
  assert.equal(find('about 300 gallons per minute')?.fact, 'mill-creek-discharge-rate');
  // (per another stretch is another rate)
  const hourly = drafted('Mill\nWater drains from the old mill into Mill Creek at about 300 gallons per hour, the county said on Monday.\n', '2026-11-20', registry);
  assert.notEqual(hourly('about 300 gallons per hour')?.fact, 'mill-creek-discharge-rate');
});

test('a unit set apart from its figure by other words is the counted noun ("412,000 marina hours" fits a fact in hours)', () => {
  const registry = 'facts:\n  marina-use-hours:\n    label: Hours boats spent moored in the marina in a year\n    unit: hours\n    kind: event\n';
  const find = drafted('Marina\nBoats logged 412,000 marina hours in 2025, the harbor board said on Monday.\n', '2026-02-10', registry);
  assert.equal(find('412,000')?.fact, 'marina-use-hours');
});

test('a sum its sentence counts "since" a year fits a registry running total since that year, in a later year', () => {
  const registry = 'facts:\n  city-parks-invested-since-2020:\n    label: Money the city has invested in its parks since January 2020\n    unit: USD\n    kind: cumulative\n';
  const find = drafted('Parks\nWith this grant, the city has invested a record $48 million in its parks and playgrounds across the county since January 2020, the mayor said on Monday.\n', '2026-11-20', registry);
  assert.equal(find('$48 million')?.fact, 'city-parks-invested-since-2020');
});

test('"an additional 40 nurses" is a registry fact of the additional ones, not of them all', () => {
  const registry = 'facts:\n  clinic-nurses:\n    label: Nurses at the island clinic\n    unit: people\n    kind: level\n  clinic-nurses-additional:\n    label: Additional nurses at the island clinic\n    unit: people\n    kind: level\n';
  const find = drafted('Clinic\nThe island clinic has an additional 40 nurses this year, its director said on Monday.\n', '2026-11-20', registry);
  assert.equal(find('40')?.fact, 'clinic-nurses-additional');
  const all = drafted('Clinic\nThe island clinic has 140 nurses this year, its director said on Monday.\n', '2026-11-20', registry);
  assert.equal(all('140')?.fact, 'clinic-nurses');
});

test('an id that names what happened by its noun ("harbor-patrol-deployment") agrees with its verb ("deploying")', () => {
  const registry = 'facts:\n  harbor-patrol-deployment:\n    label: Coast guard boats the city committed to the harbor patrol\n    unit: boats\n    kind: level\n';
  const find = drafted('Harbor\nThe city is deploying 12 coast guard boats to the harbor patrol, the mayor said on Monday.\n', '2026-11-20', registry);
  assert.equal(find('12')?.fact, 'harbor-patrol-deployment');
  // (and so with no other verb: boats lost are no deployment)
  const lost = drafted('Harbor\nThe city lost 12 coast guard boats on the harbor patrol, the mayor said on Monday.\n', '2026-11-20', registry);
  assert.notEqual(lost('12')?.fact, 'harbor-patrol-deployment');
});
