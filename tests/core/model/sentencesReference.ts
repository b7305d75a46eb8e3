// The previous splitSentences, character tests by regex and Set: the plain reference that
// sentencesEquivalence.test.ts compares the charCode-based one in server/src/core/model/sentences.ts against.
import type { Span } from '../../../server/src/core/span';
import { abbreviationKind, SENTENCE_STARTERS } from '../../../server/src/core/model/abbreviations';

const TERMINATORS = new Set(['.', '!', '?', '…']);
/** Characters that close a sentence after its terminator: `said." Next`. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** Characters that may open the next sentence before its first letter. */
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/**
 * The sentences of `line` (a span of `text`), in order, trimmed of surrounding white space.
 * `protectedSpans` (markup spans, sorted by start) are opaque: no boundary falls inside one.
 */
export function referenceSplitSentences(text: string, line: Span, protectedSpans: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let sentenceStart = line.start;
  let guard = 0;
  const find = /[.!?…]/g; // jump from terminator to terminator: most characters are never looked at
  // Search the line's own text: searching `text` would run past a line with no terminator
  // to the next one in the file, which made whole articles quadratic.
  const lineText = text.slice(line.start, line.end);
  for (let m = find.exec(lineText); m; m = find.exec(lineText)) {
    const i = m.index + line.start;
    while (guard < protectedSpans.length && protectedSpans[guard]!.end <= i) guard++;
    const p = protectedSpans[guard];
    if (p && p.start <= i) {
      find.lastIndex = p.end - line.start;
      continue;
    }
    let end = i + 1;
    while (end < line.end && TERMINATORS.has(text[end]!)) end++;
    while (end < line.end && CLOSERS.has(text[end]!)) end++;
    find.lastIndex = end - line.start;
    if (end < line.end && !isSpace(text[end])) continue;
    if (end < line.end && !endsSentence(text, line, i, end)) continue;
    pushTrimmed(text, out, sentenceStart, end);
    sentenceStart = end;
  }
  pushTrimmed(text, out, sentenceStart, line.end);
  return out;
}

/** Whether the terminator at `at` (its run and closers ending at `end`) ends a sentence. */
function endsSentence(text: string, line: Span, at: number, end: number): boolean {
  const next = nextWord(text, end, line.end);
  if (next === '') return true;
  // A lower-case word continues the sentence: "approx. three", "Why?" he asked.
  if (/^\p{Ll}/u.test(next)) return false;
  if (text[at] !== '.' || end !== at + 1) return true;
  switch (abbreviationKind(wordBefore(text, line.start, at))) {
    case 'title': return false;
    case 'before-number': return !/^[0-9]/.test(next) && SENTENCE_STARTERS.has(next);
    case 'ambiguous': return SENTENCE_STARTERS.has(next);
    default: return true;
  }
}

/** The word right after white space and opening quotes or brackets from `from` (letters and digits only). */
function nextWord(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && (isSpace(text[i]) || OPENERS.has(text[i]!))) i++;
  let j = i;
  while (j < limit && /[\p{L}\p{N}]/u.test(text[j]!)) j++;
  return j > i ? text.slice(i, j) : text.slice(i, i + 1);
}

/** The token ending right before `at` (letters, digits and inner dots: "U.S", "Nov", "F"). */
function wordBefore(text: string, limit: number, at: number): string {
  let i = at;
  while (i > limit && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
