// The tree's shape beyond what fixtures mark: lines and line breaks, the BOM, front matter
// fences and body, unescaped values, suppression codes, and the data quick fixes read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import type { Span } from '../../../server/src/core/span';

const spans = (xs: { span: Span }[]) => xs.map((x) => [x.span.start, x.span.end]);

test('lines: LF, CRLF and lone CR break lines; breaks are not part of lines', () => {
  const text = 'a\nbb\r\nccc\rd';
  const tree = parseArticleSyntax(text);
  assert.deepEqual(spans(tree.lines), [[0, 1], [2, 4], [6, 9], [10, 11]]);
  assert.deepEqual(tree.lines.map((l) => text.slice(l.span.start, l.span.end)), ['a', 'bb', 'ccc', 'd']);
});

test('lines: an empty text is one empty line; a final break adds an empty line', () => {
  assert.deepEqual(spans(parseArticleSyntax('').lines), [[0, 0]]);
  assert.deepEqual(spans(parseArticleSyntax('a\r\n').lines), [[0, 1], [3, 3]]);
  assert.deepEqual(spans(parseArticleSyntax('\n\n').lines), [[0, 0], [1, 1], [2, 2]]);
});

test('a BOM counts in offsets but is not part of the first line', () => {
  const tree = parseArticleSyntax('\uFEFF[78]{fact=x}');
  assert.equal(tree.bomLength, 1);
  assert.deepEqual(spans(tree.lines), [[1, 13]]);
  assert.deepEqual(tree.spans[0]!.span, { start: 1, end: 13 });
  assert.equal(parseArticleSyntax('a\uFEFF').bomLength, 0);
});

test('front matter: node, YAML body and body lines', () => {
  const text = '---\nid: x\nby: y\n---\n[a]{fact=b}\n';
  const tree = parseArticleSyntax(text);
  const fm = tree.frontMatter!;
  assert.deepEqual(fm.span, { start: 0, end: 19 });
  assert.equal(fm.body, 'id: x\nby: y\n');
  assert.equal(text.slice(fm.bodySpan.start, fm.bodySpan.end), fm.body);
  assert.deepEqual(spans(tree.lines), [[20, 31], [32, 32]]);
  assert.deepEqual(tree.errors, []);
});

test('front matter: `...` closes, fences may have trailing blanks, CRLF and BOM work', () => {
  const text = '\uFEFF---  \r\ntitle: t\r\n... \t\r\nbody';
  const fm = parseArticleSyntax(text).frontMatter!;
  assert.deepEqual(fm.span, { start: 1, end: 23 });
  assert.equal(fm.body, 'title: t\r\n');
  assert.deepEqual(spans(parseArticleSyntax(text).lines), [[25, 29]]);
});

test('front matter: empty, or closed on the last line (then there are no body lines)', () => {
  const empty = parseArticleSyntax('---\n---\nx');
  assert.equal(empty.frontMatter!.body, '');
  assert.deepEqual(empty.frontMatter!.bodySpan, { start: 4, end: 4 });
  const last = parseArticleSyntax('---\na: 1\n---');
  assert.deepEqual(last.frontMatter!.span, { start: 0, end: 12 });
  assert.deepEqual(last.lines, []);
});

test('front matter: only an exact `---` first line opens it', () => {
  for (const text of ['----\na\n---', ' ---\na\n---', '--- x\na\n---', 'a\n---\nb\n---']) {
    const tree = parseArticleSyntax(text);
    assert.equal(tree.frontMatter, undefined, text);
    assert.equal(tree.lines[0]!.span.start, 0, text);
  }
});

test('front matter: unclosed is an error at the fence, and the whole text is body', () => {
  const tree = parseArticleSyntax('---\ntitle: x\n[a]{fact=b}');
  assert.equal(tree.frontMatter, undefined);
  assert.deepEqual(tree.errors.map((e) => [e.code, e.span.start, e.span.end]), [['front-matter-unclosed', 0, 3]]);
  assert.equal(tree.lines.length, 3);
  assert.equal(tree.spans.length, 1);
});

test('attribute values: quotes removed, \\" and \\\\ resolved, valueSpan as written', () => {
  const text = '[a]{fact=x quote="say \\"hi\\" \\\\ \\n" note=b\\c}';
  const [fact, q, note] = parseArticleSyntax(text).spans[0]!.attributes;
  assert.deepEqual([fact!.value, fact!.quoted], ['x', false]);
  assert.deepEqual([q!.value, q!.quoted], ['say "hi" \\ \\n', true]);
  assert.equal(text.slice(q!.valueSpan.start, q!.valueSpan.end), '"say \\"hi\\" \\\\ \\n"');
  assert.deepEqual(q!.span, { start: q!.keySpan.start, end: q!.valueSpan.end });
  assert.equal(note!.value, 'b\\c');
});

test('suppressions: scope, codes and their spans; no code means every code', () => {
  const text = 'x {% claimmark-disable-file a-b, untagged-figure %} {% claimmark-disable-line %}';
  const [file, line] = parseArticleSyntax(text).suppressions;
  assert.equal(file!.scope, 'file');
  assert.deepEqual(file!.codes, ['a-b', 'untagged-figure']);
  assert.deepEqual(file!.codeSpans.map((s) => text.slice(s.start, s.end)), file!.codes);
  assert.deepEqual([line!.scope, line!.codes], ['line', []]);
});

test('findings carry suggestions for quick fixes and come in text order', () => {
  const tree = parseArticleSyntax('[a]{fcat=x} [b]{fact=Nk_Casualties by=Zelenskyy} {% claimmark-disable-line untaged-figure %}');
  assert.deepEqual(tree.errors.map((e) => [e.code, e.data]), [
    ['unknown-attribute', { suggestion: 'fact' }],
    ['bad-id', { suggestion: 'nk_casualties' }],
    ['bad-id', { suggestion: 'zelenskyy' }],
    ['bad-suppression', { suggestion: 'untagged-figure' }],
  ]);
  const starts = tree.errors.map((e) => e.span.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('messages quote the user text, cut when long', () => {
  const long = 'x'.repeat(500);
  const [e] = parseArticleSyntax(`[a]{${long}=1}`).errors;
  assert.equal(e!.code, 'unknown-attribute');
  assert.ok(e!.message.includes(`'${'x'.repeat(40)}…'`), e!.message);
  assert.ok(e!.message.length < 200);
});

test('a span is not made across a comment, and spans do not nest', () => {
  const tree = parseArticleSyntax('[a {% c %} b]{fact=x} [p [q]{fact=y} r]{fact=z}');
  assert.deepEqual(tree.spans.map((s) => s.text), ['q']);
  assert.equal(tree.comments.length, 1);
});
