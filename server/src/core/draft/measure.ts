// What a figure measures beyond its noun and verb: the place its clause names and the way it is
// measured ("real", "adjusted for inflation", "per capita"). Two sources dispute a fact only when
// both measure it alike: "contributed $476.2 billion to GDP" (one agency) and "contributed $397.3
// billion to real GDP" (a partner agency), or "$38.5 billion ... in Florida", are two quantities.
import type { Frame } from './facts';

/** Words that make a figure another measure of one quantity ("real GDP", "seasonally adjusted", "median income"). */
const MEASURE_WORDS = new Set(['real', 'nominal', 'inflation', 'adjusted', 'unadjusted', 'chained', 'constant', 'seasonally', 'capita', 'median', 'average', 'core', 'annualized', 'annualised']);

/** The place of a figure's clause and the measure words of its sentence, as one key: equal keys measure one thing alike. */
export function measureKey(frame: Frame): string {
  const words = [...new Set([...frame.clause, ...frame.context].filter((w) => MEASURE_WORDS.has(w)))].sort();
  return `${frame.place}|${words.join(' ')}`;
}
