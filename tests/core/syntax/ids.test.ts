// isValidId reads an id by character: it must answer as the rule's pattern does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidId } from '../../../server/src/core/syntax/ids';

const ID = /^[a-z0-9][a-z0-9._-]*$/;

test('isValidId answers as /^[a-z0-9][a-z0-9._-]*$/ does', () => {
  const samples = ['', 'a', '0', 'fact-1123', 'actor-12', 'src.gov_2', '-a', '.a', '_a', 'a-', 'a.', 'A', 'aB', 'a b', 'a\n', 'é', 'a/b', 'a:b', 'http://x', 'fact-1\n'];
  const chars = 'az09AZ._-/ :é\n';
  for (const a of chars) for (const b of chars) for (const c of ['', ...chars]) samples.push(a + b + c);
  for (const s of samples) assert.equal(isValidId(s), ID.test(s), JSON.stringify(s));
});
