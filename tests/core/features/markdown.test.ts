// Hover markdown is untrusted: escapeMarkdown and safeLink against hostile inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, isSafeUrl, safeLink } from '../../../server/src/core/features/markdown';

/** No link or image syntax, no raw HTML tag, no code span survives in the escaped text. */
function assertInert(md: string): void {
  assert.doesNotMatch(md, /(^|[^\\])\[[^\]]*(^|[^\\])\]\(/, `link syntax in ${md}`);
  assert.doesNotMatch(md, /(^|[^\\])<[a-z/!]/i, `raw HTML in ${md}`);
  assert.doesNotMatch(md, /(^|[^\\])`/, `code span in ${md}`);
  assert.doesNotMatch(md, /[\r\n]/, `line break in ${md}`);
}

const HOSTILE = [
  '[x](command:workbench.action.terminal.new)',
  '[click](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '```js\nalert(1)\n```',
  '`code` and ``more``',
  '<https://evil.example>',
  '[ref]: command:evil',
  '&lt;img onerror&gt;',
  '# Heading\n- list\n> quote',
  '\\[x\\](command:y)',
  '[a](<command:y>)',
  '*bold* _em_ ~~strike~~ | table |',
];

test('escapeMarkdown leaves no link, HTML, code or line break in hostile text', () => {
  for (const input of HOSTILE) assertInert(escapeMarkdown(input));
});

test('escapeMarkdown keeps ids and dates readable', () => {
  assert.equal(escapeMarkdown('nk-casualties 2024-12-23 ukmod-2025.01'), 'nk-casualties 2024-12-23 ukmod-2025.01');
});

test('escapeMarkdown defuses block syntax at the start of a line', () => {
  for (const input of ['- item', '1. item', '=====', '> quote', '# title', '+ item']) {
    const out = escapeMarkdown(input);
    assert.ok(/^\\/.test(out) || /^\d+\\/.test(out), `${JSON.stringify(input)} -> ${out}`);
  }
  assert.equal(escapeMarkdown('    indented code'), 'indented code');
});

test('escapeMarkdown cuts very long text', () => {
  assert.ok(escapeMarkdown('a'.repeat(10_000)).length < 600);
});

test('only http(s) URLs become links', () => {
  for (const url of ['javascript:alert(1)', 'command:evil', 'file:///etc/passwd', 'data:text/html,<b>', 'vbscript:x', 'http://', 'https://a b', ' https://x.org']) {
    assert.equal(isSafeUrl(url), false, url);
    const md = safeLink('link', url);
    assertInert(md);
    assert.doesNotMatch(md, /\]\(/, `${url} became a link: ${md}`);
  }
  assert.equal(safeLink('link', 'https://example.org/a'), '[link](https://example.org/a)');
});

test('a safe link cannot break out of its destination', () => {
  const md = safeLink('x]<b>', 'https://example.org/a)(command:evil)[y]');
  assert.equal(md, '[x\\]\\<b\\>](https://example.org/a%29%28command:evil%29%5By%5D)');
});
