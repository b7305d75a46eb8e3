// A short name and the whole name it shortens: "Stats NZ" for "Statistics New Zealand", "StatCan" for
// "Statistics Canada", "Dept. of Labor" for "Department of Labor". A release's outlet is often given
// short while its text prints the whole name (or the other way round); both are one source.

/** Capitalised words in a row, with the small words names hold between them ("Department of Health and Aged Care"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}’'-]*)*/gu;

/** Words a name holds that a short form leaves out. */
const SMALL_WORDS = /^(?:of|for|and|the|on)$/;

/**
 * The whole name the text prints that `short` abbreviates, if any: each short word is a whole word's
 * initials ("NZ": New Zealand) or a clipping of one word that keeps its first letter and its letters in
 * order ("Stats": Statistics, "Dept": Department, "Can": Canada). A name printed as it is does not count.
 */
export function expansionIn(short: string, text: string): string | undefined {
  const parts = shortParts(short);
  if (parts.length === 0) return undefined;
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const end = matchFrom(parts, words, from);
      if (end === undefined) continue;
      const name = words.slice(from, end).join(' ');
      if (name.toLowerCase() !== short.toLowerCase()) return name;
    }
  }
  return undefined;
}

/**
 * A short form of `whole` the text prints, if any ("Statistics NZ" for "Statistics New Zealand"): the
 * other way round from expansionIn, a name run of the text whose parts spell all of the whole name's words.
 */
export function shortFormIn(whole: string, text: string): string | undefined {
  const wholeWords = whole.replace(/\./g, '').split(/\s+/).filter(Boolean);
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      for (let to = words.length; to > from; to--) {
        const name = words.slice(from, to).join(' ');
        if (name.toLowerCase() !== whole.toLowerCase() && matchFrom(shortParts(name), wholeWords, 0) === wholeWords.length) return name;
      }
    }
  }
  return undefined;
}

/** The short name's parts: words, and words run together in camel case split ("StatCan": Stat, Can); full stops dropped. */
function shortParts(short: string): string[] {
  return short.replace(/\./g, '').split(/\s+/).filter(Boolean).flatMap((w) => (/^\p{Lu}{2,}$/u.test(w) ? [w] : w.split(/(?<=\p{Ll})(?=\p{Lu})/u)));
}

/** Where the name's words matched by all the parts end, starting at `from`; undefined when they do not all match. */
function matchFrom(parts: readonly string[], words: readonly string[], from: number): number | undefined {
  let w = from;
  for (const part of parts) {
    while (w < words.length && SMALL_WORDS.test(words[w]!) && !SMALL_WORDS.test(part.toLowerCase())) w++;
    if (w >= words.length) return undefined;
    if (/^\p{Lu}{2,}$/u.test(part) && !/^\p{Lu}{2,}$/u.test(words[w]!)) {
      // initials: one capitalised word per letter
      const run = words.slice(w).filter((x) => !SMALL_WORDS.test(x)).slice(0, part.length);
      if (run.length < part.length || run.map((x) => x[0]).join('') !== part) return undefined;
      w = words.indexOf(run[run.length - 1]!, w) + 1;
    } else if (clips(part, words[w]!)) w++;
    else return undefined;
  }
  return w;
}

/** True when `part` is `word` or a clipping of it: the same first letter, its letters in order, three letters at least. */
function clips(part: string, word: string): boolean {
  const p = part.toLowerCase();
  const x = word.toLowerCase();
  if (p === x) return true;
  if (p.length < 3 || p[0] !== x[0] || p.length >= x.length) return false;
  let k = 0;
  for (const c of x) if (c === p[k]) k++;
  return k === p.length;
}
