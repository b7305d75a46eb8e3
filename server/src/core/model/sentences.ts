// Splits a paragraph (one line of an article) into sentences, for attribution. A heuristic
// tuned for news prose: abbreviations ("U.S.", "Nov. 21", "Dr."), initials, decimals and
// quotes do not end a sentence, and nothing inside a markup span ever does.
import type { Span } from '../span';
import { abbreviationKind, SENTENCE_STARTERS, type AbbreviationKind } from './abbreviations';

/** `.` `!` `?` `…`: what ends a sentence. */
function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Characters that close a sentence after its terminator: `said." Next` (" ' ” ’ » ) ]). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** Characters that may open the next sentence before its first letter (" ' “ ‘ « ( [). */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91;
}

/** Space, tab or no-break space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (an ASCII test first: the Unicode class is only asked about other characters). */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * The sentences of `line` (a span of `text`), in order, trimmed of surrounding white space.
 * `protectedSpans` (markup spans, sorted by start) are opaque: no boundary falls inside one.
 */
export function splitSentences(text: string, line: Span, protectedSpans: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  sentencesInto(text, line, protectedSpans, protectedSpans.length, out);
  return out;
}

/**
 * splitSentences written into `out` from its start, returning how many, with the first
 * `protectedCount` of `protectedSpans` opaque: both lists may be reused line after line (what
 * they hold past their counts is stale). A list per line grew to room
 * for sixteen spans on its first push: 21 MB at 10,000 articles for about three sentences a line.
 */
export function sentencesInto(text: string, line: Span, protectedSpans: readonly Span[], protectedCount: number, out: Span[]): number {
  let count = 0;
  let sentenceStart = line.start;
  let guard = 0;
  // Search the line's own text: searching `text` would run past a line with no terminator
  // to the next one in the file, which made whole articles quadratic.
  const lineText = text.slice(line.start, line.end);
  // Jump from terminator to terminator with indexOf, each kind's next place kept until passed:
  // a character search is several times faster than a regex's class (and makes no regex per line).
  let from = 0;
  let dot = -1;
  let bang = -1;
  let ask = -1;
  let ellipsis = -1;
  for (;;) {
    if (dot < from) dot = nextOf(lineText, '.', from);
    if (bang < from) bang = nextOf(lineText, '!', from);
    if (ask < from) ask = nextOf(lineText, '?', from);
    if (ellipsis < from) ellipsis = nextOf(lineText, '\u2026', from);
    const found = Math.min(dot, bang, ask, ellipsis);
    if (found >= lineText.length) break;
    const i = found + line.start;
    while (guard < protectedCount && protectedSpans[guard]!.end <= i) guard++;
    const p = guard < protectedCount ? protectedSpans[guard]! : undefined;
    if (p && p.start <= i) {
      from = p.end - line.start;
      continue;
    }
    let end = i + 1;
    while (end < line.end && isTerminator(text.charCodeAt(end))) end++;
    while (end < line.end && isCloser(text.charCodeAt(end))) end++;
    from = end - line.start;
    if (end < line.end && !isSpace(text.charCodeAt(end))) continue;
    if (end < line.end && !endsSentence(text, line, i, end)) continue;
    count = putTrimmed(text, out, count, sentenceStart, end);
    sentenceStart = end;
  }
  return putTrimmed(text, out, count, sentenceStart, line.end);
}

/** The first index >= `from` of `c` in `s`, or `s.length` when there is none. */
function nextOf(s: string, c: string, from: number): number {
  const at = s.indexOf(c, from);
  return at < 0 ? s.length : at;
}

/** Whether the terminator at `at` (its run and closers ending at `end`) ends a sentence. */
function endsSentence(text: string, line: Span, at: number, end: number): boolean {
  const next = nextWordStart(text, end, line.end);
  if (next >= line.end) return true;
  // A lower-case word continues the sentence: "approx. three", "Why?" he asked.
  if (isLowerCase(text, next)) return false;
  if (text.charCodeAt(at) !== 46 || end !== at + 1) return true;
  const kind = abbreviationOf(wordBefore(text, line.start, at));
  if (kind === undefined) return true;
  const word = nextWord(text, next, line.end);
  switch (kind) {
    case 'title': return false;
    case 'before-number': return !/^[0-9]/.test(word) && SENTENCE_STARTERS.has(word);
    case 'ambiguous': return SENTENCE_STARTERS.has(word);
  }
}

/** Where the next word starts: past white space and opening quotes or brackets from `from`. */
function nextWordStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (isSpace(text.charCodeAt(i)) || isOpener(text.charCodeAt(i)))) i++;
  return i;
}

/** The word at `i` (letters and digits only), or its one character when it starts with neither. */
function nextWord(text: string, i: number, limit: number): string {
  let j = i;
  while (j < limit && isLetterOrDigit(text, j)) j++;
  return j > i ? text.slice(i, j) : text.slice(i, i + 1);
}

const LOWER_CASE = /^\p{Ll}/u;

/** Whether the character at `i` is a lower-case letter. */
function isLowerCase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CASE.test(text[i]!);
}

/** abbreviationKind, remembered per word: the words before periods repeat ("said.", "U.S."). */
const abbreviations = new Map<string, AbbreviationKind | undefined>();

function abbreviationOf(word: string): AbbreviationKind | undefined {
  if (abbreviations.has(word)) return abbreviations.get(word);
  if (abbreviations.size >= 10_000) abbreviations.clear();
  const kind = abbreviationKind(word);
  abbreviations.set(word.length < 13 ? word : Array.from(word).join(''), kind);
  return kind;
}

/** The token ending right before `at` (letters, digits and inner dots: "U.S", "Nov", "F"). */
function wordBefore(text: string, limit: number, at: number): string {
  let i = at;
  while (i > limit && (text.charCodeAt(i - 1) === 46 || isLetterOrDigit(text, i - 1))) i--;
  return text.slice(i, at);
}

/** Puts the sentence [start, end) trimmed at `out[count]` unless it is empty; returns the new count. */
function putTrimmed(text: string, out: Span[], count: number, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return count;
  out[count] = { start, end };
  return count + 1;
}
