// Vague plural amounts common in news: "dozens", "hundreds", "thousands", "tens of thousands",
// "several hundred", "a few thousand". Read as the range that the words allow (high side open).

/** [low, high) for each vague amount; the high side is where the next word would take over. */
const VAGUE: [RegExp, number, number][] = [
  [/^(?:dozens|several dozen|a few dozen)$/, 24, 100],
  [/^(?:scores)$/, 40, 100],
  [/^(?:hundreds|several hundreds?|a few hundreds?)$/, 200, 1000],
  [/^(?:thousands|several thousands?|a few thousands?)$/, 2000, 10000],
  [/^(?:tens of thousands)$/, 20000, 100000],
  [/^(?:hundreds of thousands)$/, 200000, 1000000],
  [/^(?:millions|several millions?|a few millions?)$/, 2e6, 1e7],
  [/^(?:tens of millions)$/, 2e7, 1e8],
  [/^(?:hundreds of millions)$/, 2e8, 1e9],
  [/^(?:billions|several billions?|a few billions?)$/, 2e9, 1e10],
];

/** The interval a vague amount stands for ("thousands of people" -> [2000, 10000)); undefined otherwise. */
export function readVague(text: string): { low: number; high: number } | undefined {
  if (/\d/.test(text) || !/s\b|^(several|a few) /i.test(text)) return undefined;
  // the counted noun after "of" is ignored, as for plain figures: "thousands of people"
  const words = text.toLowerCase().replace(/\s+of\s+(?!thousands|millions)[\p{L}\s'-]+$/u, '').trim();
  for (const [pattern, low, high] of VAGUE) if (pattern.test(words)) return { low, high };
  return undefined;
}
