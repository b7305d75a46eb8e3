// Sentence splitting of one paragraph: each case lists the sentences expected, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/core/model/sentences';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';

/** Splits `line` (markup spans protected, as buildArticle does) and compares the sentences. */
function check(line: string, expected: string[]): void {
  const syntax = parseArticleSyntax(line);
  const got = splitSentences(line, { start: 0, end: line.length }, syntax.spans.map((s) => s.span)).map((s) => line.slice(s.start, s.end));
  assert.deepEqual(got, expected);
}

const cases: [string, string, string[]][] = [
  ['two plain sentences', 'It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
  ['question and exclamation', 'Who knew? Nobody! It was late.', ['Who knew?', 'Nobody!', 'It was late.']],
  ['decimal numbers', 'Growth was 1.2 percent. Prices rose 3.5%.', ['Growth was 1.2 percent.', 'Prices rose 3.5%.']],
  ['U.S. before a name', 'U.S. officials said 1,000 troops. The rest stayed.', ['U.S. officials said 1,000 troops.', 'The rest stayed.']],
  ['U.S. mid-sentence', 'Aid from the U.S. Congress arrived.', ['Aid from the U.S. Congress arrived.']],
  ['U.S. ending a sentence', 'Aid came from the U.S. The EU followed.', ['Aid came from the U.S.', 'The EU followed.']],
  ['month abbreviation before a day', 'It was first used in a Nov. 21 strike. It hit Dnipro.', ['It was first used in a Nov. 21 strike.', 'It hit Dnipro.']],
  ['titles', 'Dr. Smith and Gen. Syrskyi met Mr. Jones. They talked.', ['Dr. Smith and Gen. Syrskyi met Mr. Jones.', 'They talked.']],
  ['initials', 'John F. Kennedy spoke. He left.', ['John F. Kennedy spoke.', 'He left.']],
  ['No. before a number', 'Route No. 5 was closed. Traffic stopped.', ['Route No. 5 was closed.', 'Traffic stopped.']],
  ['closing quote ends the sentence', '“We are ready,” he said. “Today or tomorrow.” Putin also spoke.', ['“We are ready,” he said.', '“Today or tomorrow.”', 'Putin also spoke.']],
  ['question inside a quote, sentence goes on', '"Why?" he asked. Nobody answered.', ['"Why?" he asked.', 'Nobody answered.']],
  ['lower-case after a period continues', 'It cost approx. three million. Done.', ['It cost approx. three million.', 'Done.']],
  ['ellipsis then a capital', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
  ['periods inside markup do not split', 'The [U.S. Dept. of Defense]{actor=us-dod} said [1.5 bn. euros]{fact=aid value="1.5. bn"} was sent. It arrived.', ['The [U.S. Dept. of Defense]{actor=us-dod} said [1.5 bn. euros]{fact=aid value="1.5. bn"} was sent.', 'It arrived.']],
  ['a sentence may start with a span', 'It rained. [Officials]{actor=gov} said so.', ['It rained.', '[Officials]{actor=gov} said so.']],
  ['a sentence may start with a number', 'Losses were high. 3,000 died.', ['Losses were high.', '3,000 died.']],
  ['URL and version numbers', 'See example.org. Version 2.0.1 shipped.', ['See example.org.', 'Version 2.0.1 shipped.']],
  ['no terminator at the end', 'Fighting in Kursk and beyond', ['Fighting in Kursk and beyond']],
  ['blank line', '   ', []],
];

for (const [name, line, expected] of cases) test(`sentences: ${name}`, () => check(line, expected));

test('sentences: only the given line is split, offsets are into the whole text', () => {
  const text = 'First line. Two.\nSecond line. Three.';
  const second = { start: 17, end: text.length };
  const got = splitSentences(text, second).map((s) => [s.start, text.slice(s.start, s.end)]);
  assert.deepEqual(got, [[17, 'Second line.'], [30, 'Three.']]);
});
