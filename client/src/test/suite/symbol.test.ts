// The pure helpers of the client, checked inside the extension host: the id under the cursor
// (articles and claimmark.yaml) and the status item's text.
import * as assert from 'node:assert/strict';
import { symbolInArticleLine, symbolInRegistry } from '../../symbol';
import { describe as statusText } from '../../status';

suite('client helpers', () => {
  const line = 'Said [Volodymyr Zelenskyy]{actor=zelenskyy} that [about 3,000]{fact=nk-casualties by=uk-mod} died.';
  const cases: [string, number, unknown][] = [
    ['on an actor mention text', line.indexOf('Volodymyr'), { kind: 'actor', id: 'zelenskyy' }],
    ['on a claim figure', line.indexOf('3,000'), { kind: 'fact', id: 'nk-casualties' }],
    ['on a by= value', line.indexOf('uk-mod') + 2, { kind: 'actor', id: 'uk-mod' }],
    ['on plain text', line.indexOf('died'), undefined],
  ];
  for (const [title, at, expected] of cases) {
    test(`symbol in an article line: ${title}`, () => assert.deepEqual(symbolInArticleLine(line, at), expected));
  }

  test('symbol in claimmark.yaml: an entry key and one of its fields', () => {
    const yaml = ['actors:', '  zelenskyy:', '    name: Volodymyr Zelenskyy', 'facts:', '  nk-casualties:', '    kind: cumulative', 'rules:', '  tolerance: 0.1'];
    assert.deepEqual(symbolInRegistry(yaml, 1), { kind: 'actor', id: 'zelenskyy' });
    assert.deepEqual(symbolInRegistry(yaml, 2), { kind: 'actor', id: 'zelenskyy' });
    assert.deepEqual(symbolInRegistry(yaml, 5), { kind: 'fact', id: 'nk-casualties' });
    assert.equal(symbolInRegistry(yaml, 7), undefined);
  });

  test('status text', () => {
    assert.equal(statusText(undefined), 'Claimmark: starting');
    assert.equal(statusText({ state: 'ready', articles: 1, claims: 12 }), 'Claimmark: 1 article, 12 claims');
    assert.equal(statusText({ state: 'error', articles: 0, claims: 0, message: 'boom' }), 'Claimmark: error (boom)');
  });
});
