// Word-shingle F1 between an extracted body and a gold body, as article-extraction benchmarks
// score it: lower-cased word tokens (each CJK character a token; text compared in NFC, without
// soft hyphens and zero-width characters), shingles of 4, multiset overlap.

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/** Characters that print nothing inside a word: a soft hyphen (`Geschlechts&shy;eintrag`), zero-width spaces and joiners. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The word tokens of `text`, lower-cased, in NFC and without the characters that print nothing:
 * the same words read the same however the page or the gold encodes them (`Su\u0308dtiroler` and
 * `Südtiroler`; a soft hyphen a page puts in a long word is no word break).
 */
export function tokens(text: string): string[] {
  return (text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().match(TOKEN) ?? []) as string[];
}

/** Counts of every run of `n` tokens (the whole text as one shingle when it is shorter). */
function shingles(words: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last && words.length > 0; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Precision, recall and F1 of `predicted` against `gold` (both plain text). */
export function shingleScore(predicted: string, gold: string): { precision: number; recall: number; f1: number } {
  const p = shingles(tokens(predicted));
  const g = shingles(tokens(gold));
  let overlap = 0;
  let pTotal = 0;
  let gTotal = 0;
  for (const c of p.values()) pTotal += c;
  for (const [k, c] of g) {
    gTotal += c;
    overlap += Math.min(c, p.get(k) ?? 0);
  }
  if (pTotal === 0 && gTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = pTotal === 0 ? 0 : overlap / pTotal;
  const recall = gTotal === 0 ? 0 : overlap / gTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
