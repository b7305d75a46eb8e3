// normalise() returns a figure text as given when normaliseAll() would not change it: the two
// agree on every span text of the samples and corpus articles, on edge cases written here, and
// on random strings over the characters the rules look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, normaliseAll } from '../../../server/src/core/figures/read';

const root = join(__dirname, '..', '..', '..');

function spanTexts(dir: string, out: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) spanTexts(p, out);
    else if (name.endsWith('.claims.txt')) for (const m of readFileSync(p, 'utf8').matchAll(/\[([^\]\n]*)\]\{/g)) out.add(m[1]!);
  }
}

test('normalise equals normaliseAll on the span texts of the samples and corpus', () => {
  const texts = new Set<string>();
  spanTexts(join(root, 'samples'), texts);
  spanTexts(join(root, 'tests', 'corpus'), texts);
  assert.ok(texts.size > 100);
  for (const t of texts) assert.equal(normalise(t), normaliseAll(t), JSON.stringify(t));
});

test('normalise equals normaliseAll on edge cases', () => {
  const cases = ['about 2,232', '$1.5 billion', '12%', '3.', '3,', 'about 3 ', ' about 3', 'about  3', '100ths', 'three 100ths', '10th', '1,000th', '5T', 'the 100th',
    '"5,000"', 'more than 40!', '1-1/4 percent', '13\\1/2\\ minutes', '5-million', 'two-and-a-half million', '4,000-square-foot', '3\u00a0000', '\u22125', '5 \u2014 6',
    'a', 'A', '', ' ', '.', 'x.', 'x,', '2.5', '$5.', 'US$5', '€5', '£3.1m', 'forty', 'between 1557 and 1577', 'some 7,944', '5\tmiles', '5\nmiles'];
  for (const t of cases) assert.equal(normalise(t), normaliseAll(t), JSON.stringify(t));
});

test('normalise equals normaliseAll on random strings', () => {
  const alphabet = ['1', '0', '5', ',', '.', ' ', 't', 'T', 'h', 's', 'a', 'n', 'd', '-', '/', '\\', '%', '$', '"', "'", '!', ';', '\u00a0', '\u2014', 'one', 'thousand', 'percent', 'half'];
  let seed = 19;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  for (let k = 0; k < 20_000; k++) {
    let t = '';
    for (let len = 1 + rand(8); len > 0; len--) t += alphabet[rand(alphabet.length)];
    assert.equal(normalise(t), normaliseAll(t), JSON.stringify(t));
  }
});
