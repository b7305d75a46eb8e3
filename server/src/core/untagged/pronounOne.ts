// The pronoun "one" (context.ts's rules): "one of the", "no one", "at one point", "a decent one
// costs", "will one day return", "one scientist said": "one" standing for a noun or picking a
// thing out rather than counting it.
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';

const { CARDINALS, ONE_PRONOUN_NEXT, ONE_PRONOUN_PREV, SCALES, SOMEDAY_PREV, SPEECH_VERBS } = lexicon;
const { atSentenceStart, skipSpaces, wordAt, wordBefore } = scan;

/** "in" and a determiner, then a word ("one in an arrest record"), made once (a \p{...} literal may be made afresh per call). */
const IN_A_NOUN = /^ in (?:an?|the|his|her|its|their|this|that) (?!million|thousand|hundred|billion|dozen|few)\p{L}/u;

/** A noun, then another count joined by "and" or "or": " win and three losses", " goal and 2 assists". */
const TALLY_NEXT = /^ [a-z]+,? (?:and|or) (?:\d|zero|no|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** What follows "one" in a succession: a noun or two, then "to another", "to the next", "after the other". */
const ONE_TO_ANOTHER = /^(?: [a-z]+){1,2} (?:to|into|after) (?:another|the next|the other)\b/;

/** Words after "one to" that are no infinitive: a determiner ("one to a customer"), "go" ("with one to go": one left). */
const NOT_A_VERB = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'each', 'every', 'this', 'that', 'go', 'dozen', 'several', 'many', 'some']);

/** Prepositions after which "one" + a noun picks a thing out ("in one town") rather than counts it. */
const DETERMINER_PREV = new Set(['in', 'within', 'with', 'at', 'on', 'into', 'inside']);

/** "one" as a pronoun or idiom: "one of the", "no one", "at one point", "one scientist said". */
export function pronounOneRule(text: string, x: Expression): boolean {
  // "put one foot in front of the other": an idiom, not a length
  // ("one step closer", "one step further": a manner of speaking, no count of steps)
  if (x.core.words && x.core.value === 1 && /^one (?:(?:foot|step) in front of|step (?:closer|further|farther|ahead|forward|back|nearer|away|at a time))\b/i.test(text.slice(x.core.start, x.core.start + 24))) return true;
  if (x.core.words && x.core.value === 1 && x.end - x.core.start === 7 && !x.qualifier && !x.range && somedayRule(text, x)) return true;
  // "from one molecule to another", "from one event to the next": a succession, no count
  if (x.core.words && x.core.value === 1 && x.end - x.core.start === 3 && !x.qualifier && wordBefore(text, x.start).word === 'from' && ONE_TO_ANOTHER.test(text.slice(x.end, x.end + 40))) return true;
  // "There was one day I asked him", "one day he left": a day the story picks out, then its clause
  if (x.core.words && x.core.value === 1 && /^one day,? (?:I|he|she|we|they|you)\b/i.test(text.slice(x.core.start, x.core.start + 14))) return true;
  // ("is one such event": an example of a kind, not a count of events)
  if (x.core.words && x.core.value === 1 && !x.range && /^one such\b/i.test(text.slice(x.core.start, x.core.start + 8))) return true;
  // "by one measure", "by one estimate": whose reckoning, not a count of measures
  if (x.core.words && x.core.value === 1 && !x.range && /\bby\s+$/i.test(text.slice(Math.max(0, x.core.start - 4), x.core.start)) && /^one (?:measure|estimate|account|count|reckoning|calculation|metric|definition|gauge|tally)\b/i.test(text.slice(x.core.start, x.core.start + 16))) return true;
  // ("within one household": "within" picks a thing out there, as "in" does; no bound)
  if (!x.core.words || x.core.value !== 1 || x.end - x.core.start !== 3 || x.unit || x.range || (x.qualifier && x.qualifier !== 'within')) return false;
  const prev = x.qualifier === 'within' ? 'within' : wordBefore(text, x.core.start).word;
  // ("Only one of the three bombs had detonated", "only one bomb": "only" counts, unless "the only one")
  const counted = prev === 'only' && !/^(?:the|a|an|his|her|its|their|our|my|your|not)$/.test(wordBefore(text, wordBefore(text, x.core.start).start).word);
  if (counted && /^ (?:of (?:the|its|their|these|those) \S|[a-z]{3,}\b(?! of))/.test(text.slice(x.end, x.end + 16))) return false;
  if (ONE_PRONOUN_PREV.has(prev)) return true;
  // ("I'm not one for crying": an idiom of manner, no count)
  if (prev === 'not' && /^ for\b/.test(text.slice(x.end, x.end + 4))) return true;
  // ("a fingerprint that matched one in an arrest record": one of those named before, not "one in a million")
  if (text.startsWith(' in ', x.end) && IN_A_NOUN.test(text.slice(x.end, x.end + 24))) return true;
  // "missing in one town", "within one household", "with one target being", ", one Army program":
  // "one" as a determiner of a place or thing, not a count (a count says "to one count of")
  // ("with one win and three losses": a count in a tally with another count stays one)
  if ((DETERMINER_PREV.has(prev) || /,\s*$/.test(text.slice(Math.max(0, x.core.start - 3), x.core.start))) && !TALLY_NEXT.test(text.slice(x.end, x.end + 32))) {
    const noun = wordAt(text, skipSpaces(text, x.end));
    if (/^[a-z]{3,}$/i.test(noun) && !/s$/i.test(noun) && !/^(?:of|more|or|and|in|dead|killed|injured|person|death|case|vote|count)$/i.test(noun)) return true;
  }
  const after = skipSpaces(text, x.end);
  const ch = text[after] ?? '';
  if (after >= text.length || /[.,;:!?)"”’\n]/.test(ch)) return true;
  const n1 = wordAt(text, after);
  if (ONE_PRONOUN_NEXT.has(n1)) return true;
  const a2 = skipSpaces(text, after + n1.length);
  const n2 = wordAt(text, a2);
  // ("it's certainly one to keep an eye on", "a difficult one to answer": "one" with an infinitive stands for a thing, not "one to two")
  if (n1 === 'to' && /^[a-z]{2,}$/.test(n2) && text.charCodeAt(a2 - 1) === 32 && !CARDINALS.has(n2) && !SCALES.has(n2) && !NOT_A_VERB.has(n2)) return true;
  // ("one problem is that", "one positive element", "one mitigating reason": one of several the writer
  // picks out to talk about, no count; an abstract noun, or an adjective and one)
  if (ONE_ABSTRACT.has(n1) || (ONE_ABSTRACT.has(n2) && /^[a-z]{3,}$/.test(n1) && !SCALES.has(n1) && !CARDINALS.has(n1) && text.charCodeAt(a2 - 1) === 32)) return true;
  const n3 = wordAt(text, skipSpaces(text, a2 + n2.length));
  if (SPEECH_VERBS.has(n2) || SPEECH_VERBS.has(n3)) return true;
  // "I must find one in order to get home", "we bought one for her": the object of a getting verb, a thing named before
  if (/^(?:find|found|buy|bought|get|got|make|made|build|built|pick|rent|rented|borrow|borrowed|order|ordered|need|needed|want|wanted)$/.test(prev) && /^(?:in|to|for|at|from|so|if|when|because|now|soon|today|yet|anyway|there|here)$/.test(n1)) return true;
  // "can one member of a group keep", "for one person to have": "one" as "any", in a question or a generic
  if (/^(?:can|could|would|should|might|must|may)$/.test(prev) || (prev === 'for' && n2 === 'to')) return true;
  // "a decent one costs $600": "one" stands for a noun named before it (an article and an adjective before, a verb after)
  // ("the response I'll get is a misguided one (well, ...)": the same before an aside)
  // ("The best buyer is an informed one—and ...", "a great one he should be listed among": before a dash, or a clause's subject)
  if (/\b(?:a|an)\s+[a-z]{3,}\s+$/i.test(text.slice(Math.max(0, x.core.start - 24), x.core.start)) && ((/^[a-z]{3,}s$/.test(n1) && !/(?:ss|us|is)$/.test(n1)) || (ch === '(' && !/\d/.test(text[after + 1] ?? '')) || /[—–]/.test(ch) || /^(?:he|she|they|we|i|you)$/.test(n1))) return true;
  // "a last-minute goal is one scored either in the final minute": "one" standing for a noun before
  // a reduced relative clause (a copula before it, a participle and a preposition after it)
  if (COPULAS.has(prev) && /^(?:[a-z]{3,}ed|taken|made|seen|given|won|done|written|shown|known|held|built|chosen|struck|set)$/.test(n1) && REDUCED_NEXT.has(n2)) return true;
  // ("two tests: One measured ...": a capital after a colon opens a sentence too)
  return atSentenceStart(text, x.core.start) || (text[x.core.start] === 'O' && /:\s$/.test(text.slice(x.core.start - 2, x.core.start)));
}
/** Nouns of things a writer picks out to talk about, not counted ("one problem", "one specific thing"). */
const ONE_ABSTRACT = new Set(['problem', 'element', 'aspect', 'factor', 'issue', 'concern', 'challenge', 'explanation', 'possibility', 'option', 'mistake', 'distinction', 'lesson',
  'advantage', 'drawback', 'thing', 'reason', 'example']);
const COPULAS = new Set(['is', 'was', 'be', 'being', 'been', "it's"]);
const REDUCED_NEXT = new Set(['either', 'in', 'by', 'at', 'on', 'during', 'after', 'before', 'from', 'with', 'when', 'while', 'for', 'late', 'early', 'just']);

/** "will one day return", "hope to one day see", "expect one day to face": "one day" as "some day". */
function somedayRule(text: string, x: Expression): boolean {
  if (text.slice(x.core.start, x.end).toLowerCase() !== 'one day') return false;
  const before = wordBefore(text, x.core.start);
  const prev = before.word;
  const next = wordAt(text, skipSpaces(text, x.end));
  // "expect one day of delays", "will one day or two": a day counted
  if (next === 'of' || next === 'or' || next === 'and' || next === 'in') return false;
  if (SOMEDAY_PREV.has(prev)) return true;
  return prev === 'to' && SOMEDAY_PREV.has(wordBefore(text, before.start).word);
}

