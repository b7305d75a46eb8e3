// readFrontMatter: fields read and validated, findings located in the article (offsets
// shifted by the body's start, CRLF included), dates kept exactly as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontMatter, FRONT_MATTER_KEYS } from '../../../server/src/core/model/frontMatter';

/** Builds an article whose front matter holds `yaml`, and reads it the way buildArticle does. */
function read(yaml: string, eol = '\n') {
  const body = yaml.replace(/\n/g, eol);
  const article = `\uFEFF---${eol}${body}---${eol}The body.${eol}`;
  const bodyStart = article.indexOf(body);
  const { meta, findings } = readFrontMatter(body, bodyStart);
  const at = (s: { start: number; end: number }) => article.slice(s.start, s.end);
  return { meta, found: findings.map((f) => `${f.code} ${at(f.span)}`), findings, at };
}

const VALID = `id: kyiv-independent-2024-12-26
title: North Korean troops face heavy losses in Kursk
outlet: Kyiv Independent
author: Jane Doe
published: 2024-12-26
url: https://example.org/article
retrieved: 2025-01-30
by: ukraine-gur
currency: USD
`;

test('valid front matter reads every field, with key and value spans in the article', () => {
  for (const eol of ['\n', '\r\n']) {
    const { meta, found, at } = read(VALID, eol);
    assert.deepEqual(found, []);
    const { keySpans, valueSpans, ...fields } = meta;
    assert.deepEqual(fields, {
      id: 'kyiv-independent-2024-12-26', title: 'North Korean troops face heavy losses in Kursk', outlet: 'Kyiv Independent',
      author: 'Jane Doe', published: '2024-12-26', url: 'https://example.org/article', retrieved: '2025-01-30', by: 'ukraine-gur', currency: 'USD',
    });
    assert.deepEqual(Object.keys(keySpans), Object.keys(FRONT_MATTER_KEYS));
    for (const [key, span] of Object.entries(keySpans)) assert.equal(at(span), key);
    assert.equal(at(valueSpans!['by']!), 'ukraine-gur');
    assert.equal(at(valueSpans!['published']!), '2024-12-26');
  }
});

test('each problem is reported at the field, and the other fields are kept', () => {
  const cases: [string, string[]][] = [
    ['published: 2024-02-30\n', ['front-matter-invalid 2024-02-30']],
    ['published: 26 December 2024\n', ['front-matter-invalid 26 December 2024']],
    ['retrieved: 2025-1-30\n', ['front-matter-invalid 2025-1-30']],
    ['url: example.org/article\n', ['front-matter-invalid example.org/article']],
    ['by: Ukraine GUR\n', ['front-matter-invalid Ukraine GUR']],
    ['id: Kyiv_Independent\n', ['front-matter-invalid Kyiv_Independent']],
    ['title: [a, b]\n', ['front-matter-invalid [a, b]']],
    ['author:\n  name: Jane\n', ['front-matter-invalid name: Jane']],
    ['auther: Jane Doe\n', ['front-matter-unknown-key auther']],
    ['title: "unclosed\n', ['front-matter-invalid "']],
    ['title: A\ntitle: B\n', ['front-matter-invalid title']],
  ];
  for (const [yaml, expected] of cases) {
    for (const eol of ['\n', '\r\n']) {
      const { found } = read(`outlet: Kyiv Independent\n${yaml}`, eol);
      assert.deepEqual(found, expected.map((e) => e.replace(/\n/g, eol)), JSON.stringify(yaml));
    }
  }
  assert.deepEqual(read('just a line\n').found, ['front-matter-invalid just a line']);
  assert.deepEqual(read('- a\n- b\n', '\r\n').found, ['front-matter-invalid - a\r\n- b']);
  const { meta } = read('outlet: Kyiv Independent\npublished: 2024-02-30\nauther: X\nby: gur\n');
  assert.deepEqual([meta.outlet, meta.published, meta.by], ['Kyiv Independent', undefined, 'gur']);
  assert.ok(meta.keySpans['published'], 'a present key has its span even when its value is invalid');
  assert.equal(meta.keySpans['auther'], undefined);
});

test('messages quote the text and name the field', () => {
  const { findings } = read('published: 2024-02-30\nauther: X\n');
  assert.match(findings[0]!.message, /published: '2024-02-30' is not an ISO date/);
  assert.match(findings[1]!.message, /unknown front matter key 'auther'/);
});

test('dates are never shifted by the time zone', () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      for (const yaml of ['published: 2024-12-26\n', 'published: "2024-12-26"\n', '%YAML 1.1\n---\npublished: 2024-12-26\n']) {
        const { meta, found } = read(yaml);
        assert.equal(meta.published, '2024-12-26', `${tz} ${yaml}`);
        assert.deepEqual(found, []);
      }
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('bare numbers and empty values', () => {
  const { meta, found } = read('title: 1984\nauthor:\nid: 2024\n');
  assert.deepEqual(found, ['front-matter-invalid 2024']);
  assert.equal(meta.title, '1984');
  assert.equal(meta.author, undefined);
  assert.equal(meta.id, undefined, 'an id must be written as text; a bare number is not one');
});

test('an empty or comment-only front matter has no fields and no findings', () => {
  for (const yaml of ['', '# nothing\n', '\n\n']) {
    const { meta, found } = read(yaml);
    assert.deepEqual(found, []);
    assert.deepEqual(meta.keySpans, {});
  }
});
