// The event rules of the context rules (context.ts): a distance that names a race ("women's 100m
// butterfly", "won the 100 meters", "won the 100m", "the men's 200-meter") and the first parts of a compound
// written once for a list ("200-, 400- and 800-meter races"), which name events, not lengths.
import * as scan from './scan';
import * as lexicon from './lexicon';
import type { Expression } from './expression';

const { EVENT_WORDS } = lexicon;
const { skipSpaces, tokenBefore, wordAt, wordBefore } = scan;

/** "women's 100m butterfly", "4x100m relay": event names, not distances. */
export function eventRule(text: string, x: Expression): boolean {
  if (!x.core.gluedM || x.currency) return false;
  const next = wordAt(text, skipSpaces(text, x.end));
  const prev = wordBefore(text, x.start).word;
  return EVENT_WORDS.has(next) || prev === "men's" || prev === "women's" || prev === 'men' || prev === 'women' || /['’]s$/.test(tokenBefore(text, x.start - 1).token);
}

/** Race distances that name an event when written "the 100 meters" ("ran the 100 meters in 9.58 seconds"). */
const RACE_DISTANCES = new Set([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);
/** Words after "the 400 meters" that make it a measured length, not an event. */
const LENGTH_NEXT = new Set(['of', 'away', 'long', 'high', 'deep', 'wide', 'tall', 'above', 'below', 'from', 'between', 'inland', 'offshore', 'further', 'farther', 'north', 'south', 'east', 'west', 'across', 'to', 'per', 'a', 'an', 'or', 'and',
  'around', 'beyond', 'inside', 'outside', 'behind', 'ahead', 'along', 'upstream', 'downstream', 'back', 'under', 'over', 'into', 'closer', 'nearer']);

/** "won the 100 meters", "the 400 metres hurdles": a race's name, not a length (spaced, unlike "100m"). */
export function spacedEventRule(text: string, x: Expression): boolean {
  // ("her world indoor title over 800 meters": the race a title was won over)
  if (!x.unit || (x.qualifier && (x.qualifier !== 'over' || !TITLE_WORDS.has(wordBefore(text, x.start).word))) || x.range || x.currency || x.core.words || x.core.suffixed || !RACE_DISTANCES.has(x.core.value)) return false;
  // (a distance in thousands may carry its comma: "the 1,500 meters", "the 10,000 metres")
  const unit = text.slice(x.core.end, x.end).trim().toLowerCase();
  if (unit !== 'meters' && unit !== 'metres' && unit !== 'meter' && unit !== 'metre') return false;
  if (x.qualifier) return true;
  const next = wordAt(text, skipSpaces(text, x.end));
  if (EVENT_WORDS.has(next)) return true;
  // ("wrapped up the 1,500 meters and long jump competition": a race listed with a field event)
  if ((next === 'and' || next === 'or') && FIELD_EVENT_AFTER.test(text.slice(x.end, x.end + 20))) return true;
  const the = wordBefore(text, x.start);
  if (the.word !== 'the') return false;
  // "within the 200 meters", "along the 400 meters": a stretch, not a race
  if (['within', 'inside', 'across', 'along', 'through', 'over', 'for', 'beyond', 'of', 'around'].includes(wordBefore(text, the.start).word)) return false;
  return !LENGTH_NEXT.has(next);
}

/** Words for what is won over a race's distance ("title over 800 meters"). */
const TITLE_WORDS = new Set(['title', 'titles', 'crown', 'gold', 'medal', 'victory', 'win', 'record']);
/** A field event after "and" or "or": " and long jump", " or pole vault". */
const FIELD_EVENT_AFTER = /^ (?:and|or) (?:the )?(?:long jump|high jump|triple jump|pole vault|shot put|discus|javelin|hammer|decathlon|heptathlon|marathon|steeplechase)\b/i;

/** Units of a race's distance written with a hyphen ("the 1,500-meter"). */
const RACE_UNIT = /^-(?:meters?|metres?|m|miles?|kilometers?|kilometres?|km)$/i;

/** The rest of two spelled race distances sharing one race after the first's hyphen: "- or eight-kilometer race". */
const SPELLED_SUSPENDED_RACE = /^-\s+(?:and|or|to)\s+[a-z]+-(?:meters?|metres?|miles?|kilometers?|kilometres?|k)\s+(?:races?|runs?|walks?|swims?|events?)\b/i;

/**
 * "200-, 400-, 800- and 1,500-meter races": a number whose hyphen waits for the list's last
 * compound, and that last one, are modifiers; so is a hyphened race distance after "men's" or
 * "women's" ("the men's 200-meter visually impaired category").
 */
export function suspendedRule(text: string, x: Expression): boolean {
  // (only a hyphen right after the number or its unit can start either: most numbers leave at once)
  // ("a five- or eight-kilometer race": spelled, the first of two race distances sharing the race)
  if (x.core.words && !x.range && text.charCodeAt(x.end) === 45 && SPELLED_SUSPENDED_RACE.test(text.slice(x.end, x.end + 40))) return true;
  if (x.currency || x.percent || x.range || x.core.words || x.core.fraction || (text.charCodeAt(x.end) !== 45 && text.charCodeAt(x.core.end) !== 45)) return false;
  // ("200-, 400-", "800- and", "1,500- meter": the hyphen right after the number, then a comma, a conjunction
  // or the unit; not a range's "5- to 10-fold", which the reader takes whole)
  if (!x.unit && /^-(?:,|\s+(?:and|or|&)\s|\s+(?:meters?|metres?|miles?|kilometers?|kilometres?)\b)/i.test(text.slice(x.end, x.end + 14))) return true;
  if (!RACE_UNIT.test(text.slice(x.core.end, x.end))) return false;
  if (/-(?:,|\s+(?:and|or|to))\s+$/.test(text.slice(Math.max(0, x.start - 8), x.start))) return true;
  return RACE_DISTANCES.has(x.core.value) && /\b(?:men|women|boys|girls)['’]s?\s+$/i.test(text.slice(Math.max(0, x.start - 10), x.start));
}

/** Distances a race is named by when glued to "m" ("the 50m", "the 1500m"): a pool's 50 too. */
const GLUED_RACES = new Set([50, ...RACE_DISTANCES]);
/** "the" right before, maybe with a para-sport class ("the S9 ") or a first race of a pair ("the 50m and "). */
const THE_RACE_BEFORE = /\bthe (?:[STF]B?\d{1,2} )?(?:\d{2,5}m,? (?:and|or) )?$/i;
/** A second race after "and"/"or": " and 100m". */
const PAIRED_RACE_AFTER = /^,? (?:and|or) \d{2,5}m\b/;
/** Words after "the 100m" that tell a race: who ran or swam it, what was won in it. */
const RACE_NEXT = new Set(['', 'he', 'she', 'they', 'in', 'at', 'was', 'is', 'record', 'records', 'final', 'finals', 'title', 'titles', 'gold', 'silver', 'bronze', 'medal', 'heat', 'heats', 'semifinal', 'semifinals', 'crown']);

/** "won the 100m", "In the 100m he was beaten", "the S9 50m and 100m records": a race named by its distance glued to "m", not a length. */
export function gluedEventRule(text: string, x: Expression): boolean {
  if (!x.core.gluedM || x.currency || x.qualifier || x.range || x.end !== x.core.end || !GLUED_RACES.has(x.core.value)) return false;
  const before = THE_RACE_BEFORE.exec(text.slice(Math.max(0, x.start - 24), x.start));
  if (!before) return false;
  const next = wordAt(text, skipSpaces(text, x.end));
  if (next === 'and' || next === 'or') return PAIRED_RACE_AFTER.test(text.slice(x.end, x.end + 12));
  return RACE_NEXT.has(next) || EVENT_WORDS.has(next);
}
