// ConflictChecker behaviour beyond the fixtures: message and related wording, incremental
// updates, changed URIs, hovers (conflictsOf), registry changes and robustness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';
import { MAX_RELATED } from '../../../server/src/core/conflicts/fact-check';
import { makeArticle, makeRegistry, type ClaimSpec } from './helpers';

const uri = (name: string): string => `file:///${name}.claims.txt`;
const zelenskyy: ClaimSpec = { fact: 'nk-casualties', value: '~3000', text: 'about 3,000', by: 'zelenskyy', asof: '2024-12-23' };
const kremlin: ClaimSpec = { fact: 'nk-casualties', value: '[0,1000)', text: 'fewer than 1,000', by: 'kremlin', asof: '2024-12-24' };
const cumulative = makeRegistry({ facts: { 'nk-casualties': { kind: 'cumulative' } } });

test('the message quotes both figures with actor and date (seed example)', () => {
  const c = new ConflictChecker(cumulative);
  c.setArticle(makeArticle(uri('a'), [zelenskyy]));
  c.setArticle(makeArticle(uri('b'), [kremlin]));
  const [fa] = c.findings(uri('a'));
  assert.equal(fa?.code, 'conflicting-figure');
  assert.equal(fa?.message, `'about 3,000' (zelenskyy, 2024-12-23) conflicts with 'fewer than 1,000' (kremlin, 2024-12-24)`);
  assert.deepEqual(fa?.span, { start: 1, end: 12 });
  const [fb] = c.findings(uri('b'));
  assert.equal(fb?.message, `'fewer than 1,000' (kremlin, 2024-12-24) conflicts with 'about 3,000' (zelenskyy, 2024-12-23)`);
});

test('related information names the other claim: uri, span of its figure, actor, figure, date', () => {
  const c = new ConflictChecker(cumulative);
  c.setArticle(makeArticle(uri('a'), [zelenskyy]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'x', value: '1' }, kremlin]));
  const [fa] = c.findings(uri('a'));
  assert.deepEqual(fa?.related, [{ uri: uri('b'), span: { start: 101, end: 117 }, message: "kremlin, 'fewer than 1,000', 2024-12-24 (later but lower: a cumulative figure cannot fall)", shown: undefined }]);
  assert.deepEqual(fa?.data, { fact: 'nk-casualties', count: 1, cumulativeFall: true });
  const [fb] = c.findings(uri('b'));
  assert.equal(fb?.related?.[0]?.message, "zelenskyy, 'about 3,000', 2024-12-23 (earlier but higher: a cumulative figure cannot fall)");
});

test('with several others the message names the earliest and counts the rest', () => {
  const c = new ConflictChecker(makeRegistry());
  c.setArticle(makeArticle(uri('a'), [{ fact: 'f', value: '10', by: 'x', asof: '2024-12-25' }]));
  c.setArticle(makeArticle(uri('c'), [{ fact: 'f', value: '30', text: 'thirty', by: 'z', asof: '2024-12-25' }]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'f', value: '20', text: 'twenty', by: 'y', asof: '2024-12-25' }]));
  const [f] = c.findings(uri('a'));
  assert.equal(f?.message, "'10' (x, 2024-12-25) conflicts with 'twenty' (y, 2024-12-25) and 1 more");
  assert.deepEqual(f?.related?.map((r) => r.uri), [uri('b'), uri('c')]);
  assert.deepEqual(f?.data, { fact: 'f', count: 2, cumulativeFall: false });
});

test('self-contradiction message, undated and actorless claims', () => {
  const c = new ConflictChecker(makeRegistry());
  c.setArticle(makeArticle(uri('a'), [{ fact: 'f', value: '106', by: 'x', asof: '2024-12' }, { fact: 'f', value: '78', by: 'x', asof: '2024-12' }]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'g', value: '1' }, { fact: 'g', value: '2' }]));
  assert.equal(c.findings(uri('a'))[0]?.message, "'106' (x, 2024-12-01..2024-12-31) contradicts '78' (x, 2024-12-01..2024-12-31)");
  assert.equal(c.findings(uri('b'))[0]?.message, "'1' (no actor, no date) conflicts with '2' (no actor, no date)");
});

test('parts-exceed-total message quotes the parts and the total', () => {
  const c = new ConflictChecker(makeRegistry({ facts: { launched: { parts: ['shot-down', 'jammed'] } } }));
  c.setArticle(makeArticle(uri('a'), [
    { fact: 'launched', value: '106', by: 'airforce', asof: '2024-12-25' },
    { fact: 'shot-down', value: '54', by: 'airforce', asof: '2024-12-25' },
    { fact: 'jammed', value: '53', by: 'airforce', asof: '2024-12-25' },
  ]));
  const fs = c.findings(uri('a'));
  assert.deepEqual(fs.map((f) => f.code), ['parts-exceed-total', 'parts-exceed-total', 'parts-exceed-total']);
  assert.equal(fs[0]?.message, "parts '54' (shot-down) + '53' (jammed) add up to more than the total '106' (airforce, 2024-12-25) of 'launched'");
  assert.deepEqual(fs[0]?.related?.map((r) => r.message), ["airforce, '54', 2024-12-25 (part shot-down)", "airforce, '53', 2024-12-25 (part jammed)"]);
  assert.deepEqual(fs[1]?.related?.map((r) => r.message), ["airforce, '106', 2024-12-25 (total)", "airforce, '53', 2024-12-25 (part jammed)"]);
});

test('incomparable-units message names the units', () => {
  const c = new ConflictChecker(makeRegistry({ facts: { aid: { unit: 'USD' } } }));
  c.setArticle(makeArticle(uri('a'), [{ fact: 'aid', value: '2500000000 USD', text: '$2.5 billion', by: 'x', asof: '2024-12-25' }]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'aid', value: '1000000000 EUR', text: '€1bn', by: 'y', asof: '2024-12-25' }]));
  assert.deepEqual(c.findings(uri('a')), []);
  const [f] = c.findings(uri('b'));
  assert.equal(f?.code, 'incomparable-units');
  assert.equal(f?.message, "'€1bn' (€) cannot be compared with '$2.5 billion' (x, 2024-12-25) (US$) of 'aid': the units differ");
});

test('incremental: a conflict appears and disappears in the other article as edits land', () => {
  const c = new ConflictChecker(cumulative);
  c.setArticle(makeArticle(uri('a'), [zelenskyy]));
  assert.deepEqual([...c.takeChangedUris()], []);
  c.setArticle(makeArticle(uri('b'), [kremlin]));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.deepEqual([...c.takeChangedUris()], [], 'drained on read');
  // Edit b so that it agrees: both conflicts go.
  c.setArticle(makeArticle(uri('b'), [{ ...kremlin, value: '[3000,4000]', text: '3,000 to 4,000' }], 2));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.deepEqual(c.findings(uri('a')), []);
  // Edit b back: they return.
  c.setArticle(makeArticle(uri('b'), [kremlin], 3));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.equal(c.findings(uri('a')).length, 1);
  // Remove b: a is clean again; b is reported as changed and has nothing.
  c.removeArticle(uri('b'));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.deepEqual(c.findings(uri('a')), []);
  assert.deepEqual(c.findings(uri('b')), []);
});

test('incremental: an edit that changes nothing reports nothing; an unrelated fact leaves others alone', () => {
  const c = new ConflictChecker(cumulative);
  c.setArticle(makeArticle(uri('a'), [zelenskyy]));
  c.setArticle(makeArticle(uri('b'), [kremlin]));
  c.setArticle(makeArticle(uri('c'), [{ fact: 'other', value: '1', asof: '2024-12-24' }]));
  c.takeChangedUris();
  c.setArticle(makeArticle(uri('b'), [kremlin], 2));
  assert.deepEqual([...c.takeChangedUris()], []);
  c.setArticle(makeArticle(uri('c'), [{ fact: 'other', value: '1', asof: '2024-12-24' }, { fact: 'other', value: '2', asof: '2024-12-24' }], 2));
  assert.deepEqual([...c.takeChangedUris()], [uri('c')]);
});

test('incremental: moving a claim in b changes the related span shown in a', () => {
  const c = new ConflictChecker(cumulative);
  c.setArticle(makeArticle(uri('a'), [zelenskyy]));
  c.setArticle(makeArticle(uri('b'), [kremlin]));
  c.takeChangedUris();
  c.setArticle(makeArticle(uri('b'), [{ fact: 'x', value: '1' }, kremlin], 2));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.equal(c.findings(uri('a'))[0]?.related?.[0]?.span.start, 101);
});

test('conflictsOf lists the claims a claim conflicts with, across articles, for hovers', () => {
  const c = new ConflictChecker(makeRegistry({ facts: { launched: { parts: ['shot-down'] } } }));
  const a = makeArticle(uri('a'), [{ fact: 'f', value: '10', by: 'x', asof: '2024-12-25' }, { fact: 'f', value: '11', by: 'x', asof: '2024-12-25' }]);
  const b = makeArticle(uri('b'), [{ fact: 'f', value: '12', by: 'y', asof: '2024-12-25' }, { fact: 'f', value: '10', by: 'z', asof: '2024-12-25' }]);
  const p = makeArticle(uri('p'), [{ fact: 'launched', value: '5' }, { fact: 'shot-down', value: '6' }]);
  for (const art of [a, b, p]) c.setArticle(art);
  const refs = c.conflictsOf(uri('a'), a.claims[0]!);
  assert.deepEqual(refs.map((r) => [r.uri, r.claim.text]), [[uri('a'), '11'], [uri('b'), '12']]);
  assert.equal(refs[0]?.article, a);
  assert.deepEqual(c.conflictsOf(uri('b'), b.claims[1]!).map((r) => r.claim.text), ['11', '12']);
  assert.deepEqual(c.conflictsOf(uri('p'), p.claims[0]!).map((r) => r.claim.text), ['6']);
  assert.deepEqual(c.conflictsOf(uri('nowhere'), a.claims[0]!), []);
});

test('setRegistry re-checks everything: a kind, tolerance or parts change shows at once', () => {
  const c = new ConflictChecker(makeRegistry());
  c.setArticle(makeArticle(uri('a'), [{ fact: 'f', value: '~100', by: 'x', asof: '2024-12-01' }]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'f', value: '115', by: 'y', asof: '2024-12-05' }]));
  assert.deepEqual([...c.takeChangedUris()], []);
  c.setRegistry(makeRegistry({ facts: { f: { kind: 'level' } } }));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  c.setRegistry(makeRegistry({ facts: { f: { kind: 'level' } }, tolerance: 0.2 }));
  assert.deepEqual([...c.takeChangedUris()].sort(), [uri('a'), uri('b')]);
  assert.deepEqual(c.findings(uri('a')), []);
});

test('related information is capped; the message still counts every other claim', () => {
  const c = new ConflictChecker(makeRegistry());
  c.setArticle(makeArticle(uri('low'), [{ fact: 'f', value: '1', by: 'x', asof: '2024-12-25' }]));
  const n = MAX_RELATED + 20;
  for (let i = 0; i < n; i++) c.setArticle(makeArticle(uri(`h${i}`), [{ fact: 'f', value: '[5,9]', by: `a${i}`, asof: '2024-12-25' }]));
  const [f] = c.findings(uri('low'));
  assert.equal(f?.related?.length, MAX_RELATED);
  assert.match(f?.message ?? '', new RegExp(`and ${n - 1} more$`));
  assert.equal((f?.data as { count: number }).count, n);
});

test('an incremental history gives exactly the findings of a fresh full check', () => {
  let seed = 7;
  const rand = (k: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % k);
  const registry = makeRegistry({ facts: { f0: { kind: 'cumulative' }, f1: { kind: 'level' }, f2: { kind: 'event', parts: ['f3'] } } });
  const randomArticle = (name: string, version: number) => makeArticle(uri(name), Array.from({ length: rand(5) }, () => ({
    fact: `f${rand(4)}`, value: rand(3) === 0 ? `~${rand(50)}` : rand(2) === 0 ? `[${rand(20)},${20 + rand(30)}]` : `${rand(50)}`,
    by: `actor${rand(3)}`, asof: `2024-12-${String(1 + rand(20)).padStart(2, '0')}`,
  })), version);
  const live = new ConflictChecker(registry);
  const latest = new Map<string, ReturnType<typeof randomArticle>>();
  for (let step = 0; step < 300; step++) {
    const name = `n${rand(25)}`;
    if (rand(6) === 0) { live.removeArticle(uri(name)); latest.delete(uri(name)); continue; }
    const art = randomArticle(name, step);
    live.setArticle(art);
    latest.set(art.uri, art);
    if (step % 50 === 0) live.takeChangedUris();
  }
  const fresh = new ConflictChecker(registry);
  for (const art of latest.values()) fresh.setArticle(art);
  let total = 0;
  for (const u of latest.keys()) {
    total += fresh.findings(u).length;
    assert.deepEqual(live.findings(u), fresh.findings(u), u);
  }
  assert.ok(total > 0, 'the random workspace has conflicts');
});

test('nothing throws on odd input: NaN, inverted intervals, missing fields, bad dates', () => {
  const c = new ConflictChecker(makeRegistry({ facts: { f: { kind: 'level', parts: ['f', 'g'] } }, windowDays: NaN }));
  const art = makeArticle(uri('odd'), [
    { fact: 'f', value: 'NaN' }, { fact: 'f', value: '[5,1]' }, { fact: 'f', value: '[-inf,inf]' },
    { fact: 'f', value: '(-inf,0)', asof: '2024-12-25' }, { fact: 'g', value: '(1,inf)', asof: '2024-12-25' },
  ]);
  art.claims[0]!.asof = { from: 'not-a-date', to: '2024-13-45' };
  (art.claims[1] as { reading: unknown }).reading = { ok: true, value: { low: 1, high: NaN, lowInclusive: true, highInclusive: true, kind: 'exact' } };
  c.setArticle(art);
  assert.doesNotThrow(() => c.findings(uri('odd')));
  assert.ok(Array.isArray(c.findings(uri('odd'))));
  assert.doesNotThrow(() => c.conflictsOf(uri('odd'), art.claims[3]!));
});

test('a level read for a whole week holds for that week only: a weekly series is not compared week against week', () => {
  const registry = makeRegistry({ facts: { positivity: { kind: 'level' } } });
  const c = new ConflictChecker(registry);
  c.setArticle(makeArticle(uri('w22'), [{ fact: 'positivity', value: '6.0', text: '6.0%', asof: '2020-05-24..2020-05-30' }]));
  c.setArticle(makeArticle(uri('w23'), [{ fact: 'positivity', value: '6.3', text: '6.3%', asof: '2020-05-31..2020-06-06' }]));
  assert.deepEqual(c.findings(uri('w23')), []);
  // (a reading for a day inside the week is still compared with the week's)
  c.setArticle(makeArticle(uri('day'), [{ fact: 'positivity', value: '9.9', text: '9.9%', asof: '2020-05-29' }]));
  assert.equal(c.findings(uri('day'))[0]?.code, 'conflicting-figure');
});

test('a running total holds at the last day of the stretch it adds up: totals over nested stretches are compared by their ends, not side by side', () => {
  const c = new ConflictChecker(makeRegistry({ facts: { receipts: { kind: 'cumulative' } } }));
  // $213.1 million raised in 2015, $274.2 million from January 2015 to March 2016: the later end is higher, no conflict (same actor or not)
  c.setArticle(makeArticle(uri('a'), [{ fact: 'receipts', value: '213.1', text: '$213.1 million', by: 'fec', asof: '2015' }]));
  c.setArticle(makeArticle(uri('b'), [{ fact: 'receipts', value: '274.2', text: '$274.2 million', by: 'fec', asof: '2015-01..2016-03' }]));
  assert.deepEqual([...c.findings(uri('a')), ...c.findings(uri('b'))], []);
  // a total to the end of March 2016 below the 2015 one fell: a conflict, the later but lower
  c.setArticle(makeArticle(uri('b'), [{ fact: 'receipts', value: '150', text: '$150 million', by: 'fec', asof: '2015-01..2016-03' }]));
  const [fb] = c.findings(uri('b'));
  assert.equal(fb?.code, 'conflicting-figure');
  assert.match(fb?.related?.[0]?.message ?? '', /earlier but higher/);
  // two totals ending on one day are one state of the total: compared by value
  c.setArticle(makeArticle(uri('b'), [{ fact: 'receipts', value: '150', text: '$150 million', by: 'fec', asof: '2015-07..2015-12' }]));
  assert.equal(c.findings(uri('b'))[0]?.code, 'self-contradiction');
});
