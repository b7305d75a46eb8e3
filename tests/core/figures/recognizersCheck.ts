// Runs readFigure on the filtered Recognizers-Text specs (tests/fixtures/recognizers-text) and
// checks each result's value: shared by recognizers.test.ts (thresholds) and tests/eval (report).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFigure } from '../../../server/src/core/figures/read';
import type { FigureValue } from '../../../server/src/core/figures/value';
import { DIMENSION_UNITS } from '../../fixtures/recognizers-text/filter';

interface SpecResult { Text: string; TypeName: string; Start: number; End: number; Resolution?: { subtype?: string; value?: string | null; unit?: string } }
interface SpecCase { Input: string; Results: SpecResult[] }

/** The spec files, in report order. */
export const SPEC_FILES = ['NumberModel', 'NumberRangeModel', 'PercentModel', 'DimensionModel'] as const;

/** One spec file's score and its failures (text, expected, got). */
export interface SpecScore { file: string; kept: number; passed: number; failures: string[] }

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * Our reading reports a fraction ("two thirds", "1/5") as percent (66.7) so it compares with "40%";
 * the specs give the ratio (0.667). Number and range specs never contain "%", so a percent reading
 * there is a fraction and is compared divided by 100.
 */
function ratio(v: FigureValue): { low: number; high: number; unit?: string } {
  return v.unit === 'percent' ? { low: v.low / 100, high: v.high / 100 } : { low: v.low, high: v.high, unit: v.unit };
}

function show(v: FigureValue): string {
  return `${v.kind} ${v.lowInclusive ? '[' : '('}${v.low},${v.high}${v.highInclusive ? ']' : ')'}${v.unit ? ' ' + v.unit : ''}`;
}

/** Checks the reading of one result; returns undefined when it passes, else what was read. */
function check(file: string, r: SpecResult, text: string): string | undefined {
  const reading = readFigure(text);
  const expected = r.Resolution?.value === 'null' ? null : r.Resolution?.value;
  if (expected === null || expected === undefined) return reading.ok ? `read ${show(reading.value)}, expected no figure` : undefined;
  if (!reading.ok) return `unreadable: ${reading.reason}`;
  const v = reading.value;
  const got = show(v);
  if (file === 'NumberRangeModel') {
    // "[20,30)": a blank side is unbounded; an upper bound here starts at 0 (docs/format.md)
    const m = /^([[(])(-?[\d.E+-]*),(-?[\d.E+-]*)([\])])$/.exec(expected);
    if (!m) return `cannot parse expected ${expected}`;
    const { low, high, unit } = ratio(v);
    if (unit !== undefined) return got;
    const lowOk = m[2] === '' ? low === -Infinity || (v.kind === 'upper-bound' && low === 0) : close(low, Number(m[2])) && v.lowInclusive === (m[1] === '[');
    // The specs write every stated range half-open ("20 to 30" = [20,30)); this product reads a stated range as closed.
    const rangeConvention = v.kind === 'range' && m[1] === '[' && m[4] === ')';
    const highOk = m[3] === '' ? high === Infinity : close(high, Number(m[3])) && (v.highInclusive === (m[4] === ']') || rangeConvention);
    return lowOk && highOk ? undefined : got;
  }
  if (v.low !== v.high || (v.kind !== 'exact' && v.kind !== 'approximate')) return got;
  if (file === 'PercentModel') return v.unit === 'percent' && close(v.low, Number(expected.replace('%', ''))) ? undefined : got;
  if (file === 'DimensionModel') return v.unit === DIMENSION_UNITS[r.Resolution?.unit ?? ''] && close(v.low, Number(expected)) ? undefined : got;
  const { low, unit } = ratio(v);
  return unit === undefined && close(low, Number(expected)) ? undefined : got;
}

/** The figure text of a result: the input as written at the result's span (the spec's Text is lower-cased). */
function figureText(c: SpecCase, r: SpecResult): string {
  const slice = c.Input.slice(r.Start, r.End + 1);
  return slice.toLowerCase() === r.Text.toLowerCase() ? slice : r.Text;
}

/** Scores every kept result of every spec file. */
export function scoreSpecs(): SpecScore[] {
  const dir = join(__dirname, '..', '..', 'fixtures', 'recognizers-text');
  return SPEC_FILES.map((file) => {
    const cases = JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as SpecCase[];
    const score: SpecScore = { file, kept: 0, passed: 0, failures: [] };
    for (const c of cases) {
      for (const r of c.Results) {
        score.kept++;
        const text = figureText(c, r);
        const failure = check(file, r, text);
        if (failure === undefined) score.passed++;
        else score.failures.push(`${JSON.stringify(text)}: expected ${r.Resolution?.value ?? 'no figure'}${r.Resolution?.unit ? ' ' + r.Resolution.unit : ''}, got ${failure}`);
      }
    }
    return score;
  });
}
