// Two articles on one statistics release, drafted together in one run (as `claimmark annotate`
// does across a workspace), then checked: a draft never makes a conflict the text does not state.
// The articles are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, buildArticle, DraftContext, draftArticle, draftRegistryEdits, readRegistry, Workspace } from '../../../server/src/core/api';

/** Drafts `bodies` (front matter included) in one run with `registry`; gives the drafted texts and the conflicting-figure count. */
function draftTogether(bodies: readonly string[], registry = ''): { texts: string[]; conflicts: number } {
  const ctx = new DraftContext(readRegistry(registry));
  const texts = bodies.map((body, i) => applyEdits(body, draftArticle(buildArticle(`file:///w/release${i}.claims.txt`, body), ctx).edits));
  const ws = new Workspace();
  ws.setRegistry('claimmark.yaml', applyEdits(registry, draftRegistryEdits(registry, ctx)));
  texts.forEach((t, i) => ws.setArticle(`file:///w/release${i}.claims.txt`, t));
  const conflicts = texts.reduce((n, _, i) => n + ws.diagnostics(`file:///w/release${i}.claims.txt`).filter((d) => d.code === 'conflicting-figure').length, 0);
  return { texts, conflicts };
}

const REGISTRY = 'facts:\n  marine-economy-gdp:\n    label: Marine economy GDP\n    unit: USD\n    kind: level\n';
const AGENCY = '---\npublished: 2025-06-10\n---\nMarine economy\n\nThe marine economy contributed $476.2 billion to GDP in 2023, the Bureau of Economic Analysis said.\n';

test('a partner agency\'s real (inflation-adjusted) figure is another measure, not a dispute of the agency\'s figure', () => {
  for (const partner of [
    'The marine economy contributed $397.3 billion to real GDP in 2023, the National Oceanic and Atmospheric Administration said.',
    'Adjusted for inflation, the marine economy contributed $397.3 billion to GDP in 2023, the National Oceanic and Atmospheric Administration said.',
  ]) {
    const { texts, conflicts } = draftTogether([AGENCY, `---\npublished: 2025-06-12\n---\nMarine economy\n\n${partner}\n`], REGISTRY);
    assert.equal(conflicts, 0, texts.join('\n'));
  }
});

test('two named sources giving one registry fact different values, measured alike, still dispute it (a conflict the text states)', () => {
  const partner = '---\npublished: 2025-06-12\n---\nMarine economy\n\nThe marine economy contributed $501 billion to GDP in 2023, the National Oceanic and Atmospheric Administration said.\n';
  assert.equal(draftTogether([AGENCY, partner], REGISTRY).conflicts, 2);
  // (and the same total rounded, "$476 billion" or "nearly $480 billion", stays one fact with no conflict)
  for (const figure of ['$476 billion', 'nearly $480 billion']) {
    const { texts, conflicts } = draftTogether([AGENCY, partner.replace('$501 billion', figure)], REGISTRY);
    assert.equal(conflicts, 0, texts.join('\n'));
    assert.match(texts[1]!, /\{fact=marine-economy-gdp /);
  }
});
