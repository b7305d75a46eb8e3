// Whether a registry fact's unit fits a figure's (a rate only a rate of the same stretch, a price
// per a thing its currency, a fraction a percentage), and the noun a registry unit counts
// ("unit: bales" counts bales). Read by registryFacts.ts and registryFeatures.ts.
import type { FactDef } from '../registry/types';
import { normalizeUnit, unitInfo } from '../figures/units';
import { singular } from './facts';
import { spelling } from './spelling';
import { labelStretch, perStretch } from './registryLabels';

/** A unit of a rate ("troops per day", "bbl/day"); "per cent" is no rate (registries in British English write it so), nor "per 100,000 workers" (a ratio to a population). */
export const rate = (u: string | undefined) => /\bper\b(?![\s-]*(?:cent\b|\d))|\//.test(u ?? '');

/** True when a registry fact's unit and a figure's unit measure the same thing. */
export function unitsFit(factUnit: string | undefined, figureUnit: string | undefined): boolean {
  // a rate ("troops per day", "bbl/day") is never a plain count, nor a count a rate (a price
  // may leave its "an hour" out: "$23.18" is hourly earnings)
  if (factUnit !== undefined && rate(factUnit) !== rate(figureUnit) && !(rate(factUnit) && figureUnit && unitInfo(figureUnit)?.dimension.startsWith('currency'))) return false;
  // two rates fit when they are per the same stretch ("troops per day" and "count/day")
  if (rate(factUnit) && rate(figureUnit)) return stretchOf(factUnit!) === stretchOf(figureUnit!);
  if (!factUnit) return figureUnit === undefined || figureUnit === 'percent' ? true : !figureUnit;
  // (registries write units as people do: "days", "USD per hour")
  const a = unitInfo(normalizeUnit(factUnit) ?? factUnit);
  const b = figureUnit ? unitInfo(figureUnit) : undefined;
  // (a fraction or a ratio is a percentage read: "half", "two-thirds")
  if (figureUnit === 'percent' && /^(?:fraction|ratio|proportion)s?$/i.test(factUnit.trim())) return true;
  // (a registry may leave the scale out: "degrees" holds "3.6 degrees Fahrenheit" and "2 degrees Celsius")
  if (!a && /^degrees?$/i.test(factUnit.trim()) && b) return b.dimension.startsWith('temperature');
  if (!figureUnit) return !a || a.dimension === 'count';
  // a price per a thing the unit table does not know ("USD per barrel", "USD per ounce") is that currency's
  // (written out too: "US dollars per barrel")
  const priced = /^(\S.*?)\s*(?:\bper\b|\/)/.exec(factUnit);
  if (!a && priced && b && unitInfo(normalizeUnit(priced[1]!) ?? priced[1]!)?.dimension.startsWith('currency')) return unitInfo(normalizeUnit(priced[1]!) ?? priced[1]!)?.dimension === b.dimension;
  return a !== undefined && b !== undefined && (a.dimension === b.dimension || a.dimension.startsWith(`rate:${b.dimension}/`));
}

/** What a rate is per, spelled one way: "gallons per minute" and "gal/min" are per minute, "pounds per harvested acre" per acre. */
function stretchOf(unit: string): string | undefined {
  const last = /(?:\bper\b|\/)\s*(?:[\w-]+\s+)*?([a-z]+)\s*$/i.exec(unit)?.[1]?.toLowerCase();
  return last === undefined ? undefined : STRETCHES[last] ?? singular(last);
}

/** True when a fact's unit fits a figure's, or its label says per the stretch the figure's unit is per ("Women who die ... each year" holds "430,000 a year"). */
export const unitFitsFact = (def: FactDef, unit: string | undefined, per = perStretch(unit)): boolean => unitsFit(def.unit, unit) || (!!per && !rate(def.unit) && per.stretch === labelStretch(def.label) && unitsFit(def.unit, per.base));

/** Short forms of a rate's stretch as the unit table writes them. */
const STRETCHES: Record<string, string> = Object.assign(Object.create(null), { s: 'second', sec: 'second', min: 'minute', h: 'hour', hr: 'hour', d: 'day', wk: 'week', mo: 'month', yr: 'year' });

/** The noun a registry unit counts ("bales" → bale), undefined for a measure the unit table knows ("USD", "km2") or a phrase. */
export function unitNoun(unit: string | undefined): string | undefined {
  if (!unit || !/^[a-z]+$/i.test(unit) || unitInfo(normalizeUnit(unit) ?? unit)) return undefined;
  return spelling(singular(unit.toLowerCase()));
}
