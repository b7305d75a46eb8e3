// Splits a figure's text into numerals, words and symbols. Numerals keep their grouping
// ("1,234", "12,34,567", "40 000") as one token; a word glued to a numeral ("10k", "£300m") is
// marked `glued` so scale and unit rules can tell "300m" from "300 m".

/** One token of a figure's text. */
export interface Token {
  kind: 'num' | 'word' | 'sym';
  /** The text as written. */
  raw: string;
  /** Lower-case text (words), the character (symbols), the digits without separators (numerals). */
  text: string;
  /** Numerals only: the value. */
  value?: number;
  start: number;
  end: number;
  /** True when whitespace precedes the token. */
  spaced: boolean;
  /** True when the token directly follows a numeral with no space ("k" in "10k"). */
  glued: boolean;
}

// Thousands groups by comma (western or Indian) or by a space; a decimal part; or ".5".
// Sticky (y) so each match starts at lastIndex without copying the rest of the text.
const NUMERAL = /(?:\d{1,3}(?:, \d{3})+(?=\.\d{2}(?!\d))|\d{1,3}, 0\d{2}(?:, \d{3})*(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?: \d{3})+(?![\d/])|\d+)(?:\.\d+)?|\.\d+/y;
const WORD = /[\p{L}µ]+/uy;

/** A scale word, and the spelled hundreds after its comma: "thousand", ", one hundred". */
const SCALE_COMMA = /^(?:thousand|million|billion|trillion|quadrillion|quintillion)$/;
const HUNDREDS_AFTER = /^, (?:one|two|three|four|five|six|seven|eight|nine) hundred\b/i;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Tokenizes `text` (already whitespace-normalised). Never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') { spaced = true; i++; continue; }
    const prev = tokens[tokens.length - 1];
    // ("Twenty-six thousand, one hundred sixty-one": a spelled number's comma after its thousands is no break)
    if (ch === ',' && prev?.kind === 'word' && SCALE_COMMA.test(prev.text) && HUNDREDS_AFTER.test(text.slice(i, i + 16))) { i++; continue; }
    const glued = !spaced && prev?.kind === 'num';
    const num = matchAt(NUMERAL, text, i);
    const word = num ? null : matchAt(WORD, text, i);
    let token: Token;
    if (num) {
      const digits = num[0].replace(/[, ]/g, '');
      token = { kind: 'num', raw: num[0], text: digits, value: Number(digits), start: i, end: i + num[0].length, spaced, glued };
    } else if (word) {
      token = { kind: 'word', raw: word[0], text: word[0].toLowerCase(), start: i, end: i + word[0].length, spaced, glued };
    } else {
      // one code point (surrogate pairs stay whole)
      const cp = String.fromCodePoint(text.codePointAt(i)!);
      token = { kind: 'sym', raw: cp, text: cp, start: i, end: i + cp.length, spaced, glued };
    }
    tokens.push(token);
    i = token.end;
    spaced = false;
  }
  return tokens;
}
