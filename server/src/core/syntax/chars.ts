// Character codes and classes the scanners test (UTF-16 code units; every delimiter is ASCII,
// so no node boundary can fall inside a surrogate pair).

/** `\\` */
export const BACKSLASH = 92;
/** `[` */
export const OPEN_BRACKET = 91;
/** `]` */
export const CLOSE_BRACKET = 93;
/** `{` */
export const OPEN_BRACE = 123;
/** `}` */
export const CLOSE_BRACE = 125;
/** `%` */
export const PERCENT = 37;
/** `"` */
export const QUOTE = 34;
/** `=` */
export const EQUALS = 61;
/** `.` */
export const DOT = 46;

/** Space or tab: what separates attributes and suppression codes. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Characters of an attribute key: ASCII letters, digits, `_`, `-`, `:` (unknown keys are still keys). */
export function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 58;
}

/** Characters of a class name after its `.`: ASCII letters, digits, `_`, `-`. */
export function isClassChar(c: number): boolean {
  return c !== 58 && isKeyChar(c);
}

/** Characters a backslash escapes in body text. */
export function isEscapable(c: number): boolean {
  return c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE || c === BACKSLASH;
}
