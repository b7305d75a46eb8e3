// A figure told in the simple present ("The president's request for NASA is $17.6 billion") says
// how things stand when it is said: a past day an earlier sentence lent ("This morning, the
// president announced the budget", on 4 February) is the day of that event, not its time.

/** The words right before a figure, in the present: "is", "are only", "has a", "have nearly". */
const PRESENT_BEFORE = /\b(?:is|are|has|have)\s+(?:(?:also|still|only)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** A past or perfect form in the same stretch: "has been", "was", "had". */
const PAST_BEFORE = /\b(?:been|was|were|had)\b/i;

/**
 * True when `carried`, a day an earlier sentence lent, does not date a figure its clause tells in
 * the simple present (`leading`: the figure's sentence up to it), as "The crew is 6 people" after
 * "The crew arrived on Thursday". Not a year, a month or a stretch, which a present may still speak of.
 */
export function presentAfterDay(leading: string, carried: string | undefined): boolean {
  return carried !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(carried) && PRESENT_BEFORE.test(leading) && !PAST_BEFORE.test(leading);
}
