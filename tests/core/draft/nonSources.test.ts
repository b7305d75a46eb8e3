// Phrases that look like reporting but name no source of the figure (sentences written for these
// tests, not from the corpus): a negated reporting verb, a participle after its noun, "according to plan".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { findCues } from '../../../server/src/core/draft/cues';

function actors(body: string): (figure: string) => string | undefined {
  const find = drafted(body, '2024-05-16');
  return (figure: string) => {
    const c = find(figure);
    assert.ok(c, `"${figure}" is drafted`);
    return c.actor;
  };
}

const cueVerbs = (sentence: string) => findCues(sentence, { start: 0, end: sentence.length }).map((c) => sentence.slice(c.cue.start, c.cue.end));

test('who will not state a figure states none: "wouldn\'t confirm", "did not say", "declined to disclose"', () => {
  assert.deepEqual(cueVerbs('Strava wouldn’t confirm how many of its 125 million members are active.'), []);
  assert.deepEqual(cueVerbs('The company did not say how many of its 900 stores would close.'), []);
  assert.deepEqual(cueVerbs('The ministry declined to disclose the cost.'), []);
  assert.deepEqual(cueVerbs('The company said 900 stores would close.'), ['said'], 'a plain cue stays');
  const actor = actors('Members\nStrava wouldn’t confirm how many of its 125 million members are active users.\n');
  assert.equal(actor('125 million'), undefined);
});

test('a deal "announced Wednesday by Republican leaders" names who made the deal, not who states the sentence', () => {
  const actor = actors('Budget\nThe voucher expansion in the initial budget deal announced Wednesday by Republican leaders was set to consume more than $500 million of the increase.\n');
  assert.equal(actor('more than $500 million'), undefined);
  assert.deepEqual(cueVerbs('Results were announced by the commission on Monday.'), ['announced by'], 'a passive with its auxiliary still reports');
});

test('"If all goes according to plan" names no source', () => {
  const actor = actors('Spaceport\nIf all goes according to plan, three separate complexes here will launch rockets.\n');
  assert.equal(actor('three'), undefined);
  assert.deepEqual(cueVerbs('According to the plan’s authors, three complexes will be built.'), ['According to']);
});

test('a cue set off by commas with the one told ("Zornetzer told me,") speaks for the figure before it too', () => {
  const actor = actors('Ice\nCovering up to 100,000 square kilometres of Arctic sea ice, Zornetzer told me, would cost one to two billion dollars per year.\n');
  assert.match(actor('up to 100,000 square kilometres') ?? '', /zornetzer/);
  assert.match(actor('one to two billion dollars per year') ?? '', /zornetzer/);
});
