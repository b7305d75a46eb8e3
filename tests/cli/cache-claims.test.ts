// The check cache's claims (cacheClaims.ts) come back as they went in: open intervals,
// -0, units, failed readings, claims with and without actor and as-of; damaged arrays are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeClaim, encodeClaim } from '../../server/src/cli/cacheClaims';
import { checkedClaim, type KeptArticle } from '../../server/src/core/api';

type Claim = KeptArticle['claims'][number];
const span = (start: number, end: number) => ({ start, end });
const base: Claim = { span: span(10, 40), textSpan: span(11, 20), text: 'over 3,000', fact: { id: 'f', span: span(26, 27) }, reading: { ok: true, value: { low: 3000, high: Infinity, lowInclusive: false, highInclusive: false, kind: 'lower-bound' } } };

test('claims survive JSON through the cache encoding', () => {
  const claims: Claim[] = [
    base,
    { ...base, reading: { ok: true, value: { low: -Infinity, high: -0, lowInclusive: false, highInclusive: true, kind: 'upper-bound', unit: 'percent' } }, actor: { id: 'a', span: span(0, 5) } },
    { ...base, reading: { ok: false, reason: 'not a figure' }, asof: { from: '2024-01-01', to: '2024-01-31' } },
  ];
  for (const c of claims) {
    const back = decodeClaim(JSON.parse(JSON.stringify(encodeClaim(c))));
    // as a check keeps it: fact and actor by id (checked.ts idOnly), everything else as it was
    assert.deepEqual(back, checkedClaim(c));
    assert.deepEqual({ ...back, fact: back?.fact.id, actor: back?.actor?.id }, { ...c, fact: c.fact.id, actor: c.actor?.id });
    if (back?.reading.ok) assert.ok(Object.is(back.reading.value.high, (c.reading as { value: { high: number } }).value.high));
  }
});

test('damaged claims are refused, not half read', () => {
  const good = JSON.parse(JSON.stringify(encodeClaim(base))) as unknown[];
  const damaged = [null, 3, [], good.slice(1), [...good.slice(0, 4), 7, ...good.slice(5)], [...good.slice(0, 8), [1, 'x'], ...good.slice(9)], [...good.slice(0, 9), ['a', 1], 0], [...good.slice(0, 10), [1, 2]]];
  for (const d of damaged) assert.equal(decodeClaim(d), undefined, JSON.stringify(d));
});
