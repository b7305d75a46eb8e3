// What a bare "$" or "dollars" means in an article: US dollars, unless the article is a Canadian,
// Australian, New Zealand, Singapore or Hong Kong one, where "$100 million" is that country's
// dollars. The article says so with `currency:` in its front matter; failing that, its `url`'s
// country domain does (a Statistics Canada release on statcan.gc.ca). A figure that names its
// dollar ("US$25m", "C$40", "Australian dollars") keeps it.
import type { FigureReading } from './value';

/** Countries (by their two-letter code, as domains and locales name them) whose currency, other than the US's, is a dollar written "$". */
export const LOCAL_DOLLARS: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };

/** The currencies a bare "$" may mean: US dollars and the local ones. */
export const DOLLAR_CURRENCIES: readonly string[] = ['USD', ...Object.values(LOCAL_DOLLARS)];

/** The dollar a `url` on a country's domain writes as "$" (undefined: US dollars, or not known). */
export function dollarOfUrl(url: string | undefined): string | undefined {
  const host = url ? /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  return host ? LOCAL_DOLLARS[host.slice(host.lastIndexOf('.') + 1).toUpperCase()] : undefined;
}

/** A figure that says which dollar it is: "US$", "$US", "USD", "U.S. dollars", "American dollars". */
const NAMED_US = /US\$|\$\s?US(?![A-Za-z])|\bUSD\b|\bU\.?S\.? dollars?\b|\bAmerican dollars?\b/i;

/** `reading` with a bare dollar read as `dollar` (an ISO code) when one is given; unchanged otherwise. */
export function inLocalDollars(reading: FigureReading, text: string, dollar: string | undefined): FigureReading {
  if (!dollar || dollar === 'USD' || !reading.ok || reading.value.unit !== 'USD' || NAMED_US.test(text)) return reading;
  return Object.freeze({ ok: true as const, value: Object.freeze(Object.assign({}, reading.value, { unit: dollar })) });
}
