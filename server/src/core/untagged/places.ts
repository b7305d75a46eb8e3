// Context rules added for issue 14: numbers that are part of a name, an address, a list, a
// shirt number, an era year, an event or a telephone number rather than figures ("ftse 100",
// "221 Baker Street", "1) Denver", "Kane (9)", "A.D. 800", "5,000-meter title", "last-16",
// "COVID -19", "the Lower 48", "301-496 4236", a footnote mark "wetlands. 1").
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';
import type { Reject } from './number';

// Local bindings: read once, not through the module object on every figure.
const { EVENT_WORDS, INDEX_NAMES, STREET_WORDS } = lexicon;
const { atSentenceStart, isDigit, isLetter, isSpace, isUpper, skipSpaces, tokenBefore, wordAt, wordBefore, wordEnd } = scan;

const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'north', 'south', 'east', 'west', 'ne', 'nw', 'se', 'sw']);
const HYPHEN_LABELS = new Set(['last', 'under', 'round', 'group', 'u']);
const LEGAL_AFTER = /^(?: (?:U\.S\.C\.|C\.F\.R\.|CFR\b|U\.S\. \d|F\. ?Supp\.|F\.? ?[234](?:d|th)\b|S\. ?Ct\.|(?:Stat|STAT)\. \d)|, United States Code\b)/;
const LEGAL_BEFORE = /(?:U\.S\.C\.|C\.F\.R\.|§|\d U\.S\.|F\. ?Supp\.(?: ?\dd)?|\bF\.? ?[234](?:d|th)|\d (?:Stat|STAT)\.) $/;
const WEAPON_AFTER = /^ (?:pistol|rifle|handgun|gun|round|ammunition|shell|cartridge|howitzer|mortar|cannon)/i;
// ("(202) 418- 7991", "202 / 418- 0500": a copy's space after a dash, an area code before a slash)
// ("(202)606-5301": no space after the bracketed area code)
const PHONE = /^(?:\(\d{3}\)(?:[-. ]|[-.] | ?\/ ?)?|\d{3}\)?(?:[-. ]|[-.] | ?\/ ?))\d{3}(?:[-. ]|[-.] )\d{4}(?![\d,.]\d)/;
const ERA = /^\(?(A\.?D\.?|B\.?C\.?E?\.?|C\.?E\.?)$/;
/** An era's letters right after a number ("500 BC", "44 B.C.E.,"), not a word that starts with them ("12 BCs"). */
const ERA_AFTER = /^(?:A\.?D\.?|B\.?C\.?E?\.?|C\.?E\.?)(?![\p{L}\d])/u;

const HAS_UPPER = /\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** True when the character before `end` is e or s in either case (what a pattern ending in "degrees?$" needs: looked at before slicing). */
function endsInEorS(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1) | 32;
  return c === 101 || c === 115;
}
/** UPPER_FIRST.test(text[i]): A to Z by character code, the pattern for the rest. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isUpper(c) : UPPER_FIRST.test(text[i] ?? '');
}
/** A capitalised word after a space ("300 Slater"). */
const NAME_AFTER = /^ (\p{Lu}[\p{Ll}'’-]+)\b/u;
/** True when LEGAL_AFTER may match at `end`: a space then U, C, F or S, or a comma then a space. */
function legalAfterMay(text: string, end: number): boolean {
  const c0 = text.charCodeAt(end);
  const c1 = text.charCodeAt(end + 1);
  return (c0 === 32 && (c1 === 85 || c1 === 67 || c1 === 70 || c1 === 83)) || (c0 === 44 && c1 === 32);
}
/** What LEGAL_BEFORE's match can end with before its space. */
const LEGAL_BEFORE_LAST = '.§dh';
/** Degree, minute and prime marks ("N67°-55'-19\"E"). */
const isBearingMark = (c: number): boolean => c === 0xb0 || c === 39 || c === 0x2032;
/** A house number and a capitalised street name: "221 Baker Street" (made once: see catalogue.ts). */
const NUMBERED_STREET = /\b(\d{1,5}) (\p{Lu}[\p{Ll}'’-]+) (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Place|Way|Court|Terrace|Square)\b/gu;
/** A dateline: capital words from the line's start through the number word, then a comma, a capitalised word and a dash or "(AP)". */
function isDateline(text: string, x: Expression): boolean {
  // (the line's start within 40 characters, looked for in those only: a long line is read in linear time)
  let lineStart = x.start;
  // (a lower-case letter on the way is no dateline's: most numbers have one right before them)
  for (let k = x.start; k < x.end; k++) { const c = text.charCodeAt(k); if (c >= 97 && c <= 122) return false; }
  while (lineStart > 0 && x.start - lineStart <= 40 && text.charCodeAt(lineStart - 1) !== 10) {
    const c = text.charCodeAt(lineStart - 1);
    if (c >= 97 && c <= 122) return false;
    lineStart--;
  }
  if (x.start - lineStart > 40) return false;
  const printed = text.slice(lineStart, x.end);
  if (printed !== printed.toUpperCase() || !HAS_UPPER.test(printed)) return false;
  return /^(?: [A-Z][A-Z.'’-]+)+, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?: \([A-Za-z]+\))? ?[–—-]/.test(text.slice(x.end, x.end + 60));
}

/** "221 Baker Street", "12 W 44th St", "10-12 Harbour Road": up to three capitalised words, then a street word. */
function isAddress(text: string, end: number): boolean {
  let i = skipSpaces(text, end);
  if (i === end) return false;
  for (let n = 0; n < 4; n++) {
    const e = wordEnd(text, i);
    const digitsFirst = isDigit(text.charCodeAt(i)) ? /^\d{1,3} ?(st|nd|rd|th)\b/.exec(text.slice(i, i + 7)) : null;
    if (e === i && !digitsFirst) return false;
    // (a word in lower case ends the address, but for a direction first: looked at before it is sliced)
    const c = text.charCodeAt(i);
    if (!digitsFirst && !isUpper(c) && (n > 0 || !(c === 110 || c === 115 || c === 101 || c === 119))) return false;
    const w = digitsFirst ? digitsFirst[0] : text.slice(i, e);
    const lower = w.toLowerCase();
    if (n > 0 && STREET_WORDS.has(lower.replace(/\.$/, '')) && isUpper(text.charCodeAt(i))) return true;
    if (!digitsFirst && !isUpper(text.charCodeAt(i)) && !(n === 0 && DIRECTIONS.has(lower))) return false;
    i += w.length;
    if (text[i] === '.') i++;
    if (!isSpace(text.charCodeAt(i))) return false;
    i = skipSpaces(text, i);
  }
  return false;
}

/** The "number Name" pairs a text writes as a street address somewhere ("300 Slater Street"), for the text last asked about. */
let addresses: { text: string; pairs: Set<string> } | undefined;

/** "300 Slater" after "300 Slater Street" in the same text: the address again, without its street word. */
function isNamedAddress(text: string, x: Expression): boolean {
  if (text.charCodeAt(x.end) !== 32) return false;
  // (a capital after the space: in ASCII only A to Z, looked at before the pattern is tried)
  const c = text.charCodeAt(x.end + 1);
  if (c < 128 && !isUpper(c)) return false;
  const next = NAME_AFTER.exec(text.slice(x.end, x.end + 30));
  if (!next) return false;
  if (addresses?.text !== text) {
    const pairs = new Set<string>();
    for (const m of text.matchAll(NUMBERED_STREET)) pairs.add(`${m[1]} ${m[2]}`);
    addresses = { text, pairs };
  }
  return addresses.pairs.has(`${text.slice(x.core.start, x.core.end)} ${next[1]}`);
}

/** The first words of a footnote's text after its mark: "1 The applications", "2 With respect to", "1 Amended reports". */
const FOOTNOTE_OPENER = /^ (?:The|With|Amended|Revised|See|Includes|Excludes) [a-z]/;

/** Words a year follows ("of 2008", "in 2008"), where a digit glued after its period is a footnote's mark. */
const YEAR_BEFORE_MARK = new Set(['of', 'in', 'since', 'during', 'until', 'from', 'by', 'through', 'year']);

/** Why `x` is no figure by the rules above, or undefined. */
export function placeRule(text: string, x: Expression): Reject | undefined {
  const s = x.core.start;
  // "United States v. $38,000.00 in U.S. Currency", "v. Two Parcels of Real Property": right after
  // "v." a sum or a number names an in rem case
  // (the pattern tried only after ". ": most figures follow a word)
  if (text.charCodeAt(x.start - 1) === 32 && text.charCodeAt(x.start - 2) === 46 && /(?:^|[\s(])v\. $/.test(text.slice(Math.max(0, x.start - 4), x.start))) return 'name';
  if (x.currency || x.percent) return undefined;
  // "THOUSAND OAKS, Calif. –": a dateline's place in capitals at a line's start
  if (x.core.words && isDateline(text, x)) return 'name';
  // "FR Doc No: 2015-08961", "Civil Action 20-02104", "Pages 21796-21797": a serial or page span, not a range
  // (the second part starts with a zero, or both are five digits or more written without commas,
  // or a year is followed by five digits or more: "2017-18990")
  if (!x.unit && !x.qualifier && x.end - x.start >= 7 && x.end - x.start <= 14) {
    const span = /^(\d{2,6})[-–](\d{4,7})$/.exec(text.slice(x.start, x.end));
    if (span && (span[2]![0] === '0' || (span[1]!.length >= 5 && span[2]!.length >= 5 && !/00$/.test(span[2]!)) || (/^(?:19|20)\d\d$/.test(span[1]!) && span[2]!.length >= 5))) return 'code';
  }
  // "N67°-55'-19\"E": the minutes and seconds of a bearing
  if (isBearingMark(text.charCodeAt(s - 1)) || (text[s - 1] === '-' && isBearingMark(text.charCodeAt(s - 2)))) return 'name';
  // "76 degrees south latitude and 195 degrees west longitude", "28 degrees north of the equator": a place's coordinates in words
  if (x.unit && endsInEorS(text, x.end) && /degrees?$/i.test(text.slice(x.start, x.end)) && /^\s+(?:north|south|east|west)(?:\s+(?:latitude|longitude)|\s+of\s+the\s+equator)\b/i.test(text.slice(x.end, x.end + 30))) return 'name';
  const prev = wordBefore(text, s);
  const glued = s - (prev.start + prev.word.length);
  // "ftse 100", "sp 500": an index name in lower case (capitalised ones are names already)
  if (glued === 1 && INDEX_NAMES.has(prev.word)) return 'name';
  // "Standard and Poor's index of 500 stocks": the index's name spelt out, not a count of stocks
  if (x.core.plain && x.core.value === 500 && /(?:Poor['’]s|S&P)\s+(?:\w+\s+)?index\s+of\s+$/i.test(text.slice(Math.max(0, s - 40), s))) return 'name';
  // "one of the top 10 songs", "a top 20 finish": a ranking's cut, a label ("the top 10 percent" is a share)
  if (glued === 1 && prev.word === 'top' && x.core.plain && /\b(?:the|a|its|their|his|her)\s+top\s+$/i.test(text.slice(Math.max(0, s - 12), s)) && !x.unit) return 'label';
  // "the round of 16": a stage of a tournament, named by how many are left
  if (glued === 1 && prev.word === 'of' && x.core.plain && !x.unit && (x.core.value === 16 || x.core.value === 32 || x.core.value === 64) && /(?:\b[Tt]he round|\bRound) of $/.test(text.slice(Math.max(0, s - 13), s))) return 'label';
  // "last-16", "under-21"; "COVID -19"
  if (text[s - 1] === '-' && HYPHEN_LABELS.has(wordBefore(text, s - 1).word) && isLetter(text.charCodeAt(s - 2))) return 'label';
  if (text[s - 1] === '-' && isSpace(text.charCodeAt(s - 2)) && /^[A-Z]{2,}$/.test(tokenBefore(text, s - 2).token)) return 'name';
  // "18 U.S.C. 1341", "561 U.S. 358", "§ 1343": statute and case citations (also after "under")
  // (the pattern before only where its last characters can be: a dot, "§", "d" or "h", then a space)
  if (x.core.plain && ((legalAfterMay(text, x.end) && LEGAL_AFTER.test(text.slice(x.end, x.end + 22))) || (text.charCodeAt(x.core.start - 1) === 32 && LEGAL_BEFORE_LAST.includes(text[x.core.start - 2] ?? ' ')
    && LEGAL_BEFORE.test(text.slice(Math.max(0, x.core.start - 12), x.core.start))))) return 'name';
  // "Glock 9mm pistols", "155mm shells": a calibre names the weapon
  if (x.unit && !x.qualifier && (text.charCodeAt(x.end - 1) | 32) === 109 && (text.charCodeAt(x.end - 2) | 32) === 109 && WEAPON_AFTER.test(text.slice(x.end, x.end + 12))) return 'name';
  if (eraYear(text, x)) return 'year';
  if (isJetModel(text, x)) return 'name';
  // "told Nine News", "on Channel Four": a broadcaster's name
  if (x.core.words && !x.range && upperAt(text, x.core.start) && BROADCAST_AFTER.test(text.slice(x.end, x.end + 14))) return 'name';
  if (emergencyNumber(text, x)) return 'name';
  // ("zero in on": a verb)
  if (x.core.words && x.core.value === 0 && /^zero(?:e?s|ed|ing)? in on\b/i.test(text.slice(x.core.start, x.core.start + 16))) return 'name';
  // "capacity utilization.<1> On net": a footnote's mark in angle brackets, no bound "<1"
  if (text.charCodeAt(x.core.end) === 62 && text.charCodeAt(x.core.start - 1) === 60 && x.core.plain && x.core.intDigits <= 2) return 'list';
  if (x.unit || x.qualifier || text[x.core.end] === '-') { const event = eventRule(text, x); if (event || x.unit || x.qualifier) return event; }
  // "301-496 4236", "(301) 496-4236", "202.555.0143": a telephone number
  if (x.core.intDigits === 3) {
    const open = text[x.start - 1] === '(' ? x.start - 1 : x.start;
    const phone = PHONE.exec(text.slice(open, open + 20));
    if (phone && x.end <= open + phone[0].length) { x.end = open + phone[0].length; return 'code'; }
  }
  // "the Lower 48", "the contiguous 48 states": a name
  if (x.core.plain && x.core.value === 48 && (prev.word === 'lower' || prev.word === 'contiguous')) return 'name';
  // "... of wetlands. 1": a footnote mark ending a paragraph
  if (x.core.plain && x.core.intDigits <= 2 && !x.range && (x.end === text.length || text[x.end] === '\n') && text[x.start - 1] === ' ' && /[.!?]/.test(text[x.start - 2] ?? '')) return 'list';
  // "... September 24, 2004. 2 With respect to ...": a footnote's mark opening its note after a sentence or on a line of its own (a count never comes before "The" or "With")
  if (x.core.plain && x.core.intDigits <= 2 && !x.range && (x.start === 0 || text[x.start - 1] === '\n' || (text[x.start - 1] === ' ' && /[.!?]/.test(text[x.start - 2] ?? ''))) && FOOTNOTE_OPENER.test(text.slice(x.end, x.end + 14))) return 'list';
  // ("in the fourth quarter of 2008.1 Provisions": a year, then a mark glued after the sentence's period, a capital after it)
  if (x.core.intDigits === 4 && !x.range && !x.currency && x.end === x.core.end && YEAR_BEFORE_MARK.has(prev.word) && /^(?:19|20)\d\d\.\d$/.test(text.slice(x.core.start, x.core.end)) && /^ \p{Lu}\p{Ll}/u.test(text.slice(x.end, x.end + 3))) return 'year';
  // ("fell in most indicators.1 Lower costs": a mark glued after a sentence's period, a capital after it)
  if (x.core.plain && x.core.intDigits <= 2 && !x.range && text[x.start - 1] === '.' && /[a-z]{3}$/.test(text.slice(Math.max(0, x.start - 4), x.start - 1)) && (x.end === text.length || /^\s+\p{Lu}/u.test(text.slice(x.end, x.end + 3)))) return 'list';
  if (x.core.plain && (isAddress(text, x.end) || isNamedAddress(text, x))) return 'name';
  // "the defendant (1) used ... (2) of": list marks inside a sentence
  if (x.core.plain && x.core.value <= 20 && text[x.start - 1] === '(' && text[x.end] === ')' && text[x.end + 1] === ' ' && /[a-z]/.test(text[x.end + 2] ?? '')) return 'list';
  // "turnout was 67%. [2] The": a citation mark
  if (text[x.start - 1] === '[' && text[x.end] === ']' && x.core.plain && !x.range) return 'list';
  // "Kane (9) scored": a shirt number after a name
  if (text[x.start - 1] === '(' && text[x.end] === ')' && x.core.plain && x.core.value < 100 && !x.range) {
    const before = tokenBefore(text, x.start - 2).token;
    if (isUpper(before.charCodeAt(0)) && isLetter(before.charCodeAt(before.length - 1))) return 'label';
  }
  // "were: 1) Denver 13.9 percent; 2) Boise": list numbers inside a line
  if (x.core.plain && x.core.intDigits <= 2 && text[x.end] === ')' && isSpace(text.charCodeAt(x.end + 1)) && isUpper(text.charCodeAt(x.end + 2)) && text[x.start - 1] !== '(') return 'list';
  // "Trump 2.0", "Web 2.0", "Industry 4.0": a version after a name is part of the name
  if (!x.unit && !x.percent && !x.currency && !x.range && !x.qualifier && x.end - x.start === 3 && /^\d\.0$/.test(text.slice(x.start, x.end))) {
    const before = tokenBefore(text, x.start - 1).token;
    if (isUpper(before.charCodeAt(0)) && isLetter(before.charCodeAt(before.length - 1)) && isSpace(text.charCodeAt(x.start - 1))) return 'name';
  }
  // "Bluetooth 5.3 support", "Android 4.4 phones": a product's version before a lower-case word (a table's row ends its line)
  // (tried only on a decimal of three to five characters before a space and a lower-case letter)
  const v = x.end - x.start;
  const l = text.charCodeAt(x.end + 1);
  if (!x.core.plain && !x.core.words && v >= 3 && v <= 5 && text.charCodeAt(x.end) === 32 && l >= 97 && l <= 122 && !x.unit && !x.percent && !x.currency && !x.range && !x.qualifier && x.end === x.core.end
    && isSpace(text.charCodeAt(x.start - 1)) && VERSION.test(text.slice(x.start, x.end))) {
    const { token, start } = tokenBefore(text, x.start - 1);
    if (/^[A-Z][a-z]+[A-Za-z]*$|^[A-Z]{2,4}$/.test(token) && !VERSION_NOT_NAMES.has(token.toLowerCase()) && !atSentenceStart(text, start)) return 'name';
  }
  return undefined;
}

/** A version number: one or two digits, a point and one or two more ("5.3", "17.2"). */
const VERSION = /^\d{1,2}\.\d{1,2}$/;
/** Capitalised words before a decimal that is no version: a scale's, a month's or a day's ("Magnitude 5.3 quake", "June 2.5"). */
const VERSION_NOT_NAMES = new Set(['magnitude', 'category', 'level', 'phase', 'stage', 'grade', 'tier', 'richter', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'about', 'some', 'only', 'just', 'all']);

/** "the 5,000-meter title", "indoor 400m": distances that name an event. */
/** A media brand's word after a capitalised number word: "Nine News", "Seven Network". */
const BROADCAST_AFTER = /^ (?:News|Network|Radio|TV|Television|Media|Entertainment|Sport|Sports)\b/u;

/** Words around an emergency number: "called 911", "a tip to 911", "911 dispatchers". */
const EMERGENCY_BEFORE = /\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|text(?:ed)?)\s+$|\b(?:a\s+)?tip\s+to\s+$/i;
const EMERGENCY_AFTER = /^\s*(?:calls?|callers?|dispatch(?:ers?)?|operators?|system|cent(?:er|re)|emergency|line|services?)\b/i;

/** "a tip to 911", "dialled 999", "a 911 dispatcher", "Call 9-1-1" (x widened over its digits): an emergency number. */
function emergencyNumber(text: string, x: Expression): boolean {
  const v = x.core.value;
  if (!x.core.plain) return false;
  if (v === 9 || v === 1) {
    // (a dash next to the digit first: most 9s and 1s stand alone)
    if (text.charCodeAt(x.core.end) !== 45 && text.charCodeAt(x.core.start - 1) !== 45) return false;
    const base = Math.max(0, x.start - 5);
    const m = /(?:^|[^\d-])9-1-1(?![\d-])/.exec(text.slice(base, x.end + 5));
    const at = m ? base + m.index + m[0].length - 5 : -1;
    if (at < 0 || at > x.start || x.start >= at + 5) return false;
    x.start = at;
    x.end = at + 5;
    return true;
  }
  return !x.range && (v === 911 || v === 999 || v === 112) && (EMERGENCY_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start)) || EMERGENCY_AFTER.test(text.slice(x.end, x.end + 16)));
}

/** Words near a Boeing model number that say it is the plane ("Boeing 747", "no mere 747" after "Air Force One"). */
const AIRCRAFT_NEAR = /\b(?:Boeing|Air Force One|jets?|jumbo|jetliners?|airliners?|aircraft|planes?|airplanes?|freighters?|Dreamliner|airlines?|fleet)\b/i;

/** "Boeing 747", "a 737 Max", "is no mere 747": a Boeing jet's model number (707 to 787), within a sentence or so of a word of flying. */
function isJetModel(text: string, x: Expression): boolean {
  const v = x.core.value;
  if (!x.core.plain || x.core.intDigits !== 3 || v % 10 !== 7 || v < 707 || v > 787 || x.unit || x.qualifier || x.range) return false;
  // ("the plane carried 747 passengers": a count of what follows it)
  const next = /^ ([a-z]+)/.exec(text.slice(x.end, x.end + 16))?.[1] ?? '';
  if (/[^s]s$/.test(next) && !AIRCRAFT_NEAR.test(next)) return false;
  return AIRCRAFT_NEAR.test(text.slice(Math.max(0, x.start - 60), x.end + 30));
}

/** "A.D. 800 and 950", "800 BC", "around 500 BC", "5,316 BCE": a year of an era (widens x over a second year). */
function eraYear(text: string, x: Expression): boolean {
  if (x.unit || x.percent || x.currency) return false;
  // (most numbers have no era's letter, A, B or C, before or after them: a cheap test first)
  const after = text.charCodeAt(skipSpaces(text, x.end));
  const before = text.charCodeAt(x.core.start - 2);
  if (after !== 65 && after !== 66 && after !== 67 && after !== 40 && before !== 46 && before !== 68 && before !== 69 && before !== 67) return false;
  if (!(x.core.plain || /^\d{1,3}(?:,\d{3})+$/.test(text.slice(x.core.start, x.core.end)))) return false;
  // ("as early as 500 BC by the Romans": the era's letters, whatever follows them)
  if (!ERA.test(tokenBefore(text, x.core.start - 1).token) && !ERA_AFTER.test(text.slice(skipSpaces(text, x.end), skipSpaces(text, x.end) + 8))) return false;
  const m = /^ (and|to|or) \d{1,4}\b|^[-–]\d{1,4}\b/.exec(text.slice(x.end, x.end + 10));
  if (m) x.end += m[0].length;
  return true;
}

function eventRule(text: string, x: Expression): Reject | undefined {
  // "100- and 200-meter world record-holder": the first of two events shares the second's unit
  const shared = text.charCodeAt(x.core.end) === 45 ? /^-\s+(?:and|or)\s+[\d,]+-?(?:meter|metre|m)s?\s+([a-z]+)/i.exec(text.slice(x.core.end, x.core.end + 40)) : null;
  if (shared && !x.unit && EVENT_WORDS.has(shared[1]!.toLowerCase())) return 'name';
  if (!x.unit || x.qualifier || x.range) return undefined;
  const unitWord = text.slice(x.core.end, x.end).toLowerCase();
  if (!/^-?(meter|metre|m|mile|yard|k|km)s?$/.test(unitWord.replace(/^ /, ''))) return undefined;
  const next = wordAt(text, skipSpaces(text, x.end));
  const prev = wordBefore(text, x.start).word;
  // ("is a 26.2-mile race", "the 13.1-mile race": a length in a decimal tells a race's course, names no event)
  if (!Number.isInteger(x.core.value)) return undefined;
  return EVENT_WORDS.has(next) || prev === 'indoor' || prev === 'outdoor' ? 'name' : undefined;
}

/** Words after "4K" that make it a display resolution ("4K TV", "8K video"). */
const RESOLUTION_NEXT = new Set(['tv', 'tvs', 'television', 'televisions', 'video', 'videos', 'resolution', 'display', 'displays', 'screen', 'screens', 'monitor', 'monitors', 'camera', 'cameras', 'content', 'streaming', 'ultra', 'uhd', 'hdr', 'footage', 'projector', 'blu']);
/** What "4K" counts when it is four thousand ("4K followers"), not a resolution. */
const THOUSANDS_NEXT = new Set(['followers', 'views', 'likes', 'subscribers', 'fans', 'people', 'runners', 'words', 'users', 'downloads', 'members', 'jobs', 'homes', 'votes']);
/** A display resolution's name, one end of a range of them: "4K", "8K", "1080p", "1,440p" (a standard number of lines). */
const RESOLUTION_NAME = /^(?:[48]K|(?:240|360|480|540|576|720|900|1080|1,080|1440|1,440|2160|2,160|4320|4,320)p)$/;
/** "4K TV", "in native 4K", "1080p": a display resolution's name, not four thousand (or pence). */
export function resolutionRule(text: string, x: Expression): boolean {
  // (every name ends in "K" or "p", and so does a range of them: most figures end in neither)
  const last = text.charCodeAt(x.end - 1);
  if (last !== 75 && last !== 112) return false;
  const printed = text.slice(x.core.start, x.end);
  // "resolutions between 1080p and 4K": both ends name resolutions (a range ending in "1080p" is not read as pence)
  if (x.range && !/[$£€¥]/.test(text.slice(x.start, x.end))) return printed.split(/\s+(?:and|to|or)\s+|\s*[-–]\s*/).every((end) => RESOLUTION_NAME.test(end));
  if (x.currency || x.qualifier) return false;
  const next = wordAt(text, skipSpaces(text, x.end));
  // "native 4K", "in 4K at 30 FPS", "1080p": the name alone (four thousand only before what it counts)
  if (RESOLUTION_NAME.test(printed) && /[\s.,;:!?)”"’]/.test(text[x.end] ?? ' ')) return !THOUSANDS_NEXT.has(next.toLowerCase());
  if (x.end - x.core.start > 3 || text[x.end - 1] !== 'K') return false;
  return RESOLUTION_NEXT.has(next);
}
