// The Claims tree's group rows (client/src/tree/rows.ts): the name, then the id whole when it
// differs, then the figures and counts; nothing shortens an id, however long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupRow } from '../../client/src/tree/rows';

const fact = { kind: 'fact' as const, claimCount: 4, conflictCount: 2 };

test('tree rows: a fact with a label shows its id whole right after it, then its figures and counts', () => {
  const row = groupRow({ ...fact, id: 'nk-troops-killed-or-wounded-in-kursk-region-since-december', label: 'North Korean troops killed or wounded in the Kursk region', values: '800–3,000 people' });
  assert.equal(row.label, 'North Korean troops killed or wounded in the Kursk region');
  assert.equal(row.description, 'nk-troops-killed-or-wounded-in-kursk-region-since-december · 800–3,000 people · 4 claims · ⚠ 2 conflicts');
  assert.equal(row.heading, 'North Korean troops killed or wounded in the Kursk region (fact nk-troops-killed-or-wounded-in-kursk-region-since-december)');
  assert.equal(row.counts, '4 claims, 2 in conflict');
});

test('tree rows: a fact named by its id alone shows it once, as the label, whole', () => {
  const id = `drones-${'jammed-'.repeat(20)}over-kyiv`;
  const row = groupRow({ ...fact, id, label: id, values: '12', claimCount: 1, conflictCount: 0 });
  assert.equal(row.label, id);
  assert.equal(row.description, '12 · 1 claim');
  assert.ok(!row.description.includes(id));
});

test('tree rows: actors show their name, id and role; claims without an actor are one row', () => {
  const zelenskyy = groupRow({ kind: 'actor', id: 'zelenskyy', label: 'Volodymyr Zelenskyy', detail: 'President of Ukraine', claimCount: 3, conflictCount: 0 });
  assert.equal(zelenskyy.label, 'Volodymyr Zelenskyy');
  assert.equal(zelenskyy.description, 'zelenskyy · 3 claims');
  assert.equal(zelenskyy.heading, 'Volodymyr Zelenskyy (actor zelenskyy) — President of Ukraine');
  const none = groupRow({ kind: 'actor', id: '', label: '(no actor)', claimCount: 2, conflictCount: 1 });
  assert.equal(none.label, '(no actor)');
  assert.equal(none.description, '2 claims · ⚠ 1 conflict');
});
