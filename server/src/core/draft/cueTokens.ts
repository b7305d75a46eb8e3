// The words of a sentence as the cue reader (cues.ts) sees them: tokens with their offsets, the
// breaks that end a source phrase (a comma, a quotation mark, a dash), and the words that end or
// open one.
import type { Span } from '../span';

/** Words that end a source phrase read backwards from its cue. */
export const PHRASE_STOPS = new Set(['that', 'which', 'who', 'when', 'while', 'as', 'because', 'but', 'after', 'before', 'if', 'since', 'where', 'so', 'than', 'and', 'or', 'not', 'what',
  'to', 'with', 'without', 'through', 'killing', 'wounding', 'leaving', 'bringing', 'making', 'taking', 'including', 'although', 'though', 'whereas', 'however', 'we', 'i', 'you',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'being', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did']);
/** Words that may start a sentence or clause but are not part of a source. */
export const LEADING_NOISE = new Set(['but', 'and', 'so', 'yet', 'meanwhile', 'separately', 'still', 'however', 'earlier', 'later', 'also', 'in', 'on', 'at', 'then', 'now', 'today', 'yesterday']);

/** A word: letters and digits, with inner apostrophes, dots, ampersands, hyphens and digit-grouping commas. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'.&-]|,(?=\d))*/gu;
/** A pronoun with a verb glued on ("He’s", "I’ve", "they’re"), and the pronoun as group 1. */
export const CONTRACTED = /^(he|she|it|i|we|you|they)[’'](?:s|ve|ll|m|re|d)$/;
/** One word of a sentence, as printed and lower-cased, with its offsets. */
export interface Token { text: string; lower: string; start: number; end: number }

/** The words of `within`, each with its offsets (a trailing dot or apostrophe dropped, except in initials and titles). */
export function tokenize(text: string, within: Span): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(within.start, within.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    while (/[.’']$/.test(word) && !/^[A-Z](\.[A-Z])*\.$/.test(word) && !/^(Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof)\.$/.test(word)) word = word.slice(0, -1);
    if (word === '') continue;
    const start = within.start + m.index;
    // ("He’s", "I’ve", "we’ll": a pronoun with its verb glued on is the pronoun)
    // (only a word with an apostrophe can be one: most words skip the pattern)
    const lower = word.toLowerCase();
    out.push({ text: word, lower: lower.includes('’') || lower.includes("'") ? lower.replace(CONTRACTED, '$1') : lower, start, end: start + word.length });
  }
  return out;
}

/** True when nothing but spaces lies between two offsets. */
export function adjacent(text: string, a: number, b: number): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(a, b));
}

/** True when text between two tokens holds a break that ends a phrase (comma, quote, dash, colon...). */
export function broken(text: string, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  // (a nickname in quotation marks inside a name is no break: Addison D. “Tad” Davis IV)
  if ((gap === ' “' && /^\p{Lu}\p{Ll}+” \p{Lu}/u.test(text.slice(b, b + 24))) || (gap === '” ' && /(?:^|\s)“\p{Lu}\p{Ll}+$/u.test(text.slice(Math.max(0, a - 16), a)) && /^\p{Lu}/u.test(text.slice(b, b + 1)))) return false;
  // (a double hyphen typed for a dash is one: "WASHINGTON, Oct. 14 /PRNewswire/ -- HHS Secretary ... announced")
  return /[,;:“”"()\[\]—–]|\s-\s|--/.test(gap);
}
