// A release or a speech that prints its author under the headline, a name on a line of its own and the
// office on the next ("The Hon Kelly O’Dwyer MP" / "Minister for Jobs and Industrial Relations";
// "Mark R. Rosekind, Ph.D." / "Administrator, National Highway Traffic Safety Administration"): the
// text is that official's; so is a post an institution publishes under an official's plain byline ("By:
// Timothy G. Massad") that tells what "we" did. A reporter's byline on a news outlet's page names no source.
import type { Article } from '../model/article';
import { personName } from './actors';
import { isInstitutionRelease } from './outletVoice';

/** An office's first word on the line under a name. */
const OFFICE = /^[\s.•·]*(?:(?:Associate|Parliamentary)\s+Minister|Minister|Secretary|Administrator|Director|Treasurer|Commissioner|Governor|Chairman|Chairwoman|Chair|President|Premier|Mayor|Chief|Assistant\s+Secretary|Deputy|Under\s+Secretary|Attorney\s+General|Senator|Representative|Ambassador|Surgeon\s+General|Acting)\b/;
/** Honours and letters around a name that are no part of it ("Senator the Hon", "Hon Dr", "MP", ", Ph.D."). */
const HONOURS = /^(?:(?:Senator\s+)?the\s+Hon\.?(?:ourable)?\s+|Hon\.?\s+)(?:Dr\.?\s+)?|(?:,?\s+(?:MP|MLA|MSP|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|QC|KC))+\s*$/gi;

/** The official a text's second to fourth line names, when the line after the name gives an office or an institution's page bylines its official; else undefined. */
export function authorUnderHeadline(article: Article): string | undefined {
  const text = article.syntax.text;
  const lines = article.syntax.lines.slice(0, 6).map((l) => text.slice(l.span.start, l.span.end).trim());
  // (the name may be the page's first line: "Wayne Swan" / "Deputy Prime Minister and Treasurer" / "12 February 2012" / "Treasurer's economic note")
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k]!;
    // ("Making the choice for clean energy jobs" / "Hilda L. Solis, U.S. Secretary of Labor": the name and the office on one line)
    const named = k <= 1 ? /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),\s+(?:U\.S\.\s+)?(.{4,60})$/u.exec(line) : null;
    if (named && personName(named[1]!) === named[1] && OFFICE.test(named[2]!)) return named[1];
    if (line.length > 60 || /[.!?:]$/.test(line) && !/\b(?:Ph\.?\s?D|M\.?D|Jr)\.$/.test(line) || /^By\s/i.test(line)) continue;
    const name = line.replace(HONOURS, '').trim();
    // ("Michael D. Griffin" / "National Aeronautics and Space Administration" over remarks that say "I": his institution's line instead of his office)
    // ("Jobs growth and falling unemployment" / "Senator the Hon Eric Abetz": a minister's release names him by his honorific alone)
    if (!/^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u.test(name) || personName(name) !== name || !(OFFICE.test(lines[k + 1]!) || /\bHon\b/.test(line) || (INSTITUTION_LINE.test(lines[k + 1]!) && SPEAKS_AS_I.test(text)))) continue;
    return name;
  }
  // ("Treasury Notes" / "Winding Down TARP" / "By: Timothy G. Massad": a post an institution publishes under its
  // official's byline, telling what "we" did, is his; a news outlet's byline names its reporter, no source)
  const byline = isInstitutionRelease(article) ? lines.slice(1, 4).map((l) => BYLINE.exec(l)).find((m) => m && personName(m[1]!) === m[1]) : undefined;
  return byline && (text.match(/\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/g) ?? []).length >= 2 ? byline[1] : undefined;
}

/** Remarks in the first person: "I have some brief remarks", "I am pleased". */
const SPEAKS_AS_I = /\bI\s+(?:have|am|will|want|would|think|believe)\b/;

/** A line that is only an institution's name: "National Aeronautics and Space Administration", "Department of Energy". */
const INSTITUTION_LINE = /^(?:(?:The|U\.S\.)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+|(?:of|and|for|the)\s+){0,8}(?:Administration|Agency|Department(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s*){1,4})?|Bureau|Service|Office|Commission|Institute|Council|Foundation|Survey)$/u;

/** A plain byline: "By: Timothy G. Massad", "By Anna Lee". */
const BYLINE = /^By:?\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})$/u;
