// Quantities a release reports by name ("inflation", "GDP", "employment"): a registry fact named by
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
