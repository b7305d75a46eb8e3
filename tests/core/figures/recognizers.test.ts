// Recognizers-Text English specs (filtered, tests/fixtures/recognizers-text) as an outside check
// of readFigure's values: each spec file must keep at least the pass rate reached when written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSpecs, SPEC_FILES } from './recognizersCheck';

/** Minimum share of kept results read to the spec's value (reached: 220/221, 95/95, 18/18, 71/74). */
const MIN_PASS_RATE: Record<string, number> = {
  NumberModel: 0.98,
  NumberRangeModel: 0.98,
  PercentModel: 0.94,
  DimensionModel: 0.93,
};

const dir = join(__dirname, '..', '..', 'fixtures', 'recognizers-text');

test('every Recognizers-Text spec file is present and has a threshold', () => {
  assert.deepEqual([...SPEC_FILES], Object.keys(MIN_PASS_RATE));
  assert.deepEqual(SPEC_FILES.filter((f) => !existsSync(join(dir, `${f}.json`))), [], 'spec files missing from tests/fixtures/recognizers-text');
});

// One test per threshold, whatever scoreSpecs returns: a spec file that is missing or was not
// scored fails its test instead of vanishing from the run.
const scores = SPEC_FILES.every((f) => existsSync(join(dir, `${f}.json`))) ? scoreSpecs() : [];
for (const [file, min] of Object.entries(MIN_PASS_RATE)) {
  test(`Recognizers-Text ${file}: pass rate at least ${min}`, () => {
    const score = scores.find((s) => s.file === file);
    assert.ok(score, `${file}: not scored (is tests/fixtures/recognizers-text/${file}.json missing?)`);
    assert.ok(score.kept > 10, `${file}: too few kept cases (${score.kept})`);
    const rate = score.passed / score.kept;
    assert.ok(rate >= min, `${file}: ${score.passed}/${score.kept}; failures:\n${score.failures.join('\n')}`);
  });
}
