// The precision a printed figure carries (issue 14): "74.6 miles" stands for 74.55-74.65,
// "9 miles" for 8.5-9.5. Conversions between units compare within it ("120 kilometers (74.6
// miles)" and "15 kilometers (9 miles)" are no contradiction).

const NUMERAL = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/**
 * Half the last printed digit's step of an exact figure, in the unit of `value` (the value
 * read from `text`): "74.6 miles" (74.6) -> 0.05; "1.2 million tonnes" (1.2e6) -> 50,000.
 * 0 when the text prints no numeral (spelled numbers, fractions) or the numeral is 0.
 */
export function printedHalfStep(text: string, value: number): number {
  const m = NUMERAL.exec(text);
  if (!m) return 0;
  const numeral = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (!(numeral > 0) || !Number.isFinite(value)) return 0;
  const scale = Math.abs(value) / numeral;
  return 0.5 * 10 ** -(m[2]?.length ?? 0) * scale;
}

/** True when a number is printed with a scale word ("318 million", "$2.5bn", "40m"), so rounded at the scale's digits. */
export function printedWithScale(text: string): boolean {
  return SCALED.test(text);
}

const SCALED = /\d\s*(?:thousand|million|billion|trillion|quadrillion|quintillion|bn|mn|tn|m|k)\b/i;
