// The attribute block of a span, `{key=value key="quoted value" .class}`: a tokenizer that
// reads items up to `}`, reports a malformed item as bad-attribute and resyncs at the next
// white space. It never reads past its line. Whether keys are known is checked in spanChecks.ts.
import { span, type Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { AttributeNode, ClassNode } from './tree';
import type { NextIndex } from './nextIndex';
import * as chars from './chars';
import { ATTRIBUTE_KEYS, isClassName, isAttributeKey } from './vocabulary';
import { quote, quoteSpan } from './messages';
import { intern, internSlice } from './shared';

// Module-local copies: the tokenizer reads them for every character of a block.
const { BACKSLASH, CLOSE_BRACE, DOT, EQUALS, OPEN_BRACE, OPEN_BRACKET, QUOTE, isBlank, isClassChar, isKeyChar } = chars;

/** The line being scanned, shared by the blocks read on it. */
export interface BlockLine {
  text: string;
  end: number;
  /** The next `}` of the text (for the quick "is there a `}` at all" test). */
  closeBrace: NextIndex;
  /** A quote opened at or after this offset is never closed on this line (learnt once, so no line is rescanned). */
  openQuoteFrom: number;
}

/** What one `{...}` held. */
export interface AttributeBlock {
  closed: boolean;
  /** Just past the `}` when closed; where the caller resumes scanning otherwise. */
  end: number;
  attributes: AttributeNode[];
  classes: ClassNode[];
  /** Keys written with no value (`fact=`): reported, but they still tell the span's role. */
  emptyKeys: string[];
  /** bad-attribute findings. */
  errors: Finding[];
  /** Why an unclosed block is unclosed, for its message. */
  unclosedReason?: string | undefined;
}

/**
 * Reads the block whose `{` is at `open`. It stops unclosed at the line's end, or at a `[` or
 * `{` where an item should start: a new construct begins there (`[a]{fact=x [b]{fact=y}`).
 */
export function readAttributeBlock(line: BlockLine, open: number, into?: AttributeBlock): AttributeBlock {
  const { text, end: lineEnd } = line;
  const block = into ? reset(into, open + 1) : newAttributeBlock(open + 1);
  if (line.closeBrace.at(open) >= lineEnd) return block; // no `}` on the line: the rest is body text
  let i = open + 1;
  for (;;) {
    while (i < lineEnd && isBlank(text.charCodeAt(i))) i++;
    if (i >= lineEnd) return unclosed(block, lineEnd);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACE) {
      block.closed = true;
      block.end = i + 1;
      return block;
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return unclosed(block, i, `it stops before ${quote(text[i]!)}`);
    const next = c === DOT ? readClass(text, i, lineEnd, block) : isKeyChar(c) ? readKeyValue(line, i, block) : -1;
    if (next === -2) return unclosed(block, lineEnd, 'a quote in it is never closed');
    i = next >= 0 ? next : skipBadItem(text, i, lineEnd, block);
  }
}

/** An empty block ending at `end`. */
export function newAttributeBlock(end = 0): AttributeBlock {
  return { closed: false, end, attributes: [], classes: [], emptyKeys: [], errors: [], unclosedReason: undefined };
}

/**
 * Empties a block for reuse: the scanner reads every span's block into one (its lists are
 * copied into the span node), instead of allocating a block and four lists per span.
 */
function reset(block: AttributeBlock, end: number): AttributeBlock {
  block.closed = false;
  block.end = end;
  // Setting a length is a runtime call: a new list for the attributes every span has,
  // the others (mostly empty) are emptied only when they hold something.
  block.attributes = [];
  if (block.classes.length > 0) block.classes.length = 0;
  if (block.emptyKeys.length > 0) block.emptyKeys.length = 0;
  if (block.errors.length > 0) block.errors.length = 0;
  block.unclosedReason = undefined;
  return block;
}

function unclosed(block: AttributeBlock, end: number, reason?: string): AttributeBlock {
  block.end = end;
  if (reason) block.unclosedReason = reason;
  return block;
}

/** `.name`; returns the offset after it, or -1 when it is malformed. */
function readClass(text: string, start: number, lineEnd: number, block: AttributeBlock): number {
  let i = start + 1;
  while (i < lineEnd && isClassChar(text.charCodeAt(i))) i++;
  if (i === start + 1 || !endsItem(text, i, lineEnd)) return -1;
  block.classes.push({ name: text.slice(start + 1, i), span: span(start, i) });
  return i;
}

/** `key=value` or `key="value"`; returns the offset after it, -1 when malformed, -2 for a quote left open. */
function readKeyValue(line: BlockLine, start: number, block: AttributeBlock): number {
  const { text, end: lineEnd } = line;
  let i = start;
  while (i < lineEnd && isKeyChar(text.charCodeAt(i))) i++;
  const key = knownKey(text, start, i) ?? text.slice(start, i);
  let eq = i;
  while (eq < lineEnd && isBlank(text.charCodeAt(eq))) eq++;
  if (eq > i && eq < lineEnd && text.charCodeAt(eq) === EQUALS) return readSpaced(line, start, key, eq, block);
  if (i >= lineEnd || text.charCodeAt(i) !== EQUALS) {
    if (!endsItem(text, i, lineEnd)) return -1;
    const hint = isClassName(key) ? ` (did you mean '.${key}'?)` : isAttributeKey(key) ? ` (write ${key}=value)` : '';
    return badItem(block, start, i, `${quote(key)} is not key=value, key="value" or .class${hint}`);
  }
  const keySpan = span(start, i);
  const valueStart = i + 1;
  if (valueStart < lineEnd && text.charCodeAt(valueStart) === QUOTE) return readQuoted(line, start, key, keySpan, block);
  let j = valueStart;
  while (j < lineEnd && !endsBareValue(text.charCodeAt(j))) j++;
  if (j === valueStart) {
    block.emptyKeys.push(key);
    return badItem(block, start, j, `${quote(key + '=')} has no value`);
  }
  block.attributes.push(attribute(key, keySpan, internSlice(text, valueStart, j), span(valueStart, j), false));
  return j;
}

/** `key = value` (blanks around `=`): one bad-attribute for the whole item, which still tells the role. */
function readSpaced(line: BlockLine, start: number, key: string, eq: number, block: AttributeBlock): number {
  const { text, end: lineEnd } = line;
  let j = eq + 1;
  while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
  if (j < lineEnd && text.charCodeAt(j) === QUOTE) {
    const quoted = scanQuoted(line, j);
    j = quoted ? quoted.end : line.closeBrace.at(j);
    if (j >= lineEnd) return -2;
  } else {
    while (j < lineEnd && !endsBareValue(text.charCodeAt(j))) j++;
  }
  block.emptyKeys.push(key);
  return badItem(block, start, j, `${quoteSpan(text, start, j)} has blanks around '=': write ${key}=value`);
}

/** `key="value"` with the key at `start`; a quote never closed runs to the next `}`, which still closes the block. */
function readQuoted(line: BlockLine, start: number, key: string, keySpan: Span, block: AttributeBlock): number {
  const { text, end: lineEnd } = line;
  const open = keySpan.end + 1;
  const quoted = scanQuoted(line, open);
  if (quoted) {
    block.attributes.push(attribute(key, keySpan, intern(quoted.value), span(open, quoted.end), true));
    return quoted.end;
  }
  const close = line.closeBrace.at(open);
  if (close >= lineEnd) return -2;
  block.emptyKeys.push(key);
  return badItem(block, start, close, `the quote of ${quoteSpan(text, start, close)} is never closed`);
}

/** The value of the quote at `open` (`\"` and `\\` are escapes) and the offset past it; undefined when the line ends first. */
function scanQuoted(line: BlockLine, open: number): { value: string; end: number } | undefined {
  const { text, end: lineEnd } = line;
  if (open >= line.openQuoteFrom) return undefined; // a quote before this one already ran to the line's end
  let value = '';
  let from = open + 1;
  for (let j = from; j < lineEnd; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH && j + 1 < lineEnd) {
      const n = text.charCodeAt(j + 1);
      if (n === QUOTE || n === BACKSLASH) {
        value += text.slice(from, j);
        from = ++j; // keep the escaped character, drop the backslash
      }
    } else if (c === QUOTE) {
      return { value: value + text.slice(from, j), end: j + 1 };
    }
  }
  // Any later quote on this line is unclosed too (its closing candidates are all escaped).
  line.openQuoteFrom = open;
  return undefined;
}

/** Skips a malformed item up to the next white space or `}` and reports it. */
function skipBadItem(text: string, start: number, lineEnd: number, block: AttributeBlock): number {
  let i = start;
  while (i < lineEnd && !isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== CLOSE_BRACE) i++;
  return badItem(block, start, i, `${quoteSpan(text, start, i)} is not key=value, key="value" or .class`);
}

function badItem(block: AttributeBlock, start: number, end: number, message: string): number {
  block.errors.push({ code: 'bad-attribute', span: span(start, end), message });
  return end;
}

/**
 * The known keys filed by length and first character (key.length * 128 + its code): a key
 * written is compared with the one or two that share both, not with every known key in turn.
 */
const KEYS_BY_START = new Array<string[] | undefined>(17 * 128).fill(undefined);
for (const key of ATTRIBUTE_KEYS) (KEYS_BY_START[key.length * 128 + key.charCodeAt(0)] ??= []).push(key);

/** The shared string of a known key written at [start, end), so trees do not hold a copy per attribute. */
function knownKey(text: string, start: number, end: number): string | undefined {
  const c = text.charCodeAt(start);
  if (end - start > 16 || c >= 128) return undefined;
  const keys = KEYS_BY_START[(end - start) * 128 + c];
  if (keys === undefined) return undefined;
  for (const key of keys) if (text.startsWith(key, start)) return key;
  return undefined;
}

function endsItem(text: string, i: number, lineEnd: number): boolean {
  if (i >= lineEnd) return true;
  const c = text.charCodeAt(i);
  return isBlank(c) || c === CLOSE_BRACE || c === OPEN_BRACKET || c === OPEN_BRACE;
}

function endsBareValue(c: number): boolean {
  return isBlank(c) || c === CLOSE_BRACE || c === QUOTE;
}

function attribute(key: string, keySpan: Span, value: string, valueSpan: Span, quoted: boolean): AttributeNode {
  return { key, keySpan, value, valueSpan, quoted, span: span(keySpan.start, valueSpan.end) };
}
