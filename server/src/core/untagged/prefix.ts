// What may stand glued before a number in a figure: a sign ("-2.4%", "$-3.2bn", "minus 40"),
// a currency sign or code ("$", "HK$", "$US", "USD25m", "RM45", "R4bn"), and the verbs that bound
// the figure after them ("crosses 2,000", "tops 500"). Issue 14.
import * as scan from './scan';
import * as lexicon from './lexicon';

const { BOUND_VERBS, CURRENCY_CODES } = lexicon;
const { isDigit, isLetter, isSpace, wordBefore } = scan;

const SIGNS = '£€¥₹₽₴';

/** Currency codes written before the number with a space ("Rs 6,426", "USD 25 million"). */
const SPACED_CODES = new Set(['Rs', 'Rs.', 'USD', 'EUR', 'GBP', 'INR', 'JPY', 'CNY', 'RMB', 'CHF', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'MYR', 'RM', 'KSh', 'Ksh', 'KES', 'NGN', 'US$', 'HK$', 'S$', 'A$', 'C$', 'NZ$']);

/** Start of a currency written right before `i` ("$", "US$", "HK$", "$US", "£", "USD", "RM"), or `i` when none. */
export function currencyBefore(text: string, i: number): number {
  const c = text[i - 1];
  if (c === '$') {
    // "HK$", "NZ$", "US$", "S$", "A$", "C$", "R$", "NT$": one to three capitals glued before the "$"
    let k = i - 1;
    while (k > i - 4 && k > 0 && text.charCodeAt(k - 1) >= 65 && text.charCodeAt(k - 1) <= 90) k--;
    if (k < i - 1 && !isLetter(text.charCodeAt(k - 1)) && CURRENCY_CODES.has(text.slice(k, i))) return k;
    // "US $6.9 billion": the country spaced from its "$"
    if (text[i - 2] === ' ' && text[i - 3] === 'S' && text[i - 4] === 'U' && !isLetter(text.charCodeAt(i - 5))) return i - 4;
    return i - 1;
  }
  // (every sign is past U+00A2: most figures follow a space or a letter, looked for in no list)
  if (c !== undefined && c.charCodeAt(0) > 0xa2 && SIGNS.includes(c)) return i - 1;
  // a sign spaced from its digits, as some wires print it: "€ 1.3 million", "$ 5"
  const spaced = c === ' ' && i >= 2 ? text[i - 2]! : '';
  if ((spaced === '$' || (spaced !== '' && spaced.charCodeAt(0) > 0xa2 && SIGNS.includes(spaced))) && (i < 3 || (!isLetter(text.charCodeAt(i - 3)) && !isDigit(text.charCodeAt(i - 3))))) return spaced === '$' ? currencyBefore(text, i - 1) : i - 2;
  // a code before a space: "Rs 6,426", "USD 25 million", "KSh 2 billion"
  if (c === ' ' && i >= 3) {
    // at most four characters, the first a capital, after a space or the line start (no slice otherwise: hot path)
    let k = i - 1;
    while (k > i - 6 && k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
    // ("(EUR 2.7 billion)": a bracket may open the code)
    const open = text.charCodeAt(k) === 40 || text.charCodeAt(k) === 91;
    if (open) k++;
    const u = text.charCodeAt(k);
    if (k < i - 2 && u >= 65 && u <= 90 && (open || k === 0 || isSpace(text.charCodeAt(k - 1))) && SPACED_CODES.has(text.slice(k, i - 1))) return k;
  }
  // a code glued to the digits: "USD25m", "RM45", "Rs500"; "$US40"
  let k = i;
  while (k > i - 3 && k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  if (k === i || isLetter(text.charCodeAt(k - 1)) || isDigit(text.charCodeAt(k - 1))) return i;
  const code = text.slice(k, i);
  if (text[k - 1] === '$' && code === 'US') return k - 1;
  // South Africa's rand, glued to an amount with a scale: "R4bn", "R7.5 billion" (not "R2", a road)
  if (code === 'R') return /^[\d.,]+\s?(?:bn|billion|m|mn|million|trillion|tn)\b/.test(text.slice(i, i + 24)) ? k : i;
  return CURRENCY_CODES.has(code) ? k : i;
}

/** True for an all-capitals word of two letters or more ending at `end` ("COVID" in "COVID -19"). */
function acronymBefore(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) >= 65 && text.charCodeAt(k - 1) <= 90) k--;
  return end - k >= 2 && !isLetter(text.charCodeAt(k - 1));
}

/** A minus or plus sign right before `i` that belongs to the number ("-2.4%", "(-0.7", "$-3.2bn", "+131,000"), not a hyphen or a code's dash. */
export function signBefore(text: string, i: number): boolean {
  const c = text[i - 1];
  if (c !== '-' && c !== '−' && c !== '+' && c !== '–') return false;
  const b = text.charCodeAt(i - 2);
  // ("food –5.0%", "(–5.0%)": a typeset en dash glued to a number after a word, a bracket or a line's start is its minus; elsewhere it joins a range)
  if (c === '–') return i < 2 || b === 10 || b === 40 || (isSpace(b) && isLetter(text.charCodeAt(i - 3)));
  if (i < 2 || b === 10 || b === 40 || text[i - 2] === '$' || SIGNS.includes(text[i - 2] ?? '')) return true;
  if (!isSpace(b)) return false;
  // "COVID -19" is a code; "fell -2.4%" is a sign
  let e = i - 2;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  // (a year before is no range's first end: "January to September 2017 -0.1%" in a table's row; "2016 -2017" is one)
  if (isDigit(text.charCodeAt(e - 1))) return /(?:^|\s)(?:19|20)\d\d$/.test(text.slice(Math.max(0, e - 5), e)) && !/^\d{4}(?!\d)/.test(text.slice(i, i + 5));
  return !acronymBefore(text, e);
}

/** Start of "minus " or "minus-" right before `i`, or `i`. */
export function minusWordBefore(text: string, i: number): number {
  const gap = text[i - 1];
  if (gap !== ' ' && gap !== '-') return i;
  // ("minus" ends right before the gap: its "s", in either case, looked at before the word is read)
  if ((text.charCodeAt(i - 2) | 32) !== 115) return i;
  const { word, start } = wordBefore(text, i - 1);
  return word === 'minus' && start + 5 === i - 1 ? start : i;
}

const NEGATIONS = new Set(['not', 'never', "didn't", "doesn't", "don't", "wasn't", "weren't", 'no']);
const NOT_A_VERB_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'in', 'to', 'not', 'never', "didn't", "doesn't", 'no', 'and', 'or', 'which']);

/** Words before "to" that make the verb after it an infinitive ("expected to top", "set to pass"). */
const EXPECTED_TO = new Set(['expected', 'likely', 'set', 'poised', 'due', 'forecast', 'projected', 'tipped', 'going', 'able', 'predicted', 'estimated', 'unlikely', 'expect', 'expects']);

/** Prepositions before "past" that make it a stretch of time ("for past 10 years"). */
const PAST_TIME_BEFORE = new Set(['for', 'over', 'during', 'within', 'in', 'from', 'since', 'last', 'this']);

/** A bounding verb right before `start` ("crosses", "tops", "Breaks"): its start, or -1. */
export function boundVerbBefore(text: string, start: number, limit: number): number {
  const { word, start: s } = wordBefore(text, start);
  if (!BOUND_VERBS.has(word) || s < limit || start - (s + word.length) > 1) return -1;
  // a verb has a subject word before it: "Dow tops 40,000"; "the top 10", "did not exceed" are no bounds
  // (a participle may follow its clause's comma: "continues to rise, passing 80,000")
  const comma = /ing$/.test(word) && /,\s$/.test(text.slice(Math.max(0, s - 2), s));
  const before = wordBefore(text, comma ? s - 2 : s);
  // ("It's expected to top 2 exaflops", "is set to pass 1,000": an infinitive after a word of expectation bounds too)
  const expectedTo = before.word === 'to' && EXPECTED_TO.has(wordBefore(text, before.start).word);
  if (before.word === '' || (NOT_A_VERB_BEFORE.has(before.word) && !expectedTo) || (comma ? s - 2 : s) - (before.start + before.word.length) > 1) return -1;
  // "never individually exceeded $10,000": a negation before an adverb
  if (/ly$/.test(before.word) && NEGATIONS.has(wordBefore(text, before.start).word)) return -1;
  // "past" bounds a count ("climbs past 500"), never a stretch of time ("for past 10 years", "in past two weeks")
  if (word === 'past' && (PAST_TIME_BEFORE.has(before.word) || /^\s*[\d,.]+\s+(?:hours?|days?|weeks?|months?|years?|decades?|seasons?|centuries)\b/i.test(text.slice(start, start + 30))
    || /^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(?:hours?|days?|weeks?|months?|years?|decades?|seasons?)\b/i.test(text.slice(start, start + 30)))) return -1;
  return s;
}
