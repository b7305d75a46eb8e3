// Qualifier words around a figure: "about", "more than", "at least", "up to", "10 or more",
// "430+", "less than 5000 or equal". Each one says how the number bounds the figure.

/** What a qualifier does to the number it qualifies. */
export type Qualifier =
  | { kind: 'exact' }
  | { kind: 'approximate' }
  | { kind: 'lower' | 'upper'; inclusive: boolean }
  | { kind: 'or-equal' }; // "... or equal (to)": makes a strict bound inclusive

const APPROXIMATE = ['about', 'around', 'some', 'nearly', 'roughly', 'approximately', 'approx.', 'approx', 'almost',
  'close to', 'an estimated', 'estimated', 'est.', '~', '≈', 'circa', 'ca.', 'c.', 'just about', 'more or less',
  'an approximate', 'something like', 'in the region of', 'on the order of', 'of about', 'of around', 'give or take',
  'practically', 'virtually', 'getting on for', 'the best part of', 'the better part of', 'upward of about', 'near'];
const LOWER_EXCLUSIVE = ['over', 'more than', 'above', 'greater than', 'larger than', 'bigger than', 'higher than',
  'in excess of', 'upwards of', 'upward of', 'exceeding', 'exceeds', 'exceed', 'exceeded', 'surpassing', 'surpasses',
  'surpass', 'just over', 'well over', 'well above', 'just above', 'beyond', 'north of', '>',
  'a bit more than', 'a little more than', 'slightly more than', 'a bit over', 'a little over', 'slightly over', 'slightly above',
  'crosses', 'crossed', 'tops', 'topped', 'top', 'passes', 'passed', 'breaks', 'broke', 'surpassed', 'past', 'pass', 'cross', 'passing', 'topping', 'crossing'];
const LOWER_INCLUSIVE = ['at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'a minimum of', 'a minimum',
  'minimum of', 'minimum', 'min.', 'as few as', 'as low as', 'as little as', '≥', '>=', '> =', 'greater than or equal to', 'more than or equal to',
  'greater or equal than', 'greater or equal to', 'bigger or equal than', 'higher or equal than', 'larger or equal than',
  'more or equal than', 'equal to or more than', 'equal to or greater than', 'equal or more than', 'equal or greater than',
  'at least or equal to', 'no lower than', 'not lower than', 'starting at', 'starting from', 'from'];
const UPPER_EXCLUSIVE = ['fewer than', 'less than', 'under', 'below', 'lower than', 'smaller than', 'just under',
  'just below', 'well under', 'well below', 'short of', 'shy of', '<', 'nears', 'neared', 'nearing', 'approach', 'approaches', 'approached', 'approaching',
  'a bit less than', 'a little less than', 'slightly less than', 'a bit fewer than', 'a little fewer than', 'slightly fewer than',
  'a bit under', 'a little under', 'slightly under', 'slightly below'];
const UPPER_INCLUSIVE = ['within', 'up to', 'at most', 'no more than', 'not more than', 'no greater than', 'not greater than',
  'no higher than', 'not higher than', 'a maximum of', 'a maximum', 'maximum of', 'maximum', 'max.', 'as many as', 'as much as',
  'as high as', 'as large as', '≤', '<=', '< =', 'less than or equal to', 'fewer than or equal to', 'less or equal than',
  'less or equal to', 'smaller or equal than', 'lower or equal than', 'equal to or less than', 'equal to or fewer than',
  'equal or less than', 'up to and including', 'no more'];
const EXACT = ['equal to', 'equals to', 'equals', 'equaling to', 'equalling to', 'equaling', 'equalling', 'equal',
  'exactly', 'precisely', 'just', 'only', 'a total of', 'total of', 'totaling', 'totalling', 'a full', 'fully', '=', 'as close as'];

const SUFFIX_LOWER = ['or more', 'and more', 'or above', 'and above', 'or over', 'and over', 'or greater',
  'or greater than', 'or more than', 'or higher', 'and higher', 'or upward', 'or upwards', 'and up', 'plus', 'or larger',
  'or bigger', 'at least', 'at the least', 'minimum', '+'];
const SUFFIX_UPPER = ['or fewer', 'or less', 'or below', 'and below', 'or under', 'and under', 'or lower',
  'or less than', 'or fewer than', 'or smaller', 'at most', 'at the most', 'maximum', 'tops', 'max'];
const SUFFIX_EQUAL = ['or equal', 'or equal to', 'or equal to it', 'or equal to that'];
const SUFFIX_APPROXIMATE = ['or so', 'or thereabouts', 'odd', 'approximately', 'roughly', 'give or take'];

function table(entries: [string[], Qualifier][]): [string, Qualifier][] {
  return entries.flatMap(([words, q]) => words.map((w): [string, Qualifier] => [w, q])).sort((a, b) => b[0].length - a[0].length);
}

const PREFIXES = table([
  [APPROXIMATE, { kind: 'approximate' }],
  [LOWER_EXCLUSIVE, { kind: 'lower', inclusive: false }],
  [LOWER_INCLUSIVE, { kind: 'lower', inclusive: true }],
  [UPPER_EXCLUSIVE, { kind: 'upper', inclusive: false }],
  [UPPER_INCLUSIVE, { kind: 'upper', inclusive: true }],
  [EXACT, { kind: 'exact' }],
]);
const SUFFIXES = table([
  [SUFFIX_LOWER, { kind: 'lower', inclusive: true }],
  [SUFFIX_UPPER, { kind: 'upper', inclusive: true }],
  [SUFFIX_EQUAL, { kind: 'or-equal' }],
  [SUFFIX_APPROXIMATE, { kind: 'approximate' }],
]);

/** Entries grouped by first character, so a lookup scans a handful instead of all (hot path). */
function byFirstChar(entries: [string, Qualifier][]): Map<string, [string, Qualifier][]> {
  const map = new Map<string, [string, Qualifier][]>();
  for (const entry of entries) {
    const key = entry[0][0]!;
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  return map;
}
const PREFIX_INDEX = byFirstChar(PREFIXES);

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The qualifier that `text` starts with, and the text after it; undefined when none. */
export function matchPrefix(text: string): { q: Qualifier; rest: string } | undefined {
  // "only about six grams", "just above $51,000": an emphasis before a qualifier leaves the qualifier's meaning
  const emphasis = /^(?:only|just)\s+/i.exec(text);
  const inner = emphasis ? matchPrefix(text.slice(emphasis[0].length)) : undefined;
  if (inner) return inner;
  const lower = text.toLowerCase();
  for (const [words, q] of PREFIX_INDEX.get(lower[0] ?? '') ?? []) {
    if (!lower.startsWith(words)) continue;
    // a word qualifier must end at a word boundary ("some" is not "something"; "over" is not "overall")
    if (isLetter(words[words.length - 1]) && isLetter(lower[words.length])) continue;
    // "from X to Y" is a range, not a lower bound: leave it to the range reader
    if (words === 'from' && /\b(to|through|till|until)\b|[-–]/.test(lower.slice(5))) continue;
    return { q, rest: text.slice(words.length).trim() };
  }
  return undefined;
}

/** The qualifier that `text` ends with ("or more", "+", "or equal"), and the text before it. */
export function matchSuffix(text: string): { q: Qualifier; rest: string } | undefined {
  const lower = text.toLowerCase();
  for (const [words, q] of SUFFIXES) {
    if (!lower.endsWith(words)) continue;
    const before = lower[lower.length - words.length - 1];
    if (isLetter(words[0]) && isLetter(before)) continue;
    const rest = text.slice(0, text.length - words.length).trim().replace(/,$/, '').trim();
    if (rest === '') continue;
    return { q, rest };
  }
  return undefined;
}

/** True when `text` starts with a lower- or upper-bound qualifier ("less than", "at least"). */
export function startsWithBound(text: string): boolean {
  const m = matchPrefix(text);
  return m !== undefined && (m.q.kind === 'lower' || m.q.kind === 'upper');
}
