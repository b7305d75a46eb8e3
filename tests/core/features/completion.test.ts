// Completion: attribute keys, ids with labels, as-of dates, front matter `by`, registry keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionsAt } from '../../../server/src/core/features/completion';
import { ARTICLE_A, ARTICLE_B, REGISTRY, REG_URI, cursor, uriOf, workspace } from './helpers';

/** Labels offered at the `|` of `marked` (an article, or the registry when `registry` is true). */
function labels(marked: string, registry = false): string[] {
  const { text, offset } = cursor(marked);
  const ws = registry
    ? workspace({ 'a.claims.txt': ARTICLE_A, 'b.claims.txt': ARTICLE_B.replace('uk-mod', 'new-actor') }, text)
    : workspace({ 'a.claims.txt': ARTICLE_A, 'b.claims.txt': ARTICLE_B, 'x.claims.txt': text }, REGISTRY);
  return completionsAt(ws, registry ? REG_URI : uriOf('x.claims.txt'), text, offset).map((c) => c.label);
}

const CASES: [string, string, (l: string[]) => boolean][] = [
  ['keys after {', 'The [78]{|} missiles.', (l) => l.includes('fact') && l.includes('asof') && l.includes('.nofigure')],
  ['keys skip the ones given', 'The [78]{fact=x |} missiles.', (l) => !l.includes('fact') && l.includes('by')],
  ['actor ids after actor=', 'The [MoD]{actor=u|} said.', (l) => l.includes('uk-mod') && l.includes('zelenskyy')],
  ['actor ids after by=', 'The [78]{fact=x by=|}', (l) => l.includes('zelenskyy')],
  ['fact ids after fact=', 'The [78]{fact=|}', (l) => l.includes('nk-casualties')],
  ['source ids after src=', 'The [78]{fact=x src=|}', (l) => l.includes('ukmod-2025-01-24')],
  ['as-of dates of the fact', 'The [78]{fact=nk-casualties asof=|}', (l) => l.includes('2024-12-23')],
  ['nothing outside a span', 'The 78| missiles.', (l) => l.length === 0],
  ['nothing inside a quoted value', 'The [78]{fact=x note="a |', (l) => l.length === 0],
  ['front matter by', '---\nby: |\n---\nText.', (l) => l.includes('zelenskyy')],
  ['front matter keys', '---\npub|\n---\nText.', (l) => l.includes('published') && l.includes('outlet')],
];

for (const [name, marked, check] of CASES) {
  test(`article: ${name}`, () => {
    const l = labels(marked);
    assert.ok(check(l), `${name}: got ${JSON.stringify(l)}`);
  });
}

test('ids come with their registry labels', () => {
  const { text, offset } = cursor('The [78]{fact=|}');
  const ws = workspace({ 'x.claims.txt': text }, REGISTRY);
  const c = completionsAt(ws, uriOf('x.claims.txt'), text, offset).find((x) => x.label === 'nk-casualties')!;
  assert.equal(c.detail, 'North Korean troops killed or wounded');
  assert.deepEqual(c.span, { start: offset, end: offset });
});

const REGISTRY_CASES: [string, string, (l: string[]) => boolean][] = [
  ['sections at the top level', 'actors:\n  a:\n    name: A\n|', (l) => l.includes('facts') && !l.includes('actors')],
  ['entry keys of an actor', 'actors:\n  a:\n    |', (l) => l.includes('name') && l.includes('role') && !l.includes('label')],
  ['entry keys of a fact', 'facts:\n  f:\n    la|', (l) => l.includes('label') && l.includes('parts')],
  ['undefined ids used in articles', 'actors:\n  zelenskyy:\n    name: Z\n  |', (l) => l.includes('new-actor') && !l.includes('zelenskyy')],
  ['kind values', 'facts:\n  f:\n    kind: |', (l) => l.join() === 'event,cumulative,level'],
  ['codes under rules.severity', 'rules:\n  severity:\n    untag|', (l) => l.includes('untagged-figure')],
  ['severity values', 'rules:\n  severity:\n    untagged-figure: |', (l) => l.includes('off') && l.includes('hint')],
  ['fact ids in parts', 'facts:\n  nk-casualties:\n    label: x\n  total:\n    parts: [|', (l) => l.includes('nk-casualties') && !l.includes('total')],
];

for (const [name, marked, check] of REGISTRY_CASES) {
  test(`registry: ${name}`, () => {
    const l = labels(marked, true);
    assert.ok(check(l), `${name}: got ${JSON.stringify(l)}`);
  });
}
