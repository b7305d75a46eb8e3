// A part told with its whole in one phrase ("distributed approximately $34.437 billion of their $41.941
// billion total income to the U.S. Treasury during 2007"): what dates the whole's clause dates the part.

/** Right after a part, its whole: " of their $41.941 billion", " of the 2,300". */
const OF_WHOLE = /^\s+of\s+(?:the|their|its|his|her|our|a|an)?\s*(?:about|nearly|some|roughly|around|almost|more than|over)?\s*[$€£]?\d[\d.,]*(?:\s*(?:billion|million|trillion|thousand|bn|m|%|percent|per cent))?/i;

/** Where the phrase of a part and its whole ends: after the whole when one follows the part, else at the part's end. */
export function partWholeEnd(text: string, figureEnd: number): number {
  const whole = OF_WHOLE.exec(text.slice(figureEnd, figureEnd + 60));
  return whole ? figureEnd + whole[0].length : figureEnd;
}
