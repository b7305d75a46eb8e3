// A scale stated once for the bare amounts after it: "The figures show surpluses, in billions of
// dollars, with Brazil ($0.8) and Chile ($3.5)", "Deficits (in millions): Japan ($5.5)". Tables and
// their prose write the scale in a heading or a lead-in and print each amount alone, in brackets.
import type { FigureReading } from './value';

/** Scale words a heading states, by value. */
const FACTORS: Readonly<Record<string, number>> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };

/**
 * A stated scale: "in billions of dollars", "in millions of euros", "(in millions)", "($ billions)",
 * "(millions of dollars)". Bare "in millions" in running prose is not one ("sold in millions"): it
 * needs a bracket or a currency named after it.
 */
const STATED = /(?:\(\s*(?:in\s+)?(?:(?:US\s?)?[$£€]\s?)?|\bin\s+(?:(?:US\s?)?[$£€]\s?)?)(thousands|millions|billions|trillions)\b(\s+of\s+(?:[a-z]+\s+)?(?:dollars|pounds|euros|yen|yuan|rupees|francs)\b|\s*\))?/gi;

/** A bare amount: a number with at most a sign and a money sign ("$3.5", "-$0.4", "31.8"). */
const BARE_AMOUNT = /^[-−+]?(?:US\s?)?[$£€]?\s?[-−]?\d[\d,]*(?:\.\d+)?$/;

/**
 * `reading` scaled by the scale its line states before it, for a bare amount set in brackets
 * ("($3.5)" after "in billions of dollars"); undefined when no scale applies. `lineBefore` is the
 * text of the figure's line before it, `next` the text right after.
 */
export function inStatedScale(reading: FigureReading, text: string, lineBefore: string, next: string): FigureReading | undefined {
  // (by character first: most figures are not bracketed alone, and the pattern runs over the line only for those)
  if (!reading.ok || next.charCodeAt(0) !== 41 || lineBefore.charCodeAt(lineBefore.length - 1) !== 40 || !BARE_AMOUNT.test(text)) return undefined;
  const unit = reading.value.unit;
  if (unit !== undefined && !/^[A-Z]{3}$/.test(unit)) return undefined;
  const line = lineBefore.slice(lineBefore.lastIndexOf('\n') + 1, -1);
  let factor = 0;
  STATED.lastIndex = 0;
  for (let m = STATED.exec(line); m; m = STATED.exec(line)) {
    // ("(in millions)" and "($ billions)" are brackets; "in billions" alone must name its money)
    if (m[2] !== undefined || m[0].startsWith('(')) factor = FACTORS[m[1]!.toLowerCase()]!;
  }
  if (factor === 0) return undefined;
  const v = reading.value;
  return Object.freeze({ ok: true as const, value: Object.freeze(Object.assign({}, v, { low: v.low * factor, high: v.high * factor })) });
}
