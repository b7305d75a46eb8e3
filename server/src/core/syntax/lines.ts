// Splitting a text into lines (paragraphs). Line breaks are LF, CRLF or a lone CR, as in LSP
// and core/text/lines.ts, so a line here is a line in the editor; breaks are not part of lines.
import { span } from '../span';
import type { LineNode } from './tree';
import { NextIndex } from './nextIndex';

const CR = 13;
const LF = 10;

/**
 * The lines from `start` to the end of the text; a text ending in a break has an empty last line.
 * With `stop` (a line start), only the lines that start before it.
 */
export function splitLines(text: string, start: number, stop = Infinity): LineNode[] {
  const lines: LineNode[] = [];
  const lf = new NextIndex(text, '\n');
  const cr = new NextIndex(text, '\r');
  let at = start;
  for (;;) {
    const end = Math.min(lf.at(at), cr.at(at));
    lines.push({ span: span(at, end) });
    if (end >= text.length) return lines;
    at = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
    if (at >= stop) return lines;
  }
}

/** True when the line holds exactly `mark` followed by nothing but spaces or tabs (a fence). */
export function isFenceLine(text: string, line: LineNode, mark: string): boolean {
  const { start, end } = line.span;
  if (end - start < mark.length || !text.startsWith(mark, start)) return false;
  for (let i = start + mark.length; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
