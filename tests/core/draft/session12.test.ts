// Drafting cases the twelfth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

test('"placing Harbor News reports on local stations" is no report by "placing Harbor News": the figure keeps the text\'s own voice', () => {
  const find = drafted('Audience\nA new strategy, placing Harbor News reports on local stations, brought 3 million new viewers.\n', '2026-04-24');
  assert.equal(find('3 million')?.actor, undefined);
});

test('a participle after "in" is an adjective ("the gains in measured audiences"), no one measuring', () => {
  const find = drafted('Audience\nThe gains in measured audiences more than offset the loss of 2 million viewers.\n', '2026-04-24');
  assert.equal(find('2 million')?.actor, undefined);
});

test('"a new Pew Research Center survey": "new" describes the survey and is no part of the source\'s id', () => {
  const find = drafted('Prices\nA new Pew Research Center survey found that 50% of Americans expect cheaper fuel.\n', '2026-04-24');
  assert.ok(!/^new-/.test(find('50%')?.actor ?? ''), find('50%')?.actor);
  assert.match(find('50%')?.actor ?? '', /pew/);
});

test('"He then walked the jury through documents showing that ..." names no source "he then walked the jury"', () => {
  const find = drafted('Trial\nHe then walked the jury through documents showing that the firm paid $40,000 in cash.\n', '2026-04-24');
  assert.ok(!/walked/.test(find('$40,000')?.actor ?? ''), find('$40,000')?.actor);
});
