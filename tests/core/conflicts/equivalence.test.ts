// The compact checker (outcomes packed per fact, findings built on demand, entries reused
// when claims only moved) against the eager checker it replaced (reference/, frozen): the
// same operations must give the same changed URIs, findings and hover lists, on generated
// workspaces, on samples/ edited as a user types, and on minimal articles (uri + claims).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictChecker } from '../../../server/src/core/conflicts/checker';
import { ConflictChecker as ReferenceChecker } from './reference/checker';
import { buildArticle } from '../../../server/src/core/model/build';
import { updateArticle } from '../../../server/src/core/model/update';
import { readRegistry } from '../../../server/src/core/registry/read';
import { articleForChecker, checkedClaims } from '../../../server/src/core/conflicts/checked';
import type { Article, Claim } from '../../../server/src/core/model/article';
import type { Registry } from '../../../server/src/core/registry/types';
import { below, pick, prng, SEED, type Rand } from '../pipeline/prng';
import { makeArticle, makeClaim, makeRegistry, type ClaimSpec, type RegistrySpec } from './helpers';

/** Drives both checkers with the same calls and compares everything they answer. */
class Pair {
  readonly live: ConflictChecker;
  readonly ref: ReferenceChecker;
  readonly articles = new Map<string, Article>();
  compared = { changed: 0, findings: 0, conflicts: 0 };

  constructor(registry: Registry) {
    this.live = new ConflictChecker(registry);
    this.ref = new ReferenceChecker(registry);
  }

  set(article: Article): void {
    this.articles.set(article.uri, article);
    this.live.setArticle(article);
    this.ref.setArticle(article);
  }

  remove(uri: string): void {
    this.articles.delete(uri);
    this.live.removeArticle(uri);
    this.ref.removeArticle(uri);
  }

  setRegistry(registry: Registry): void {
    this.live.setRegistry(registry);
    this.ref.setRegistry(registry);
  }

  /** Compares changed URIs (when asked), then findings and hover lists of every article, in a random order of queries. */
  compare(where: string, rand: Rand, withChanged: boolean): void {
    if (withChanged) {
      const changed = [...this.live.takeChangedUris()].sort();
      assert.deepStrictEqual(changed, [...this.ref.takeChangedUris()].sort(), `${where}: changed URIs`);
      this.compared.changed += changed.length;
    }
    const uris = [...this.articles.keys()];
    for (const uri of rand() < 0.5 ? uris : uris.reverse()) {
      const findings = this.live.findings(uri);
      assert.deepStrictEqual(findings, this.ref.findings(uri), `${where}: findings of ${uri}`);
      this.compared.findings += findings.length;
      for (const claim of this.articles.get(uri)!.claims) {
        const live = this.live.conflictsOf(uri, claim);
        const ref = this.ref.conflictsOf(uri, claim);
        assert.equal(live.length, ref.length, `${where}: conflictsOf in ${uri}`);
        live.forEach((r, i) => assert.ok(r.uri === ref[i]!.uri && r.claim === ref[i]!.claim && r.article === ref[i]!.article, `${where}: conflictsOf in ${uri} #${i}`));
        this.compared.conflicts += live.length;
      }
    }
  }
}

const KINDS = ['event', 'level', 'cumulative', undefined] as const;

function registrySpec(rand: Rand): RegistrySpec {
  return {
    facts: {
      f0: { kind: 'event', parts: ['f1', 'f2'] },
      f1: { kind: 'event' },
      f2: { kind: pick(rand, KINDS) },
      f3: { kind: 'cumulative' },
      f4: { kind: 'level', unit: 'km2' },
      f5: { kind: pick(rand, KINDS) },
    },
    tolerance: pick(rand, [0.1, 0.1, 0.2, 0]),
    windowDays: pick(rand, [7, 3, 0]),
  };
}

/** `dense`: two facts, three days (many partners); `wide`: two facts over 28 days (groups past 48 claims, few partners each). */
type Mode = 'normal' | 'dense' | 'wide';

function randomClaim(rand: Rand, mode: Mode): ClaimSpec {
  const dense = mode === 'dense';
  const x = 50 + below(rand, 100);
  const shape = below(rand, 8);
  const value = shape === 0 ? `~${x}` : shape === 1 ? `[${x},${x + below(rand, 30)}]` : shape === 2 ? `(${x},inf)` : shape === 3 ? `[0,${x})` : shape === 4 ? '!bad' : `${x}`;
  const unit = rand() < 0.1 ? ` ${pick(rand, ['km2', 'mi2', 'percent', 'USD', 'furlongs'])}` : '';
  const days = dense ? 3 : mode === 'wide' ? 28 : 20;
  const asof = rand() < 0.1 ? undefined : mode !== 'wide' && rand() < 0.1 ? '2024-02' : `2024-02-${String(1 + below(rand, days)).padStart(2, '0')}`;
  return { fact: pick(rand, dense ? ['f2', 'f3'] : mode === 'wide' ? ['f1', 'f2'] : ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f5']), value: value + unit, by: rand() < 0.2 ? undefined : `actor${below(rand, 4)}`, asof };
}

/** The same claims, moved: spans shifted from a random claim on, maybe one new claim inserted (reading and as-of objects kept). */
function moved(rand: Rand, a: Article, mode: Mode): Article {
  const at = below(rand, a.claims.length + 1);
  const shift = 1 + below(rand, 40);
  const move = (c: Claim): Claim => ({ ...c, span: { start: c.span.start + shift, end: c.span.end + shift }, textSpan: { start: c.textSpan.start + shift, end: c.textSpan.end + shift } });
  const claims = a.claims.map((c, i) => (i < at ? { ...c } : move(c)));
  if (rand() < 0.4) claims.splice(at, 0, makeClaim(randomClaim(rand, mode), (a.claims[at - 1]?.span.end ?? 0) + 1));
  if (rand() < 0.2 && claims.length > 1) claims.splice(below(rand, claims.length), 1);
  if (rand() < 0.2 && claims.length > 0) {
    const i = below(rand, claims.length);
    const c = claims[i]!;
    // a changed reading or date on an otherwise moved claim
    claims[i] = rand() < 0.5 ? { ...c, reading: makeClaim(randomClaim(rand, mode), 0).reading } : { ...c, asof: makeClaim({ ...randomClaim(rand, mode), asof: '2024-02-03' }, 0).asof };
  }
  return { ...a, version: a.version + 1, claims };
}

test('generated histories: the compact checker answers exactly what the eager one does', () => {
  const rand = prng(SEED);
  const totals = { changed: 0, findings: 0, conflicts: 0 };
  for (let round = 0; round < 12; round++) {
    const mode: Mode = round % 4 === 3 ? 'dense' : round % 4 === 2 ? 'wide' : 'normal';
    const spec = registrySpec(rand);
    const pair = new Pair(makeRegistry(spec));
    const n = mode === 'normal' ? 8 : mode === 'wide' ? 40 : 30;
    const uri = (i: number) => `file:///g${i}.claims.txt`;
    for (let i = 0; i < n; i++) pair.set(makeArticle(uri(i), Array.from({ length: mode === 'normal' ? 1 + below(rand, 6) : 4 }, () => randomClaim(rand, mode))));
    pair.compare(`round ${round} loaded`, rand, true);
    for (let step = 0; step < 60; step++) {
      const i = below(rand, n);
      const current = pair.articles.get(uri(i));
      const r = rand();
      if (r < 0.55 && current) pair.set(moved(rand, current, mode));
      else if (r < 0.8) pair.set(makeArticle(uri(i), Array.from({ length: below(rand, 6) }, () => randomClaim(rand, mode)), step + 2));
      else if (r < 0.92) pair.remove(uri(i));
      else if (r < 0.95) pair.setRegistry(makeRegistry(registrySpec(rand)));
      else if (current) pair.set({ ...current, version: current.version + 1 });
      if (rand() < 0.4) pair.compare(`round ${round} step ${step}`, rand, rand() < 0.8);
    }
    pair.compare(`round ${round} end`, rand, true);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += pair.compared[k];
  }
  assert.ok(totals.changed > 200 && totals.findings > 1000 && totals.conflicts > 1000, `too tame: ${JSON.stringify(totals)}`);
});

const ROOT = join(__dirname, '..', '..', '..');

function sampleTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['samples', 'samples/constructs']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.claims.txt'))) out.set(`file:///ws/${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  return out;
}

/** A user's edit: prose typed, a claim line copied (with a changed figure) or deleted. */
function typeInto(rand: Rand, text: string): string {
  const lines = text.split('\n');
  const at = Math.min(lines.length - 1, 4 + below(rand, Math.max(1, lines.length - 4)));
  const r = rand();
  const claimLines = lines.filter((l) => /\{[^}]*fact=/.test(l));
  if (r < 0.4) lines[at] = `More words. ${lines[at] ?? ''}`;
  else if (r < 0.7 && claimLines.length > 0) lines.splice(at, 0, pick(rand, claimLines).replace(/\[(\d[\d,]*)\]/, () => `[${1 + below(rand, 5000)}]`));
  else if (r < 0.85) lines.splice(at, 1);
  else lines.splice(at, 0, '');
  return lines.join('\n');
}

test('samples typed into: the compact checker answers exactly what the eager one does', () => {
  const rand = prng(SEED + 1);
  const registry = readRegistry(readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8'), 'file:///ws/claimmark.yaml');
  const texts = sampleTexts();
  const pair = new Pair(registry);
  for (const [uri, text] of texts) pair.set(buildArticle(uri, text, 0));
  pair.compare('samples loaded', rand, true);
  const uris = [...texts.keys()];
  for (let i = 1; i <= 150; i++) {
    const uri = pick(rand, uris);
    const text = typeInto(rand, texts.get(uri)!);
    texts.set(uri, text);
    pair.set(updateArticle(pair.articles.get(uri)!, text, i));
    if (i % 5 === 0) pair.compare(`after edit ${i}`, rand, true);
  }
  assert.ok(pair.compared.findings > 100, `too tame: ${JSON.stringify(pair.compared)}`);
});

test('minimal articles (uri and the claim fields the contract names) give the same findings as full ones', () => {
  const rand = prng(SEED + 2);
  const registry = readRegistry(readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8'), 'file:///ws/claimmark.yaml');
  const full = new ReferenceChecker(registry);
  const minimal = new ConflictChecker(registry);
  const typed = (text: string) => Array.from({ length: 8 }).reduce<string>((t) => typeInto(rand, t), text);
  const articles = [...sampleTexts()].map(([uri, text]) => buildArticle(uri, typed(text), 0));
  for (const a of articles) {
    full.setArticle(a);
    minimal.setArticle(articleForChecker(a.uri, checkedClaims(a)));
  }
  assert.deepStrictEqual([...minimal.takeChangedUris()].sort(), [...full.takeChangedUris()].sort());
  let findings = 0;
  for (const a of articles) {
    const expected = full.findings(a.uri);
    assert.deepStrictEqual(minimal.findings(a.uri), expected, a.uri);
    findings += expected.length;
  }
  assert.ok(findings > 5, `only ${findings} findings`);
});
