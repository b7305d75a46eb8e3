// The texts the editor shows: a fact row holds its figures and the unit as readers write it, a
// hover says what a figure is compared as and how its actor was found in words, counts agree
// with their nouns ("1 claim").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimTree } from '../../../server/src/core/features/claimTree';
import { hoverAt } from '../../../server/src/core/features/hover';
import { idCandidates } from '../../../server/src/core/features/candidates';
import { offsetIn, uriOf, workspace } from './helpers';

const REG = 'actors:\n  uk-mod:\n    name: UK Ministry of Defence\nfacts:\n  area-lost:\n    label: Area lost\n    unit: km2\n  troops:\n    label: Troops sent\n    unit: troops\n';
const TEXT = 'The [MoD]{actor=uk-mod} said [about 800]{fact=troops} arrived, then [3,000]{fact=troops} more; [12 km2]{fact=area-lost} was lost.\n';

test('a fact row shows the figures it holds and its unit as km², not only its id', () => {
  const ws = workspace({ 'x.claims.txt': TEXT }, REG);
  const facts = claimTree(ws, 'fact').nodes;
  const troops = facts.find((g) => g.id === 'troops')!;
  assert.equal(troops.values, '800–3,000 troops');
  const area = facts.find((g) => g.id === 'area-lost')!;
  assert.equal(area.detail, 'km²');
  assert.equal(area.values, '12 km²');
});

test('a hover: no [800, 800], what the figure is compared as, and how the actor was found in words', () => {
  const ws = workspace({ 'x.claims.txt': TEXT }, REG);
  const about = hoverAt(ws, uriOf('x.claims.txt'), offsetIn(TEXT, '|about'))!.markdown;
  assert.match(about, /read as about 800 troops \(approximate\); compared as 720–880 troops/);
  const exact = hoverAt(ws, uriOf('x.claims.txt'), offsetIn(TEXT, '|3,000'))!.markdown;
  assert.doesNotMatch(exact, /\[3,000, 3,000\]/);
  assert.match(exact, /read as 3,000 troops \(exact\)$/m);
  const by = hoverAt(workspace({ 'x.claims.txt': 'They said [5]{fact=troops by=uk-mod} left.\n' }, REG), uriOf('x.claims.txt'), 11)!.markdown;
  assert.match(by, /UK Ministry of Defence \(uk-mod\); given by by= on the claim/);
  assert.match(about, /; named in the sentence/);
});

test('counts agree with their nouns: "(1 claim)"', () => {
  const ws = workspace({ 'x.claims.txt': 'They said [5]{fact=lonely} left.\n' });
  const c = idCandidates(ws, 'fact', { start: 0, end: 0 }).find((x) => x.label === 'lonely');
  assert.equal(c?.detail, 'used in the workspace (1 claim)');
});
