// The import eval's body score (tests/eval/shingles.ts): the same words score as the same
// however the page or the gold encodes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shingleScore, tokens } from '../eval/shingles';

test('import eval: text in NFD (a combining diaeresis) scores as the same text in NFC', () => {
  const nfc = 'Die Südtiroler Gesellschaft für Allgemeinmedizin feierte ihr Bestehen.';
  const nfd = nfc.normalize('NFD');
  assert.notEqual(nfd, nfc);
  assert.deepEqual(tokens(nfd), tokens(nfc));
  assert.equal(shingleScore(nfc, nfd).f1, 1);
});

test('import eval: a soft hyphen or a zero-width space inside a word is no word break', () => {
  assert.deepEqual(tokens('der Geschlechts\u00adeintrag und der Vor\u200bname'), ['der', 'geschlechtseintrag', 'und', 'der', 'vorname']);
  assert.equal(shingleScore('Der Geschlechtseintrag kann auf dem Standesamt geändert werden.', 'Der Geschlechts\u00adeintrag kann auf dem Standesamt geändert werden.').f1, 1);
});
