// A number written before its partner shares the partner's unit: "cut by 150 and 180 basis points",
// "9.5 and 5.3 Ggal/d", "five and ten megahertz", "5, 10 or 20 MHz", a size's sides "875 by 580 yards",
// "10x10x10 centimeters". readFigureBefore asks it for a figure read with no unit.
import type { FigureReading } from './value';

/** /\d$/.test(text). */
function endsInDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
}

/** A year: "In 2019, 5 and 6 percent" lists no years' unit. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** False when `next` cannot start with " and ", " or ", " by " or ", " (in any case, after an optional "-"), as the shared-unit pattern asks. */
function andOrByNext(text: string, next: string): boolean {
  const at = next.charCodeAt(0) === 45 ? 1 : 0;
  // (", 10 or 20 MHz": a list's next number)
  if (next.charCodeAt(at) === 44) return next.charCodeAt(at + 1) === 32 && !YEAR.test(text);
  const c = next.charCodeAt(at + 1) | 32;
  // (and "280 x 200 m", "3 × 4 km": a size's sides written with a times sign)
  return next.charCodeAt(at) === 32 && (c === 97 || c === 111 || c === 98 || c === 120 || next.charCodeAt(at + 1) === 0xd7);
}

/** The partner after digits and the unit it writes (not a preposition after it, "and 180 in"); a list's numbers before it ("5, 10 or 20 MHz"; not "340, or 40%", the same told in another unit); a unit with its period after a slash ("Ggal/d"). */
const SHARED = /^-?(?:(?:, [\d.,]*\d)+,?)? (?:and|or|by|x|×) [\d.,]+[ -]?(?!(?:in|at|on|of|for|to|the|a|an)\b)([a-z%]+(?:\/[a-z]+\b)?(?: (?!(?:in|at|on|of|for|to|the|a|an)\b)[a-z]+)?)/i;
/** A spelled number's partner and the unit it writes: "five and ten megahertz", "two or three miles" (not "seven and nine points", a player's). */
const SHARED_WORD = /^,? (?:and|or) ([a-z]+(?:-[a-z]+)?) (?!points?\b)([a-z]+)\b/i;
/** A spelled number alone ("five", "twenty-one"). */
const WORD_NUMBER = /^[a-z]+(?:-[a-z]+)?$/i;

/**
 * The figure `text`, read with no unit, in the unit its partner after it writes (`next` is the text
 * right after it); undefined when no partner gives one. `read` is readFigure.
 */
export function inPartnersUnit(text: string, next: string, read: (text: string) => FigureReading): FigureReading | undefined {
  // (by character first: every claim without a unit asks, and most are followed by neither " and", " or", " by" nor ", ")
  if (endsInDigit(text) && andOrByNext(text, next)) {
    const shared = SHARED.exec(next);
    const withUnit = shared ? read(`${text} ${shared[1]}`) : undefined;
    if (withUnit?.ok && withUnit.value.unit !== undefined) return withUnit;
  }
  // ("five and ten megahertz": a spelled number shares a spelled partner's unit; the partner must read as a plain number)
  if ((next.charCodeAt(0) === 32 || next.charCodeAt(0) === 44) && WORD_NUMBER.test(text)) {
    const word = SHARED_WORD.exec(next);
    const partner = word ? read(word[1]!) : undefined;
    const withUnit = partner?.ok && partner.value.unit === undefined && partner.value.low === partner.value.high ? read(`${text} ${word![2]}`) : undefined;
    if (withUnit?.ok && withUnit.value.unit !== undefined) return withUnit;
  }
  // ("10x10x10 centimeters", "280 x 200 x 10 m": each side of a size shares the unit after the last)
  if (endsInDigit(text) && (next[0] === 'x' || next[0] === '×' || (next[0] === ' ' && (next[1] === 'x' || next[1] === '×')))) {
    const side = /^ ?[x×] ?[\d.]+(?: ?[x×] ?[\d.]+)? ?([a-z]+)\b/i.exec(next);
    const withUnit = side ? read(`${text} ${side[1]}`) : undefined;
    if (withUnit?.ok && withUnit.value.unit !== undefined) return withUnit;
  }
  return undefined;
}
