// Drafting cases the fifteenth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"a survey finds", "researchers find": the present tense of "found" reports too', () => {
  const find = drafted('Web health\nA new Gallup survey finds that 62 percent of adults look up symptoms online.\nMarket researchers find that 30 percent of shoppers compare prices.\n', '2016-05-01');
  assert.equal(find('62 percent')?.actor, 'gallup-survey');
  assert.equal(find('30 percent')?.actor, 'market-researchers');
});

test('"The researchers studied ... They found": "they" is the group that opened the paragraph\'s sentence before, not a source the headline named', () => {
  const find = drafted('New Health Agency Study Finds Rise in Asthma\nA new study shows a rise in asthma among children over 30 years.\n'
    + 'The researchers studied hospital records from 12 countries. They found that cases rose from 4 million in 1990 to 9 million in 2020.\n', '2021-03-04');
  assert.equal(find('4 million')?.actor, 'researchers');
  assert.equal(find('9 million')?.actor, 'researchers');
});

test('two sources\' shares of one population are two quantities, not a dispute over a registry fact, when no verb says what both measure', () => {
  const registry = 'facts:\n  web-users-health-share:\n    label: Share of web users who search for health information online\n    unit: percent\n    kind: level\n';
  const find = drafted('Health online\nA new survey finds that more than seventy percent of Internet users in Canada search for health information online.\n'
    + 'Maria Lopez from the institute says one in five Internet users has gone online to find other people with the same condition.\n', '2019-09-09', registry);
  const a = find('more than seventy percent');
  const b = find('one in five');
  assert.ok(a?.actor && b?.actor && a.actor !== b.actor, 'two named sources');
  assert.equal(a?.fact, 'web-users-health-share');
  assert.notEqual(b?.fact, a?.fact, 'no conflict drafted between different shares');
});
