// Registry fact reuse cases the twenty-second round's dev errors showed (agency releases on loans
// approved), in sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';
import { singular } from '../../../server/src/core/draft/facts';
import { spelling } from '../../../server/src/core/draft/spelling';

const REGISTRY = `facts:
  flood-relief-loans-approved:
    label: Total low-interest relief loans the agency has approved for farms and residents after the River Vale flood, to a date
    unit: USD
    kind: level
  flood-farm-loans-amount:
    label: Amount of the relief loans approved for farms after the River Vale flood, to a date
    unit: USD
    kind: level
  flood-residential-loans-amount:
    label: Amount of the relief loans approved for residents after the River Vale flood, to a date
    unit: USD
    kind: level
`;

test('a restated sum takes the registry fact its body statement fits by its noun, not the one a bare headline figure fits by "amount"', () => {
  const find = drafted('Agency Approves More than $3 Million in River Vale Flood Relief\n'
    + 'The agency announced today that it has approved more than $3 million in low-interest relief loans for farms and residents affected by the River Vale flood.\n'
    + 'It has approved loans for $1,250,000 for farms.\n', '2024-05-02', REGISTRY);
  assert.equal(find('More than $3 Million')?.fact, 'flood-relief-loans-approved');
  assert.equal(find('more than $3 million')?.fact, 'flood-relief-loans-approved');
  // (and the farms' share keeps the fact of farm loans, no longer taken by the headline)
  assert.equal(find('$1,250,000')?.fact, 'flood-farm-loans-amount');
});

test('"businesses" is one "business" and "residential" says "residents", as registry ids and labels write them', () => {
  assert.equal(singular('businesses'), 'business');
  assert.equal(singular('losses'), 'loss');
  assert.equal(singular('boxes'), 'box');
  assert.equal(spelling('residential'), spelling(singular('residents')));
});
