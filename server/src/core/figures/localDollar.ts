// What a bare "$" or "dollars" means in an article: US dollars, unless the article is a Canadian,
// Australian, New Zealand, Singapore or Hong Kong one, where "$100 million" is that country's
// dollars. The article says so with `currency:` in its front matter; failing that, its `url`'s
// country domain does (a Statistics Canada release on statcan.gc.ca). A figure that names its
// dollar ("US$25m", "C$40", "Australian dollars") keeps it. Without either, and on a generic
// domain (.com, .org ...), the text does: a story that names New Zealand places over and over and
// the United States hardly at all is a New Zealand one.
import type { FigureReading } from './value';

/** Countries (by their two-letter code, as domains and locales name them) whose currency, other than the US's, is a dollar written "$". */
export const LOCAL_DOLLARS: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };

/** The currencies a bare "$" may mean: US dollars and the local ones. */
export const DOLLAR_CURRENCIES: readonly string[] = ['USD', ...Object.values(LOCAL_DOLLARS)];

/** The dollar a `url` on a country's domain writes as "$" (undefined: US dollars, or not known). */
export function dollarOfUrl(url: string | undefined): string | undefined {
  const host = hostOf(url);
  return host ? LOCAL_DOLLARS[host.slice(host.lastIndexOf('.') + 1).toUpperCase()] : undefined;
}

/** A url's host in lower case, if it has one. */
function hostOf(url: string | undefined): string | undefined {
  return url ? /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
}

/**
 * Places and bodies that set a story in a country whose dollar is written "$", one group per
 * currency in DOLLAR_GROUPS' order, and last the United States' names: one pass over the text.
 */
const PLACES = new RegExp([
  'Canad(?:a|ian|ians)|Ottawa|Toronto|Montr[eé]al|Vancouver|Calgary|Edmonton|Winnipeg|Ontario|Qu[eé]bec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland',
  'Australia|Australians?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Queensland|New South Wales|Tasmania',
  'New Zealand(?:ers?)?|NZ|Auckland|Wellington|Christchurch|M[aā]ori|Aotearoa|Canterbury|Waikato|Otago|Southland|Taranaki|Wairarapa|Manawat[uū]|Hawke[’\']s Bay|Bay of Plenty|Tauranga|Dunedin|Rotorua|Whanganui|Queenstown',
  'Singapore(?:ans?)?',
  'Hong Kong(?:ers?)?',
  'U\\.S\\.A?|USA?|United States|America|Americans?|Washington|New York|California|Texas|Florida|Chicago',
].map((names) => `\\b(${names})(?![\\w$])`).join('|'), 'g');
const DOLLAR_GROUPS = ['CAD', 'AUD', 'NZD', 'SGD', 'HKD'];

/**
 * The statistics office, central bank or official title that signs a country's releases, one per
 * currency in DOLLAR_GROUPS' order (Singapore and Hong Kong have none here): named once, it counts
 * as the country named three times. "Government Statistician" heads Statistics New Zealand and
 * signs its releases under the chief's name; Queensland's and Ghana's are named with their place.
 */
const AGENCIES = [
  /\b(?:Statistics Canada|StatCan|Bank of Canada)\b/,
  /\b(?:Australian Bureau of Statistics|Reserve Bank of Australia)\b/,
  /\b(?:Stats NZ|Statistics New Zealand|Reserve Bank of New Zealand)\b|(?<!(?:Queensland|Ghana|Ghana['’]s)\s)\bGovernment Statistician\b/,
];

/** A host on a generic domain (.com, .org, .net ...), whose country its text must tell. */
const GENERIC_HOST = /\.(?:com|org|net|info|news|io|co)$/;

/**
 * The dollar a text's places write as "$" (unless it counts in pounds or euros): the country it
 * names at least 3 times (its agency once counts as 3), more than twice as often as the United States and more than any other
 * such country (undefined: US dollars).
 */
export function dollarOfText(text: string): string | undefined {
  // (a writer who counts in pounds or euros writes the US dollar "$": the BBC on a Canadian firm)
  if (/[£€]\s?\d/.test(text)) return undefined;
  const counts = [0, 0, 0, 0, 0, 0];
  PLACES.lastIndex = 0;
  for (let m = PLACES.exec(text); m; m = PLACES.exec(text)) counts[m.indexOf(m[0], 1) - 1]!++;
  // (a release signed by its agency says whose it is, though its text may name no place: "Liz Smith, Government Statistician")
  for (let i = 0; i < AGENCIES.length; i++) if (AGENCIES[i]!.test(text)) counts[i]! += 3;
  const us = counts.pop()!;
  const most = Math.max(...counts);
  const best = counts.indexOf(most);
  return most >= 3 && counts.filter((n) => n === most).length === 1 && most > 2 * us ? DOLLAR_GROUPS[best] : undefined;
}

/** The dollar an article at `url` with `text` writes as "$": its domain's country, else (on a generic or no domain) its text's. */
export function dollarOfArticle(url: string | undefined, text: string): string | undefined {
  const byUrl = dollarOfUrl(url);
  if (byUrl || (url && !GENERIC_HOST.test(hostOf(url) ?? ''))) return byUrl;
  return dollarOfText(text);
}

/** A figure that says which dollar it is: "US$", "$US", "USD", "U.S. dollars", "American dollars". */
const NAMED_US = /US\$|\$\s?US(?![A-Za-z])|\bUSD\b|\bU\.?S\.? dollars?\b|\bAmerican dollars?\b/i;

/** `reading` with a bare dollar read as `dollar` (an ISO code) when one is given; unchanged otherwise. */
export function inLocalDollars(reading: FigureReading, text: string, dollar: string | undefined): FigureReading {
  if (!dollar || dollar === 'USD' || !reading.ok || reading.value.unit !== 'USD' || NAMED_US.test(text)) return reading;
  return Object.freeze({ ok: true as const, value: Object.freeze(Object.assign({}, reading.value, { unit: dollar })) });
}
