// Hover cards: a claim's citation card, actor and id cards, registry entries; text escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/features/hover';
import { ARTICLE_A, ARTICLE_B, REGISTRY, REG_URI, offsetIn, uriOf, workspace } from './helpers';

const ws = workspace({ 'a.claims.txt': ARTICLE_A, 'b.claims.txt': ARTICLE_B }, REGISTRY);
const at = (name: string, text: string, marked: string) => hoverAt(ws, uriOf(name), offsetIn(text, marked));

test('a claim shows its citation card', () => {
  const h = at('a.claims.txt', ARTICLE_A, '[ab|out 3,000]');
  assert.ok(h);
  for (const part of ['North Korean troops killed or wounded', 'about 3,000 people', 'Volodymyr Zelenskyy', 'President of Ukraine', '2024-12-23', 'Example News', '[link](https://example.org/a)']) {
    assert.ok(h.markdown.includes(part), `missing ${part} in\n${h.markdown}`);
  }
  assert.equal(ARTICLE_A.slice(h.span.start, h.span.end).startsWith('[about 3,000]{'), true);
});

test('the card lists the other reports of the fact, across articles', () => {
  const h = at('a.claims.txt', ARTICLE_A, '[ab|out 3,000]')!;
  assert.match(h.markdown, /Other reports of North Korean troops killed or wounded\*\* \(1/);
  assert.ok(h.markdown.includes('UK Ministry of Defence: “up to 1,000”'), h.markdown);
});

test('a claim citing a registry source shows it with its link', () => {
  const h = at('b.claims.txt', ARTICLE_B, '[up| to 1,000]')!;
  assert.ok(h.markdown.includes('**Source:** UK Ministry of Defence, [link](https://example.org/update) (ukmod-2025-01-24)'), h.markdown);
});

test('an actor mention shows who it is and where it is used', () => {
  const h = at('a.claims.txt', ARTICLE_A, '[V|olodymyr')!;
  assert.match(h.markdown, /\*\*Volodymyr Zelenskyy\*\* · actor zelenskyy/);
  assert.match(h.markdown, /1 claim attributed/);
});

test('an id in an attribute and a registry key show the id card', () => {
  const h = at('b.claims.txt', ARTICLE_B, 'src=|ukmod')!;
  assert.match(h.markdown, /source ukmod-2025-01-24/);
  const r = hoverAt(ws, REG_URI, offsetIn(REGISTRY, 'uk|-mod:'))!;
  assert.match(r.markdown, /\*\*UK Ministry of Defence\*\* · actor uk-mod/);
  assert.match(r.markdown, /Written 1 time in 1 file/);
});

test('hostile article text is escaped in the card', () => {
  const evil = `---\ntitle: "<img src=x onerror=alert(1)> [x](command:evil)"\nurl: javascript:alert(1)\n---\nThey said [<b>3</b>]{fact=nk-casualties by=zelenskyy note="[y](command:z) \`code\`"} died.\n`;
  const w = workspace({ 'e.claims.txt': evil }, REGISTRY);
  const h = hoverAt(w, uriOf('e.claims.txt'), offsetIn(evil, '|3</b>'))!;
  assert.doesNotMatch(h.markdown, /(^|[^\\])<(img|b)/);
  assert.doesNotMatch(h.markdown, /(^|[^\\])\[(x|y)\]\(command/);
  assert.doesNotMatch(h.markdown, /javascript:alert\(1\)\]|\]\(javascript/);
  assert.doesNotMatch(h.markdown, /(^|[^\\])`/);
});

test('no hover on plain prose', () => {
  assert.equal(at('a.claims.txt', ARTICLE_A, 's|oldiers were'), undefined);
});
