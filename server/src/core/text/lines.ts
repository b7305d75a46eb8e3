// LineIndex: offsets <-> 0-based line / UTF-16 character for a text read whole (the CLI's
// formats, report and exports; the LSP layer's closed files and registry, lsp/convert.ts, whose
// open documents use their TextDocument's line starts instead). Breaks: LF, CRLF or CR (as LSP).

/** A 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Line starts of one text, for fast conversion between offsets and positions. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Most texts have no CR: then native indexOf finds the breaks (a char loop cost ~0.3 s per 50 MB).
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets are clamped to the text, and an offset inside CRLF maps to the line's end. */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset) || 0, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(at, this.lineEnd(low)) - this.starts[low]! };
  }

  /** The offset of a position; lines and characters past the end are clamped (as LSP asks). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.max(start, Math.min(start + Math.max(0, position.character), this.lineEnd(position.line)));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.starts[line]!);
  }
}
