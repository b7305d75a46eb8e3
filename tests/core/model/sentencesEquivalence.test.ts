// splitSentences against its previous, plainer implementation (sentencesReference.ts): the same
// sentences for every line of the repository's articles and corpus, and for random mutations of
// them full of terminators, quotes, abbreviations, non-ASCII letters and surrogates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../../server/src/core/model/sentences';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import { referenceSplitSentences } from './sentencesReference';

const ROOT = join(__dirname, '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let seed = 424242;
const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
const NOISE = ['.', '. ', '!', '?', '…', '...', '"', "'", '”', '’', '“', '‘', '«', '»', '(', ')', '[', ']', ' ', '\t', '\u00a0', 'U.S.', ' Nov. 21', ' Dr.', ' F. ', 'e.g.', ' The', ' the', 'É', 'é', 'ß', 'Ж', 'ж', '𝑎', '٣', '😀', '\ud83d', 'x', '5', ' Inc.', ' approx.', ' No.', ' 7'];

function mutated(line: string): string {
  let out = line;
  for (let n = 1 + random(6); n > 0; n--) {
    const at = random(out.length + 1);
    out = out.slice(0, at) + NOISE[random(NOISE.length)] + out.slice(at + random(2));
  }
  return out;
}

function assertSame(text: string): void {
  const syntax = parseArticleSyntax(text);
  for (const line of syntax.lines) {
    const spans = syntax.spans.filter((s) => s.span.start >= line.span.start && s.span.end <= line.span.end).map((s) => s.span);
    assert.deepStrictEqual(splitSentences(text, line.span, spans), referenceSplitSentences(text, line.span, spans), JSON.stringify(text.slice(line.span.start, line.span.end)));
  }
}

test('splitSentences equals the reference on every article and corpus text in the repository, and on mutations of their lines', () => {
  let lines = 0;
  for (const dir of ['samples', 'tests/corpus', 'tests/fixtures/syntax', 'tests/fixtures/conflicts']) {
    for (const file of filesUnder(join(ROOT, dir)).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(file, 'utf8');
      assertSame(text);
      for (const line of text.split('\n')) {
        lines++;
        for (let m = 0; m < 5; m++) assertSame(mutated(line));
      }
    }
  }
  assert.ok(lines > 300, `${lines} lines`);
});
