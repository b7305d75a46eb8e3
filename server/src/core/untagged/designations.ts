// Numbers that designate a thing rather than count anything: an Air Force or Army unit is named
// by its number and the abbreviation of its kind ("the 17 AS commander", "452 AMW Public
// Affairs", "the 437 and 315 MXG maintainers"), as base news writes them, a gun by its
// calibre in hundredths of an inch ("a .45 caliber pistol", "a .38 revolver"), a thing by a
// number that owns something ("the 787’s fourth delay") and a podium or a punch by its order
// ("finished one-two-three", "a one-two punch"), and a paired spectrum block by its two bands
// ("1755-1760/2155-2160 MHz").
import * as scan from './scan';
import type { Expression } from './expression';

const { skipSpaces } = scan;

/**
 * Abbreviations of US military units' kinds (wings, groups, squadrons, brigades) written after
 * the unit's number. A closed list: other capitals after a number may be what it counts ("50 US
 * states", "24 GPS satellites") or its unit ("300 MW").
 */
const UNIT_KINDS = new Set([
  'AW', 'AMW', 'ABW', 'ARW', 'FW', 'BW', 'SOW', 'AEW', 'RQW', 'TRW', 'FTW', 'ALCF',
  'OG', 'MXG', 'MSG', 'MDG', 'AMOG', 'ABG', 'EMXG',
  'AS', 'ARS', 'FS', 'BS', 'MXS', 'AMXS', 'CES', 'LRS', 'SFS', 'OSS', 'CS', 'SOS', 'RQS', 'EAS', 'AES', 'FTS', 'CONS', 'FSS', 'MDOS', 'AMDS', 'APS',
  'BCT', 'CAB',
]);

/** The kind's abbreviation right after a unit's number (" AS", " MXG"), and a list's next number before it (" and 315 MXG"). */
const KIND_AFTER = /^(?: (?:and|&) \d{1,4})? ([A-Z]{2,4})(?![\p{L}\d])/u;

/** True for a unit's number before its kind's abbreviation ("17 AS", "437 and 315 MXG"): a name, no count. */
export function unitDesignationRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier || x.core.intDigits > 4 || text.charCodeAt(x.end) !== 32) return false;
  // (tried only when a capital or "and"/"&" follows the space)
  const c = text.charCodeAt(skipSpaces(text, x.end));
  if (!(c >= 65 && c <= 90) && c !== 97 && c !== 38) return false;
  const m = KIND_AFTER.exec(text.slice(x.end, x.end + 16));
  return m !== null && UNIT_KINDS.has(m[1]!);
}

/** What a calibre written with its leading point names: " caliber", " rifle", " Magnum". */
const CALIBRE_AFTER = /^[ -](?:caliber|calibre|rifles?|pistols?|handguns?|revolvers?|guns?|shotguns?|Magnum|Special|rounds?|ammunition|bullets?|cartridges?)\b/;

/** True for a gun's calibre, its number written with a leading point (".45 caliber", "a .38 revolver"). */
export function calibreRule(text: string, x: Expression): boolean {
  if (text.charCodeAt(x.core.start) !== 46 || x.unit || x.percent || x.currency || x.range || x.end !== x.core.end) return false;
  return CALIBRE_AFTER.test(text.slice(x.end, x.end + 14));
}

/** True for a number that owns what follows ("the 787’s fourth delay"): a model's name, as no count owns things ("100's of fans" is hundreds; years and decades are read before). */
export function possessiveNameRule(text: string, x: Expression): boolean {
  const q = text.charCodeAt(x.end);
  if ((q !== 39 && q !== 0x2019) || text[x.end + 1] !== 's' || text[x.end + 2] !== ' ') return false;
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier || x.core.intDigits === 2 || x.core.intDigits === 4) return false;
  const c = text.charCodeAt(x.end + 3);
  return c >= 97 && c <= 122 && !text.startsWith('of ', x.end + 3);
}

/** A count in order, hyphened ("finished one-two-three", "a one-two punch"): places on a podium or blows, no figure. */
const IN_ORDER = /^one-two(?:-three)?\b/i;

/** True for "one-two" and "one-two-three" (widens x over the words). */
export function inOrderRule(text: string, x: Expression): boolean {
  if (!x.core.words || (text.charCodeAt(x.core.start) | 32) !== 111) return false;
  const m = IN_ORDER.exec(text.slice(x.core.start, x.core.start + 14));
  if (!m) return false;
  x.end = Math.max(x.end, x.core.start + m[0].length);
  return true;
}

/** A statistical release named by a capital and a number ("G.17", "H.15", "Z.1") and its catalogue number in brackets after it ("G.17 (419)"). */
const RELEASE_NAME_BEFORE = /(?:^|[\s(])[A-Z]\.(?:\d{1,3}(?:\.\d{1,2})?\s*\()?$/;

/** True for the number of a release's name ("G.17": the Federal Reserve's) and the bracketed catalogue number after it: names, no counts. */
export function releaseNameRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier || x.core.intDigits > 3) return false;
  const before = text.charCodeAt(x.start - 1);
  // (tried only after "G." or "G.17 (")
  if (before !== 46 && before !== 40) return false;
  const m = RELEASE_NAME_BEFORE.exec(text.slice(Math.max(0, x.start - 12), x.start));
  return m !== null && (before === 46 || text.charCodeAt(x.end) === 41);
}

/** True for a section's number glued to its heading ("1.Headline statistics", "2.Economic statement"): a copy's numbering, no count. */
export function gluedSectionRule(text: string, x: Expression): boolean {
  if (!x.core.plain || x.unit || x.percent || x.currency || x.range || x.qualifier || x.core.intDigits > 2 || text.charCodeAt(x.end) !== 46) return false;
  const c = text.charCodeAt(x.end + 1), d = text.charCodeAt(x.end + 2);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122 && (x.start === 0 || /\s/.test(text[x.start - 1]!));
}

/** True for a change a copy ran into its amount, "up0.113 million tons", "down2.9%" (a data box's words): a figure with its unit, no code. */
export function gluedChange(text: string, x: Expression): boolean {
  return (x.unit || x.percent) && !x.range && /(?:^|\s)(?:up|down)$/.test(text.slice(Math.max(0, x.core.start - 5), x.core.start));
}

/** A paired spectrum block, its lower and upper band joined by a slash: "1755-1760/2155-2160 MHz". */
const PAIRED_BAND = /^\d{2,5}(?:\.\d+)?[-–] ?\d{2,5}(?:\.\d+)?\/\d{2,5}(?:\.\d+)? ?[-–] ?\d{2,5}(?:\.\d+)? ?(?:[kMG]Hz|(?:kilo|mega|giga)hertz)\b/;

/** True for the first number of a paired band (widens x over both bands and their unit): the band's name, as a single band's edges are, no measure. */
export function pairedBandRule(text: string, x: Expression): boolean {
  // (tried only where a dash follows the digits: most numbers have none)
  const d = text.charCodeAt(x.core.end);
  if ((d !== 45 && d !== 0x2013) || x.currency || x.percent) return false;
  const m = PAIRED_BAND.exec(text.slice(x.core.start, x.core.start + 40));
  if (!m) return false;
  x.end = Math.max(x.end, x.core.start + m[0].length);
  return true;
}

/** True for a number a bracketed code after it repeats, "extended orbit 4 (XMO4)", or one glued after a code's capitals and a slash, "(SBUV/3)": a name, no count. */
export function repeatedCodeRule(text: string, x: Expression): boolean {
  if (text.charCodeAt(x.start - 1) === 47) return x.core.plain && !x.unit && !x.percent && /(?:^|[\s(])[A-Z]{2,6}\/$/.test(text.slice(Math.max(0, x.start - 8), x.start));
  // (tried only where a space and a bracket follow the number)
  if (text.charCodeAt(x.end) !== 32 || text.charCodeAt(x.end + 1) !== 40 || !x.core.plain || x.unit || x.percent || x.currency || x.range) return false;
  const code = /^ \([A-Za-z][A-Za-z/-]{0,8}(\d{1,4})\)/.exec(text.slice(x.end, x.end + 18));
  return code !== null && code[1] === text.slice(x.core.start, x.core.end);
}
