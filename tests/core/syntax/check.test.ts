// The fixture checker itself: it must fail on a wrong, missing or extra marker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './check';

test('a right marker passes', () => {
  check(['[a]{fcat=x}', '    ^^^^ unknown-attribute fcat'].join('\n'));
});

test('a marker at the wrong place fails', () => {
  assert.throws(() => check(['[a]{fcat=x}', '   ^^^^ unknown-attribute'].join('\n')), /marks differ/);
});

test('a finding nobody marked fails', () => {
  assert.throws(() => check('[a]{fcat=x}'), /marks differ/);
});

test('a marker with a wrong message or node detail fails', () => {
  assert.throws(() => check(['[a]{fcat=x}', '    ^^^^ unknown-attribute nothing like it'].join('\n')), /expected/);
  assert.throws(() => check(['[a]{fact=x}', '         ^ @value y'].join('\n')), /expected/);
});

test('marking one node kind compares every node of that kind', () => {
  assert.throws(() => check(['[a]{fact=x} [b]{fact=y}', '^^^^^^^^^^^ @span'].join('\n')), /marks differ/);
  check(['[a]{fact=x} [b]{fact=y}', '^^^^^^^^^^^ @span', '            ^^^^^^^^^^^ @span'].join('\n'));
});
