// A measure's own rate after its unit: "120 miles an hour", "two million barrels of oil a day",
// "200 gigatons of ice per year" (expression.ts reads the rest of a figure's expression).
import { PERIODS } from './lexicon';

/** " of ice per year", " of grain a day": a stuff of one or two words (not "the ...") and its period; never a time back ("a year ago"). */
const STUFF_PER_PERIOD = /^ of (?!(?:the|a|an|its|their|this|that|which)\b)(?:[a-z]+ )?[a-z]+ (?:per|an?) ([a-z]+)\b(?! (?:ago|earlier|before|later|after|prior)\b)/;

/** Units of distance, data and energy whose use is told per period: "miles", "km", "GB", "gigabytes", "kWh", "megawatt-hours". */
const USAGE_UNITS = /(?:\bmiles|\bkilomet(?:er|re)s|\bkm|GB|MB|TB|\bgigabytes|\bmegabytes|\bterabytes|kWh|MWh|GWh|\bkilowatt-?hours|\bmegawatt-?hours)$/i;

/** A unit of money before "per": "$2.14 per gallon", "29 cents per pound" keep the price alone. */
export const MONEY_UNIT = /\b(?:dollars?|cents?|pence|euros?|pounds? sterling|yuan|yen|rupees?)\s*$|^\s*$/i;

/** Where a measure's expression ends once its rate after `end` is taken in; the unit runs from `unitFrom`: a currency's "a barrel" or "a year" stays out. */
export function measureRateEnd(text: string, end: number, unitFrom: number): number {
  // (each rate opens with " a" or " o": most measures are followed by neither)
  const c1 = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || (c1 !== 97 && c1 !== 111)) return end;
  // "120 miles an hour", "344 meters a second": a speed, the unit's own rate (a price's "a barrel" stays out)
  const speed = /^ (?:an hour|a second)\b/.exec(text.slice(end, end + 10));
  if (speed && /(?:mile|kilomet|km|knot|feet|foot|meter|metre)s?$/i.test(text.slice(Math.max(0, end - 12), end))) return end + speed[0].length;
  // "30 million barrels a day", "two million barrels of oil a day": oil's flow, as "barrels per day" is
  const flow = /^(?: of (?:crude )?oil)? a day\b/.exec(text.slice(end, end + 20));
  if (flow && /\bbarrels$/i.test(text.slice(Math.max(0, end - 8), end))) return end + flow[0].length;
  // ("biking 300-400 miles a week", "23GB a month", "12 kWh a day": a distance, data or energy used per period is its rate, as "per day" is)
  const usage = /^ an? (day|week|month|year)\b(?! (?:ago|earlier|before|later|after|prior)\b)/.exec(text.slice(end, end + 16));
  if (usage && USAGE_UNITS.test(text.slice(Math.max(unitFrom, end - 16), end))) return end + usage[0].length;
  // "200 gigatons of ice per year": a measure of a stuff per period is its flow (a dose's "5 mg a day" keeps its period out, as the corpus labels it)
  // (not after "pounds", weight or money: "40 pounds of beef a week" keeps its plain reading; nor a time's
  // "five days a week", a schedule)
  const stuff = !text.startsWith(' of ', end) || MONEY_UNIT.test(text.slice(unitFrom, end)) || /(?:pounds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i.test(text.slice(Math.max(0, end - 8), end)) ? null : STUFF_PER_PERIOD.exec(text.slice(end, end + 48));
  return stuff && PERIODS.has(stuff[1]!) ? end + stuff[0].length : end;
}
