// The check's id numbers: dense, first seen first, the same for equal ids made apart, kept as the table grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interner } from '../../../server/src/core/base/interner';

test('Interner numbers ids densely and gives an id the same number each time', () => {
  const t = new Interner();
  const n = 5000; // several times the first table
  for (let i = 0; i < n; i++) assert.equal(t.intern(`fact-${i}`), i);
  for (let i = n - 1; i >= 0; i--) assert.equal(t.intern(['fact', String(i)].join('-')), i); // equal strings, other objects
  assert.equal(t.size, n);
  assert.equal(t.ids[1234], 'fact-1234');
  assert.equal(t.intern(''), n);
  assert.equal(t.intern('fact-0'), 0);
});
