// What the UntaggedCache equivalence tests (cache.test.ts, cache.edits.test.ts) feed it: two
// rule sets, and every corpus article and sample as a starting text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES, type Rules } from '../../../server/src/core/registry/types';
import { loadSplit } from '../../corpus/corpus';

const ROOT = join(__dirname, '..', '..', '..');

/** The default rules, and rules with not-figures and vague quantities on. */
export const RULES: Rules[] = [
  { ...DEFAULT_RULES, severity: {}, notFigures: [] },
  { ...DEFAULT_RULES, severity: {}, notFigures: ['Boeing 737', '3,000'], vagueQuantities: true },
];

/** The corpus articles (dev and held-out) and every sample, construct and error sample. */
export function texts(): string[] {
  const out = [...loadSplit('dev'), ...loadSplit('heldout')].map((a) => a.text);
  for (const dir of ['samples', 'samples/constructs', 'samples/errors']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) out.push(readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  return out;
}
