// Drafting cases the nineteenth round's actor errors showed (who states each figure), in sentences
// written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted, draftedFromOutlet } from './drafted';

/** The actor drafted on each figure's text of `body` imported from `outlet` (drafted.ts draftedFromOutlet). */
const actorsFrom = (outlet: string, body: string) => {
  const d = draftedFromOutlet(outlet, body);
  return (figure: string) => d.claims.find((c) => c.text === figure)?.actor;
};

test('a list of conditions ("if they:") in an institution\'s own release states no one\'s figures', () => {
  const actor = actorsFrom('Department for Work and Pensions', 'Winter payments open\n'
    + 'The Department for Work and Pensions (DWP) has paid 41,000 households so far this winter.\n'
    + 'Households can claim the payment online if they:\n'
    + '- earn less than £18,500 a year\n'
    + 'Payments are made within 12 working days.\n');
  assert.equal(actor('41,000'), 'dwp');
  assert.equal(actor('less than £18,500'), undefined);
  // (a list a line introduces otherwise stays in the outlet's voice)
  const listed = actorsFrom('Department for Work and Pensions', 'Winter payments open\n'
    + 'The Department for Work and Pensions (DWP) has paid 41,000 households so far this winter. This includes:\n'
    + '- 9,200 households in Wales\n');
  assert.equal(listed('9,200'), 'dwp');
});
