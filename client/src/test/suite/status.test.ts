// The pure helpers of the client, checked inside the extension host: the status item's text.
// (The actor or fact under the cursor is the server's: tests/core/features/actorOrFactAt.test.ts.)
import * as assert from 'node:assert/strict';
import { describe as statusText } from '../../status';

suite('client helpers', () => {
  test('status text', () => {
    assert.equal(statusText(undefined), 'Claimmark: starting');
    assert.equal(statusText({ state: 'ready', articles: 1, claims: 12 }), 'Claimmark: 1 article, 12 claims');
    assert.equal(statusText({ state: 'error', articles: 0, claims: 0, message: 'boom' }), 'Claimmark: error (boom)');
  });
});
