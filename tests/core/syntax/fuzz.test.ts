// Fuzzing: random texts and mutated articles (10,000+ per run, seeded so a failure can be
// replayed: FUZZ_SEED=n). The parser must never throw, and every invariant must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import { brokenInvariant } from './invariants';
import { prng } from '../pipeline/prng';

const SEED = Number(process.env.FUZZ_SEED ?? 20241226);

const PIECES = [
  '[', ']', '{', '}', '"', '=', '%', '\\', '.', ' ', '\t', '\n', '\r\n', '\r', '---', '...', '{%', '%}',
  '\uD83D', '\uDE00', '😀', '\uFEFF', 'fact', 'actor', 'by', 'asof', 'src', '.nofigure', 'x', 'Zz', '3,000',
  'claimmark-disable-line', 'claimmark-disable-file', 'untagged-figure', ',', '\\"', '://', 'é', 'constructor', '__proto__',
];
const MUTATIONS = ['[', ']', '{', '}', '"', '=', '%', '\n', '\r\n', '\uD83D', '\uDE00', '---', '\\', ' ', '{%', '%}'];

const SAMPLES = [
  '---\nid: a\npublished: 2024-12-26\n---\nUkrainian President [Volodymyr Zelenskyy]{actor=zelenskyy} said [about 3,000]{fact=nk-casualties asof=2024-12-23 src=ukmod-2025-01-24} were hit.\n',
  'The [British MoD]{actor=uk-mod} reported [between 3,000 to 4,000]{fact=nk-casualties value="3,000 to 4,000" quote="some \\"3,000\\""} casualties. {% claimmark-disable-line untagged-figure %}\r\n[F-16]{.nofigure} "[in Kursk]" \\[x\\]',
  '\uFEFF{% claimmark-disable-file conflicting-figure %}\n😀 [😀 78]{fact=missiles note="🇺🇦"} and [106]{fact=drones by=ukraine-air-force}\n\n',
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 60);
  for (let i = 0; i < n; i++) s += pick(rand, PIECES);
  return s;
}

function mutate(rand: () => number, text: string): string {
  let s = text;
  const n = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rand() * (s.length + 1));
    const r = rand();
    if (r < 0.55) s = s.slice(0, at) + pick(rand, MUTATIONS) + s.slice(at);
    else if (r < 0.85) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 3));
    else s = s.slice(0, at) + s.slice(at, at + 8) + s.slice(at); // duplicate a little
  }
  return s;
}

/** What the fuzzed inputs exercised, so a generator that stopped reaching the parser shows. */
const seen = new Set<string>();

function assertParses(text: string, label: string): void {
  let problem: string | undefined;
  try {
    const tree = parseArticleSyntax(text);
    problem = brokenInvariant(text, tree);
    for (const e of tree.errors) seen.add(e.code);
    if (tree.spans.length) seen.add('span');
    if (tree.comments.length) seen.add('comment');
    if (tree.suppressions.length) seen.add('suppression');
    if (tree.frontMatter) seen.add('front matter');
  } catch (e) {
    problem = `threw ${(e as Error).stack}`;
  }
  if (problem) assert.fail(`${label} (FUZZ_SEED=${SEED}): ${problem}\ninput: ${JSON.stringify(text)}`);
}

test('6,000 random texts parse and keep every invariant', () => {
  const rand = prng(SEED);
  for (let i = 0; i < 6000; i++) assertParses(randomText(rand), `random #${i}`);
});

test('6,000 mutated articles parse and keep every invariant', () => {
  const rand = prng(SEED ^ 0x5bd1e995);
  for (let i = 0; i < 6000; i++) assertParses(mutate(rand, pick(rand, SAMPLES)), `mutation #${i}`);
});

test('the fuzzed inputs reach every construct and most findings', () => {
  for (const what of ['span', 'comment', 'suppression', 'front matter', 'unclosed-bracket', 'unclosed-attributes', 'bad-attribute', 'unknown-attribute', 'bad-id', 'bad-suppression']) {
    assert.ok(seen.has(what), `no fuzzed input produced ${what}; seen: ${[...seen].join(', ')}`);
  }
});

test('the invariant checker catches a broken tree', () => {
  const text = '[a]{fact=x}';
  const tree = parseArticleSyntax(text);
  tree.spans[0]!.span = { start: 0, end: 99 };
  assert.match(brokenInvariant(text, tree) ?? '', /outside|misplaced|delimiters/);
});
