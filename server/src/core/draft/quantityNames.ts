// Quantities a release reports by name ("inflation", "GDP", "employment") and the crops and livestock a farm report names: a registry fact named by
// one is no figure of a sentence that names another, however many of its other words the sentence has.

/** Names of quantities a statistical release reports, each its own: a fact named by one is not a figure of another. */
const QUANTITY_NAMES = new Set(['inflation', 'gdp', 'employment', 'unemployment', 'exports', 'imports', 'deficit', 'debt', 'revenue', 'wages', 'earnings', 'output', 'emissions', 'population', 'turnout']);

/** True when a fact's words name a quantity the sentence does not, and the figure's clause names another one. */
export function otherQuantityNamed(factWords: readonly string[], clauseWords: Set<string>, sentenceWords: Set<string>): boolean {
  const own = factWords.filter((w) => QUANTITY_NAMES.has(w));
  if (own.length === 0 || own.some((w) => clauseWords.has(w) || sentenceWords.has(w))) return false;
  for (const w of clauseWords) if (QUANTITY_NAMES.has(w)) return true;
  return false;
}

/** Crops and livestock a farm report names each its own: "us-soybean-planted-area" holds no corn. */
const COMMODITIES = new Set(['corn', 'soybean', 'wheat', 'cotton', 'sorghum', 'barley', 'oat', 'rice', 'canola', 'peanut', 'hog', 'pig', 'cattle', 'sheep', 'milk', 'potato', 'sugarbeet', 'orange']);

/** True when a fact's id names crops or livestock the sentence does not, and the sentence names another: "Corn planted area ... 92.0 million acres" is no soybean fact. */
export function otherCommodityNamed(idWords: Iterable<string>, clauseWords: Set<string>, sentenceWords: Set<string>): boolean {
  const own = [...idWords].filter((w) => COMMODITIES.has(w));
  if (own.length === 0 || own.some((w) => clauseWords.has(w) || sentenceWords.has(w))) return false;
  return [...clauseWords, ...sentenceWords].some((w) => COMMODITIES.has(w));
}
