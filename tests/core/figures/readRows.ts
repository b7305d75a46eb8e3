// A table check for readFigure shared by the figures tests: each row is a figure text and
// "<low>..<high> <unit>" (unit '' for a plain count), or "! reason" when it cannot be read.
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';

/** Asserts that each row's text reads as its expected value and unit. */
export function check(rows: [string, string][]): void {
  for (const [text, expected] of rows) {
    const r = readFigure(text);
    const got = r.ok ? `${Number(r.value.low.toPrecision(12))}..${Number(r.value.high.toPrecision(12))} ${r.value.unit ?? ''}`.trim() : `! ${r.reason}`;
    assert.equal(got, expected, text);
  }
}
