// Acronyms of a text's names: registry ids shorten an agency, a programme or a place to its
// initials ("nps-recreation-visits" for the National Park Service's count, "sa-returns" for Self
// Assessment returns), which no word of the text spells out.

/** Small words inside a name; an acronym is read with and without their initials ("Bank of England": boe, be). */
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);
/** Capitalised words that open a sentence rather than a name ("At Gonzalez ...", "The Trump Organization"). */
const OPENERS = /^(?:a|an|the|at|in|on|of|for|and|but|as|by|to|from|with|after|before|since|while|when|if|it|its|this|that|these|those|there|he|she|they|we|our|his|her|their)$/i;
// (a name does not run across a line: a headline's last word and the next line's first are two)
const NAME_RUN = /\b\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|for|and|the|on|in)[ \t]+)?\p{Lu}[\p{L}’'-]*)+/gu;

/** The lower-case acronyms (2 to 6 letters) of every run of two or more capitalised words in `text`, and of its parts. */
export function acronymsIn(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.match(NAME_RUN) ?? []) {
    const words = run.split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      if (JOINERS.has(words[i]!) || OPENERS.test(words[i]!)) continue;
      let full = '';
      let bare = '';
      for (let k = i; k < words.length; k++) {
        const w = words[k]!;
        // (an acronym inside the name stays whole: "HM Revenue and Customs" is hmrc)
        const initial = /^\p{Lu}{2,4}$/u.test(w) ? w.toLowerCase() : w[0]!.toLowerCase();
        full += initial;
        if (!JOINERS.has(w)) bare += initial;
        // (one word is a word, not an acronym; nor does a name end on "of")
        if (k > i && !JOINERS.has(w)) for (const a of [full, bare]) if (a.length >= 2 && a.length <= 6) out.add(a);
      }
    }
  }
  return [...out];
}
