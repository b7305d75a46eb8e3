// A length a figure gives as the size of a thing ("ships more than 46 meters wide", "a pond about
// a hundred feet across", "the 77-kilometer isthmus"): a standing fact about the thing, which a
// time an earlier sentence lent ("the canal opens on Sunday") does not date.
import type { Span } from '../span';

/** A figure that ends in a unit of length or height: "46 meters", "a hundred feet", "14-story". */
const LENGTH_END = /(?:^|[\s-])(?:meters?|metres?|feet|foot|ft|kilometers?|kilometres?|km|miles?|inch(?:es)?|yards?|stor(?:y|ey|ies|eys))$/i;

/** Right after the figure, the dimension it gives, past a bracketed conversion: " wide", " (10 meters) in size". */
const DIMENSION_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:wide|long|high|tall|deep|across|in\s+(?:diameter|length|width|height|size))\b/i;

/** A hyphenated length before a noun names the noun's size: "the 14-story apartment block", "the 77-kilometer Isthmus". */
const SIZE_MODIFIER = /^\S+-(?:meters?|metres?|feet|foot|kilometers?|kilometres?|km|miles?|stor(?:y|ey))$/i;

/** True when a figure gives the size of a thing: a length with "wide", "long", "across" or "in size" after it, or a hyphenated length before its noun. */
export function givesDimension(text: string, figure: Span): boolean {
  const figureText = text.slice(figure.start, figure.end);
  if (!LENGTH_END.test(figureText)) return false;
  return DIMENSION_AFTER.test(text.slice(figure.end, figure.end + 60)) || (SIZE_MODIFIER.test(figureText) && /^\s+\p{L}/u.test(text.slice(figure.end, figure.end + 3)));
}
