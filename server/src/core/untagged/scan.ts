// Character-level helpers for the untagged-figure detector: classify UTF-16 code units and
// read the word or token next to an offset without building intermediate arrays.

/** True for ASCII 0-9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for ASCII letters and the Latin-1/Latin Extended letters news text uses. */
export function isLetter(c: number): boolean {
  // (c | 32) folds A-Z onto a-z and nothing below 0xc0 onto them: one unsigned test for both cases
  // (and the micro signs of "65 µm": the Latin-1 one and the Greek mu)
  return ((c | 32) - 97) >>> 0 < 26 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xb5 || c === 0x3bc;
}

/** True for A-Z. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** True for spaces that may sit inside an expression (space, no-break, thin and narrow no-break spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 9;
}

/** Hyphen, en dash or em dash. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** End of the run of letters (and inner apostrophes, "Poor's") starting at `i`. */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  if (i >= n || !isLetter(text.charCodeAt(i))) return i;
  // a run of letters, then an apostrophe only when a letter follows it (every word is read
  // through here: the letters go by in a loop of their own)
  let j = i + 1;
  for (;;) {
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j + 1 >= n) return j;
    const c = text.charCodeAt(j);
    if ((c !== 39 && c !== 0x2019) || !isLetter(text.charCodeAt(j + 1))) return j;
    j += 2;
  }
}

/** Start of the run of letters that ends at `end` (exclusive). */
export function wordStart(text: string, end: number): number {
  let j = end;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  return j;
}

/** True for what a pattern's \s matches: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The offset of the last character before `i` that \s does not match (-1 when none), looked for within 80 characters. */
export function lastNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 80 && isJsSpace(text.charCodeAt(k))) k--;
  return k;
}

/** Skips spaces forward from `i` (within a line). */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Skips spaces backward: the offset just after the previous non-space character. */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * text[s, e) in lower case. Most words are in lower case already: they are sliced and not lowered
 * again (lowering a slice of a text with curly quotes, two bytes a character, costs more than the slice).
 */
export function lowerSlice(text: string, s: number, e: number): string {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return text.slice(s, e).toLowerCase();
  }
  return text.slice(s, e);
}

/** `s` in lower case (read first: most words need no lowering). */
export function lowerOf(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return s.toLowerCase();
  }
  return s;
}

// The last answer of wordAt and the last two of wordBefore (filed by where the word ends): the
// rules of one figure ask for the same word again and again, each a slice and a lower-casing.
let atText = '';
let atOffset = -1;
let atWord = '';
let beforeText = '';
const beforeEnds = [-1, -1];
const beforeWords: { readonly word: string; readonly start: number }[] = [{ word: '', start: 0 }, { word: '', start: 0 }];
let beforeSlot = 0;

/**
 * Lets the remembered words go. A text is known by `===`: the same string object answers at
 * once, but another one of the same length is compared character by character, on every call of
 * wordBefore. A detection starts with this, so that a new copy of the text the last one read (a
 * file read again, a document sent again) is never compared whole, over and over.
 */
export function forgetWords(): void {
  atText = beforeText = '';
  atOffset = beforeEnds[0] = beforeEnds[1] = -1;
}

/** The lower-case word starting at `i` (letters only), or '' when none starts there. */
export function wordAt(text: string, i: number): string {
  if (i === atOffset && text === atText) return atWord;
  const e = wordEnd(text, i);
  atText = text;
  atOffset = i;
  atWord = e > i ? lowerSlice(text, i, e) : '';
  return atWord;
}

/** The previous word before offset `i` (skipping spaces), with its start; '' when a non-letter comes first. */
export function wordBefore(text: string, i: number): { readonly word: string; readonly start: number } {
  const e = skipSpacesBack(text, i);
  if (text !== beforeText) { beforeText = text; beforeEnds[0] = beforeEnds[1] = -1; }
  else if (e === beforeEnds[0]) return beforeWords[0]!;
  else if (e === beforeEnds[1]) return beforeWords[1]!;
  const s = wordStart(text, e);
  const answer = { word: s < e ? lowerSlice(text, s, e) : '', start: s };
  beforeEnds[beforeSlot] = e;
  beforeWords[beforeSlot] = answer;
  beforeSlot ^= 1;
  return answer;
}

/** The non-space token that ends at `end` (e.g. "S&P", "Poor's", "Nov."), or '' when `end` follows a line break. */
export function tokenBefore(text: string, end: number): { token: string; start: number } {
  let s = end;
  // bounded: a token longer than 64 characters is no name or month (keeps the scan linear)
  while (s > 0 && end - s < 64) {
    const c = text.charCodeAt(s - 1);
    if (isSpace(c) || c === 10 || c === 13) break;
    s--;
  }
  return { token: text.slice(s, end), start: s };
}

/** True when offset `i` starts a sentence: line start, or after ". ", "! ", "? " (quotes and brackets allowed). */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isSpace(c) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 0x2014) j--;
    else break;
  }
  if (j === 0) return true;
  const c = text.charCodeAt(j - 1);
  if (c === 10 || c === 13 || c === 33 || c === 63) return true;
  if (c !== 46) return false;
  // "held in 1968. Although": a number ends the sentence
  if (isDigit(text.charCodeAt(j - 2))) return true;
  // "Nov. 21", "U.S. troops": an abbreviation is no sentence end
  const w = wordStart(text, j - 1);
  return j - 1 - w > 3 || (j - 1 - w > 1 && !isUpper(text.charCodeAt(w)));
}

/** Where a temperature's degree sign and scale end at `i` ("°C", "° F", "ºC"), or -1. */
export function degreeUnitEnd(text: string, i: number): number {
  return /^[°º] ?[CF]\b/.test(text.slice(i, i + 4)) ? i + (text[i + 1] === ' ' ? 3 : 2) : -1;
}
