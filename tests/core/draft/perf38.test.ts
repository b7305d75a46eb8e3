// Drafting speed (perf38): the word memos that contentWords and the actor book keep across calls
// are keyed by the word or form itself, so what one article read never changes another's draft.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { contentWords } from '../../../server/src/core/draft/facts';

const REGISTRY = readRegistry(`actors:
  harbour-minister:
    name: Harbour Minister Ada Quill
    kind: person
facts:
  storm-deaths:
    label: People killed by the storm in the Vale region
    kind: cumulative
`);
const FIRST = '---\npublished: 2024-03-08\n---\nStorm kills 12 in the Vale region\nThe storm killed 12 people in the Vale region on Thursday, police said.\n';
const SECOND = '---\npublished: 2024-05-02\n---\nHarbour fees rise\nThe Harbour Minister said the port collected $4.5 million in fees in April, up 3 percent, and that 230 ships docked.\n';

const draftAlone = (text: string) => JSON.stringify(draftArticle(buildArticle('a.claims.txt', text), new DraftContext(REGISTRY)));

test('a draft is the same whether or not another article was drafted before it (in another context)', () => {
  const second = draftAlone(SECOND);
  draftAlone(FIRST);
  assert.equal(draftAlone(SECOND), second);
  const first = draftAlone(FIRST);
  draftAlone(SECOND);
  assert.equal(draftAlone(FIRST), first);
});

test('two different articles in one context each read their own words', () => {
  const ctx = new DraftContext(REGISTRY);
  const a = draftArticle(buildArticle('a.claims.txt', FIRST), ctx);
  const b = draftArticle(buildArticle('b.claims.txt', SECOND), ctx);
  assert.equal(a.claims.find((c) => c.text === '12')?.fact, 'storm-deaths');
  assert.ok(b.claims.every((c) => c.fact !== 'storm-deaths'));
});

test('contentWords gives the same words on a second reading, and each text only its own', () => {
  const storm = [...contentWords('The storm killed 12 people in the Vale region, police said.')];
  const fees = [...contentWords('The U.S. port collected $4.5 million in fees in April; ASX300 shares rose.')];
  assert.deepEqual([...contentWords('The storm killed 12 people in the Vale region, police said.')], storm);
  assert.ok(!fees.includes('storm') && !storm.includes('fee'));
  assert.ok(fees.includes('us') && fees.includes('asx300') && fees.includes('fee'));
});
