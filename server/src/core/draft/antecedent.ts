// The source a relative pronoun speaks for: "the Business Insights and Conditions Survey (BICS),
// which stated ...", "Harbor Institute, which said ..." (cues.ts asks when "which" or "who" stands
// right before a verb of speaking after a comma).
import type { Span } from '../span';
import { broken, type Token } from './cueTokens';
import { looksLikeSource } from './cueWords';

/** Verbs of speaking or stating, after which a relative pronoun's antecedent is the source. */
export const SPOKE = /^(?:said|says|stated|states|told|tells|reported|reports|announced|announces|estimated|estimates|warned|warns|added|adds|noted|notes|claimed|claims|wrote|writes|confirmed|confirms)$/;

/**
 * The name or short noun phrase that ends at token `m` (initials in brackets after it kept), when it
 * can be a source: "Harbor Institute" in "from Harbor Institute, which said", "the ministry" in "the
 * ministry, which said", "the Business Insights and Conditions Survey (BICS)".
 */
export function antecedent(text: string, tokens: readonly Token[], m: number): Span | undefined {
  const bracketed = m > 0 && /^\s*\($/.test(text.slice(tokens[m - 1]!.end, tokens[m]!.start)) && text[tokens[m]!.end] === ')';
  const end = bracketed ? tokens[m]!.end + 1 : tokens[m]!.end;
  let h = bracketed ? m - 1 : m;
  const capital = (n: number) => /^\p{Lu}/u.test(tokens[n]!.text);
  const joined = (n: number) => broken(text, tokens[n]!.end, tokens[n + 1]!.start);
  if (capital(h)) {
    // a name: its capitalised words, and "of", "and", "for", "&" between them
    while (h > 0 && !joined(h - 1) && (capital(h - 1) || (/^(?:of|and|for|&)$/.test(tokens[h - 1]!.lower) && h > 1 && capital(h - 2)))) h--;
  } else {
    // a description: up to two lower-case words after an article
    for (let n = 0; n < 2 && h > 0 && !joined(h - 1) && /^\p{Ll}/u.test(tokens[h - 1]!.text) && !/^(?:the|a|an|its|their)$/.test(tokens[h - 1]!.lower); n++) h--;
  }
  if (h > 0 && !joined(h - 1) && /^(?:the|a|an|its|their)$/.test(tokens[h - 1]!.lower)) h--;
  const phrase = text.slice(tokens[h]!.start, end);
  return looksLikeSource(phrase) ? { start: tokens[h]!.start, end } : undefined;
}
