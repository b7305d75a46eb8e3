// Years and days written out in words, as radio scripts and plain-English services print them
// ("in two thousand four", "since Nineteen-Ninety-One", "On January twenty-sixth"): read as the
// digits would be.

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(UNITS).join('|');
const TEN = Object.keys(TENS).join('|');
/** The number a word from "one" to "nineteen" names, or undefined. */
export function numberWord(word: string): number | undefined {
  return UNITS[word.toLowerCase()];
}

/** 1..99 in words: "four", "ninety-one", "twenty two". */
export const UNDER_100 = `(?:(?:${TEN})(?:[\\s-](?:${UNIT.split('|').slice(0, 9).join('|')}))?|${UNIT})`;

/** A year in words after a preposition: "in two thousand four", "since Nineteen-Ninety-One", "of twenty fifteen". */
export const SPELLED_YEAR = new RegExp(
  `\\b(in|during|for|by|since|through|until|of|from|than|after|before)\\s+((?:two[\\s-]thousand(?:[\\s-](?:and[\\s-])?${UNDER_100})?)|(?:(?:nineteen|twenty)[\\s-](?!hundred\\b)${UNDER_100}))\\b`, 'gi');

/** The year a phrase matched by SPELLED_YEAR names ("two thousand four" → 2004), or undefined. */
export function spelledYear(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  const under100 = (ws: string[]): number | undefined => {
    if (ws.length === 0) return 0;
    if (ws.length === 1) return UNITS[ws[0]!] ?? TENS[ws[0]!];
    if (ws.length === 2 && TENS[ws[0]!] !== undefined && (UNITS[ws[1]!] ?? 10) < 10) return TENS[ws[0]!]! + UNITS[ws[1]!]!;
    return undefined;
  };
  let year: number | undefined;
  if (parts[0] === 'two' && parts[1] === 'thousand') { const rest = under100(parts.slice(2)); year = rest === undefined ? undefined : 2000 + rest; }
  else if (parts[0] === 'nineteen' || parts[0] === 'twenty') { const rest = under100(parts.slice(1)); year = rest === undefined || rest < 10 ? undefined : (parts[0] === 'nineteen' ? 1900 : 2000) + rest; }
  return year !== undefined && year >= 1900 && year <= 2099 ? year : undefined;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
/** A day of the month in words: "sixth", "twenty-sixth", "thirty-first". */
export const SPELLED_DAY = `(?:(?:twenty|thirty)[\\s-])?(?:${Object.keys(ORDINALS).join('|')})`;

/** The day a phrase matched by SPELLED_DAY names ("twenty-sixth" → 26), or undefined. */
export function spelledDay(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/);
  const day = parts.length === 2 ? (TENS[parts[0]!] ?? 0) + (ORDINALS[parts[1]!] ?? 99) : ORDINALS[parts[0]!];
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}
