// What a registry fact's label says beyond its id, and what a figure's clause says beyond its
// frame, where registryFacts.ts would otherwise hold the two apart: a growth rate told by its
// verb ("GDP grew 0.4%"), a fact that holds forecasts as well as outturns ("(Commission
// forecast)"), a quantity whose label says it is per a stretch ("each year") though its unit does not;
// a fact of a country the whole article never names (another story's); and the base a change fact is
// measured against, a year before or the period before, which the figure's clause may say otherwise.
import type { FactDef } from '../registry/types';
import type { Frame } from './facts';

/** Words of growth or contraction: a percentage said with one is a rate of change ("GDP grew 0.4%", "growth was 2.6 per cent through the year"). */
const GROWTH_WORDS = new Set(['grow', 'grows', 'grew', 'grown', 'growing', 'growth', 'expand', 'expanded', 'expanding', 'expansion', 'contract', 'contracted', 'contracting', 'contraction', 'shrink', 'shrank', 'shrunk', 'shrinking']);

/** True when a percentage's clause says it is growth or contraction, which a change fact holds though the reader took the figure for a level. */
export function growthSaid(frame: Frame): boolean {
  return frame.unit === 'percent' && !frame.counted && (GROWTH_WORDS.has(frame.head) || frame.clause.some((w) => GROWTH_WORDS.has(w)));
}

/** A label that says its fact holds forecasts (or estimates and forecasts) besides what was: "(Commission forecast)", "as estimated or forecast". */
const FORECASTS_HELD = /\b(?:forecasts?|projections?)\b/i;

/** True when a fact whose id names no plan holds forecasts as its label says: a forecast figure may be its value. */
export function holdsForecasts(def: FactDef): boolean {
  return FORECASTS_HELD.test(def.label ?? '');
}

/** The stretch a label says its quantity is per ("each year", "a month", "on a typical day", "weekly audience"), undefined when it says none. */
export function labelStretch(label: string | undefined): string | undefined {
  const m = /\b(?:each|a|per|every|typical|an average)\s+(day|week|month|year)\b|\b(daily|weekly|monthly|yearly|annual)\b/i.exec(label ?? '');
  if (!m) return undefined;
  if (m[1]) return m[1].toLowerCase();
  return ({ daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year' } as Record<string, string>)[m[2]!.toLowerCase()];
}

/** A figure's unit per a stretch ("count/year", "GBP/year", "g/day") as the unit it counts (undefined for a count) and that stretch, when the stretch is a day, week, month or year. */
export function perStretch(unit: string | undefined): { base: string | undefined; stretch: string } | undefined {
  const m = /^([^/]+)\/(day|week|month|year)$/.exec(unit ?? '');
  return m ? { base: m[1] === 'count' ? undefined : m[1], stretch: m[2]! } : undefined;
}

/** Words an article may name a country by besides its name or a word that starts as its name does ("Australian", "Scottish"). */
const COUNTRY_ALIASES: Record<string, readonly string[]> = Object.assign(Object.create(null), {
  uk: ['britain', 'british', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh', 'ni'], nz: ['zealander', 'kiwi'], eu: ['europe', 'european', 'brussels'],
  wales: ['welsh'], ireland: ['irish'], france: ['french'], netherlands: ['dutch'], ni: ['ulster'],
});

/** True when the article names a country (`country`, a content word of a fact's id) by its name, an alias, or a word that starts as it does ("australian" for australia). */
function articleNames(country: string, topic: ReadonlySet<string>): boolean {
  if (topic.has(country) || (COUNTRY_ALIASES[country] ?? []).some((w) => topic.has(w))) return true;
  return country.length >= 5 && [...topic].some((w) => w.length >= 5 && w.startsWith(country.slice(0, 4)));
}

/**
 * Fits less those of a country the whole article never names, when another fit's country it names:
 * "eu-unemployment-rate" is no figure of a story about Australia's jobs ("the unemployment rate has remained steady")
 * where "australia-unemployment-rate" fits too. `countriesOf` gives a fact's countries (from its id).
 */
export function ofStoryCountry<T extends { id: string }>(fits: T[], countriesOf: (id: string) => readonly string[], topic: ReadonlySet<string>): T[] {
  const named = (f: T) => { const own = countriesOf(f.id); return own.length === 0 ? undefined : own.some((c) => articleNames(c, topic)); };
  return fits.some((f) => named(f) === true) ? fits.filter((f) => named(f) !== false) : fits;
}

/** A change fact measured against a year before ("euro-area-gdp-annual-growth", "growth on the same quarter of the previous year"). */
const YEAR_ON_YEAR_FACT = /\b(?:annual|yearly|year on year|same (?:quarter|month|period) of the previous year|a year (?:earlier|before|ago))\b/i;
/** A change fact measured against the period before ("quarterly", "growth on the previous quarter"). */
const PERIOD_ON_PERIOD_FACT = /\b(?:quarterly|monthly|(?:previous|preceding|prior) (?:quarter|month))\b/i;

/**
 * True when a change fact is measured against another base than the figure's sentence says: one
 * against a year before ("on the same quarter of the previous year") is no change "compared with the
 * previous quarter", and one against the period before no change "compared with the same quarter of
 * the previous year", "a year earlier". A sentence that names both bases, or neither, says nothing.
 */
export function otherBase(id: string, def: FactDef, sentenceWords: readonly string[]): boolean {
  const text = `${id.replace(/[-_.]/g, ' ')} ${def.label ?? ''}`;
  const yearFact = YEAR_ON_YEAR_FACT.test(text);
  if (yearFact === PERIOD_ON_PERIOD_FACT.test(text.replace(YEAR_ON_YEAR_FACT, ''))) return false;
  const words = new Set(sentenceWords);
  const yearSaid = words.has('year') && (words.has('same') || words.has('earlier') || words.has('ago'));
  const periodSaid = !words.has('year') && (words.has('previous') || words.has('preceding') || words.has('prior')) && (words.has('quarter') || words.has('month'));
  return yearFact ? periodSaid : yearSaid;
}
