// A figure stated twice is one statement. A headline or a lead sums up what the body then tells
// in detail: its "$525 billion" is the body's "$525 billion for fiscal 2013", and holds when the
// body says it does. The default time such a summary gets (the published day) gives way to the
// one a later paragraph states for the same value of the same fact. A figure taken up again with
// "the" ("two of the nine cases were confirmed after Aug. 14") gives no time, and takes the time of
// the figure it takes up: the time in its sentence dates something else.
import { readFigure } from '../figures/read';

/** One drafted figure: its text, its fact id, the as-of drafted for it, its paragraph (0: the headline), and whether "the" takes it up again. */
export interface Restated {
  text: string;
  fact: string;
  asof?: string;
  paragraph: number;
  definite?: boolean;
  /** On a line that opens with a list marker ("–", "•"): a highlight restating the text before it. */
  listItem?: boolean;
}

/**
 * The as-of of each figure: a figure that only has the default time (`published`) takes the time stated for the same value of the same fact in a later paragraph
 * (when all those stated times agree); without `published`, a figure with no as-of does the same. A figure taken up with
 * "the" takes the as-of of the same value of the same fact before it. Every other as-of is kept.
 */
export function restatedAsOf(figures: readonly Restated[], published: string | undefined): (string | undefined)[] {
  const out = figures.map((f) => f.asof);
  const groups = new Map<string, number[]>();
  for (const [i, f] of figures.entries()) {
    if (f.definite) continue;
    const reading = readFigure(f.text);
    if (!reading.ok) continue;
    const v = reading.value;
    const key = `${f.fact}\u0000${v.low}\u0000${v.high}\u0000${v.unit ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  for (const list of groups.values()) {
    // (last first: a headline printed again under its date line takes the body's time, and the headline then takes it from both)
    for (const i of [...list].reverse()) {
      const summary = figures[i]!;
      if (summary.asof !== published) continue;
      // (a list of highlights restates an earlier one too: "In fiscal year 2011, ... $168 million", then "– ...: $168 million in civil penalties")
      const later = list.filter((j) => figures[j]!.paragraph > summary.paragraph || (summary.listItem && figures[j]!.paragraph < summary.paragraph)).map((j) => out[j]);
      const stated = new Set(later.filter((a) => a !== undefined && a !== published));
      if (stated.size === 1 && later.every((a) => a !== published)) out[i] = [...stated][0];
    }
  }
  // a figure taken up again with "the" holds when the one it takes up does ("two of the nine cases were confirmed after Aug. 14": the nine are the nine counted before)
  figures.forEach((f, i) => {
    if (!f.definite) return;
    const r = readFigure(f.text);
    for (let j = i - 1; r.ok && j >= 0; j--) {
      const g = figures[j]!;
      const b = g.fact === f.fact && !g.definite ? readFigure(g.text) : undefined;
      if (b?.ok && b.value.low === r.value.low && b.value.high === r.value.high && b.value.unit === r.value.unit) { out[i] = out[j]; break; }
    }
  });
  // a headline's round figure restates the body's bound of it: "Exodus to Reach 700,000" is "Up to 700,000 ... by the end of the year"
  figures.forEach((f, i) => {
    if (f.paragraph !== 0 || out[i] !== published) return;
    const r = readFigure(f.text);
    if (!r.ok || r.value.low !== r.value.high) return;
    const v = r.value;
    const stated = new Set<string | undefined>();
    figures.forEach((g, j) => {
      const b = j !== i && g.paragraph > 0 && g.fact === f.fact && !g.definite ? readFigure(g.text) : undefined;
      if (b?.ok && b.value.unit === v.unit && b.value.low !== b.value.high && (b.value.low === v.low || b.value.high === v.high)) stated.add(out[j]);
    });
    if (stated.size === 1 && !stated.has(published) && !stated.has(undefined)) out[i] = [...stated][0];
  });
  return out;
}

/** True for a figure whose unit is printed in title case, "7 Percent", "58 Months": a heading's, which restates the body as a headline does ("Soybean Acreage Up 7 Percent"). */
export const titled = (text: string): boolean => /\d\s+(?:Percent|Per Cent|Months?|Years?|Days?|Weeks?)$/.test(text);
