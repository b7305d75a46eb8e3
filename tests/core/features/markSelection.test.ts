// "Mark Selection as Actor…/Claim…": the ids offered for a selection (those that fit first, a
// new id from the text), what cannot be marked, and the wrapping edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markChoices, markEdit } from '../../../server/src/core/features/markSelection';
import { applyEdits } from '../../../server/src/core/edit';
import { buildArticle } from '../../../server/src/core/model/build';
import { ARTICLE_A, REGISTRY, uriOf, workspace, offsetIn } from './helpers';

const X = uriOf('x.claims.txt');
const TEXT = 'The UK Ministry of Defence said 1,000 North Korean soldiers were killed or wounded, and the Red Cross said 40 villages emptied.\n';

function choices(text: string, needle: string, kind: 'actor' | 'fact') {
  const ws = workspace({ 'x.claims.txt': text, 'a.claims.txt': ARTICLE_A }, REGISTRY);
  const start = offsetIn(text, `|${needle}`);
  return markChoices(ws, X, { start, end: start + needle.length }, kind);
}

test('as an actor: the registry actor the text names comes first', () => {
  const c = choices(TEXT, 'UK Ministry of Defence', 'actor');
  assert.ok(c.ok);
  assert.deepEqual(c.candidates[0], { id: 'uk-mod', detail: 'UK Ministry of Defence', fits: true });
  assert.deepEqual(c.candidates.map((x) => x.id).sort(), ['uk-mod', 'zelenskyy']);
  assert.equal(c.newId, 'uk-mod');
});

test('as an actor: a name no one knows gets a new id from its text', () => {
  const c = choices(TEXT, 'Red Cross', 'actor');
  assert.ok(c.ok);
  assert.equal(c.newId, 'red-cross');
  assert.ok(!c.candidates.some((x) => x.fits));
});

test('as a claim: the registry fact that fits the sentence first, and a new fact id', () => {
  const c = choices(TEXT, '1,000', 'fact');
  assert.ok(c.ok);
  assert.equal(c.candidates[0]?.id, 'nk-casualties');
  assert.equal(c.candidates[0]?.fits, true);
  const other = choices(TEXT, '40 villages', 'fact');
  assert.ok(other.ok && /^[a-z0-9][a-z0-9._-]*$/.test(other.newId) && other.newId.includes('villages'), JSON.stringify(other));
});

test('what cannot be marked: markup, several lines, the front matter, blanks', () => {
  const marked = 'They said [12]{fact=nk-casualties} died.\n';
  const c = choices(marked, '12]', 'fact');
  assert.deepEqual(c, { ok: false, reason: 'The selection overlaps markup: select plain text.' });
  assert.equal(choices('---\ntitle: A\n---\nB\n', 'title', 'actor').ok, false);
  assert.equal(choices('One line.\nTwo.\n', 'line.\nTwo', 'actor').ok, false);
  assert.equal(choices('A  B\n', '  ', 'actor').ok, false);
});

test('the wrapping edit escapes brackets and makes an actor mention or a claim', () => {
  const text = 'The [sic] council said 40 died.\n';
  const mention = applyEdits(text, [markEdit(text, { start: 0, end: 17 }, 'actor', 'council')]);
  assert.equal(mention, '[The \\[sic\\] council]{actor=council} said 40 died.\n');
  assert.equal(buildArticle(X, mention).mentions[0]?.actor.id, 'council');
  const at = offsetIn(text, '|40');
  const claim = buildArticle(X, applyEdits(text, [markEdit(text, { start: at, end: at + 2 }, 'fact', 'deaths')])).claims[0];
  assert.equal(claim?.fact.id, 'deaths');
});
