// Recognizers-Text English specs (filtered, tests/fixtures/recognizers-text) as an outside check
// of readFigure's values: each spec file must keep at least the pass rate reached when written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSpecs } from './recognizersCheck';

/** Minimum share of kept results read to the spec's value (reached: 220/221, 95/95, 18/18, 71/74). */
const MIN_PASS_RATE: Record<string, number> = {
  NumberModel: 0.98,
  NumberRangeModel: 0.98,
  PercentModel: 0.94,
  DimensionModel: 0.93,
};

for (const score of scoreSpecs()) {
  test(`Recognizers-Text ${score.file}: pass rate at least ${MIN_PASS_RATE[score.file]}`, () => {
    assert.ok(score.kept > 10, `${score.file}: too few kept cases (${score.kept})`);
    const rate = score.passed / score.kept;
    assert.ok(rate >= MIN_PASS_RATE[score.file]!, `${score.file}: ${score.passed}/${score.kept}; failures:\n${score.failures.join('\n')}`);
  });
}
