// The untagged-figure detector: one linear pass over plain text that stops only at digits and
// number words, grows each into the expression a claim would wrap (expression.ts), and drops
// dates, years, times, ordinals, names, codes, labels and pronoun "one" (context.ts).
import type { Span } from '../span';
import * as scan from './scan';
import { ANCHOR_WORDS } from './lexicon';
import * as expression from './expression';
import * as context from './context';

// Local bindings: read once, not through the module object on every character (or, under a
// runner that loads each file as its own module, through an export's getter on every figure).
const { forgetWords, isDigit, isLetter, isSpace, skipSpaces, wordAt, wordEnd } = scan;
const { growExpression } = expression;
const { applyContext, isAge } = context;

/** One figure found in the text. */
export interface FigureCandidate {
  /** The whole expression: qualifier, number, range partner, currency, scale, percent, unit. */
  span: Span;
  /** The expression's text, as printed. */
  text: string;
  /** Up to three lower-case words naming what is counted ("north korean soldiers"), '' when none. */
  noun: string;
  /** A vague quantity ("dozens") or an age: only reported when vague quantities are on. */
  vague: boolean;
}

/** What the detector reports. */
export interface DetectOptions {
  /** Report vague quantities ("dozens", "hundreds of", "several") and ages too. */
  vagueQuantities: boolean;
  /** Phrases never counted as figures (rules.notFigures), matched case-insensitively. */
  notFigures: readonly string[];
}

// Every anchor word in lower, Capitalised and UPPER case, filed by length and first three
// letters (case-folded): a word of the text is compared in place with the few forms that share
// them, never sliced out (most words, "the" and "that" among them, share them with none).
const anchorKey = (len: number, c0: number, c1: number, c2: number) => (((len * 32 + (c0 & 31)) * 32 + (c1 & 31)) * 32 + (c2 & 31));
const ANCHOR_FORMS = new Map<number, string[]>();
for (const w of ANCHOR_WORDS) {
  for (const form of new Set([w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])) {
    if (form.length < 3 || form.length > 11) continue; // the detector looks up no other length
    const key = anchorKey(form.length, form.charCodeAt(0), form.charCodeAt(1), form.charCodeAt(2));
    const list = ANCHOR_FORMS.get(key);
    if (list) list.push(form);
    else ANCHOR_FORMS.set(key, [form]);
  }
}
// (a bit per key, 48 KB: a byte per key made a table of 384 KB that every word of the text
// read at a place of its own, most of them missing the processor's caches)
const ANCHOR_KEYS = new Int32Array(12 * 32 * 32);
for (const key of ANCHOR_FORMS.keys()) ANCHOR_KEYS[key >>> 5] = ANCHOR_KEYS[key >>> 5]! | (1 << (key & 31));

/** True when the word text[i, i + len) (3 to 11 letters) is an anchor word in one of its forms. */
function isAnchor(text: string, i: number, len: number): boolean {
  const key = anchorKey(len, text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
  if ((ANCHOR_KEYS[key >>> 5]! & (1 << (key & 31))) === 0) return false;
  for (const form of ANCHOR_FORMS.get(key)!) if (text.startsWith(form, i)) return true;
  return false;
}

const NOUN_STOP = new Set(['of', 'in', 'to', 'and', 'or', 'the', 'a', 'an', 'had', 'have', 'has', 'were', 'was', 'is', 'are', 'been', 'be', 'from', 'on', 'at',
  'for', 'with', 'by', 'since', 'said', 'that', 'which', 'who', 'more', 'than', 'as', 'into', 'over', 'it', 'its', 'their', 'this', 'per', 'each', 'but', 'will', 'would', 'could', 'so', 'thus', 'far', 'yet', 'now', 'already']);
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an', 'all', 'his', 'her', 'our', 'those', 'these']);

/** Units that "a"/"an" counts one of after a qualifier; a qualifier ends right before it. */
const UNIT_ONE = /^an? (inch|foot|mile|yard|meter|metre|kilometer|kilometre|pound|ounce|gallon|liter|litre|acre|ton|tonne|degree|penny|cent|nickel|dime)\b/;
/** One coin's worth as a change in a price ("rose a nickel to $3.44", "a penny lower", "a jump of a dime"): the coin, and the word before or after that makes it a change. */
const COIN_ONE = /^a (?:penny|cent|nickel|dime)\b/;
const COIN_CHANGE_BEFORE = /\b(?:up|down|rose|fell|increased|decreased|dropped|climbed|slipped|jumped|gained|lost|added|edged (?:up|down)|(?:jump|rise|increase|drop|decline|fall|gain|hike|climb|dip) of)\s$/;
const COIN_CHANGE_AFTER = /^ (?:lower|higher|cheaper|more|less)\b/;
const QUALIFIER_BEFORE = /\b(?:nearly|about|almost|roughly|approximately|more than|less than|over|under|just over|just under|close to|up to|at least|at most)\s$/i;

/** The span of "nearly an inch" around the "a"/"an" at `i`, or undefined (not before `limit`). */
function unitOneAt(text: string, i: number, limit: number): { start: number; end: number } | undefined {
  // (every qualifier ends in y, t, n, r or o: most articles follow no such letter and a space)
  const q0 = text.charCodeAt(i - 2) | 32;
  // ("a nickel lower", "increased a nickel": a coin after "a" then "p", "c", "n" or "d", read whatever ends the word before)
  // (looked at only after "a pe", "a ce", "a ni" or "a di": most articles start no coin's name)
  const c2 = text.charCodeAt(i + 2);
  const c3 = text.charCodeAt(i + 3);
  if (((c2 === 112 || c2 === 99) && c3 === 101 || (c2 === 110 || c2 === 100) && c3 === 105) && text.charCodeAt(i + 1) === 32) {
    const coin = COIN_ONE.exec(text.slice(i, i + 10));
    // (after a qualifier the coin is read below with it: "about a penny lower")
    if (coin && !QUALIFIER_BEFORE.test(text.slice(Math.max(limit, i - 20), i)) && (COIN_CHANGE_BEFORE.test(text.slice(Math.max(limit, i - 12), i)) || COIN_CHANGE_AFTER.test(text.slice(i + coin[0].length, i + coin[0].length + 9)))) return { start: i, end: i + coin[0].length };
  }
  if (q0 !== 121 && q0 !== 116 && q0 !== 110 && q0 !== 114 && q0 !== 111) return undefined;
  const unit = UNIT_ONE.exec(text.slice(i, i + 16));
  if (!unit) return undefined;
  const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(limit, i - 20), i));
  return q ? { start: i - q[0].length, end: i + unit[0].length } : undefined;
}

/** Up to three words after a figure that name what it counts ("of the territory" looks past "of the"). */
export function nounAfter(text: string, end: number): string {
  let i = skipSpaces(text, end);
  // (the words joined as they are read: no list is built for them)
  let noun = '';
  let count = 0;
  if (wordAt(text, i) === 'of') {
    i = skipSpaces(text, i + 2);
    while (DETERMINERS.has(wordAt(text, i))) i = skipSpaces(text, i + wordAt(text, i).length);
  }
  while (count < 3 && i < text.length) {
    const e = wordEnd(text, i);
    if (e === i) break;
    // (the first word is mostly the one wordAt read just before: its lower case is kept)
    const w = wordAt(text, i);
    if (NOUN_STOP.has(w)) break;
    noun = count === 0 ? w : `${noun} ${w}`;
    count++;
    if (!isSpace(text.charCodeAt(e))) break;
    i = e + 1;
  }
  return noun;
}

/** The phrases of rules.notFigures as they are looked for: trimmed, in lower case, none empty (made once per detection, not per figure). */
function lookedFor(notFigures: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of notFigures) {
    const p = raw.trim().toLowerCase();
    if (p !== '') out.push(p);
  }
  return out;
}

/** True when text[from, to) is all ASCII: lowered, each character stays one and where it was. */
function isAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/** True when one of `phrases` (lookedFor's, the longest `longest` long) overlaps the span `s`. */
function isNotFigurePhrase(text: string, s: Span, phrases: readonly string[], longest: number): boolean {
  // (one window around the figure, lowered once for every phrase, when lowering moves no character:
  // a phrase overlaps the figure when it starts after s.start - its length and before s.end)
  const wFrom = Math.max(0, s.start - longest);
  const wTo = Math.min(text.length, s.end + longest);
  if (isAscii(text, wFrom, wTo)) {
    const hay = text.slice(wFrom, wTo).toLowerCase();
    for (const p of phrases) {
      const k = hay.indexOf(p, Math.max(0, s.start - p.length + 1) - wFrom);
      if (k >= 0 && wFrom + k < s.end) return true;
    }
    return false;
  }
  for (const p of phrases) {
    const from = Math.max(0, s.start - p.length);
    const hay = text.slice(from, s.end + p.length).toLowerCase();
    for (let k = hay.indexOf(p); k >= 0; k = hay.indexOf(p, k + 1)) {
      if (from + k < s.end && from + k + p.length > s.start) return true;
    }
  }
  return false;
}

/** True when the spans start in order. */
function inOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1]!.start > spans[k]!.start) return false;
  return true;
}

/** Finds every figure in `text` outside the `masked` spans (markup, front matter, URLs...). */
export function detectFigures(text: string, masked: readonly Span[], options: DetectOptions): FigureCandidate[] {
  // (masks mostly come in order: then they are read as given, not copied and sorted)
  const spans = inOrder(masked) ? masked : [...masked].sort((a, b) => a.start - b.start);
  forgetWords();
  const notFigures = options.notFigures.length === 0 ? options.notFigures : lookedFor(options.notFigures);
  let longest = 0;
  for (const p of notFigures) longest = Math.max(longest, p.length);
  const out: FigureCandidate[] = [];
  const n = text.length;
  let m = 0;
  let i = 0;
  let limit = 0;
  while (i < n) {
    while (m < spans.length && spans[m]!.end <= i) m++;
    if (m < spans.length && spans[m]!.start <= i) { i = limit = spans[m]!.end; continue; }
    // No mask starts before `stop`: the words and characters up to it are passed over without
    // looking at the masks again, until one may start a figure (`found`).
    const stop = m < spans.length ? spans[m]!.start : n;
    let found = false;
    while (i < stop) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        // (a word's lower-case ASCII letters go by in a loop of their own: wordEnd reads on only
        // after a capital, an accented letter or an apostrophe, most words ending at neither)
        let e = i + 1;
        let d = 0;
        while ((d = text.charCodeAt(e)) >= 97 && d <= 122) e++;
        if (isLetter(d) || d === 39 || d === 0x2019) e = wordEnd(text, i);
        const len = e - i;
        // "nearly an inch", "more than a foot": one of a unit after a qualifier
        if ((len === 1 || len === 2) && text.charCodeAt(i) === 97 && (len === 1 || text.charCodeAt(i + 1) === 110)) {
          const one = unitOneAt(text, i, limit);
          if (one && one.end <= stop) {
            out.push({ span: one, text: text.slice(one.start, one.end), noun: nounAfter(text, one.end), vague: false });
            i = limit = one.end;
            continue;
          }
        }
        if (len < 3 || len > 11 || !isAnchor(text, i, len)) { i = e; continue; }
      } else if (!isDigit(c) && !(c === 46 && isDigit(text.charCodeAt(i + 1)) && (i === 0 || isSpace(text.charCodeAt(i - 1))))) { i++; continue; }
      found = true;
      break;
    }
    if (!found) continue;
    const x = growExpression(text, i, limit);
    applyContext(text, x);
    // (read for a kept figure only: a rejected one is not reported, vague or not)
    const vague = x.core.vague || (!x.reject && isAge(text, x));
    if (!x.reject && x.end <= stop && (options.vagueQuantities || !vague)) {
      // ("about one half": the fraction took back the "one" the figure before it ended on; they are one figure)
      const last = out[out.length - 1];
      const merged = last !== undefined && x.start < last.span.end;
      const span = { start: merged ? last.span.start : x.start, end: x.end };
      if (merged) out.pop();
      if (notFigures.length === 0 || !isNotFigurePhrase(text, span, notFigures, longest)) {
        out.push({ span, text: text.slice(span.start, span.end), noun: nounAfter(text, span.end), vague });
      }
    }
    i = limit = Math.max(x.end, i + 1);
  }
  return out;
}
