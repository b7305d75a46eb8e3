// Attribution (docs/format.md, Meaning): each route, checked on whole articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';

/** The actor and route of every claim of `text`, as "fact:actor/route". */
function attributions(text: string): string[] {
  return buildArticle('t', text).claims.map((c) => `${c.fact.id}:${c.actor?.id ?? '-'}/${c.attribution}`);
}

test('explicit by= wins over a mention in the sentence', () => {
  assert.deepEqual(attributions('[Kyiv]{actor=ua} said [12]{fact=f by=uk} died.'), ['f:uk/explicit']);
});

test('the nearest mention before the figure in its sentence', () => {
  assert.deepEqual(attributions('[A]{actor=a} and later [B]{actor=b} said [12]{fact=f} died, [C]{actor=c} added.'), ['f:b/sentence']);
});

test('else the nearest mention after the figure in its sentence', () => {
  assert.deepEqual(attributions('Russia launched [78]{fact=f} missiles, [the air force]{actor=af} said, citing [radar]{actor=r}.'), ['f:af/sentence']);
});

test('a mention in the next sentence does not count', () => {
  assert.deepEqual(attributions('Russia launched [78]{fact=f} missiles. [The air force]{actor=af} said so.'), ['f:-/none']);
});

test('else the last actor mentioned in an earlier sentence of the paragraph', () => {
  assert.deepEqual(attributions('[A]{actor=a} spoke. [B]{actor=b} spoke too. It added that [59]{fact=f} were shot down.'), ['f:b/paragraph']);
});

test('a mention in an earlier paragraph does not count, the article by does', () => {
  const text = '---\nby: outlet\n---\n[A]{actor=a} spoke.\nIt added that [59]{fact=f} were shot down.\n';
  assert.deepEqual(attributions(text), ['f:outlet/article']);
  const claim = buildArticle('t', text).claims[0]!;
  assert.equal(text.slice(claim.actor!.span.start, claim.actor!.span.end), 'outlet', 'the article actor points at the front matter value');
});

test('no actor at all: claim-without-actor at the claim', () => {
  const text = 'Some [12]{fact=f} people. Prose names Zelenskyy but markup does not.';
  const a = buildArticle('t', text);
  assert.equal(a.claims[0]!.attribution, 'none');
  const f = a.findings.filter((x) => x.code === 'claim-without-actor');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.span, a.claims[0]!.span);
});

test('abbreviations and markup periods keep the mention in the sentence', () => {
  assert.deepEqual(attributions('[U.S. officials]{actor=us} said on Nov. 21 that Dr. Lee counted [about 3,000]{fact=f} dead.'), ['f:us/sentence']);
  assert.deepEqual(attributions('About [3,000]{fact=f} were wounded in the U.S. Army zone, [the Pentagon]{actor=dod} said.'), ['f:dod/sentence']);
});

test('several claims in one sentence share its actor', () => {
  assert.deepEqual(attributions('[The GUR]{actor=gur} counted [59]{fact=a} missiles and [54]{fact=b} drones.'), ['a:gur/sentence', 'b:gur/sentence']);
});

test('a span with both actor= and fact= is a claim, not a mention', () => {
  const a = buildArticle('t', '[Kyiv]{actor=ua} said [12]{fact=f actor=x} died.');
  assert.deepEqual(a.mentions.map((m) => m.actor.id), ['ua']);
  assert.equal(a.claims[0]!.actor?.id, 'ua');
  assert.ok(a.findings.some((f) => f.code === 'conflicting-roles'));
});
