// Registry reuse cases the dev splits' errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('a registry unit of "degrees" holds a temperature in either scale', () => {
  const registry = 'facts:\n  lake-summer-warming:\n    label: Warming of the lake\'s surface water over the summer\n    unit: degrees\n    kind: level\n';
  const find = drafted('Lake\nThe lake\'s surface water saw warming of 5.4 degrees Fahrenheit over the summer, the survey found.\n', '2026-09-01', registry);
  assert.equal(find('5.4 degrees Fahrenheit')?.fact, 'lake-summer-warming');
  const celsius = drafted('Lake\nThe lake\'s surface water saw warming of 3 degrees Celsius over the summer, the survey found.\n', '2026-09-01', registry);
  assert.equal(celsius('3 degrees Celsius')?.fact, 'lake-summer-warming');
  // (a degree of something other than heat is no temperature: a distance is not this fact)
  const far = drafted('Lake\nThe lake\'s surface water spread 5 kilometres over the summer, the survey found.\n', '2026-09-01', registry);
  assert.notEqual(far('5 kilometres')?.fact, 'lake-summer-warming');
});

test('a fact is a change when its id says so: a label may describe what changed ("Cap on the rise of ...")', () => {
  const registry = 'facts:\n  reef-warming-cap:\n    label: Cap on the rise of reef water temperatures agreed in the reef pact\n    unit: degrees\n    kind: level\n';
  const find = drafted('Reef\nThe reef pact caps reef water temperatures at 1.5 degrees Celsius, negotiators said.\n', '2026-09-01', registry);
  assert.equal(find('1.5 degrees Celsius')?.fact, 'reef-warming-cap');
  // (an id that names a change is a change: a level is no figure of it)
  const change = 'facts:\n  reef-water-temperature-rise:\n    label: Reef water temperatures\n    unit: degrees\n    kind: level\n';
  const level = drafted('Reef\nThe reef pact caps reef water temperatures at 1.5 degrees Celsius, negotiators said.\n', '2026-09-01', change);
  assert.notEqual(level('1.5 degrees Celsius')?.fact, 'reef-water-temperature-rise');
});

test('an id\'s acronym names what the article spells out ("wpa" for "the Western Port Authority")', () => {
  const registry = 'facts:\n  wpa-ferry-boardings:\n    label: Ferry boardings counted in a month\n    unit: boardings\n    kind: event\n  city-ferry-boardings:\n    label: Ferry boardings counted in a month\n    unit: boardings\n    kind: event\n';
  const find = drafted('Ferries\nThe Western Port Authority counted 12,400 ferry boardings in June, its report said.\n', '2026-07-10', registry);
  assert.equal(find('12,400')?.fact, 'wpa-ferry-boardings');
  // (a sentence's first word opens the sentence, not a name: "At Western" is no "aw")
  const opener = 'facts:\n  aw-ferry-boardings:\n    label: Ferry boardings counted in a month\n    unit: boardings\n    kind: event\n  ab-ferry-boardings:\n    label: Ferry boardings counted in a month\n    unit: boardings\n    kind: event\n';
  const at = drafted('Ferries\nAt Western piers, officials counted 12,400 ferry boardings in June, a report said.\n', '2026-07-10', opener);
  assert.equal(at('12,400')?.fact, 'ab-ferry-boardings');
});

test('a fact whose unit is its changes ("unit: fare increases") counts them: "two fare increases" is a count, not a change', () => {
  const registry = 'facts:\n  metro-fare-increases-2027:\n    label: Increases of the metro fare in 2027 planned by the transit board\n    unit: fare increases\n    kind: event\n';
  const find = drafted('Fares\nThe transit board expects two fare increases in 2027, its chair said.\n', '2026-11-20', registry);
  assert.equal(find('two')?.fact, 'metro-fare-increases-2027');
  // (a fact of the change itself, whose unit is money, is still a change)
  const sized = 'facts:\n  metro-fare-increase:\n    label: Increase of the metro fare\n    unit: USD\n    kind: event\n';
  const level = drafted('Fares\nThe metro fare is $2.75 this year, the transit board said.\n', '2026-11-20', sized);
  assert.notEqual(level('$2.75')?.fact, 'metro-fare-increase');
});

test('"a 6.2 percent increase": a change named by its noun after the figure fits a change fact', () => {
  const registry = 'facts:\n  ferry-fares-change-pct:\n    label: Percentage change in ferry fares over the year before\n    unit: percent\n    kind: event\n';
  const find = drafted('Fares\nFerry fares averaged $4.10 in 2026, a 6.2 percent increase over 2025, the board said.\n', '2026-11-20', registry);
  assert.equal(find('6.2 percent')?.fact, 'ferry-fares-change-pct');
  // (a count of changes is no change: "two increases")
  const count = drafted('Fares\nFerry fares saw two increases in 2026, the board said.\n', '2026-11-20', registry);
  assert.notEqual(count('two')?.fact, 'ferry-fares-change-pct');
});

test('a fact counts the noun its unit names, which its id and label may leave out ("unit: sailings")', () => {
  const registry = 'facts:\n  lake-ferry-summer-service:\n    label: Lake ferry service over the summer season\n    unit: sailings\n    kind: event\n';
  const find = drafted('Ferries\nThe lake ferry service ran 1,240 sailings over the summer season, operators said.\n', '2026-09-30', registry);
  assert.equal(find('1,240')?.fact, 'lake-ferry-summer-service');
  // (a unit the unit table knows is a measure, not a counted noun)
  const priced = 'facts:\n  lake-ferry-summer-service:\n    label: Lake ferry service over the summer season\n    unit: USD\n    kind: event\n';
  const other = drafted('Ferries\nThe lake ferry service ran 1,240 sailings over the summer season, operators said.\n', '2026-09-30', priced);
  assert.notEqual(other('1,240')?.fact, 'lake-ferry-summer-service');
});

test('"1,300 more members than last year" is a change fact\'s figure; "more than 1,300 members" is not', () => {
  const registry = 'facts:\n  library-members-change:\n    label: Change in library members on the year before\n    unit: members\n    kind: event\n';
  const find = drafted('Library\nThe city library now has 1,300 more members than last year, its director said.\n', '2026-10-01', registry);
  assert.equal(find('1,300')?.fact, 'library-members-change');
  const level = drafted('Library\nThe city library now has more than 1,300 members, its director said.\n', '2026-10-01', registry);
  assert.notEqual(level('more than 1,300')?.fact, 'library-members-change');
});

test('"the independent HarborWatch": lower-case words that describe a one-word registry name name its actor', () => {
  const registry = 'actors:\n  harborwatch:\n    name: HarborWatch\n    kind: organisation\n';
  const find = drafted('Harbour\nThe port spent $4 million on dredging last year, according to the independent HarborWatch.\n', '2026-03-02', registry);
  assert.equal(find('$4 million')?.actor, 'harborwatch');
  // (a capitalised word before it makes another name: "Boston HarborWatch" is not HarborWatch)
  const other = drafted('Harbour\nThe port spent $4 million on dredging last year, according to Boston HarborWatch.\n', '2026-03-02', registry);
  assert.notEqual(other('$4 million')?.actor, 'harborwatch');
});

test('"Port officials said": an institution\'s officials speak for it', () => {
  const registry = 'actors:\n  lyme-port:\n    name: Port of Lyme Authority\n    kind: organisation\n    aliases: [the Port]\n';
  const find = drafted('Port\nPort officials said 3,200 ships docked last year.\n', '2026-03-02', registry);
  assert.equal(find('3,200')?.actor, 'lyme-port');
  // (officials of a name the registry does not know are a source of their own)
  const other = drafted('Port\nCustoms officials said 3,200 ships docked last year.\n', '2026-03-02', registry);
  assert.notEqual(other('3,200')?.actor, 'lyme-port');
});

test('between facts that fit alike, one whose id names a word the article never has is another story\'s', () => {
  const registry = 'facts:\n  bay-ferry-boardings:\n    label: Ferry boardings at Zeta\n    unit: boardings\n    kind: event\n  zeta-ferry-boardings:\n    label: Ferry boardings at the bay\n    unit: boardings\n    kind: event\n';
  const find = drafted('Ferries\nThe line counted 12,400 ferry boardings in June, the operator said. Zeta ferries run every hour.\n', '2026-07-10', registry);
  assert.equal(find('12,400')?.fact, 'zeta-ferry-boardings');
});

test('"the Harborline data shows": a one-word name is the one registry organisation whose name opens with it', () => {
  const registry = 'actors:\n  harborline-poll:\n    name: Harborline poll of boaters\n    kind: organisation\n';
  const find = drafted('Pier\nOverall, the Harborline data shows that 40 percent of boaters want a new pier.\n', '2026-05-04', registry);
  assert.equal(find('40 percent')?.actor, 'harborline-poll');
  // (a country speaks for itself, not for the one body named after it)
  const country = 'actors:\n  norway-coast-guard:\n    name: Norway coast guard\n    kind: organisation\n';
  const said = drafted('Boats\nNorway said 40 boats were stopped last week.\n', '2026-05-04', country);
  assert.notEqual(said('40')?.actor, 'norway-coast-guard');
});
