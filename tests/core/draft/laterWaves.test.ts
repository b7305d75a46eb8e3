// Drafting cases the sixteenth and later waves' dev errors showed (Wikinews and VOA stories), in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

const published = '2026-04-25';
function draftOf(body: string, day = published) {
  const find = drafted(body, day);
  const claim = (figure: string) => { const c = find(figure); assert.ok(c, `"${figure}" is drafted`); return c; };
  return { claim, asof: (figure: string) => claim(figure).asof ?? day };
}

test('an election day named only after the figure\'s paragraph is background, not the day of its shares', () => {
  const rerun = 'Count\nWith nearly all votes counted, unofficial results show the mayor leading with 52%.\nThe new vote replaced the results of the runoff held on March 22, 2026, which observers called unfair.\n';
  assert.equal(draftOf(rerun).asof('52%'), published);
  // (named before, or in the figure's own paragraph, it is the shares' day)
  const before = 'Count\nVoters went to the polls on March 22, 2026.\nWith nearly all votes counted, the mayor led with 52%.\n';
  assert.equal(draftOf(before).asof('52%'), '2026-03-22');
});
