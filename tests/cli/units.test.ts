// CLI parts in-process: argument parsing, input reading, the text formatter's colours and
// the offset -> position table (core/text/lines.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { readInput } from '../../server/src/cli/files';
import { formatText, writeText } from '../../server/src/cli/format/text';
import { LineIndex } from '../../server/src/core/text/lines';

test('parseArgs: check with paths and formats; everything else is help, version or a usage error', () => {
  assert.deepEqual(parseArgs(['check']), { kind: 'check', paths: ['.'], format: 'text' });
  assert.deepEqual(parseArgs(['check', 'a', '--format', 'json', 'b']), { kind: 'check', paths: ['a', 'b'], format: 'json' });
  assert.deepEqual(parseArgs(['check', '--format=text', '--', '--odd-name']), { kind: 'check', paths: ['--odd-name'], format: 'text' });
  assert.deepEqual(parseArgs(['check', '-h']), { kind: 'help' });
  assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
  assert.equal(parseArgs(['check', '-x']).kind, 'usage-error');
  assert.equal(parseArgs(['samples']).kind, 'usage-error');
});

test('readInput: text, or why not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-read-'));
  const folder = readInput(dir, '.');
  assert.ok(!folder.ok && /cannot be read: it is a folder/.test(folder.message));
  const missing = readInput(dir, 'nope');
  assert.ok(!missing.ok && /no such file/.test(missing.message));
});

test('formatText: colours only when asked, singular and plural counts', () => {
  const report = {
    diagnostics: [{ file: 'a', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, severity: 'error' as const, code: 'bad-id', message: 'm' }],
    problems: [],
    filesChecked: 1,
  };
  assert.equal(formatText(report, false), 'a:1:3 error bad-id m\n1 error, 0 warnings, 0 infos in 1 file\n');
  assert.match(formatText(report, true), /\x1b\[31merror\x1b\[0m/);
});

test('LineIndex: LF, CRLF and CR line breaks; UTF-16 characters; clamping', () => {
  const text = 'a🌊b\r\nc\rd\n';
  const index = new LineIndex(text);
  assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
  assert.deepEqual(index.positionAt(5), { line: 0, character: 4 }, 'inside CRLF maps to the line end');
  assert.deepEqual(index.positionAt(6), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(8), { line: 2, character: 0 });
  assert.deepEqual(index.positionAt(999), { line: 3, character: 0 });
  assert.equal(index.offsetAt({ line: 1, character: 0 }), 6);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 4);
  assert.equal(index.offsetAt({ line: 9, character: 0 }), text.length);
  for (let o = 0; o <= text.length; o++) {
    const p = index.positionAt(o);
    assert.ok(index.offsetAt(p) <= o);
  }
});

test('LineIndex: texts without CR (the indexOf path) agree with a naive count', () => {
  for (const text of ['', '\n', 'a', 'a\n', '\n\nb\n', 'one\ntwo 🌊\n\nthree', 'x'.repeat(50) + '\n'.repeat(3) + 'y']) {
    const index = new LineIndex(text);
    assert.equal(index.lineCount, text.split('\n').length);
    for (let o = 0; o <= text.length; o++) {
      const before = text.slice(0, o).split('\n');
      assert.deepEqual(index.positionAt(o), { line: before.length - 1, character: before[before.length - 1]!.length }, `${JSON.stringify(text)} at ${o}`);
    }
  }
});

test('writeText: a report of thousands of lines comes out in chunks that join into the same text', () => {
  const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
  const diagnostics = Array.from({ length: 5000 }, (_, i) => ({ file: `f${i % 7}`, range: range(i), severity: 'warning' as const, code: 'untagged-figure', message: `m${i}`, related: i % 3 ? [] : [{ file: 'g', range: range(i + 1), message: `r${i}` }] }));
  const chunks: string[] = [];
  writeText({ diagnostics, problems: [], filesChecked: 7 }, false, (s) => chunks.push(s));
  assert.ok(chunks.length > 1, 'more than one chunk');
  const lines = chunks.join('').split('\n');
  assert.equal(lines.length, 5000 + Math.ceil(5000 / 3) + 2, 'every diagnostic, related line and the summary, then the final newline');
  assert.equal(lines[0], 'f0:1:1 warning untagged-figure m0');
  assert.equal(lines[1], '  see g:2:1 r0');
  assert.equal(lines.at(-2), '0 errors, 5000 warnings, 0 infos in 7 files');
  assert.equal(formatText({ diagnostics, problems: [], filesChecked: 7 }, false), chunks.join(''));
});
