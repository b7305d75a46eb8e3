// An open document's line table reads the TextDocument's own line starts (kept up to date edit
// by edit) instead of scanning each new text: it must give the positions the core's LineIndex
// gives for the same text, for every offset and position, after random edits that split and
// join CRLFs, add and remove breaks of every kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentLines, lineTable, wholeCharacter } from '../../server/src/lsp/convert';
import { prng, below, pick, SEED } from '../core/pipeline/prng';

const PIECES = ['\n', '\r\n', '\r', 'a', 'é', '😀', ' [x]{fact=f} ', '12', '\n\n', '\r\r\n'];

/** Every offset (and a few outside the text) and every position up to one past each line, in both tables. */
function assertSamePositions(doc: TextDocument, where: string): void {
  const text = doc.getText();
  const fromDoc = documentLines(doc);
  const fromIndex = lineTable(text);
  assert.equal(fromDoc.text, text);
  for (let offset = -2; offset <= text.length + 2; offset++) {
    assert.deepStrictEqual(fromDoc.positionAt(offset), fromIndex.positionAt(offset), `${where}: offset ${offset} of ${JSON.stringify(text)}`);
  }
  const lines = fromIndex.positionAt(text.length).line + 2;
  for (let line = -1; line <= lines; line++) {
    for (let character = -1; character <= 8; character++) {
      assert.equal(fromDoc.offsetAt({ line, character }), fromIndex.offsetAt({ line, character }), `${where}: position ${line}:${character} of ${JSON.stringify(text)}`);
    }
  }
  assert.deepStrictEqual(fromDoc.range({ start: 0, end: text.length }), fromIndex.range({ start: 0, end: text.length }));
}

test('document positions are the line index positions, for texts with every kind of break', () => {
  for (const text of ['', 'a', '\n', '\r\n', '\r', 'a\r\nb\rc\nd', 'a\n\n', 'x\r\r\ny\r', '\r\n\r\n', 'é😀\r\nz']) {
    assertSamePositions(TextDocument.create('file:///a.claims.txt', 'claimmark', 1, text), JSON.stringify(text));
  }
});

test('document positions stay the line index positions over random incremental edits', () => {
  const rand = prng(SEED + 21);
  for (let doc = 0; doc < 20; doc++) {
    let text = Array.from({ length: 12 }, () => pick(rand, PIECES)).join('');
    const document = TextDocument.create('file:///a.claims.txt', 'claimmark', 1, text);
    for (let i = 0; i < 40; i++) {
      // an offset inside a CRLF has no position of its own, and ranges never split a surrogate pair: edit around both
      const outsideCrlf = (at: number) => (text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : wholeCharacter(text, at));
      const start = outsideCrlf(below(rand, text.length + 1));
      const end = outsideCrlf(Math.max(start, Math.min(text.length, start + below(rand, 4))));
      const insert = rand() < 0.7 ? pick(rand, PIECES) : '';
      const lines = lineTable(text);
      TextDocument.update(document, [{ range: lines.range({ start, end }), text: insert }], document.version + 1);
      text = text.slice(0, start) + insert + text.slice(end);
      assert.equal(document.getText(), text, 'the edit applied as meant');
      assertSamePositions(document, `document ${doc}, edit ${i}`);
    }
  }
});
