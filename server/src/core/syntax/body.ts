// The body scanner: one left-to-right pass over each line. Brackets pair like parentheses; a
// pair followed at once by `{` is a span (attributes.ts reads its block); `{%` opens a comment.
import { span } from '../span';
import type { MarkupSpanNode } from './tree';
import { readAttributeBlock, type BlockLine } from './attributes';
import { readComment, type CommentSink } from './comments';
import { checkSpan } from './spanChecks';
import { NextIndex } from './nextIndex';
import { quoteSpan } from './messages';
import { BACKSLASH, CLOSE_BRACKET, OPEN_BRACE, OPEN_BRACKET, PERCENT, isEscapable } from './chars';

/** Where the scanner puts what it finds. */
export interface BodySink extends CommentSink {
  spans: MarkupSpanNode[];
}

/**
 * Scans body lines of one text, in order. Nothing is rescanned: every look-ahead either
 * consumes what it reads or is answered by a NextIndex, so a whole parse is linear.
 */
export class BodyScanner {
  /** Offsets of the `[` not yet paired on the current line. */
  private readonly opens: number[] = [];
  private readonly closeBrace: NextIndex;
  private readonly commentClose: NextIndex;

  constructor(
    private readonly text: string,
    private readonly sink: BodySink,
  ) {
    this.closeBrace = new NextIndex(text, '}');
    this.commentClose = new NextIndex(text, '%}');
  }

  /** Scans the line `text[start, end)` (without its break). */
  scanLine(start: number, end: number): void {
    const text = this.text;
    const opens = this.opens;
    opens.length = 0;
    const line: BlockLine = { text, end, closeBrace: this.closeBrace, openQuoteFrom: Infinity };
    let strayBrace = -1; // the last `{` that opened nothing: a sign that a `[` lost its `]`
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) {
        i += i + 1 < end && isEscapable(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c === OPEN_BRACKET) {
        opens.push(i++);
      } else if (c === CLOSE_BRACKET) {
        const open = opens.pop();
        if (open === undefined || i + 1 >= end || text.charCodeAt(i + 1) !== OPEN_BRACE) {
          i++;
          continue;
        }
        i = this.readSpan(line, open, i, strayBrace);
      } else if (c === OPEN_BRACE && i + 1 < end && text.charCodeAt(i + 1) === PERCENT) {
        const close = this.commentClose.at(i + 2);
        if (close + 2 > end) {
          i++; // no `%}` on the line: plain text
          continue;
        }
        this.flushOpens(strayBrace, end); // a span cannot reach across a comment
        readComment(text, i, close, this.sink);
        i = close + 2;
      } else {
        if (c === OPEN_BRACE) strayBrace = i;
        i++;
      }
    }
    this.flushOpens(strayBrace, end);
  }

  /** Reads `[`..`]{...}` with `[` at `open` and `]` at `close`; returns where scanning resumes. */
  private readSpan(line: BlockLine, open: number, close: number, strayBrace: number): number {
    const text = this.text;
    const block = readAttributeBlock(line, close + 1);
    if (!block.closed) {
      const why = block.unclosedReason ? ` (${block.unclosedReason})` : '';
      const shown = quoteSpan(text, close + 1, block.unclosedReason ? block.end : line.end);
      const message = `The attributes ${shown} have no closing '}' on this line${why}`;
      this.sink.errors.push({ code: 'unclosed-attributes', span: span(close + 1, close + 2), message });
      return block.end;
    }
    const node: MarkupSpanNode = {
      span: span(open, block.end),
      text: text.slice(open + 1, close),
      textSpan: span(open + 1, close),
      attrsSpan: span(close + 1, block.end),
      attributes: block.attributes,
      classes: block.classes,
    };
    this.sink.spans.push(node);
    checkSpan(text, node, block, this.sink.errors);
    this.flushOpens(strayBrace, line.end); // spans do not nest: an earlier `[` can no longer open one
    return block.end;
  }

  /**
   * A `[` left unpaired is plain text (prose has stray brackets), unless a `{` that opened
   * nothing follows it on the line: then it most likely lost the `]` of a span.
   */
  private flushOpens(strayBrace: number, end: number): void {
    for (const open of this.opens) {
      if (open > strayBrace) break;
      const message = `No ']' closes the '[' of ${quoteSpan(this.text, open, end)} on this line`;
      this.sink.errors.push({ code: 'unclosed-bracket', span: span(open, open + 1), message });
    }
    this.opens.length = 0;
  }
}
