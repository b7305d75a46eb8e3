// Offsets -> positions without the text: LineIndex.positionAt's answers from the start and
// content end of each line in one list of small integers (a typed array per file cost a native
// buffer each, allocated and tracked apart). `claimmark check` keeps one per file instead of
// the file's text (the text is most of what a check would otherwise hold at 100,000 articles),
// and its --cache stores them, so an unchanged file is never read again.
import type { Position } from './lines';

/** Line starts and ends of one text: positionAt only, equal to LineIndex's (tests/core/text/lineTable.test.ts). */
export class LineTable {
  /** [start, contentEnd] of each line, in order. */
  private constructor(
    private readonly bounds: readonly number[],
    private readonly length: number,
  ) {}

  /** The table of `text` (made with a LineIndex's line breaks: LF, CRLF or CR). */
  static of(text: string): LineTable {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    if (text.includes('\r')) {
      starts.length = 1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) starts.push(i + 1);
      }
    }
    const bounds: number[] = new Array<number>(2 * starts.length);
    for (let line = 0; line < starts.length; line++) {
      const next = starts[line + 1];
      let end = next ?? text.length;
      // LineIndex.lineEnd: the content ends before the line's break
      if (next !== undefined) {
        if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
        if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
      }
      bounds[2 * line] = starts[line]!;
      bounds[2 * line + 1] = Math.max(end, starts[line]!);
    }
    return new LineTable(bounds, text.length);
  }

  /** A table back from toJSON's numbers, or undefined when they are not one. */
  static fromJSON(raw: unknown): LineTable | undefined {
    if (!Array.isArray(raw) || raw.length < 3 || raw.length % 2 !== 1 || !raw.every((n) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) return undefined;
    return new LineTable(raw.slice(1) as number[], raw[0] as number);
  }

  /** [text length, start, end, start, end, ...]: plain numbers for a JSON cache. */
  toJSON(): number[] {
    return [this.length, ...this.bounds];
  }

  /** The position of an offset; offsets are clamped to the text, and an offset inside CRLF maps to the line's end. */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset) || 0, this.length));
    const b = this.bounds;
    let low = 0;
    let high = b.length / 2 - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (b[2 * mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(at, b[2 * low + 1]!) - b[2 * low]! };
  }

  /**
   * positionAt of both ends of a span: an end on the start's line (most spans) is placed
   * without a second search.
   */
  rangeAt(startOffset: number, endOffset: number): { start: Position; end: Position } {
    const start = this.positionAt(startOffset);
    const at = Math.max(0, Math.min(Math.floor(endOffset) || 0, this.length));
    const lineStart = this.bounds[2 * start.line]!;
    if (at >= lineStart && at <= this.bounds[2 * start.line + 1]!) return { start, end: { line: start.line, character: at - lineStart } };
    return { start, end: this.positionAt(endOffset) };
  }

  /**
   * rangeAt's four numbers (start line, start character, end line, end character) written into
   * `out` from `at`: a report printed as it is made needs no Position objects per diagnostic.
   */
  placeInto(startOffset: number, endOffset: number, out: Int32Array, at = 0): void {
    const b = this.bounds;
    const from = Math.max(0, Math.min(Math.floor(startOffset) || 0, this.length));
    let low = 0;
    let high = b.length / 2 - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (b[2 * mid]! <= from) low = mid;
      else high = mid - 1;
    }
    out[at] = low;
    out[at + 1] = Math.min(from, b[2 * low + 1]!) - b[2 * low]!;
    const to = Math.max(0, Math.min(Math.floor(endOffset) || 0, this.length));
    const lineStart = b[2 * low]!;
    if (to >= lineStart && to <= b[2 * low + 1]!) {
      out[at + 2] = low;
      out[at + 3] = to - lineStart;
      return;
    }
    const end = this.positionAt(endOffset);
    out[at + 2] = end.line;
    out[at + 3] = end.character;
  }
}
