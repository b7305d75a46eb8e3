// What a figure's text reads as: an interval, how it was stated, and its unit.

/** How the figure was stated. */
export type FigureKind = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range';

/**
 * A figure read from text such as "about 3,000", "over 40%", "$2.5 billion",
 * "984 square kilometers". Unbounded sides are +/-Infinity.
 * The interval is as printed (no tolerance added: conflict rules apply tolerance).
 */
export interface FigureValue {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
  kind: FigureKind;
  /** Canonical unit id from units.ts (e.g. 'km2', 'percent', 'USD', 'count/day'); undefined = a plain count. */
  unit?: string;
}

/** The result of reading a figure's text: a value, or why it could not be read. */
export type FigureReading =
  | { ok: true; value: FigureValue }
  | { ok: false; reason: string };
