// The learned choice of registry fact (server/src/core/draft/learned/registryChoice.ts and
// registryFeatures.ts), on a small article and registry written for this test. Drafting ships no
// weights (the rules choose: tests/eval/learn/README-registry.md); these tests try the trained ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { useRegistryWeights } from '../../../server/src/core/draft/learned/registryChoice';
import { REGISTRY_WEIGHTS, TRAINED_REGISTRY_WEIGHTS } from '../../../server/src/core/draft/learned/registryWeights';
import { registryCandidates, REGISTRY_FEATURES } from '../../../server/src/core/draft/registryFeatures';
import { frameOf } from '../../../server/src/core/draft/facts';

const REGISTRY = `facts:
  harbor-ferry-riders:
    label: Riders carried by the harbor ferry in a year
    unit: riders
    kind: event
  harbor-ferry-fare-change-pct:
    label: Change in the harbor ferry's single fare
    unit: percent
    kind: event
  port-cargo-tonnes:
    label: Cargo handled by the port
    unit: tonnes
    kind: event
`;

const ARTICLE = '---\npublished: 2024-02-01\n---\nHarbor ferry sets record\n'
  + 'The harbor ferry carried 1.2 million passengers last year, the port authority said on Wednesday. '
  + 'Its single fare rose 5 percent in January. The port handled 3 million tonnes of cargo.\n';

/** The fact drafted on each figure's text, with `weights` in force (undefined: the rules alone). */
function factsOf(weights: Readonly<Record<string, number>> | undefined): Map<string, string> {
  const before = useRegistryWeights(weights);
  try {
    return draftFacts();
  } finally {
    useRegistryWeights(before);
  }
}

function draftFacts(): Map<string, string> {
  const d = draftArticle(buildArticle('file:///w/ferry.claims.txt', ARTICLE), new DraftContext(readRegistry(REGISTRY)));
  return new Map(d.claims.map((c) => [c.text, c.fact]));
}

test('the trained scorer gives a figure the registry fact its clause names, though its counted noun is another word ("passengers" for "riders")', () => {
  const facts = factsOf(TRAINED_REGISTRY_WEIGHTS);
  assert.equal(facts.get('1.2 million'), 'harbor-ferry-riders');
  assert.equal(facts.get('5 percent'), 'harbor-ferry-fare-change-pct');
  assert.equal(facts.get('3 million tonnes'), 'port-cargo-tonnes');
});

test('drafting ships no weights: the rules alone choose, and they miss that fact', () => {
  assert.deepEqual(REGISTRY_WEIGHTS, {});
  assert.notEqual(factsOf(undefined).get('1.2 million'), 'harbor-ferry-riders');
  assert.notEqual(draftFacts().get('1.2 million'), 'harbor-ferry-riders');
});

test('the trained weights have one per feature, and the candidates hold the fact with its row, "no registry fact" last', () => {
  assert.deepEqual(Object.keys(TRAINED_REGISTRY_WEIGHTS).sort(), [...REGISTRY_FEATURES].sort());
  const frame = frameOf('The harbor ferry carried ', ' passengers last year', 'passengers', undefined, 'The harbor ferry carried 1.2 million passengers last year', new Set(['harbor', 'ferry', 'port']));
  const { ids, rows } = registryCandidates(frame, readRegistry(REGISTRY), '2023', [], [], '1.2 million');
  assert.equal(ids[ids.length - 1], '');
  const row = rows[ids.indexOf('harbor-ferry-riders')]!;
  assert.ok(row, 'the fact is a candidate');
  // ("harbor" and "ferry" of its id are the clause's, "rider" is not)
  assert.equal(row[REGISTRY_FEATURES.indexOf('clauseId')], 2 / 3);
  assert.equal(row[REGISTRY_FEATURES.indexOf('ruleIn')], 0);
  assert.equal(rows[rows.length - 1]![REGISTRY_FEATURES.indexOf('none')], 1);
});
