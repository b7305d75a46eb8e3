// Where a counted noun printed after a figure ends: "600,000 troops fighting in Ukraine" counts
// troops, "30,000 homes left damaged" homes; what they do is no part of what is counted.
import { SUBJECT } from './frameCues';

/** Plural nouns that do not end in -s ("people" is not among them: "people affected", "people living there" are told by what they do). */
const IRREGULAR_PLURALS = new Set(['women', 'men', 'children', 'police', 'staff', 'cattle']);

/** A participle or adverb that says what the things counted do or how ("fighting", "chained", "left", "overall"). */
const DOING = /^(?:[a-z]{3,}(?:ing|ed)|left|live|overall|every|each|alone|nationwide|worldwide|statewide|countrywide|globally|nationally)$/;

/** A pronoun or adverb that opens the clause about the things counted ("two children they share", "5.7 million customers still"). */
const CLAUSE_OPENER = /^(?:they|we|you|he|she|it|i|still|also|already|now|then|yet|too|even|just|only)$/;

/** The counted noun's words up to the first word after a plural noun that says what they do. */
export function countedWords(words: readonly string[]): string[] {
  const opener = words.findIndex((w, i) => i > 0 && CLAUSE_OPENER.test(w));
  if (opener > 0) words = words.slice(0, opener);
  const plural = (w: string) => IRREGULAR_PLURALS.has(w) || (/[^s]s$/.test(w) && w.length > 3 && w !== 'persons' && w !== 'others');
  const at = words.findIndex((w, i) => i > 0 && DOING.test(w) && plural(words[i - 1]!));
  return at < 0 ? [...words] : words.slice(0, at);
}

/** Plural nouns that are reporting verbs too ("46 states", "12 reports", "three estimates"): right after a figure, what it counts. */
export const COUNTED_PLURALS = new Set(['states', 'reports', 'estimates', 'claims', 'statements', 'records', 'counts', 'notes', 'projects', 'surveys', 'studies', 'polls', 'forecasts', 'findings', 'announcements', 'reviews', 'warnings']);

/** Words that end the noun phrase after "the number of": a verb, a relative word, a preposition, a participle. */
const NUMBERED_END = /^(?:who|that|which|whose|has|have|had|is|are|was|were|will|would|could|may|might|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|remained|remains|stands|stood|reached|hit|totaled|totalled|in|at|on|from|with|to|for|by|of|across|since|during|[a-z]{3,}(?:ing|ed))$/;

/**
 * What "the number of ..." in a figure's clause counts ("the number of diabetic adults rose from
 * 108 million to 422 million" counts diabetic adults; "the number of people who want full-time
 * work ... remains at 8.1 million", people), undefined when the clause says no such thing.
 */
export function numberedWords(before: string): string[] | undefined {
  const m = /\bnumber\s+of\s+(.*)$/i.exec(before);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  const end = words.findIndex((w) => NUMBERED_END.test(w));
  const out = (end < 0 ? words : words.slice(0, end)).filter((w) => w !== 'such' && w !== 'the');
  return out.length > 0 && out.length <= 4 ? out : undefined;
}


/**
 * What a figure set after a comma and "at" measures, when its clause names nothing else: the phrase
 * before the comma ("The number of wage and salary workers belonging to unions, at 14.6 million";
 * "net international migration which, at 91,600"), or that phrase's subject when it has a verb
 * ("The preliminary December reading is even higher, at 93.8"). Undefined when `before` is more
 * than "at" or the sentence has no one such comma.
 */
export function phraseBeforeAt(before: string, sentence: string): string | undefined {
  if (!/^\s*at\s*$/i.test(before)) return undefined;
  const found = [...sentence.matchAll(/([^,;:]+),\s+at\s+/g)];
  if (found.length !== 1) return undefined;
  const phrase = found[0]![1]!;
  const antecedent = /^(.*)\b(?:which|who)\s*$/i.exec(phrase);
  if (antecedent) return antecedent[1]!;
  return SUBJECT.exec(phrase)?.[1] ?? phrase;
}

/**
 * What a sentence that opens with "the number of ..." counts, for a figure whose own clause (`before`,
 * cut at a comma) names nothing: "The total full-time equivalent (FTE) number of teachers based in ...,
 * or visiting specialists, was 50,824" counts teachers. Undefined when the sentence opens otherwise.
 */
export function openingNumberedWords(before: string, sentence: string): string[] | undefined {
  // (a clause cut inside a number, "000 to ", is read again whole: clauseStart.ts)
  if (/^\d/.test(before) || !/^\s*(?:the\s+)?(?:[\p{L}()-]+\s+){0,5}?number\s+of\s/iu.test(sentence)) return undefined;
  const at = before.trim() === '' ? -1 : sentence.indexOf(before.trim());
  return numberedWords(at < 0 ? sentence : sentence.slice(0, at));
}

/** "up" or "down" opening a bracket right before a figure: "Otago (up 9,000", "(down about 1,200". */
const BRACKETED_MOVE = /\(\s*(?:up|down)\s+(?:about|nearly|some|roughly|almost|just|another)?\s*$/i;

/**
 * The words that name what changed when "up" or "down" opens a bracket before a figure: the name
 * before the bracket ("followed by Otago (up 9,000" is Otago's, "Guests from Japan (down 14,000"
 * Japan's), after any bracket the clause opened before; undefined when no such bracket opens.
 */
export function subjectOfBracketedMove(before: string): string[] | undefined {
  if (!BRACKETED_MOVE.test(before)) return undefined;
  return before.replace(BRACKETED_MOVE, '').replace(/^[^()]*\)/, '').replace(/\s*\([^()]*\)/g, '')
    .replace(/^.*\b(?:followed\s+by|by|from|were\s+in|was\s+in)\s+(?=\S+(?:\s+\S+){0,3}\s*$)/i, '').toLowerCase().split(/[^a-z-]+/);
}
