// Gold values of the beats corpus (tests/corpus/beats/README.md): `v=` and `u=` on F labels,
// and whether a reading of the detected text gives that value and unit.
import type { FigureReading } from '../../server/src/core/figures/value';
import { normalizeUnit, unitInfo } from '../../server/src/core/figures/units';

/** A gold value: the sides an editor states (undefined: open, not compared) and the unit id. */
export interface GoldValue { low?: number; high?: number; unit?: string }

const NUM = /^-?(\d+(\.\d+)?|\.\d+)(e-?\d+)?$/;

/** Parses `v=` (12, 10..16, 39.., ..3) and `u=`; undefined when `v` is missing or malformed. */
export function parseGoldValue(attrs: Record<string, string>): GoldValue | undefined {
  const v = attrs.v;
  if (v === undefined) return undefined;
  const unit = attrs.u;
  const dots = v.indexOf('..');
  if (dots < 0) return NUM.test(v) ? { low: Number(v), high: Number(v), unit } : undefined;
  const a = v.slice(0, dots);
  const b = v.slice(dots + 2);
  if ((a !== '' && !NUM.test(a)) || (b !== '' && !NUM.test(b)) || (a === '' && b === '')) return undefined;
  return { low: a === '' ? undefined : Number(a), high: b === '' ? undefined : Number(b), unit };
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** True when `reading` gives the gold value's stated sides and its unit (undefined = a plain count). */
export function readsAs(reading: FigureReading, gold: GoldValue): boolean {
  if (!reading.ok) return false;
  const r = reading.value;
  // (a gold unit id is read as a claim's unit= is: `L` is the product's `l`, litres either way)
  const goldUnit = gold.unit === undefined ? undefined : normalizeUnit(gold.unit) ?? gold.unit;
  // (another unit of one dimension is the same value written another way: "6 teraflops" is 6e12 FLOPS, as claims compare;
  // not percent and percentage points, which share a dimension but are told apart)
  const [mine, theirs] = [r.unit ? unitInfo(r.unit) : undefined, goldUnit ? unitInfo(goldUnit) : undefined];
  const scaled = r.unit !== goldUnit && mine && theirs && mine.dimension === theirs.dimension && mine.dimension !== 'percent';
  if (r.unit !== goldUnit && !scaled) return false;
  const factor = scaled ? mine.toBase / theirs.toBase : 1;
  if (gold.low !== undefined && !close(r.low * factor, gold.low)) return false;
  if (gold.high !== undefined && !close(r.high * factor, gold.high)) return false;
  // a bound must read as a bound: "over 400" is not 400 exactly
  if (gold.low === undefined && Number.isFinite(r.low) && r.low !== 0) return false;
  if (gold.high === undefined && Number.isFinite(r.high)) return false;
  return true;
}
