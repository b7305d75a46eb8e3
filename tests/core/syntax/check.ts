// The fixture checker for the article parser (rust-analyzer style). A fixture is an article
// whose lines may be followed by marker lines; each marker underlines part of the line above:
//
//     The [about 3,000]{fcat=x} figure
//                       ^^^^ unknown-attribute did you mean 'fact'
//
// `^^^^ code [words]` expects a finding with that code and range (words: part of its message).
// `^^^^ @kind [detail]` expects a node: @span @text @attrs @attr @key @value @class @comment
// @suppression @code (detail: the value, text, key, class name or scope). Every finding must
// be marked; nodes of a kind are compared in full when the fixture marks any of that kind.
// Lines starting with `//` are fixture comments. Columns count UTF-16 units (an emoji is two,
// a tab one). Each fixture runs three times: as written (LF), with CRLF, and after a BOM.
import assert from 'node:assert/strict';
import { parseArticleSyntax } from '../../../server/src/core/syntax/parse';
import type { ArticleSyntax } from '../../../server/src/core/syntax/tree';
import type { Span } from '../../../server/src/core/span';

const MARKER = /^(\s*)(\^+)\s+(\S+)(?:\s+(.*\S))?\s*$/;

interface Mark {
  line: number;
  from: number;
  to: number;
  label: string;
  detail?: string;
}

/** The article a fixture describes, and what it marks. */
export function readFixture(fixture: string): { lines: string[]; marks: Mark[] } {
  const lines: string[] = [];
  const marks: Mark[] = [];
  for (const raw of fixture.split('\n')) {
    const m = MARKER.exec(raw);
    if (m && lines.length > 0) {
      const mark: Mark = { line: lines.length - 1, from: m[1]!.length, to: m[1]!.length + m[2]!.length, label: m[3]! };
      if (m[4] !== undefined) mark.detail = m[4];
      marks.push(mark);
    } else if (!raw.startsWith('//')) {
      lines.push(raw);
    }
  }
  return { lines, marks };
}

type Variant = 'lf' | 'crlf' | 'bom';

/** Parses the fixture in every variant and compares what it marks with what the parser found. */
export function check(fixture: string, variants: readonly Variant[] = ['lf', 'crlf', 'bom']): ArticleSyntax {
  const { lines, marks } = readFixture(fixture);
  let first: ArticleSyntax | undefined;
  for (const variant of variants) {
    const bom = variant === 'bom' ? '\uFEFF' : '';
    const text = bom + lines.join(variant === 'crlf' ? '\r\n' : '\n');
    const tree = parseArticleSyntax(text);
    first ??= tree;
    const starts = lineStarts(text, bom.length);
    const where = (s: Span): string => {
      const a = locate(starts, s.start);
      const b = locate(starts, s.end);
      return a.line === b.line ? `L${a.line + 1} ${a.col}..${b.col}` : `L${a.line + 1}:${a.col}..L${b.line + 1}:${b.col}`;
    };
    const actual = actualItems(tree, where);
    const labels = new Set(marks.map((m) => m.label).filter((l) => l.startsWith('@')));
    const shown = actual.filter((a) => !a.label.startsWith('@') || labels.has(a.label));
    const expected = marks.map((m) => ({ key: `L${m.line + 1} ${m.from}..${m.to} ${m.label}`, mark: m }));
    assert.deepEqual(
      shown.map((a) => a.key).sort(),
      expected.map((e) => e.key).sort(),
      `[${variant}] marks differ from what the parser found:\n${shown.map((a) => `  ${a.key}: ${a.info}`).join('\n')}`,
    );
    for (const { key, mark } of expected) {
      if (mark.detail === undefined) continue;
      const hit = shown.filter((a) => a.key === key);
      const ok = mark.label.startsWith('@') ? hit.some((a) => a.info === mark.detail) : hit.some((a) => a.info.includes(mark.detail!));
      assert.ok(ok, `[${variant}] ${key}: expected ${JSON.stringify(mark.detail)}, got ${JSON.stringify(hit.map((a) => a.info))}`);
    }
  }
  return first!;
}

function actualItems(tree: ArticleSyntax, where: (s: Span) => string): { key: string; label: string; info: string }[] {
  const out: { key: string; label: string; info: string }[] = [];
  const add = (s: Span, label: string, info = '') => out.push({ key: `${where(s)} ${label}`, label, info });
  for (const e of tree.errors) add(e.span, e.code, e.message);
  for (const s of tree.spans) {
    add(s.span, '@span');
    add(s.textSpan, '@text', s.text);
    add(s.attrsSpan, '@attrs');
    for (const a of s.attributes) {
      add(a.span, '@attr');
      add(a.keySpan, '@key', a.key);
      add(a.valueSpan, '@value', a.value);
    }
    for (const c of s.classes) add(c.span, '@class', c.name);
  }
  for (const c of tree.comments) add(c.span, '@comment');
  for (const s of tree.suppressions) {
    add(s.span, '@suppression', s.scope);
    s.codeSpans.forEach((c, i) => add(c, '@code', s.codes[i]));
  }
  return out;
}

/** Offsets where each line starts (LF or CRLF texts); the first line starts after the BOM. */
function lineStarts(text: string, bom: number): number[] {
  const starts = [bom];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(starts: number[], offset: number): { line: number; col: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, col: offset - starts[line]! };
}
