// Which fact: same-fact pairs the dev splits' errors showed (pairs27), in sentences written for
// these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';

/** The fact drafted on each figure of `body`, in order (a value printed twice is listed twice). */
function factsOf(body: string, registry = ''): { text: string; fact: string }[] {
  return draftArticle(buildArticle('file:///w/news.claims.txt', `---\npublished: 2026-06-20\n---\n${body}`), new DraftContext(readRegistry(registry))).claims.map((c) => ({ text: c.text, fact: c.fact }));
}

test('two changes of subjects named apart are two quantities, however particular the value: "Rents rose 0.7%", "Bread prices increased 0.7%"', () => {
  const facts = factsOf('Prices in May\nRents rose 0.7% in the year to May, the agency said.\nBread prices increased 0.7% over the same period.\n');
  assert.equal(facts.length, 2);
  assert.notEqual(facts[0]!.fact, facts[1]!.fact);
  // (one subject's change restated stays one: "Rents rose 0.7%" and "rents were up 0.7%")
  const once = factsOf('Prices in May\nRents rose 0.7% in the year to May, the agency said.\nIn Leeds, as elsewhere, rents rose 0.7% over the year.\n');
  assert.equal(once[0]!.fact, once[1]!.fact);
});

test('changes that name no subject share no fact by their id alone: "This was up 2 percent", "at 1.1 million head, was up 2 percent"', () => {
  const facts = factsOf('Cattle count\nThe cattle inventory on June 1 was 9.4 million head. This was up 2 percent from June 1, 2025.\nBreeding stock, at 1.1 million head, was up 2 percent from last year.\n');
  const changes = facts.filter((f) => f.text === '2 percent');
  assert.equal(changes.length, 2);
  assert.notEqual(changes[0]!.fact, changes[1]!.fact);
});

test('an opening line\'s round change that names no subject restates no body change that names none: "This was up 2 percent"', () => {
  const facts = factsOf('The cattle inventory on June 1 was 9.4 million head. This was up 2 percent from June 1, 2025, and up 2 percent from March 1.\nBreeding stock, at 1.1 million head, was up 2 percent from last year.\nSteers, at 2.6 million head, were up 2 percent from last year.\n');
  const changes = facts.filter((f) => f.text === '2 percent').map((f) => f.fact);
  assert.equal(changes.length, 4);
  assert.equal(new Set(changes).size, 4);
});

test('a figure set after a comma and "at" measures the phrase before the comma: "The number of dock workers in unions, at 41,200"', () => {
  const registry = 'facts:\n  dock-union-members:\n    label: Dock workers who are union members in a year\n    unit: workers\n    kind: level\n'
    + '  port-net-migration:\n    label: Net migration to the port towns in a year\n    unit: people\n    kind: flow\n';
  const facts = factsOf('Port report\nThe number of dock workers belonging to unions, at 41,200 in 2025, fell by 900 from 2024.\n'
    + 'The advance came from higher net migration which, at 3,150, was the largest in a decade.\n', registry);
  assert.equal(facts.find((f) => f.text === '41,200')?.fact, 'dock-union-members');
  assert.equal(facts.find((f) => f.text === '3,150')?.fact, 'port-net-migration');
});

test('up or down opening a bracket or a dash\'s clause is a change: "(down 120 jobs) to 8,450 filled jobs" leaves the level its fact', () => {
  const registry = 'facts:\n  harbour-filled-jobs-monthly:\n    label: Filled jobs at the harbour in a month\n    unit: jobs\n    kind: level\n';
  const facts = factsOf('Harbour jobs: May 2026\nChanges in filled jobs at the harbour for May were:\nall employers – almost flat (down 120 jobs) to 8,450 filled jobs\nshipping – down 1.4 percent (96 jobs)\n', registry);
  assert.equal(facts.find((f) => f.text === '8,450')?.fact, 'harbour-filled-jobs-monthly');
  assert.notEqual(facts.find((f) => f.text === '120')?.fact, 'harbour-filled-jobs-monthly');
  // ("down 1.4 percent (96 jobs)": the count in brackets is that change counted, no level of jobs, though printed first)
  const first = factsOf('Harbour jobs: May 2026\nChanges in filled jobs at the harbour for May were:\nshipping – down 1.4 percent (96 jobs)\nall employers – 8,450 filled jobs\n', registry);
  assert.notEqual(first.find((f) => f.text === '96')?.fact, 'harbour-filled-jobs-monthly');
  assert.equal(first.find((f) => f.text === '8,450')?.fact, 'harbour-filled-jobs-monthly');
});

test('a figure its fact\'s label prints with its counted noun describes the fact, no value of it: "the five key dental services"', () => {
  const registry = 'facts:\n  county-dental-ongoing-waits:\n    label: Ongoing waits for the county\'s five key dental services at a month\'s end\n    unit: waits\n    kind: level\n';
  const facts = factsOf('Dental waits: May 2026\nThe total waiting list (number of ongoing waits) for the five key dental services combined was 12,480.\n', registry);
  assert.notEqual(facts.find((f) => f.text === 'five')?.fact, 'county-dental-ongoing-waits');
  assert.equal(facts.find((f) => f.text === '12,480')?.fact, 'county-dental-ongoing-waits');
});

test('a bound well short of an exact value of one new fact is another quantity: "$750,000" and "more than $525,000"', () => {
  const facts = factsOf('County budget\nThe county spent $750,000 on repairs in 2025, the council said.\nThe county spent more than $525,000 on repairs to bridges in 2025.\n');
  assert.equal(facts.length, 2);
  assert.notEqual(facts[0]!.fact, facts[1]!.fact);
  // (a bound near the value may restate it: "$750,000" and "more than $700,000")
  const near = factsOf('County budget\nThe county spent $750,000 on repairs in 2025, the council said.\nThe county spent more than $700,000 on repairs in 2025.\n');
  assert.equal(near[0]!.fact, near[1]!.fact);
});

test('a title-case summary line restates the body as a headline does: "Oat Acreage Up 6 Percent" and "up 6 percent from last year"', () => {
  const facts = factsOf('Crop plantings\nReleased March 31, 2026.\nBarley Acreage Down 3 Percent from 2025 Oat Acreage Up 6 Percent Rye Acreage Down 2 Percent\n'
    + 'Oat planted area for 2026 is estimated at 1.4 million acres, up 6 percent from last year.\n');
  const heading = facts.find((f) => f.text === '6 Percent')?.fact;
  assert.equal(facts.find((f) => f.text === '6 percent')?.fact, heading);
  // (the words after a percentage in such a line are the next item's subject, not what it counts)
  assert.doesNotMatch(heading ?? '', /rye/);
});

test('a fact of one crop holds no figure of a sentence that names another: "Barley planted area ... 4.1 million acres" is no oat fact', () => {
  const registry = 'facts:\n  us-oat-planted-area:\n    label: US oat area planted in a crop year\n    unit: acres\n    kind: stock\n';
  const facts = factsOf('Plantings\nBarley planted area for all purposes in 2026 is estimated at 4.1 million acres, up 2 percent from last year.\n'
    + 'Oat planted area is estimated at 2.6 million acres, down 1 percent from last year.\n', registry);
  assert.notEqual(facts.find((f) => f.text === '4.1 million acres')?.fact, 'us-oat-planted-area');
  assert.equal(facts.find((f) => f.text === '2.6 million acres')?.fact, 'us-oat-planted-area');
});

test('a sentence that opens with "the number of ..." names what a figure after its commas counts: "... number of nurses ..., was 8,412"', () => {
  const registry = 'facts:\n  county-nurses-fte:\n    label: Full-time equivalent nurses in the county\'s hospitals\n    unit: nurses\n    kind: level\n';
  const facts = factsOf('Hospital census\nThe total full-time equivalent number of nurses based in general, maternity and community hospitals, or visiting clinics, was 8,412 in 2025.\n', registry);
  assert.equal(facts.find((f) => f.text === '8,412')?.fact, 'county-nurses-fte');
});

test('percentages that name nothing they are of share no fact by their id alone: "between 26% and 94%" and "over 50%"', () => {
  const facts = factsOf('Clinic waits\nAcross boards, between 26% and 94% had waited six weeks or less.\nAt most boards, it was over 50%.\n');
  const shares = facts.filter((f) => /%$/.test(f.text));
  assert.equal(shares.length, 2);
  assert.notEqual(shares[0]!.fact, shares[1]!.fact);
});
