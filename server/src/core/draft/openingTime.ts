// The time a sentence opens on, from the sentences before it in the paragraph: "At the time" takes
// the last time the one before named, "Five years later" moves the lent time on (split from asof.ts).
import { addDays } from '../base/dates';
import { numberWord } from '../base/spelledDates';

/** A sentence that opens on the time the one before it named: "At the time, the nation had just 10 kilometers of roads". */
const THAT_TIME = /^\s*(?:at\s+(?:the|that)\s+time|back\s+then|by\s+then)\b/i;

/** A sentence that opens a stretch after or before the time before it: "Five years later, that number was 2,895", "Two days earlier", "The next day". */
const LATER = /^\s*(\d+|[a-z]+)\s+(years?|days?|weeks?)\s+(later|earlier)\b|^\s*(?:the\s+)?(next|following|previous)\s+(day)\b|^\s*(?:a|one)\s+(day)\s+(later|earlier|before)\b/i;

/** Whole tens in words ("Forty years later"): numberWord reads one to nineteen. */
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * The time a sentence starts from, given the time the sentences before lent (`carried`) and the
 * last time the one before named (`last`): that last time after "At the time", the lent time moved
 * on after "Five years later" ("In 2018, the world sent 452 objects into space. Five years later,
 * that number was 2,895": 2023; "Forty years later" in whole tens too), else the lent time.
 */
export function openingTime(sentence: string, carried: string | undefined, last: string | undefined): string | undefined {
  if (last && THAT_TIME.test(sentence)) return last;
  const later = LATER.exec(sentence);
  if (!later || !carried) return carried;
  // ("Five years later", "Two days earlier", "The next day", "A day before")
  const count = later[1] ? (/^\d+$/.test(later[1]) ? Number(later[1]) : /^(?:a|one)$/i.test(later[1]) ? 1 : numberWord(later[1].toLowerCase()) ?? TENS[later[1].toLowerCase()]) : 1;
  const unit = later[2] ?? later[5] ?? later[6]!;
  const back = /^(?:earlier|previous|before)$/i.test(later[3] ?? later[4] ?? later[7] ?? '');
  if (!count) return carried;
  const n = back ? -count : count;
  if (/^years?$/i.test(unit)) return /^\d{4}(?:-\d{2}){0,2}$/.test(carried) ? `${Number(carried.slice(0, 4)) + n}${carried.slice(4)}` : carried;
  return /^\d{4}-\d{2}-\d{2}$/.test(carried) ? addDays(carried, n * (/^weeks?$/i.test(unit) ? 7 : 1)) ?? carried : carried;
}
