// The Claims view's welcome texts (package.json viewsWelcome): VS Code renders only links there,
// so no backticks or asterisks; and the conflicts-only view has its own text ("No conflicts").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pkg from '../../package.json';

const welcome = pkg.contributes.viewsWelcome;

test('the welcome texts hold no markdown but links', () => {
  for (const w of welcome) assert.doesNotMatch(w.contents.replace(/\[[^\]]*\]\(command:[\w.]+\)/g, ''), /`|\*\*|(^|\s)\*\w/, w.contents);
});

test('conflicts only on a workspace without conflicts says "No conflicts", not "Tag All"', () => {
  const conflicts = welcome.filter((w) => /claimmark\.groupBy == conflicts/.test(w.when));
  assert.equal(conflicts.length, 1);
  assert.match(conflicts[0]!.contents, /^No conflicts/);
  assert.doesNotMatch(conflicts[0]!.contents, /Tag All/);
  for (const w of welcome.filter((x) => /Tag All/.test(x.contents))) assert.match(w.when, /claimmark\.groupBy != conflicts/);
});
