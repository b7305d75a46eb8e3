// Spelled-out numbers: word tables ("twenty", "hundred", "fifths") and the classification of
// one word for the phrase reader. Pure tables; the arithmetic lives in cardinal.ts and fraction.ts.

/** What role a word can play in a number phrase. */
export type WordClass =
  | { cls: 'unit'; value: number }      // zero..nine
  | { cls: 'teen'; value: number }      // ten..nineteen
  | { cls: 'tens'; value: number }      // twenty..ninety
  | { cls: 'hundred' }
  | { cls: 'dozen' }
  | { cls: 'scale'; value: number }     // thousand, million, lakh, k, bn...
  | { cls: 'ordinal'; value: number; plural: boolean } // fifth(s), hundredth(s), half, quarter
  | { cls: 'article' }                  // a, an: "a dozen", "a fifth"
  | { cls: 'and' }
  | { cls: 'point' }
  | { cls: 'joiner' };                  // "/", "over", "out of", "in", "of": set by the phrase scanner

const UNITS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words and abbreviations. 'm' and 'mm' are left out: scale.ts decides them from context. */
export const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, grand: 1e3,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, tln: 1e12, trn: 1e12,
  quadrillion: 1e15, quintillion: 1e18,
};

/** Denominators ("fifth", "quarters", "hundredth"); 'first'/'second' only after tens ("twenty-first"). */
const ORDINALS: Record<string, number> = {
  half: 2, halves: 2, third: 3, fourth: 4, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};
/** Ordinals that only end a compound denominator ("twenty-first", "thirty-second"). */
export const COMPOUND_ONLY_ORDINALS: Record<string, number> = { first: 1, second: 2 };

function ordinal(word: string): { value: number; plural: boolean } | undefined {
  if (ORDINALS[word] !== undefined) return { value: ORDINALS[word]!, plural: word === 'halves' };
  if (word.endsWith('s') && ORDINALS[word.slice(0, -1)] !== undefined) return { value: ORDINALS[word.slice(0, -1)]!, plural: true };
  return undefined;
}

/** The role of a lower-case word in a number phrase, or undefined when it is not a number word. */
export function classifyWord(word: string): WordClass | undefined {
  if (UNITS[word] !== undefined) return { cls: 'unit', value: UNITS[word]! };
  if (TEENS[word] !== undefined) return { cls: 'teen', value: TEENS[word]! };
  if (TENS[word] !== undefined) return { cls: 'tens', value: TENS[word]! };
  if (word === 'hundred' || word === 'hundreds') return { cls: 'hundred' };
  if (['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs'].includes(word)) return { cls: 'dozen' };
  if (SCALES[word] !== undefined) return { cls: 'scale', value: SCALES[word]! };
  const ord = ordinal(word);
  if (ord) return { cls: 'ordinal', ...ord };
  if (word === 'a' || word === 'an') return { cls: 'article' };
  if (word === 'and') return { cls: 'and' };
  if (word === 'point') return { cls: 'point' };
  return undefined;
}

/** Unicode vulgar fractions ("½", "⅔") -> [numerator, denominator]. */
export const VULGAR_FRACTIONS: Record<string, [number, number]> = {
  '½': [1, 2], '⅓': [1, 3], '⅔': [2, 3], '¼': [1, 4], '¾': [3, 4], '⅕': [1, 5], '⅖': [2, 5], '⅗': [3, 5], '⅘': [4, 5],
  '⅙': [1, 6], '⅚': [5, 6], '⅐': [1, 7], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8], '⅑': [1, 9], '⅒': [1, 10],
};
