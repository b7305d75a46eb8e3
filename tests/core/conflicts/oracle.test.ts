// The sweep against a brute-force oracle: every pair of claims of random facts is judged
// directly from the rules, and the checker must report exactly those partners and counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';
import { entriesOf, type ClaimEntry } from '../../../server/src/core/conflicts/entry';
import { cannotOverlap, endsBelow } from '../../../server/src/core/conflicts/numbers';
import { MAX_RELATED } from '../../../server/src/core/conflicts/fact-check';
import type { FactKind } from '../../../server/src/core/registry/types';
import { makeArticle, makeRegistry, type ClaimSpec } from './helpers';

function lcg(seed: number): (k: number) => number {
  let s = seed;
  return (k) => ((s = (s * 1103515245 + 12345) % 2147483648) % k);
}

/** How two claims relate by the rules of docs/conflicts.md, judged pair by pair. */
function judge(a: ClaimEntry, b: ClaimEntry, kind: FactKind | undefined, windowDays: number): 'self' | 'other' | undefined {
  if ((a.from === undefined) !== (b.from === undefined)) return undefined;
  // a running total holds at its as-of's last day
  if (kind === 'cumulative' && a.from !== undefined) [a, b] = [{ ...a, from: a.to }, { ...b, from: b.to }];
  const overlap = a.from === undefined || (a.from <= b.to! && b.from! <= a.to!);
  const sameActor = a.actor !== undefined && a.actor === b.actor;
  if (overlap) return cannotOverlap(a, b) ? (sameActor ? 'self' : 'other') : undefined;
  const [early, late] = a.from! < b.from! ? [a, b] : [b, a];
  const gap = late.from! - early.to!;
  // a level for a whole period (28 days or more) holds for that period only; one for a few days holds the window on
  if (kind === 'level' && gap <= (early.to! - early.from! + 1 >= 28 ? 0 : windowDays)) return cannotOverlap(a, b) ? 'other' : undefined;
  if (kind === 'cumulative' && endsBelow(late.high, late.highInclusive, early.low, early.lowInclusive)) return 'other';
  return undefined;
}

function randomClaims(rand: (k: number) => number, n: number, days = 28): ClaimSpec[] {
  return Array.from({ length: n }, () => {
    const x = 50 + rand(100);
    const shape = rand(6);
    const value = shape === 0 ? `~${x}` : shape === 1 ? `[${x},${x + rand(30)}]` : shape === 2 ? `(${x},inf)` : shape === 3 ? `[0,${x})` : shape === 4 ? `[${x},inf)` : `${x}`;
    const day = 1 + rand(days);
    const asof = rand(10) === 0 ? undefined : rand(8) === 0 ? `2024-${String(1 + rand(3)).padStart(2, '0')}` : `2024-02-${String(day).padStart(2, '0')}`;
    return { fact: 'f', value, by: rand(5) === 0 ? undefined : `actor${rand(4)}`, asof };
  });
}

for (const kind of ['event', 'level', 'cumulative', undefined] as (FactKind | undefined)[]) {
  test(`the sweep finds exactly the pairs the rules define (${kind ?? 'no kind'})`, () => {
    const rand = lcg(kind?.length ?? 1);
    let pairs = 0;
    let capped = 0;
    for (let round = 0; round < 24; round++) {
      const registry = makeRegistry({ facts: { f: { kind } }, windowDays: 3 });
      // The last rounds are dense (many claims over few days) so that counts pass the related cap.
      const dense = round >= 20;
      const articles = Array.from({ length: dense ? 40 : 6 }, (_, i) => makeArticle(`file:///r${i}.claims.txt`, randomClaims(rand, dense ? 5 : 1 + rand(8), dense ? 4 : 28)));
      const checker = new ConflictChecker(registry);
      for (const a of articles) checker.setArticle(a);
      const entries = articles.flatMap((a) => entriesOf(a, registry));
      for (const e of entries) {
        const expected = { self: [] as string[], other: [] as string[] };
        for (const o of entries) {
          if (o === e) continue;
          const r = judge(e, o, kind, 3);
          if (r) expected[r].push(`${o.uri}#${o.claim.textSpan.start}`);
          if (r) pairs++;
        }
        const found = { self: [] as string[], other: [] as string[] };
        const counts = { self: 0, other: 0 };
        for (const f of checker.findings(e.uri).filter((f) => f.span.start === e.claim.textSpan.start)) {
          const key = f.code === 'self-contradiction' ? 'self' : 'other';
          found[key] = (f.related ?? []).map((r) => `${r.uri}#${r.span.start}`);
          counts[key] = (f.data as { count: number }).count;
        }
        for (const key of ['self', 'other'] as const) {
          const where = `${kind} round ${round}: ${e.uri} ${e.claim.text} (${key})`;
          if (expected[key].length > MAX_RELATED) capped++;
          assert.equal(counts[key], expected[key].length, where);
          assert.equal(found[key].length, Math.min(expected[key].length, MAX_RELATED), where);
          assert.deepEqual(found[key].filter((x) => !expected[key].includes(x)), [], where);
          assert.equal(new Set(found[key]).size, found[key].length, where);
        }
      }
    }
    assert.ok(pairs > 20, `only ${pairs} conflicting pairs: the random workspace is too tame`);
    assert.ok(capped > 0, 'no claim had more partners than the related cap');
  });
}
