// LineTable (the CLI's text-free positions) answers positionAt exactly as LineIndex does, on
// LF, CRLF, CR and mixed texts, at every offset and out of range, also after a JSON round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/text/lines';
import { LineTable } from '../../../server/src/core/text/lineTable';

function texts(): string[] {
  const out = ['', 'a', '\n', '\r', '\r\n', '\n\n', 'ab\r\n\r\ncd', 'x\ry\nz\r\n', 'no break', 'é😀\r\nb'];
  let seed = 3;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '😀', 'é'];
  for (let k = 0; k < 200; k++) {
    let t = '';
    for (let i = rand(30); i > 0; i--) t += pieces[rand(pieces.length)];
    out.push(t);
  }
  return out;
}

test('LineTable.positionAt equals LineIndex.positionAt everywhere, and survives JSON', () => {
  for (const text of texts()) {
    const index = new LineIndex(text);
    const table = LineTable.of(text);
    const back = LineTable.fromJSON(JSON.parse(JSON.stringify(table)));
    assert.ok(back, 'the JSON form reads back');
    for (const offset of [-5, -1, 0.5, NaN, Infinity, text.length + 3, ...Array.from({ length: text.length + 1 }, (_, i) => i)]) {
      const want = index.positionAt(offset);
      assert.deepEqual(table.positionAt(offset), want, `${JSON.stringify(text)} at ${offset}`);
      assert.deepEqual(back.positionAt(offset), want);
    }
  }
});

test('LineTable.fromJSON refuses what toJSON never makes', () => {
  for (const raw of [undefined, null, 'x', [], [1], [1, 0], [1, 0, -1], [1, 0, 0.5], [1, 0, 'a'], {}]) assert.equal(LineTable.fromJSON(raw), undefined, JSON.stringify(raw));
});

test('LineTable.placeInto writes rangeAt\'s four numbers for every pair of offsets', () => {
  const out = new Int32Array(6);
  for (const text of texts().slice(0, 80)) {
    const table = LineTable.of(text);
    const offsets = [-1, NaN, text.length + 2, ...Array.from({ length: text.length + 1 }, (_, i) => i)];
    for (const a of offsets) {
      for (const b of offsets) {
        const r = table.rangeAt(a, b);
        table.placeInto(a, b, out, 1);
        assert.deepEqual([...out.subarray(1, 5)], [r.start.line, r.start.character, r.end.line, r.end.character], `${JSON.stringify(text)} ${a}..${b}`);
      }
    }
  }
});
