// When "m" (and "mm") after a number means million rather than metres (millimetres):
// "£300m", "$3m", "10M", "300m people" are millions; "1.8m", "48 m", "100 m" are lengths.
import type { Token } from './tokens';
import { normalizeUnit, unitInfo } from './units';

/**
 * True when the word token `m`/`mm` right after a number is a scale (million): written in
 * capitals ("10M", "1MM"), in a money figure ("£300m"), or followed by a counted noun ("300m people").
 * Otherwise it is a unit of length, which readers then pick up as 'm' or 'mm'.
 */
export function isMillionSuffix(token: Token, hasCurrency: boolean, next: Token | undefined): boolean {
  if (token.text !== 'm' && token.text !== 'mm') return false;
  if (token.raw === 'M' || token.raw === 'MM' || hasCurrency) return true;
  if (next?.kind !== 'word') return false;
  // ("1.5 mm per year", "3 mm a year", "2 m per second": a length's rate, no count; "m a year" may be money's)
  if (next.text === 'per' || (token.text === 'mm' && (next.text === 'a' || next.text === 'an' || next.text === 'each' || next.text === 'every'))) return false;
  // "300m people": a following noun that is no unit; "300m dollars"/"300m euros": money
  const unit = normalizeUnit(next.text);
  // "8.4m tonnes", "2.2m barrels": million of a unit other than a length
  return unit === undefined || unit.length === 3 && unit === unit.toUpperCase() || !(unitInfo(unit)?.dimension === 'length' || unitInfo(unit)?.dimension === 'area');
}
