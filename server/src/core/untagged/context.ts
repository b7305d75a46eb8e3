// Context rules: what makes a number read as a date, a year, a time, a name or code, a label,
// a list marker, an event name, a pronoun "one", an idiomatic fraction or an age rather than a
// figure. Each rule looks only at the words right next to the expression.
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';
import { gluedSide, type Reject } from './number';
import * as places from './places';
import * as yearOrTime from './yearOrTime';
import * as catalogue from './catalogue';
import * as events from './events';
import * as pronounOne from './pronounOne';
import * as numberNames from './numberNames';
import * as designations from './designations';
import * as positions from './positions';

// Local bindings: read once, not through the module object on every character.
const { FRACTIONS: FRACTION_WORDS, EVENT_WORDS, LABEL_NOUNS, MONTHS, NOT_NAME_WORDS, ONE_PRONOUN_NEXT, ONE_PRONOUN_PREV, SOMEDAY_PREV, SPEECH_VERBS } = lexicon;
const { atSentenceStart, isDigit, isLetter, isSpace, isUpper, lastNonSpace, lowerOf, lowerSlice, skipSpaces, tokenBefore, wordAt, wordBefore, wordStart } = scan;
const { placeRule, resolutionRule } = places;
const { yearOrTimeRule } = yearOrTime;
const { catalogueRule } = catalogue;
const { eventRule, gluedEventRule, spacedEventRule, suspendedRule } = events;
const { pronounOneRule } = pronounOne;
const { calibreRule, gluedChange, gluedSectionRule, inOrderRule, pairedBandRule, possessiveNameRule, releaseNameRule, repeatedCodeRule, unitDesignationRule } = designations, { battalionRule, identifierRule, positionRule } = positions;
const { extendNameList, indexBaseRule, kRaceRule, markerRule, relayLegsRule, roadRule, scaledOrdinal, sentenceStartName, wordNameRule } = numberNames;

/** A month and its day, maybe more days, then "and"/"or"/"&" right before a number. */
const DAY_LIST_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? [0-3]?\d(?:, [0-3]?\d)*(?:,? (?:and|or|&)|,) $/;
/** The rest of a list of days after one of them: ", 5 and 6", " and 5". */
const DAY_LIST_AFTER = /^(?:, [0-3]?\d)*,? (?:and|or|&) [0-3]?\d\b/;

/** A page name's namespaces before its title ("Category:", "Wikinews:Briefs/"), made once (a \p{...} literal may be made afresh per call). */
const NAMESPACES = /^(?:[\p{L}\d_-]*[:/](?=\p{L}))+/u;
/** A name hyphened to a lower-case word at the token's end ("MLB-worst"), made once as NAMESPACES is. */
const HYPHENED_LOWER = /-\p{Ll}+$/u;
/** A glued "No." or "Nos." right before a number ("at No.6"), made once as NAMESPACES is. */
const GLUED_NO = /(?:^|[^\p{L}])N[Oo]s?\.$/u;
/** Brackets and quote marks that may open the token before a number ("[[Page 1133]]", "``Sec. 122."). */
const OPENERS = '([`"“‘';
/** Punctuation that closes the token before a number, ending its clause ("Apple, 10"). */
const CLOSERS = '.,;:!?)';

/** Marks `x` as a date when a month name sits next to it, and widens it over the whole date. */
function dateRule(text: string, x: Expression): boolean {
  // "2022-11-01": the day of an ISO date (its year and month are a year and a code already)
  if (x.core.plain && x.core.intDigits <= 2 && text.charCodeAt(x.start - 1) === 45 && /(?:^|[^\d-])\d{4}-\d{1,2}-$/.test(text.slice(Math.max(0, x.start - 9), x.start))) { x.reject = 'date'; return true; }
  // "2005 05 20": a date written with spaces, month and day zero-padded after the year
  if (x.core.plain && x.core.intDigits === 2 && text[x.core.start] === '0' && /(?:^|\D)(?:19|20)\d{2} $/.test(text.slice(Math.max(0, x.start - 6), x.start))) {
    const day = /^ [0-3]\d(?!\d)/.exec(text.slice(x.end, x.end + 4));
    if (day) { x.end += day[0].length; x.reject = 'date'; return true; }
  }
  // "on July 9 and 10", "March 3, 4 and 5": the later days of a month's list of days
  // (after a comma only when the list goes on to its "and": "On March 3, 4 people died" counts people)
  if (x.core.plain && x.core.intDigits <= 2 && !x.unit && !x.range && x.core.value >= 1 && x.core.value <= 31 && (text.charCodeAt(x.start - 2) === 100 || text.charCodeAt(x.start - 2) === 114 || text.charCodeAt(x.start - 2) === 38 || text.charCodeAt(x.start - 2) === 44) && DAY_LIST_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start))
    && (!/, $/.test(text.slice(x.start - 2, x.start)) || DAY_LIST_AFTER.test(text.slice(x.end, x.end + 30)))) { x.reject = 'date'; return true; }
  // months are capitalised: look closer only when a capital sits right before or after
  const b = skipSpacesBackLocal(text, x.core.start);
  const prevCap = b > 0 && isLetter(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 46;
  let after = skipSpaces(text, x.end);
  const nextCap = isUpper(text.charCodeAt(after));
  if (!prevCap && !nextCap) return false;
  // ("Category:July 23, 2010", "Wikinews:Briefs/April 21, 2012": a page name's month after its namespaces)
  // (the namespace pattern tried only on a token that has ":" or "/": most have neither)
  // (and the token read only when the letters that end it, before a dot or comma, are a month: a
  // month the token ends with is those letters, whatever opens it)
  // (the token itself read only then: most words before a number are no month)
  const before = prevCap && monthEndsAt(text, b) ? tokenBefore(text, x.core.start - (isSpace(text.charCodeAt(x.core.start - 1)) ? 1 : 0)) : undefined;
  const opened = before ? before.token.replace(/^[(\["“‘'`—–-]+/, '') : '';
  const prevWord = opened !== '' ? (/[:/]/.test(opened) ? opened.replace(NAMESPACES, '') : opened).replace(/[.,]$/, '').toLowerCase() : '';
  const nextWord = nextCap ? wordAt(text, after) : '';
  if (!MONTHS.has(prevWord) && !MONTHS.has(nextWord)) return false;
  // (money, a measure or a share before a month is no day: "$45.4 billion January to September 2017" in a table's row)
  if (!MONTHS.has(prevWord) && (x.currency || x.unit || x.percent)) return false;
  if (prevWord === 'may' && !isUpper(text.charCodeAt(before!.start + before!.token.length - opened.length))) return false;
  if (MONTHS.has(nextWord)) after += nextWord.length;
  // "March 22, 2024", "2 February 2023"
  const y = /^,? ?\d{4}\b/.exec(text.slice(after, after + 7));
  x.end = y ? after + y[0].length : Math.max(x.end, MONTHS.has(nextWord) ? after : x.end);
  x.reject = 'date';
  return true;
}

/** True when the letters that end at `end` (before one dot or comma there) are a month's name. */
function monthEndsAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  const e = c === 46 || c === 44 ? end - 1 : end;
  const s = wordStart(text, e);
  // (sliced only when the word has a month's length and initial: j, f, m, a, s, o, n or d)
  const f = text.charCodeAt(s) | 32;
  if (e - s < 3 || e - s > 9 || !(f === 106 || f === 102 || f === 109 || f === 97 || f === 115 || f === 111 || f === 110 || f === 100)) return false;
  return MONTHS.has(lowerSlice(text, s, e));
}

function skipSpacesBackLocal(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Elements whose isotopes are named with a hyphened mass number ("carbon-14", "uranium-235"). */
const ELEMENTS = new Set(['hydrogen', 'helium', 'carbon', 'nitrogen', 'oxygen', 'sodium', 'potassium', 'calcium', 'argon', 'chlorine', 'cobalt', 'iodine', 'cesium', 'caesium',
  'strontium', 'krypton', 'xenon', 'radon', 'radium', 'thorium', 'uranium', 'plutonium', 'americium', 'polonium', 'technetium', 'beryllium', 'lead', 'iron', 'nickel', 'tritium']);

/** Names and codes: "F-16", "G7", "Boeing 737", "S&P 500", "World War Two"; labels: "day 2", "grade three". */
function nameRule(text: string, x: Expression): Reject | undefined {
  const s = x.core.start;
  if (x.currency || x.qualifier) return undefined;
  if ((x.core.value === 2 || x.core.value === 3) && /^\s+pointers?\b/i.test(text.slice(x.end, x.end + 10))) return 'name'; // "off of three pointers": a kind of shot
  // "get_pdf.cfm?pub_id=914109", "https://example.org/2024/05/12": a web address's digits name a page (also "fema.gov/disaster/4834", no scheme)
  // (looked for only after a character a web address puts before digits: most figures follow a space)
  if ('=/_.?&#:-'.includes(text[s - 1] ?? ' ') && /(?:https?:\/\/|www\.|\b[a-z0-9-]+\.(?:gov|com|org|net|edu|mil|int|us|uk|ca|au|nz|io|info)\/)\S*$/i.test(text.slice(Math.max(0, s - 120), s))) return 'code';
  const c1 = text.charCodeAt(s - 1);
  // "Omicron BA.2", "PM2.5" after capitals: a code
  if (c1 === 46 && isUpper(text.charCodeAt(s - 2)) && isUpper(text.charCodeAt(s - 3))) return 'name';
  if (isLetter(c1) || (c1 === 0x2d && isLetter(text.charCodeAt(s - 2)))) {
    if (c1 !== 0x2d) return (c1 === 120 && isDigit(text.charCodeAt(s - 2)) && gluedSide(text, s)) || gluedChange(text, x) ? undefined : 'name'; // (not "10x10x10 cm"'s next sides, nor "up0.1 million tons")
    const { word, start } = wordBefore(text, s - 1);
    const raw = text.slice(start, s - 1);
    // "F-16", "Su-34", "COVID-19" are codes; "carbon-14", "uranium-235" isotopes; "magnitude-6.6" is a measure
    // "our number-one priority", "the number-2 official": a rank
    if (word === 'number' || LABEL_NOUNS.has(word)) return 'label';
    return word.length <= 3 || (/[A-Z]/.test(raw) && word !== 'magnitude') || ELEMENTS.has(word) ? 'name' : undefined; // (a headline's "Magnitude-5.3" measures)
  }
  // "a source known as 121102", "a rover dubbed 2020": what follows "known as" or "dubbed" names it
  // (tried only after a last letter s or d)
  const sd = text.charCodeAt(lastNonSpace(text, s)) | 32;
  if (x.core.plain && !x.unit && !x.percent && !x.range && (sd === 115 || sd === 100)
    && /\b(?:known as|dubbed)\s+$/i.test(text.slice(Math.max(0, s - 16), s))) return 'name';
  // "Doc. #148", "ranked #3": a number after a hash sign is a label (and "came in at No.6": after a glued "No.")
  if ((c1 === 35 || (c1 === 46 && GLUED_NO.test(text.slice(Math.max(0, s - 5), s)))) && !x.unit && !x.percent && !x.range) return 'label';
  if (!isSpace(c1)) return undefined;
  const { token, start } = tokenBefore(text, s - 1);
  // "(Doc. # 270)": a number after a spaced hash sign is a label
  if (token === '#' && !x.unit && !x.percent && !x.range) return 'label';
  // "H. Res. 863", "S. J. Res. 4": a resolution's number, its abbreviation spaced
  if (x.core.plain && !x.unit && !x.percent && text.startsWith('Res. ', s - 5) && /(?:^|[\s(\[])[HS]\. ?(?:J\. ?|Con\. ?)?Res\. $/.test(text.slice(Math.max(0, s - 16), s))) return 'label';
  // "Washington, D.C. 20594", "N.Y. 10001-2345": a ZIP code after a dotted state abbreviation
  // ("Washington, D. C. 20554": the abbreviation's letters spaced in a copy)
  if (x.core.plain && x.core.intDigits === 5 && !x.unit && (/^(?:[A-Z]\.){2,3},?$/.test(token) || (/^[A-Z]\.,?$/.test(token) && /(?:^|[\s,])[A-Z]\. $/.test(text.slice(Math.max(0, start - 4), start))))) { const z4 = /^-\d{4}\b/.exec(text.slice(x.end, x.end + 6)); if (z4) x.end += z4[0].length; return 'name'; }
  // "Factual Basis at ¶ 4", "Compl. ¶¶ 9-10": a paragraph of a filing; "[Doc. 57 at 14]", "Id. at 6": a pin cite
  if ((token === '¶' || token === '¶¶') && !x.unit && !x.percent) return 'label';
  if (!x.unit && !x.percent && !x.currency && text.startsWith(' at ', s - 4) && /(?:\b[Ii]d\.|\bDoc\. (?:No\. |#)?\d+) at $/.test(text.slice(Math.max(0, s - 24), s))) return 'label';
  // ("[[Page 1133]]", "``Sec. 122."): brackets and quote marks before the word are no part of it
  // (read by character: most tokens open with a letter and have no "'s")
  let lead = 0;
  while (OPENERS.includes(token[lead] ?? 'a')) lead++;
  if (!isLetter(token.charCodeAt(lead))) return undefined;
  const s2 = token.charCodeAt(token.length - 2);
  const bare = token.charCodeAt(token.length - 1) === 115 && (s2 === 0x2019 || s2 === 39) && token.length - 2 > lead ? token.slice(lead, -2) : token.slice(lead);
  const lower = lowerOf(bare);
  // "H.R. 1", "S. 2155": a bill's number
  // ("(H.R. 2347)": also after a bracket)
  const billToken = token.slice(lead);
  // ("SA 1143": a Senate amendment's number)
  if ((billToken === 'SA' || billToken === 'SB' || billToken === 'AB' || billToken === 'HB' || billToken === 'H.Amdt.' || billToken === 'S.Amdt.' || billToken === 'H.R.' || billToken === 'S.' || billToken === 'H.B.' || billToken === 'S.B.' || billToken === 'H.Res.' || billToken === 'S.Res.') && x.core.plain && !x.unit && !x.percent) return 'label';
  // "DOT HS 812 946": digits grouped by a space after a code in capitals are a report number
  if (!x.unit && !x.percent && !x.range && x.end - x.core.start === 7 && /^[A-Z]{2,5}$/.test(token) && /^\d{3} \d{3}$/.test(text.slice(x.core.start, x.end))) return 'name';
  // "the district's 4,300 students": a possessive names the owner, not a label
  // "world No. 1", "Nos. 3 and 4": the abbreviation keeps its dot
  // "Sec. 2", "Doc. 77", "p. 5", "pp. 12": abbreviated labels of statutes, filings and pages
  const abbreviated = lower === 'no.' || lower === 'nos.' || lower === 'apt.' || lower === 'vol.' || lower === 'sec.' || lower === 'secs.' || lower === 'doc.' || lower === 'dkt.' || lower === 'p.' || lower === 'pp.' || lower === 'para.' || lower === 'art.' || lower === 'ch.';
  // ("finished the trading day 0.5% higher": a percentage or a sum of money is never a label)
  // ("chose to release 10.5 floors": the verb, not "Release 12 of 53")
  const verbRelease = lower === 'release' && bare === lower && /\bto\s+$/i.test(text.slice(Math.max(0, x.start - 20), x.start - bare.length - 1));
  if (LABEL_NOUNS.has(lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower) && !verbRelease && !x.percent && !x.currency && (!/[.,;:]$/.test(token) || abbreviated) && bare.length === token.length - lead) {
    // "Tables 1, 2, and 2A": the whole list is labels (and "Category 3, 4, or 5": a list that ends in "or"/"and")
    if (lower.replace(/\.$/, '').endsWith('s')) { const list = /^(?:,? (?:and |or |& )?\d+[A-Za-z]?\b)+/.exec(text.slice(x.end, x.end + 40)); if (list) x.end += list[0].length; }
    // (the next few labels in order: "Grade 3 and 45 students" is a label and a count)
    else { const list = /^(?:, \d{1,2}\b)*,? (?:and|or) \d{1,2}\b/.exec(text.slice(x.end, x.end + 40)); if (list && inOrder(x.core.value, list[0])) x.end += list[0].length; }
    // "Release 12 of 53", "page 3 of 10": the count of the series is part of the label
    const of = / of \d+\b/y;
    of.lastIndex = x.end;
    if (of.test(text)) x.end = of.lastIndex;
    return 'label';
  }
  // "chief warrant officer 2", "Petty Officer 3rd Class": a grade of rank
  if (lower === 'officer' && x.core.plain && !x.unit && /\b(?:warrant|petty) $/i.test(text.slice(Math.max(0, start - 8), start))) return 'label';
  // "Core i7 4790k", "an i9 13900K": a number after a chip's lower-case code is its model number
  if (bare.length <= 4 && isDigit(bare.charCodeAt(bare.length - 1)) && /^[a-z]{1,2}\d{1,2}$/.test(bare) && !/^(?:km|m|cm|mm|ft|in|mi)[23]$/.test(bare) && !x.range && /^\d{3,5}[a-zA-Z]{0,2}$/.test(text.slice(x.core.start, x.end))) return 'name';
  // "iPhone 15", "eBay 2": a capital inside a word names a product as a capital first letter does
  const named = isUpper(bare.charCodeAt(0)) || ((isUpper(bare.charCodeAt(1)) || isUpper(bare.charCodeAt(2))) && /^[a-z]{1,2}[A-Z][a-zA-Z]*$/.test(bare));
  // ("an MLB-worst 17 times", "a US-based 40 firms": a name hyphened to a lower-case word is an adjective)
  if (!named || NOT_NAME_WORDS.has(lower) || MONTHS.has(lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower) || CLOSERS.includes(token[token.length - 1] ?? 'a')
    || (bare.includes('-') && HYPHENED_LOWER.test(bare))) return undefined;
  if (atSentenceStart(text, start)) return sentenceStartName(text, x, bare, lower) ? 'name' : undefined;
  if (x.unit || x.percent || x.range || !(x.core.plain || x.core.words)) return undefined;
  // "Apple Sells 10 Million iPhones", "Why Are One in Five Homes Offline": a scale word or a proportion makes it an amount, not a model number
  if (x.end > x.core.end && SCALE_AFTER.test(text.slice(x.core.end, x.end))) return undefined;
  return 'name';
}

/** True when the numbers of `list` follow `first` closely in order ("3" then ", 4, or 5"). */
function inOrder(first: number, list: string): boolean {
  let previous = first;
  for (const n of list.match(/\d+/g) ?? []) { if (Number(n) <= previous || Number(n) > previous + 3) return false; previous = Number(n); }
  return true;
}

/** "(1).", "(2,3).", "(4–6);": a reference mark in brackets closing a sentence or clause ("(18)," may be a count); "rates of 1) deaths, 2) visits": list marks. */
function citationRule(text: string, x: Expression): Reject | undefined {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.core.intDigits > 2) return undefined;
  if (text[x.start - 1] === '(' && isSpace(text.charCodeAt(x.start - 2))) {
    // the whole bracket: numbers joined by commas or dashes, then ")" and a clause's end
    const m = /^(?:[,–-]\d{1,3})*\)(?=[.;]|$)/.exec(text.slice(x.end, x.end + 24));
    // ("in 1946 (1)." : also after a year)
    if (m && (isLetter(text.charCodeAt(x.start - 3)) || isDigit(text.charCodeAt(x.start - 3))) || m && /[.,;:)\]*”"]/.test(text[x.start - 3] ?? '')) { x.end += m![0].length - 1; return 'list'; }
  }
  // "(b) Availability.-- (1) Hollings manufacturing": a statute's enumeration after a dash, colon or semicolon
  if (text[x.start - 1] === '(' && text[x.end] === ')' && text[x.end + 1] === ' ' && x.core.value <= 50 && /(?:--|—|:|;|["“])\s*\($/.test(text.slice(Math.max(0, x.start - 5), x.start))) return 'list';
  // "1) fatalities ..., 2) hospitalizations": a list mark inside a line, no bracket open before it
  if (text[x.end] === ')' && isSpace(text.charCodeAt(x.end + 1)) && isLetter(text.charCodeAt(x.end + 2)) && text[x.start - 1] !== '(' && isSpace(text.charCodeAt(x.start - 1))) {
    const before = text.slice(Math.max(0, x.start - 120), x.start);
    const open = before.lastIndexOf('(');
    if (open < 0 || before.lastIndexOf(')') > open) {
      const line = before.lastIndexOf('\n');
      // a list runs: another mark "N)" before it on the line, or the next one after it
      if (/(?:^|\s)\d{1,2}\) \S/.test(before.slice(line + 1)) || /^\) [^\n]{0,160}?\s\d{1,2}\) \S/.test(text.slice(x.end, x.end + 170))) return 'list';
    }
  }
  return undefined;
}

/** "§§ 841(a)(1), 841(b)(1)(C), and 846": the numbers of a list of sections after "§§". */
const SECTION_LIST_BEFORE = /§§\s*(?:[\dA-Za-z.-]+(?:\s?\([0-9A-Za-z]+\))*\s*(?:,\s*and|,\s*or|,|and|or)\s*)+$/;

/** True for the last characters SECTION_LIST_BEFORE can match before its trailing white space: "d", "r", ",". */
const endsSectionList = (c: number): boolean => c === 100 || c === 114 || c === 44;

/** "401(k)", "501(c)": a section number with its letter in brackets is a code. */
function bracketCodeRule(text: string, x: Expression): boolean {
  // ("Local Civil Rule 78.1(b)": a decimal section number too)
  if (x.end !== x.core.end) return false;
  // (every test below wants a bracket next to the number, or a list of sections ending in "and", "or" or "," before it; read by character code)
  if (text.charCodeAt(x.start - 1) !== 40 && text.charCodeAt(x.end) !== 40 && !endsSectionList(text.charCodeAt(lastNonSpace(text, x.start)))) return false;
  if (!(x.core.plain || /^\d+\.\d+$/.test(text.slice(x.start, x.end)))) return false;
  // "841(b)(1)(C)", "§ 3582(c)(1)(A)": a subsection number in brackets after another bracket
  if (text[x.start - 1] === '(' && text[x.start - 2] === ')' && text[x.end] === ')') return true;
  if (SECTION_LIST_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start))) return true;
  if (/^\([a-z]\)/.test(text.slice(x.end, x.end + 3))) return true;
  // "Sections 206(2)", "Rule 78.1(b)": a section with its subsection in brackets; "881(a) (7)": the next subsection
  if (/^\((?:\d{1,2}|[a-z]{1,4})\)(?:[\s(,;.-]|$)/i.test(text.slice(x.end, x.end + 7))) return true;
  if (text[x.start - 1] === '(' && text[x.end] === ')' && /\(\w{1,4}\) $/.test(text.slice(Math.max(0, x.start - 8), x.start - 1))) return true;
  // "Rule 206(4)-(7)": a subsection's number in brackets glued to its section
  if (text[x.start - 1] === '(' && text[x.end] === ')' && /[0-9A-Za-z]/.test(text[x.start - 2] ?? '')) return true;
  // "71(35);1101–1108", "12(3):45": a journal's volume(issue);pages
  if (/^\(\d{1,4}\)[;:] ?\d/.test(text.slice(x.end, x.end + 9))) return true;
  return text[x.start - 1] === '(' && isDigit(text.charCodeAt(x.start - 2)) && /^\)[;:] ?\d/.test(text.slice(x.end, x.end + 4));
}

/** "a 3-under 69", "a 5-under-par 67", "an even-par 72": a golf round's score. */
function golfRule(text: string, x: Expression): boolean {
  // ("even for the front nine. On the back nine": a round's halves by name)
  if (x.core.words && x.core.value === 9 && !x.qualifier && /\b(?:front|back)\s+$/i.test(text.slice(Math.max(0, x.start - 6), x.start))) return true;
  if (!x.core.plain || x.unit || x.qualifier || x.core.value < 55 || x.core.value > 90) return false;
  return /(?:\d|even|one|two|three|four|five|six|seven|eight|nine|ten)-(?:under|over)(?:-par)?\s$|even-par\s$/i.test(text.slice(Math.max(0, x.start - 16), x.start));
}

/** "10. Luis Suárez" at the start of a line: a list number. */
function listRule(text: string, x: Expression): boolean {
  let k = x.core.start;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const lineStart = k === 0 || text.charCodeAt(k - 1) === 10;
  const c = text[x.end];
  return lineStart && x.core.plain && (c === '.' || c === ')') && isSpace(text.charCodeAt(x.end + 1));
}

const SCALE_AFTER = /^ (?:hundred|thousand|million|billion|trillion|(?:in|out of(?: every)?) [\w]+)$/i;

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'last', 'final']);

/** "half-time", "first half", "a third state", "third quarter": not fractions. */
/** Words before "half" that make it a part of a place ("the southern half of California"). */
const PLACE_HALVES = new Set(['northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'top', 'bottom', 'left', 'right', 'north', 'south', 'east', 'west']);

function fractionRule(text: string, x: Expression): boolean {
  if (!x.core.fraction) return false;
  const word = wordAt(text, x.core.start);
  // "advanced for a third day", "a fifth straight week": a place in a run, not a fraction of a day
  if (ORDINAL_FRACTIONS.has(word) && text.charCodeAt(x.core.end) !== 0x2d && RUN_AFTER.test(text.slice(x.core.end, x.core.end + 16))) return true;
  // "one-fifth", "three-quarters" are fractions whatever surrounds them
  if (x.core.start !== x.start || !FRACTION_WORDS.has(word)) return false;
  const hyphenated = text.charCodeAt(x.core.start - 1) === 0x2d || text.charCodeAt(x.core.end) === 0x2d;
  const prev = wordBefore(text, x.core.start).word;
  // ("a half-mile in", "a half-hour": one half of a unit hyphened to it is a length or a time; "half-time" is none)
  if (text.charCodeAt(x.core.end) === 0x2d) return !(prev === 'a' && (word === 'half' || word === 'quarter') && HALF_UNIT.test(text.slice(x.core.end, x.core.end + 8)) && (word === 'half' || text.startsWith('-point', x.core.end)));
  // "second-quarter 2019", "first-half profit": a period, not a fraction
  if (text.charCodeAt(x.core.start - 1) === 0x2d && ORDINAL_WORDS.has(wordBefore(text, x.core.start - 1).word)) return true;
  // "the fairing halves": halves without a count are parts, not a fraction
  if (word === 'halves') return true;
  // ("the southern half of California", "the upper half": a part of a place, no share)
  // (nor "the rest of the half was evenly matched": a match's half, told by what it did)
  // (nor "with 2:44 left in the half", "led at the half", "level at half time": the half a game is in)
  if (word === 'half') return /^ (?:marathon(?:er)?s?|time)\b/.test(text.slice(x.core.end, x.core.end + 13)) || prev === 'first' || prev === 'second' || prev === 'latter' || prev === 'former' || prev === 'back' || prev === 'front' || prev === 'and' || prev === 'other' || PLACE_HALVES.has(prev) || (prev === 'the' && (/^ (?:was|is|ended|began|finished|wore|went)\b/.test(text.slice(x.end, x.end + 10)) || (/\b(?:left in|at|into|of)\s+the\s+$/i.test(text.slice(Math.max(0, x.start - 16), x.start)) && /^\s*[.,;:)]/.test(text.slice(x.end, x.end + 3)))));
  if (hyphenated) return false;
  // "a quarter million people": a fraction of a scale word is a number
  if ((prev === 'a' || prev === 'one') && /^ (?:thousand|million|billion|trillion)$/i.test(text.slice(x.core.end, x.end))) return false;
  const after = skipSpaces(text, x.end);
  const next = wordAt(text, after);
  const ends = after >= text.length || /[.,;:!?()]/.test(text[after]!);
  // ("a fifth lower than the peak", "a third more": a fraction of a comparison is a figure)
  return !((prev === 'a' || prev === 'one') && (next === 'of' || ends || COMPARED.has(next) || (next === 'point' && (word === 'quarter' || word === 'half'))));
}

/** Fraction words that are also ordinals ("a third day"; not "half", "quarter"), and what follows one in a run ("a fifth straight week"). */
const ORDINAL_FRACTIONS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const RUN_AFTER = /^ (?:(?:straight|consecutive|successive|day|week|month|year|session|time|round|term|season|game|match|quarter|night)\b)/i;

/** A unit hyphened to "half" ("-mile", "-hour"; "-point" also to "quarter": "a quarter-point cut"). */
const HALF_UNIT = /^-(?:mile|inch|foot|hour|acre|pound|ounce|gallon|point)(?![\p{L}-])/u;

/** Comparatives a fraction may measure ("a fifth lower"). */
const COMPARED = new Set(['lower', 'higher', 'more', 'less', 'fewer', 'smaller', 'larger', 'bigger', 'greater', 'cheaper', 'dearer']);

/** Ages: "Kiptum, 23,", "aged 30", "24-year-old" (figures only when vague quantities are on). */
export function isAge(text: string, x: Expression): boolean {
  if (x.age) return true;
  if (!x.core.plain || x.unit || x.qualifier || x.range || x.core.value > 120) return false;
  if (wordBefore(text, x.start).word === 'aged') return true;
  // "aged 19, 22 and 25": the rest of the list are ages too
  const b = text.charCodeAt(x.start - 2);
  if ((b === 44 || b === 100 || b === 114) && /\baged \d{1,3}(?:, \d{1,3})*,? (?:and |or )?$/.test(text.slice(Math.max(0, x.start - 40), x.start))) return true;
  if (text[x.start - 2] !== ',' || text[x.end] !== ',') return false;
  const { token } = tokenBefore(text, x.start - 1);
  // "Kiptum, 23,"; "his wife, 43, have": an appositive age after a name or a noun, words on both sides
  return isUpper(token.charCodeAt(0)) || (/^[a-z]+,$/.test(token) && isLetter(text.charCodeAt(x.end + 2)));
}

/** "0800 123 4567", "+44 20 7946 0958": a telephone number in groups (widens x over it). */
function phoneRule(text: string, x: Expression): boolean {
  const s = x.core.start;
  if (usPhone(text, x)) return true;
  if (!(text.charCodeAt(s - 1) === 43 || (text.charCodeAt(s) === 48 && x.core.intDigits >= 2))) return false;
  const m = /^(?:[ .-]\d{2,4}){2,4}(?!\d)/.exec(text.slice(x.core.end, x.core.end + 20));
  if (!m || x.core.end !== x.end && !x.range) return false;
  x.start = text.charCodeAt(s - 1) === 43 ? s - 1 : s;
  x.end = x.core.end + m[0].length;
  x.reject = 'code';
  return true;
}

/** "888-327-4236", "1-800-555-0199", "202.366.0209", "202–606–2649" (en dashes): a North American number in 3-3-4 groups (widens x over it). */
function usPhone(text: string, x: Expression): boolean {
  const s = x.core.start;
  if (x.core.words || !(x.core.intDigits === 3 || (x.core.intDigits === 1 && text.charCodeAt(s) === 49))) return false;
  const c0 = text.charCodeAt(s - 1);
  if (isDigit(c0) || c0 === 45 || c0 === 46) return false;
  // (a dash or dot after the first group, or after a leading 1: looked for before the pattern is tried)
  if (!isDashOrDot(text.charCodeAt(s + 3)) && !isDashOrDot(text.charCodeAt(s + 1))) return false;
  // ("1-800-621-FEMA (3362)", "1-800-621-FEMA/3362": a number's last group in letters, then their digits)
  // ("1- 888- 835- 5322": a copy of a release's PDF may put a space after each dash)
  const us = /^(?:1([-.–]) ?)?\d{3}([-.–]) ?\d{3}\2 ?(?:\d{4}(?![\d-])|[A-Z]{4,7}\b(?:\/\d{4}\b| \(\d{4}\))?)/.exec(text.slice(s, s + 34));
  if (!us || (us[1] !== undefined && us[1] !== us[2])) return false;
  x.start = s;
  x.end = s + us[0].length;
  x.reject = 'code';
  return true;
}

const isDashOrDot = (c: number): boolean => c === 45 || c === 46 || c === 0x2013;

/** Applies every context rule; sets x.reject (and may widen x over a date) when one fires. */
export function applyContext(text: string, x: Expression): void {
  if (usPhone(text, x)) return;
  if (x.reject) return;
  if (phoneRule(text, x)) return;
  if (dateRule(text, x)) return;
  // "(±1.1%)", "± 0.3 percent": a margin of error, either way (docs/format.md), not reported by default
  if ((text.charCodeAt(x.start - 1) === 0xb1 || text.charCodeAt(x.start - 2) === 0xb1) && /±\s?$/.test(text.slice(Math.max(0, x.start - 2), x.start))) { x.reject = 'margin'; return; }
  x.reject = yearOrTimeRule(text, x) ?? placeRule(text, x) ?? nameRule(text, x) ?? catalogueRule(text, x) ?? citationRule(text, x)
    ?? (listRule(text, x) ? 'list' : eventRule(text, x) || gluedEventRule(text, x) || spacedEventRule(text, x) || suspendedRule(text, x) || resolutionRule(text, x) || roadRule(text, x) || kRaceRule(text, x) || markerRule(text, x) || relayLegsRule(text, x) || wordNameRule(text, x) || unitDesignationRule(text, x) || releaseNameRule(text, x) || pairedBandRule(text, x) || repeatedCodeRule(text, x) || gluedSectionRule(text, x) || calibreRule(text, x) || possessiveNameRule(text, x) || inOrderRule(text, x) || positionRule(text, x) || battalionRule(text, x) ? 'name' : bracketCodeRule(text, x) || indexBaseRule(text, x) || identifierRule(text, x) ? 'code' : golfRule(text, x) ? 'score'
      : pronounOneRule(text, x) ? 'pronoun' : fractionRule(text, x) || scaledOrdinal(text, x.end) ? 'ordinal' : undefined);
  if (x.reject === 'name') extendNameList(text, x);
  if (!x.reject && x.core.words && !x.core.fraction && !x.core.vague) {
    // "a dozen", "a thousand", "a third" keep their article
    const { word, start } = wordBefore(text, x.start);
    // (not "a nineteen percent drop": "a" there is the drop's)
    if (word === 'a' && (/^(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore)\b/i.test(text.slice(x.core.start, x.core.end)) || x.core.fraction)) x.start = start;
  }
  if (!x.reject && x.core.fraction) {
    // "a third", "one-fifth" keep their article; "a two-thirds majority" does not (the count is written)
    if (x.start === x.core.start) {
      const { word, start } = wordBefore(text, x.start);
      if ((word === 'a' || word === 'one') && !text.slice(x.core.start, x.core.end).includes('-')) x.start = start;
    }
    // after a qualifier too: "about half a million"
    growFractionTail(text, x);
  }
  if (isDigit(text.charCodeAt(x.end)) && !x.reject) x.reject = 'code';
}

/** "half a point", "three-quarters of a point", "half an hour", "four-tenths of a percent": the unit after a fraction. */
function growFractionTail(text: string, x: Expression): void {
  // ("half a dozen": six)
  const m = /^ (?:of )?(?:an?|one) (percentage point|percent|per cent|point|hour|minute|second|day|year|month|week|mile|kilometre|kilometer|inch|foot|metre|meter|pound|ton|tonne|gallon|cent|thousand|million|billion|trillion|dozen|decade|century)\b/.exec(text.slice(x.end, x.end + 30));
  if (m) x.end += m[0].length;
  else if (text.charCodeAt(x.end) === 0x2d) { const h = HALF_UNIT.exec(text.slice(x.end, x.end + 8)); if (h) x.end += h[0].length; }
  // ("a half century", "a half dozen", "a quarter point": the unit right after "a half" or "a quarter")
  else if (/\ba (?:half|quarter)$/i.test(text.slice(x.start, x.end))) { const n = /^ (century|decade|dozen|point)\b/.exec(text.slice(x.end, x.end + 10)); if (n && (n[1] === 'point' || /half$/.test(text.slice(x.start, x.end)))) x.end += n[0].length; }
}
