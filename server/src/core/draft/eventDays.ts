// The day of the article's event, when the article names it, for the figures that measure the event
// itself: vote shares and turnout hold for election day ("Sunday's election"), a quake's magnitude and
// depth and a storm's winds and surge for the day it struck ("Tuesday's earthquake", "made landfall
// Friday morning"), not for the day they were reported.
import type { Span } from '../span';
import type { Article } from '../model/article';
import { findTimeMentions } from './timex';

/** An earthquake named with its day: "Tuesday's powerful earthquake", "the quake struck on Tuesday". */
const QUAKE_WORD = /\b(?:earthquake|quake|temblor)s?\b/i;

/**
 * The first full date of the article that `names` says is its event's day, given the 60 characters
 * before the date and the 160 after it, and where it stands; read paragraph by paragraph, so a
 * forecast in one puts none of the others' dates ahead.
 */
function namedDay(article: Article, published: string | undefined, word: RegExp, near: RegExp, names: (before: string, after: string) => boolean): { day: string; at: number } | undefined {
  const text = article.syntax.text;
  if (!word.test(text)) return undefined; // most articles: no time mention to read
  // (only paragraphs with `near`, a word every `names` test needs, within reach of their times: reading
  // every paragraph's times was most of the work; a time may start up to 52 characters before its
  // paragraph, joined to a lead or a part of a period, and `names` reads 60 before it and 160 after)
  const lines = article.syntax.lines.filter((line) => near.test(text.slice(Math.max(0, line.span.start - 200), line.span.end + 160)));
  for (const t of lines.flatMap((line) => findTimeMentions(text, line.span, published))) {
    if (t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && names(text.slice(Math.max(0, t.span.start - 60), t.span.start), text.slice(t.span.end, t.span.end + 160))) return { day: t.value, at: t.span.start };
  }
  return undefined;
}

const ELECTION_WORD = /\b(?:elections?|vote|polls|runoff|referendum|ballot|primary|caucus(?:es)?)\b/i;
/** Every word of an election the tests of its day need (before or after the day), without word edges (a case-blind superset). */
const ELECTION_NEAR = /election|vote|voting|polls|runoff|referendum|ballot|caucus|primary/iu;
/** An election named with its day: "Sunday's election", "won presidential polls on Sunday", "the vote held on June 24", "caucuses were held on February 3". */
const POLL_DAY = /\b(?:elections?|votes?(?:\s+cast)?|voting|polls|runoff|referendum|ballot|caucus(?:es)?)\b(?:\s+(?:held|took place|(?:was|were|where)\s+held))?\s*(?:on\s*)?$/i;
/** A sentence opened by its day that tells who won an election: "Yesterday, Senator Bernie Sanders won the Democratic Party's Nevada caucuses." */
const WON_ON_DAY = /^,?\s[^.!?]{0,120}?\b(?:won|wins|swept|carried)\b[^.!?]{0,60}?\b(?:primary|caucus(?:es)?|elections?|polls|runoff|referendum)\b/i;

/**
 * The day an article's election was held, when it names one ("polls on Sunday", "Sunday's
 * election"), and where it is named: vote shares and turnout hold for it, not for the day they
 * were announced.
 */
export function electionDayOf(article: Article, published: string | undefined): { day: string; at: number } | undefined {
  return namedDay(article, published, ELECTION_WORD, ELECTION_NEAR, (before, after) => POLL_DAY.test(before) || /^(?:[’']s)?\s+(?:\p{L}+\s+){0,2}(?:elections?|vote|polls|runoff|referendum)\b/iu.test(after)
    || (/(?:^|[.!?]\s+|\n)\s*(?:on\s+)?$/i.test(before) && WON_ON_DAY.test(after)));
}

/**
 * The day of the article's earthquake when it names one ("Tuesday's earthquake", "the quake that
 * struck on Tuesday"): the quake's own measures (its magnitude, its depth) hold for that day,
 * not for the day they were reported.
 */
export function quakeDayOf(article: Article, published: string | undefined): string | undefined {
  return namedDay(article, published, QUAKE_WORD, /quake|temblor/iu, (before, after) => /^(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}(?:earthquake|quake|temblor)\b/iu.test(after)
    || /\b(?:earthquake|quake|temblor)\s+(?:that\s+)?(?:struck|hit|jolted|rocked)\s*(?:on\s*)?$/i.test(before))?.day;
}

/** A quake's location after a distance: "915 kilometers south-southeast of the capital", "35 kilometers closer to Manila". */
const QUAKE_PLACE = /^\s*(?:\([^)]*\)\s*)?(?:further|farther|closer|away|from|(?:to\s+the\s+)?(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west)){0,2}(?:east|west)?(?:ern)?)\b/i;

/** True for a distance that places a quake, in a sentence about one (an earthquake, a tremor, its epicenter). */
export function placesQuake(text: string, figure: Span): boolean {
  if (!/(?:kilomet|km\b|miles?\b)/i.test(text.slice(figure.start, figure.end))) return false;
  const start = Math.max(text.lastIndexOf('. ', figure.start), text.lastIndexOf('\n', figure.start)) + 1;
  const before = text.slice(start, figure.start);
  return QUAKE_PLACE.test(text.slice(figure.end, figure.end + 40)) && (QUAKE_WORD.test(before) || /\b(?:tremors?|epicent(?:er|re))\b/i.test(before));
}

/** True when a figure measures the quake itself: its magnitude or depth. */
export function measuresQuake(text: string, figure: Span, unit: string | undefined): boolean {
  if (unit === 'magnitude') return true;
  // (within the figure's sentence: "... risen to 350. The magnitude 7.7 quake" is no magnitude of the 350)
  const from = Math.max(0, figure.start - 30);
  const head = text.slice(from, figure.start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  const tail = text.slice(figure.end, figure.end + 30);
  const stop = tail.search(/[.!?](?:\s|$)|\n/);
  const near = head.slice(cut + 1) + text.slice(figure.start, figure.end) + (stop < 0 ? tail : tail.slice(0, stop));
  return /\bmagnitude\b/i.test(near) && !/\d\s*(?:km|kilomet|mile|%|percent)/i.test(text.slice(figure.start, figure.end + 12))
    || /\b(?:deep|depth)\b/i.test(near) && QUAKE_WORD.test(text.slice(Math.max(0, figure.start - 200), figure.end + 60));
}

/** A storm that strikes: "Friday's typhoon", "the hurricane made landfall on Friday". */
const STORM_WORD = /\b(?:typhoon|hurricane|cyclone|tropical storm|storm)s?\b/i;

/**
 * The day the article's storm struck when it names one ("Friday's typhoon", "made landfall Friday
 * morning", "the hurricane that hit on Friday"): the storm's winds and surge hold for that day.
 */
export function stormDayOf(article: Article, published: string | undefined): string | undefined {
  return namedDay(article, published, STORM_WORD, /typhoon|hurricane|cyclone|storm|landfall/iu, (before, after) => /^(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}(?:typhoon|hurricane|cyclone|storm)\b/iu.test(after)
    || /\b(?:made|making)\s+landfall\s*(?:on\s*|early\s*|late\s*)?$/i.test(before)
    || /\b(?:typhoon|hurricane|cyclone|storm)\s+(?:that\s+)?(?:struck|hit|slammed|lashed|pounded)\s*(?:on\s*)?$/i.test(before))?.day;
}

/** True when a figure measures the storm itself: its winds' speed or its surge's height. */
export function measuresStorm(text: string, figure: Span, unit: string | undefined): boolean {
  const near = text.slice(Math.max(0, figure.start - 40), Math.min(text.length, figure.end + 40));
  if (unit && /\/h$|^(?:mph|kn|knots?)$/i.test(unit) || /-?(?:kilomet(?:er|re)s?|km|miles?)-?(?:per|an|a)-?hour\b|\bmph\b|\bkm\/h\b/i.test(text.slice(figure.start, figure.end + 25))) return /\bwinds?\b|\bgusts?\b/i.test(near);
  return /\bstorm surges?\b/i.test(near) && /\b(?:met(?:er|re)s?|feet|foot|ft|m)\b/i.test(text.slice(figure.start, figure.end + 12));
}

/** Gatherings a story names with their day ("the debate on Saturday", "Saturday's summit", "the Saturday debate"). */
const GATHERING = 'debate|summit|meeting|match|game|final|race|concert|conference|hearing|rally|ceremony|festival|talks|session|parade|marathon|tournament';
// (looked for before any time is read: a gathering's noun next to a weekday or a month, most articles have none)
const DAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\\d{1,2}';
const GATHERING_WORD = new RegExp(`\\b(?:${GATHERING})\\s+(?:(?:was\\s+|were\\s+)?held\\s+)?(?:on\\s+)?(?:${DAY_NAME})\\b|\\b(?:${DAY_NAME})(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${GATHERING})\\b`, 'iu');

/** A gathering's noun anywhere in the text. */
const GATHERING_NOUN = new RegExp(`\\b(?:${GATHERING})\\b`, 'i');
/** A gathering's noun without word edges, case-blind (a superset of the two below). */
const GATHERING_NEAR = new RegExp(GATHERING, 'iu');
/** A gathering's noun right before its day ("the debate on"), and right after it ("Saturday's summit"), made once (namedDay asks for every time mention). */
const GATHERING_BEFORE_DAY = new RegExp(`\\b(${GATHERING})\\s+(?:(?:was\\s+|were\\s+)?held\\s+)?(?:on\\s*)?$`, 'i');
const GATHERING_AFTER_DAY = new RegExp(`^(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${GATHERING})\\b`, 'iu');

/**
 * The day of the gathering a story is about, and its noun, when it names one with its day: what is
 * told of "the debate" afterwards (how long it lasted, the questions asked) holds for that day.
 */
export function gatheringDayOf(article: Article, published: string | undefined): { day: string; noun: RegExp } | undefined {
  // (the nouns alone first: the day-and-noun pattern tries every number of a figure-rich text)
  if (!GATHERING_NOUN.test(article.syntax.text)) return undefined;
  let noun = '';
  const named = namedDay(article, published, GATHERING_WORD, GATHERING_NEAR, (before, after) => {
    const m = GATHERING_BEFORE_DAY.exec(before) ?? GATHERING_AFTER_DAY.exec(after);
    noun = m?.[1]?.toLowerCase() ?? '';
    return m !== null;
  });
  return named && noun ? { day: named.day, noun: new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}\\b`, 'iu') } : undefined;
}
