// Numbers that say where or which, not how many: a storm's position ("near latitude 23.0 North,
// longitude 48.6 West"), a place on a football field ("the 20-yard line"), a weight class a
// lifter or a boxer competes in ("the men's 220-pound weight class", "the 90 kilo class") and a
// page's identifier ("News ID: 80318"). A weight class names the division, as "the 100m" names a
// race (events.ts); the lift in it ("squatting 611 pounds") is the figure.
import * as scan from './scan';
import type { Expression } from './expression';

const { skipSpaces, skipSpacesBack, wordAt, wordBefore } = scan;

/** Units of weight a class is named by. */
const CLASS_WEIGHTS = /^-?\s?(?:pounds?|lbs?\.?|kilos?|kilograms?|kgs?)$/i;
/** What follows a weight that names a class: "class", "weight class", "division", "category". */
const CLASS_AFTER = /^\s?(?:weight\s+)?(?:class(?:es)?|division|category)\b/i;
/** The words before a latitude or a longitude. */
const COORDINATE_WORDS = new Set(['latitude', 'longitude', 'lat', 'lon', 'long']);
/** A compass direction written after a coordinate ("23.0 North", "48.6W"). */
const DIRECTION_AFTER = /^\s?(?:north|south|east|west|[NSEW])\b/i;
/** An identifier's label just before its digits: "News ID: 80318", "ID #4521", "ID No. 77". */
const ID_BEFORE = /\bID(?:\s*:|\s*#|\s+No\.)\s*$/;

/** A code in capitals and its groups of digits, each with a hyphen and a space after it, before a number: "AUC- 02- ". */
const SPACED_CODE = /\b[A-Z]{2,5}[- ]\s?(?:\d{1,5}-\s)+$/;

/** A series' capitalised name and "Number" before a document's number: "Advisory Number", "Public Notice Number". */
const NUMBERED_DOCUMENT = /\b\p{Lu}[\p{L}-]+\s+Number\s*$/u;
/** The same in a bulletin's capitals, where every word is one: only a bulletin's own kinds ("ADVISORY NUMBER", not "TOTAL NUMBER"). */
const NUMBERED_BULLETIN = /\b(?:ADVISORY|BULLETIN|DISCUSSION|STATEMENT|UPDATE|NOTICE|MESSAGE|WARNING)\s+NUMBER\s*$/;

/** True for a position on a map or a field, or a weight class: where or which, not how many. */
export function positionRule(text: string, x: Expression): boolean {
  if (x.currency || x.percent || x.range) return false;
  // (each pattern tried only after a character it opens with: the rule runs on every candidate)
  if (!x.unit) {
    // "near latitude 23.0 North, longitude 48.6 West" (the word before ends in e, t, n or g)
    const last = text.charCodeAt(x.start - 2) | 32;
    if (text.charCodeAt(x.start - 1) === 32 && (last === 101 || last === 116 || last === 110 || last === 103) && COORDINATE_WORDS.has(wordBefore(text, x.start).word)) return DIRECTION_AFTER.test(text.slice(x.end, x.end + 8));
    // ("the 90 kilo class": a weight the reader does not know as a unit)
    return text.charCodeAt(x.end) === 32 && (text.charCodeAt(x.end + 1) | 32) === 107 && !x.qualifier && x.core.plain && /^\s?kilos?\s+(?:weight\s+)?class\b/i.test(text.slice(x.end, x.end + 20));
  }
  // "the Bama Bombers' 20-yard line", "the men's 220-pound weight class", "the 90 kg class": a unit opening with y, p, l or k
  const c0 = text.charCodeAt(x.core.end);
  const u = (c0 === 45 || c0 === 32 ? text.charCodeAt(x.core.end + 1) : c0) | 32;
  if (u !== 121 && u !== 112 && u !== 108 && u !== 107) return false;
  const unit = text.slice(x.core.end, x.end);
  if (/^-?\s?yards?$/i.test(unit) && wordAt(text, skipSpaces(text, x.end)) === 'line') return true;
  return CLASS_WEIGHTS.test(unit) && !x.qualifier && CLASS_AFTER.test(text.slice(x.end, x.end + 20));
}

/** True for a battalion's number before its regiment's ("1-31st FA commander", "3-6th ADA", "1-503rd lost"): the unit's name. */
export function battalionRule(text: string, x: Expression): boolean {
  return x.core.plain && !x.unit && !x.percent && !x.currency && !x.range && x.core.intDigits <= 2 && text.charCodeAt(x.end) === 45 && /^-\d{1,3}(?:st|nd|rd|th)\b/.test(text.slice(x.end, x.end + 8));
}

/** True for a page's or a record's identifier after "ID:" ("News ID: 80318"), a numbered document's number ("Advisory Number 14") or a spaced report number's part ("AUC- 02- 43- F"). */
export function identifierRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier) return false;
  // (looked for only after a colon, a hash sign or a dot and a space: most figures follow a word)
  const c = text.charCodeAt(skipSpacesBack(text, x.start) - 1);
  // ("Hurricane Irma Advisory Number 14", "Bulletin Number 3": a numbered document of a series, after its capitalised name)
  // ("HURRICANE MICHAEL ADVISORY NUMBER  22": a bulletin's capitals, the number after two spaces)
  if (c === 114) { const end = skipSpacesBack(text, x.start); return text.startsWith('Number', end - 6) && NUMBERED_DOCUMENT.test(text.slice(Math.max(0, x.start - 40), x.start)); }
  // ("Report No. AUC- 02- 43- F": a report number's parts, a copy's space after each hyphen)
  if (c === 45) return SPACED_CODE.test(text.slice(Math.max(0, x.start - 24), x.start));
  if (c === 82) return NUMBERED_BULLETIN.test(text.slice(Math.max(0, x.start - 30), x.start));
  return (c === 58 || c === 35 || c === 46) && ID_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start));
}

