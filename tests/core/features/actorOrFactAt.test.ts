// actorOrFactAt: the actor or fact "Show Claims of Actor or Fact Under Cursor" acts on, read
// from the workspace (the client used to parse the markup again with regexes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { actorOrFactAt } from '../../../server/src/core/features/actorOrFactAt';
import { offsetIn } from './helpers';

test('in an article: the actor or fact id under the cursor, else the role of the span around it', () => {
  const line = 'Said [Volodymyr Zelenskyy]{actor=zelenskyy} that [about 3,000]{fact=nk-casualties by=uk-mod src=mod} died.\n';
  const cases: [string, unknown][] = [
    ['Said [Volo|dymyr', { kind: 'actor', id: 'zelenskyy' }],
    ['[about 3,|000]', { kind: 'fact', id: 'nk-casualties' }],
    ['by=uk-|mod', { kind: 'actor', id: 'uk-mod' }],
    ['src=m|od', { kind: 'fact', id: 'nk-casualties' }],
    ['} di|ed', undefined],
  ];
  for (const [marked, expected] of cases) {
    const ws = new Workspace();
    ws.setArticle('file:///a.claims.txt', line);
    assert.deepEqual(actorOrFactAt(ws, 'file:///a.claims.txt', offsetIn(line, marked)), expected, marked);
  }
});

test('in claimmark.yaml: the actor or fact entry the cursor is in, on its key or a field', () => {
  const yaml = 'actors:\n  zelenskyy:\n    name: Volodymyr Zelenskyy\nfacts:\n  nk-casualties:\n    kind: cumulative\nrules:\n  tolerance: 0.1\n';
  const ws = new Workspace();
  ws.setRegistry('file:///claimmark.yaml', yaml);
  const at = (marked: string) => actorOrFactAt(ws, 'file:///claimmark.yaml', offsetIn(yaml, marked));
  assert.deepEqual(at('z|elenskyy:'), { kind: 'actor', id: 'zelenskyy' });
  assert.deepEqual(at('n|ame:'), { kind: 'actor', id: 'zelenskyy' });
  assert.deepEqual(at('k|ind: cumulative'), { kind: 'fact', id: 'nk-casualties' });
  assert.equal(at('t|olerance'), undefined);
  assert.equal(actorOrFactAt(ws, 'file:///other.yaml', 3), undefined);
});
