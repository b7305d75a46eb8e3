// The body scanner: one left-to-right pass over each line. Brackets pair like parentheses; a
// pair followed at once by `{` is a span (attributes.ts reads its block); `{%` opens a comment.
import { span } from '../span';
import type { MarkupSpanNode } from './tree';
import { newAttributeBlock, readAttributeBlock, type AttributeBlock, type BlockLine } from './attributes';
import { readComment, type CommentSink } from './comments';
import { checkSpan } from './spanChecks';
import { NextIndex, NextOf } from './nextIndex';
import { quoteSpan } from './messages';
import { internSlice, orEmpty } from './shared';
import * as chars from './chars';

// Module-local copies: the scanning loop reads them for every markup character.
const { BACKSLASH, CLOSE_BRACKET, OPEN_BRACE, OPEN_BRACKET, PERCENT, isEscapable } = chars;

/** Where the scanner puts what it finds. */
export interface BodySink extends CommentSink {
  spans: MarkupSpanNode[];
}

/**
 * Scans body lines of one text, in order. Nothing is rescanned: every look-ahead either
 * consumes what it reads or is answered by a NextIndex, so a whole parse is linear.
 */
export class BodyScanner {
  /** Offsets of the `[` not yet paired on the current line, innermost last. */
  private readonly opens: number[] = [];
  /** Parallel to `opens`: a `{` that opened nothing came while that `[` was the innermost. */
  private readonly braceAfter: boolean[] = [];
  private readonly line: BlockLine;
  /** The block of the span being read, reused for every span (its lists are copied into the node). */
  private readonly block: AttributeBlock = newAttributeBlock();
  private readonly commentClose: NextIndex;
  /** The next character that can start or end markup; prose between is skipped by indexOf. */
  private readonly markup: NextOf;

  constructor(
    private readonly text: string,
    private readonly sink: BodySink,
  ) {
    this.line = { text, end: 0, closeBrace: new NextIndex(text, '}'), openQuoteFrom: Infinity };
    this.commentClose = new NextIndex(text, '%}');
    this.markup = new NextOf(text, '\\', '[', ']', '{');
  }

  /** Scans the line `text[start, end)` (without its break). */
  scanLine(start: number, end: number): void {
    const { text, opens, braceAfter } = this;
    this.line.end = end;
    this.line.openQuoteFrom = Infinity;
    let i = start;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c !== BACKSLASH && c !== OPEN_BRACKET && c !== CLOSE_BRACKET && c !== OPEN_BRACE) {
        i = this.markup.at(i); // skip prose at indexOf speed
        if (i >= end) break;
        c = text.charCodeAt(i);
      }
      if (c === BACKSLASH) {
        i += i + 1 < end && isEscapable(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c === OPEN_BRACKET) {
        opens.push(i++);
        braceAfter.push(false);
      } else if (c === CLOSE_BRACKET) {
        const open = opens.pop();
        braceAfter.pop();
        i = open !== undefined && i + 1 < end && text.charCodeAt(i + 1) === OPEN_BRACE ? this.readSpan(open, i) : i + 1;
      } else if (i + 1 < end && text.charCodeAt(i + 1) === PERCENT && this.commentClose.at(i + 2) + 2 <= end) {
        const close = this.commentClose.at(i + 2);
        this.flushOpens(); // a span cannot reach across a comment
        readComment(text, i, close, this.sink);
        i = close + 2;
      } else {
        // A `{` that opens nothing (not a `{%`): a hint that the innermost `[` lost its `]`.
        if (opens.length > 0 && text.charCodeAt(i + 1) !== PERCENT) braceAfter[braceAfter.length - 1] = true;
        i++;
      }
    }
    this.flushOpens();
  }

  /** Reads `[`..`]{...}` with `[` at `open` and `]` at `close`; returns where scanning resumes. */
  private readSpan(open: number, close: number): number {
    const { text, line } = this;
    const block = readAttributeBlock(line, close + 1, this.block);
    if (!block.closed) {
      const why = block.unclosedReason ? ` (${block.unclosedReason})` : '';
      const shown = quoteSpan(text, close + 1, block.unclosedReason ? block.end : line.end);
      const message = `The attributes ${shown} have no closing '}' on this line${why}`;
      this.sink.errors.push({ code: 'unclosed-attributes', span: span(close + 1, close + 2), message });
      return block.end;
    }
    const node: MarkupSpanNode = {
      span: span(open, block.end),
      text: internSlice(text, open + 1, close),
      textSpan: span(open + 1, close),
      attrsSpan: span(close + 1, block.end),
      attributes: exact(block.attributes),
      classes: exact(block.classes),
    };
    this.sink.spans.push(node);
    checkSpan(text, node, block, this.sink.errors);
    this.flushOpens(); // spans do not nest: an earlier `[` can no longer open one
    return block.end;
  }

  /**
   * Forgets the unpaired `[`s, reporting those that most likely lost the `]` of a span: a `[`
   * is prose (quotes have stray brackets) unless a `{` that opened nothing follows it while it
   * is the innermost unpaired `[`. So `[x [about 3,000{fact=y}` reports the second `[` only.
   */
  private flushOpens(): void {
    const { opens, braceAfter } = this;
    // most calls find none (a span's own `[` was paired): setting a length is a runtime call
    if (opens.length === 0) return;
    for (let k = 0; k < opens.length; k++) {
      if (!braceAfter[k]) continue;
      const open = opens[k]!;
      const message = `${quoteSpan(this.text, open, this.line.end)}: this '[' has no ']' on its line`;
      this.sink.errors.push({ code: 'unclosed-bracket', span: span(open, open + 1), message });
    }
    opens.length = 0;
    braceAfter.length = 0;
  }
}

/**
 * The array at its exact size: one grown by push keeps room for 17 or more items, which
 * trees kept for every article of a workspace pay for (~4 KB per article of 30 spans); an
 * empty one is the shared empty array.
 */
function exact<T>(items: T[]): T[] {
  return items.length === 0 ? orEmpty(items) : items.slice();
}
