// One spelling for the words drafting compares: British and American forms ("defence",
// "neutralised") and words news uses for one another ("jobless" for unemployment, "the Americans"
// for the US), as registry labels may use either.

/** One spelling for British and American forms ("defence", "neutralised"). */
export function spelling(word: string): string {
  let out = spellings.get(word);
  if (out === undefined) {
    // (an own key only: "constructor", "toString" are words too, no synonyms)
    out = (Object.prototype.hasOwnProperty.call(SYNONYMS, word) ? SYNONYMS[word] : undefined) ?? respelled(word);
    if (spellings.size > 50_000) spellings.clear(); // a vocabulary, bounded all the same
    spellings.set(word, out);
  }
  return out;
}

/** A word in one spelling of British and American English ("defence" is "defense", "neutralised" "neutralized"). */
export const respelled = (word: string) => word.replace(/ence$/, 'ense').replace(/is(e|ed|es|ing)$/, 'iz$1').replace(/isation$/, 'ization');

/** Words already spelled (drafting asks for the same few thousand words again and again). */
const spellings = new Map<string, string>();

/** Words news uses for one another, as registry labels may use either. */
const SYNONYMS: Record<string, string> = {
  // a people for its country, as fact ids name countries ("the Americans led with 46" → us)
  american: 'us', chinese: 'china', russian: 'russia', ukrainian: 'ukraine', british: 'uk', french: 'france', german: 'germany',
  japanese: 'japan', indian: 'india', kenyan: 'kenya', mexican: 'mexico', canadian: 'canada', zealander: 'nz', israeli: 'israel', iranian: 'iran', turkish: 'turkey', jobless: 'unemployment', proposed: 'request', proposal: 'request', dead: 'death', fatality: 'death', wage: 'earning', pay: 'earning', injured: 'wounded', overall: 'total',
  // (an adjective for its noun: "residential loans" are loans to residents)
  residential: 'resident' };
