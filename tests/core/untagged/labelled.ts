// The check the detector's case files share: a sentence labelled as the corpus is (⟦F|…⟧,
// ⟦N|…⟧, ⟦E|…⟧), and the detector must report exactly its F spans, in order.
import assert from 'node:assert/strict';
import { parseCorpusFile } from '../../corpus/corpus';
import { detectFigures } from '../../../server/src/core/untagged/detect';

/** Asserts that the detector finds exactly the F-labelled spans of `labelled` (vague quantities off). */
export function checkLabelled(labelled: string): void {
  const a = parseCorpusFile('case', labelled);
  const expected = a.labels.filter((l) => l.kind === 'F').map((l) => l.text);
  const got = detectFigures(a.text, [], { vagueQuantities: false, notFigures: [] }).map((c) => c.text);
  assert.deepEqual(got, expected, a.text);
}
