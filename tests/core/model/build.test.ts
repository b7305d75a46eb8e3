// buildArticle: claims from spans (ids, as-of, figure, src), mentions, .nofigure marks, and
// the findings it adds (bad-date, bad-value, unreadable-figure). It never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle } from '../../../server/src/core/model/build';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const codes = (text: string) => buildArticle('t', text).findings.map((f) => `${f.code}@${slice(text, f.span)}`);

test('a claim carries its ids, spans and readings', () => {
  const text = '[GUR]{actor=gur} said [about 3,000]{fact=nk-casualties src=ukmod-2025 quote="some 3k" note=check} fell.';
  const a = buildArticle('file:///a.claims.txt', text, 7);
  assert.equal(a.uri, 'file:///a.claims.txt');
  assert.equal(a.version, 7);
  const c = a.claims[0]!;
  assert.equal(c.text, 'about 3,000');
  assert.equal(slice(text, c.textSpan), 'about 3,000');
  assert.equal(slice(text, c.span), '[about 3,000]{fact=nk-casualties src=ukmod-2025 quote="some 3k" note=check}');
  assert.equal(slice(text, c.fact.span), 'nk-casualties');
  assert.deepEqual([c.src?.id, c.srcIsUrl, slice(text, c.src!.span)], ['ukmod-2025', false, 'ukmod-2025']);
  assert.deepEqual([c.quote, c.note], ['some 3k', 'check']);
  assert.ok(c.reading.ok && c.reading.value.kind === 'approximate' && c.reading.value.low === 3000);
  assert.equal(slice(text, c.paragraphSpan), text);
  assert.deepEqual(a.mentions.map((m) => [m.actor.id, m.text, slice(text, m.actor.span)]), [['gur', 'GUR', 'gur']]);
  assert.deepEqual(a.findings, []);
});

test('quoted id values point inside the quotes; a URL src is flagged', () => {
  const text = '[X]{actor="gur"} said [5]{fact="f" src="https://example.org/a b"}.';
  const a = buildArticle('t', text);
  assert.equal(slice(text, a.mentions[0]!.actor.span), 'gur');
  assert.equal(slice(text, a.claims[0]!.fact.span), 'f');
  assert.equal(a.claims[0]!.srcIsUrl, false, 'a URL with a space is not a URL');
  const b = buildArticle('t', '[X]{actor=gur} said [5]{fact=f src=https://example.org/a}.');
  assert.equal(b.claims[0]!.srcIsUrl, true);
});

test('as-of: explicit, a month widened, the published date, none, and bad-date', () => {
  const head = '---\npublished: 2024-12-26\n---\n';
  const a = buildArticle('t', `${head}[X]{actor=x} said [1]{fact=f asof=2024-12-23}, [2]{fact=f asof=2024-11}, [3]{fact=f asof=2024..2025-02} and [4]{fact=f}.`);
  assert.deepEqual(a.claims.map((c) => [c.asofSource, c.asof?.from, c.asof?.to]), [
    ['explicit', '2024-12-23', '2024-12-23'],
    ['explicit', '2024-11-01', '2024-11-30'],
    ['explicit', '2024-01-01', '2025-02-28'],
    ['published', '2024-12-26', '2024-12-26'],
  ]);
  const none = buildArticle('t', '[X]{actor=x} said [4]{fact=f}.');
  assert.deepEqual([none.claims[0]!.asofSource, none.claims[0]!.asof], ['none', undefined]);
  const bad = `${head}[X]{actor=x} said [4]{fact=f asof=2024-02-30}.`;
  const b = buildArticle('t', bad);
  assert.deepEqual([b.claims[0]!.asofSource, b.claims[0]!.asof], ['none', undefined], 'an unreadable asof is not silently replaced by the published date');
  assert.deepEqual(codes(bad), ['bad-date@2024-02-30']);
});

test('value= and unit= override the text; unreadable ones are bad-value at the attribute', () => {
  const a = buildArticle('t', '[X]{actor=x} said [a few thousand]{fact=f value="3,000 to 4,000"} and [984]{fact=g unit=km2}.');
  const [c1, c2] = a.claims;
  assert.ok(c1!.reading.ok && c1!.reading.value.kind === 'range' && c1!.reading.value.high === 4000);
  assert.ok(c2!.reading.ok && c2!.reading.value.unit === 'km2');
  assert.deepEqual(codes('[X]{actor=x} said [12]{fact=f value=lots}.'), ['bad-value@lots']);
  assert.deepEqual(codes('[X]{actor=x} said [12]{fact=f unit=zorkmids}.'), ['bad-value@zorkmids']);
});

test('unreadable text is unreadable-figure at the text, with the reason; an empty claim is left to empty-span', () => {
  const text = '[X]{actor=x} said [a great many]{fact=f} came.';
  const f = buildArticle('t', text).findings;
  assert.deepEqual(f.map((x) => `${x.code}@${slice(text, x.span)}`), ['unreadable-figure@a great many']);
  assert.match(f[0]!.message, /a great many.*:/);
  assert.deepEqual(codes('[X]{actor=x} said []{fact=f} came.').filter((c) => !c.startsWith('empty-span')), []);
});

test('.nofigure spans are collected; spans without a role make nothing', () => {
  const text = 'The [F-16]{.nofigure} jets and [the gauge]{note=x} read [12]{fact=f by=a}.';
  const a = buildArticle('t', text);
  assert.deepEqual(a.noFigures.map((s) => slice(text, s)), ['[F-16]{.nofigure}']);
  assert.equal(a.claims.length, 1);
  assert.equal(a.mentions.length, 0);
});

test('syntax, front matter and claim findings are collected in text order', () => {
  const text = '---\npublished: yesterday\n---\n[X]{actor=x} said [5]{fact=f asof=soon} and [6{fact=g}.\n';
  assert.deepEqual(buildArticle('t', text).findings.map((f) => f.code), ['front-matter-invalid', 'bad-date', 'unclosed-bracket']);
});

test('claims and mentions on CRLF lines and after a BOM keep exact offsets', () => {
  const text = '\ufeff[A]{actor=a} said [1]{fact=f}.\r\n\r\n[B]{actor=b} said [2]{fact=f}.\r\n';
  const a = buildArticle('t', text);
  assert.deepEqual(a.claims.map((c) => [slice(text, c.textSpan), c.actor?.id, slice(text, c.paragraphSpan)]), [
    ['1', 'a', '[A]{actor=a} said [1]{fact=f}.'],
    ['2', 'b', '[B]{actor=b} said [2]{fact=f}.'],
  ]);
});

test('never throws on random input', () => {
  const alphabet = ['[', ']', '{', '}', '=', '"', '\\', '.', ' ', '\n', '\r', 'a', '1', 'fact', 'actor', 'by', 'asof', '---', '{%', '%}', 'U.S.', '“', '”', '\ufeff', '\u0000', 'value', 'unit'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const len = Math.floor(rand() * 40);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
    const a = buildArticle('t', text);
    for (const f of a.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, JSON.stringify(text));
  }
});
