// The whole pipeline, fuzzed: random and mutated articles and claimmark.yaml texts (from
// samples/, tests/corpus/ and tests/fixtures/registry/) played through the real Workspace.
// Nothing may throw; spans, related locations, severities and readings must be sane; the
// same inputs must give the same diagnostics. Seeded: replay with PIPELINE_SEED=n, scale
// with PIPELINE_ROUNDS=n (each round feeds about eight texts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleInputs, registryInputs } from './inputs';
import { aliasBomb, conflictArticle, mutateArticle, mutateRegistry, randomArticle } from './mutate';
import { below, pick, prng, SEED, type Rand } from './prng';
import { randomOptions } from './invariants';
import { newStats, playSession, type Op } from './session';

const ROUNDS = Number(process.env.PIPELINE_ROUNDS ?? 700);
const ARTICLES = articleInputs();
const REGISTRIES = registryInputs();

function registryText(rand: Rand): string | undefined {
  const r = rand();
  if (r < 0.1) return undefined;
  if (r < 0.2) return pick(rand, REGISTRIES).text;
  if (r < 0.25) return aliasBomb(2 + below(rand, 3)); // registry-broken.test.ts has the big ones
  if (r < 0.3) return randomArticle(rand); // prose where YAML should be
  return mutateRegistry(rand, pick(rand, REGISTRIES).text);
}

function articleText(rand: Rand): string {
  const r = rand();
  if (r < 0.1) return pick(rand, ARTICLES).text;
  if (r < 0.2) return randomArticle(rand);
  if (r < 0.45) return rand() < 0.5 ? conflictArticle(rand) : mutateArticle(rand, conflictArticle(rand));
  return mutateArticle(rand, pick(rand, ARTICLES).text);
}

/** A session: a registry, a few articles, a check, then edits, a removal, a new registry, a check. */
function session(rand: Rand): Op[] {
  const uris = Array.from({ length: 3 + below(rand, 3) }, (_, i) => `file:///ws/a${i}.claims.txt`);
  const ops: Op[] = [{ op: 'registry', text: registryText(rand) }];
  for (const uri of uris) ops.push({ op: 'set', uri, text: articleText(rand) });
  ops.push({ op: 'check', options: randomOptions(rand) });
  ops.push({ op: 'set', uri: pick(rand, uris), text: articleText(rand) });
  ops.push({ op: 'remove', uri: pick(rand, uris) });
  ops.push({ op: 'registry', text: registryText(rand) });
  ops.push({ op: 'set', uri: pick(rand, uris), text: articleText(rand) });
  ops.push({ op: 'check', options: randomOptions(rand) });
  return ops;
}

test(`the pipeline survives ${ROUNDS} fuzz sessions (seed ${SEED})`, () => {
  assert.ok(ARTICLES.length >= 40 && REGISTRIES.length >= 4, 'inputs found');
  const rand = prng(SEED);
  let inputs = 0;
  const failures: string[] = [];
  const started = performance.now();
  const stats = newStats();
  for (let round = 0; round < ROUNDS; round++) {
    const ops = session(rand);
    inputs += ops.filter((o) => o.op === 'set' || o.op === 'registry').length;
    for (const p of playSession(ops, prng(SEED + round), stats, { replay: round % 4 === 0, fresh: round % 2 === 1 })) {
      failures.push(`round ${round}, step ${p.step} (${ops[p.step]?.op ?? 'end'}):\n  ${p.problems.slice(0, 5).join('\n  ')}`);
    }
    if (failures.length >= 10) break;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`pipeline fuzz: ${inputs} inputs in ${ROUNDS} sessions, ${seconds.toFixed(1)} s; checked ${stats.diagnostics} diagnostics, ${stats.related} related locations, ${stats.claims} claims; slowest step ${stats.slowestMs.toFixed(0)} ms (${stats.slowest?.op})`);
  assert.ok(stats.diagnostics > 10 * ROUNDS && stats.related > 0 && stats.claims > ROUNDS, 'the sessions exercised diagnostics, conflicts and claims');
  assert.deepEqual(failures, []);
  if (!process.env.PIPELINE_ROUNDS) assert.ok(inputs >= 5000, `${inputs} inputs`);
});
