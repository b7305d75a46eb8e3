// Abbreviations that end in a period without ending a sentence, and the words that
// typically start one (used to decide ambiguous cases such as "in the U.S. The ...").

/** How an abbreviation before a period affects the sentence split. */
export type AbbreviationKind =
  /** Never ends a sentence: titles before names ("Dr.", "Gen."), "vs.". */
  | 'title'
  /** Does not end a sentence before a number ("Nov. 21", "No. 5"); otherwise ambiguous. */
  | 'before-number'
  /** Ends a sentence only when a typical sentence starter follows ("U.S.", "Inc.", "F."). */
  | 'ambiguous';

const TITLES = ['mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'cmdr', 'brig', 'cpl', 'pvt', 'rep', 'reps', 'sen', 'sens', 'gov', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'fr', 'sr', 'jr', 'vs', 'v', 'cf'];
const BEFORE_NUMBER = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'sec', 'ch', 'approx', 'est', 'ca', 'c'];
const AMBIGUOUS = ['etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd'];

const KINDS = new Map<string, AbbreviationKind>([
  ...TITLES.map((w) => [w, 'title'] as const),
  ...BEFORE_NUMBER.map((w) => [w, 'before-number'] as const),
  ...AMBIGUOUS.map((w) => [w, 'ambiguous'] as const),
]);

/** Capitalised words that usually open a sentence in news prose. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As', 'By', 'For', 'From',
  'If', 'When', 'While', 'After', 'Before', 'Since', 'According', 'Meanwhile', 'However', 'Its',
  'His', 'Her', 'Their', 'Our', 'One', 'Some', 'Many', 'Most', 'All', 'Both', 'Earlier', 'Later',
  'Officials', 'Also', 'Still', 'Now', 'Then', 'Last', 'Next', 'No', 'Not', 'What', 'Who', 'Why', 'How',
]);

// (made once: a runner may compile a \p{...} literal afresh each time its line runs)
const ONE_LETTER = /^\p{L}$/u;
const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;

/**
 * The kind of `word` (the letters, digits and inner dots right before a period), or
 * undefined when it is an ordinary word and the period ends the sentence.
 */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  if (word === '') return undefined;
  if (ONE_LETTER.test(word)) return 'ambiguous'; // an initial: "John F. Kennedy"
  if (DOTTED_LETTERS.test(word)) return 'ambiguous'; // "U.S", "e.g", "a.m"
  return KINDS.get(word.toLowerCase());
}
