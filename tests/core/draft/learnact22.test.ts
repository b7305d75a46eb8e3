// The learned choice of who states each figure (server/src/core/draft/learned/): the candidates
// and features drafting records for a figure, and the choice a linear model makes among them, on a
// small article written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { actorChoiceHook, bestOf, type ActorChoiceRecord } from '../../../server/src/core/draft/learned/actorChoice';
import { cueClass, insideQuotation } from '../../../server/src/core/draft/learned/actorFeatures';
import { ACTOR_WEIGHTS } from '../../../server/src/core/draft/learned/actorWeights';

const BODY = 'Harbour Town Budget\n'
  + 'The harbour council said on Monday that it would spend $4 million on the quays. The plan also pays for 12 new ferries.\n'
  + 'Harbour Town has 30,000 residents.\n';

/** Drafts BODY with `weights` (undefined: the shipped ones), recording each figure's candidates. */
function draftWith(weights?: Record<string, number> | null): { records: ActorChoiceRecord[]; find: ReturnType<typeof drafted> } {
  const records: ActorChoiceRecord[] = [];
  actorChoiceHook.record = (r) => records.push(r);
  if (weights !== undefined) actorChoiceHook.weights = weights;
  try {
    return { records, find: drafted(BODY, '2025-03-04') };
  } finally {
    delete actorChoiceHook.record;
    delete actorChoiceHook.weights;
  }
}

const features = (r: ActorChoiceRecord | undefined, actor: string | undefined) => [...(r?.candidates.find((c) => c.actor?.id === actor)?.features.keys() ?? [])];

test('each figure records its candidates: the rules\' pick first, no one, and the sources near it, with their routes', () => {
  const { records, find } = draftWith();
  const council = find('$4 million')?.actor;
  assert.ok(council, 'the rules give the council the $4 million');
  const front = '---\npublished: 2025-03-04\n---\n'.length;
  const text = (r: ActorChoiceRecord) => BODY.slice(r.figure.start - front, r.figure.end - front);
  const money = records.find((r) => text(r) === '$4 million');
  const ferries = records.find((r) => text(r) === '12');
  const residents = records.find((r) => text(r) === '30,000');
  // the figure's own sentence names the council: its cue comes before the figure and is a verb of speech
  assert.equal(money?.candidates[0]?.actor?.id, council);
  for (const f of ['rule', 'sent', 'sent:cueBefore', 'sent:speech', 'sent:only', 'sent:nearest']) assert.ok(features(money, council).includes(f), f);
  assert.ok(features(money, undefined).includes('none:sentCue'));
  // the next sentence's figure: the council one sentence back; the next paragraph's: one paragraph back
  assert.ok(features(ferries, council).includes('prev:1'));
  assert.ok(features(residents, council).includes('para:1'));
  assert.ok(features(residents, undefined).includes('none'));
  assert.ok(features(residents, undefined).includes('w:residents'));
});

test('the model\'s choice: the highest score wins, the rules\' pick on a tie, and none at all keeps the rules', () => {
  const rules = draftWith(null).find;
  const council = rules('12')?.actor;
  assert.ok(council);
  // weights that favour the article's own voice take every figure from its source
  const own = draftWith({ none: 5 }).find;
  assert.equal(own('$4 million')?.actor, undefined);
  assert.equal(own('12')?.actor, undefined);
  // weights that favour a source one sentence back give the council the ferries, and no more
  const back = draftWith({ none: 1, 'prev:1': 2 }).find;
  assert.equal(back('12')?.actor, council);
  assert.equal(back('30,000')?.actor, undefined);
  // (a tie keeps the rules' pick)
  const c = [{ features: new Map([['rule', 1]]) }, { features: new Map([['none', 1]]) }];
  assert.equal(bestOf(c, { rule: 1, none: 1 }), c[0]);
  assert.equal(bestOf(c, { rule: 1, none: 2 }), c[1]);
});

test('the shipped model is the rules\' pick: cross-validation by wave found no model that beats the rules (tests/eval/learn/README.md)', () => {
  assert.equal(ACTOR_WEIGHTS, null);
  assert.deepEqual(draftWith().find('12')?.actor, draftWith(null).find('12')?.actor);
});

test('cue words by class, and a figure inside quotation marks', () => {
  assert.deepEqual(['said', 'according to', 'showed', 'found', 'by'].map(cueClass), ['speech', 'according', 'data', 'data', 'other']);
  const t = 'He said: “We built 40 homes” and 12 more.';
  assert.equal(insideQuotation(t, { start: 0, end: t.length }, { start: t.indexOf('40'), end: t.indexOf('40') + 2 }), true);
  assert.equal(insideQuotation(t, { start: 0, end: t.length }, { start: t.indexOf('12'), end: t.indexOf('12') + 2 }), false);
});
