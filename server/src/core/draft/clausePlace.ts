// Where a figure's clause is and whose it is: the place it names ("killed in Nikopol") or the named
// subject it opens with ("The Navy made 100 percent"), so that parallel figures of places or subjects
// are told apart as parallel quantities.
import { kebab } from '../untagged/naming';

const PLACE = /\b(?:in|at|near|across|from|to|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u;
const NOT_PLACES = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a)$/i;

/** The place a clause names ("killed in Nikopol" → "nikopol"), '' when none. */
export function placeOf(clause: string): string {
  const m = PLACE.exec(clause);
  if (!m) return '';
  const words = m[1]!.split(/\s+/).filter((w) => !NOT_PLACES.test(w)).map((w) => w.replace(/[’']s$/, ''));
  return kebab(words, 3);
}

/** A named subject right before the figure's verb: "The Navy made" (100 percent), "Nelson, which increased", "Northland (up". */
const NAMED_SUBJECT = /(?:^|[.;:]\s+|,\s+(?:and\s+)?|\band\s+)(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)(?:,\s+which)?\s+(?:\(\s*)?(?:made|had|reached|attained|achieved|finished(?:\s+the\s+year)?\s+at|followed\s+with|recorded|posted|was|were|rose|fell|grew|increased|decreased|declined|up|down)\s+(?:by\s+|at\s+|to\s+)?$/u;

/** The named subject of a figure's clause, as kebab words ('' when none): parallel subjects' figures are parallel quantities. */
export function namedSubjectOf(before: string): string {
  const m = NAMED_SUBJECT.exec(before);
  return m && !NOT_PLACES.test(m[1]!) ? kebab(m[1]!.split(/\s+/).map((w) => w.replace(/[’']s$/, '')), 3) : '';
}
