// `claimmark export`: JSON records (every field the issue lists), CSV that round-trips through
// a strict RFC 4180 reader (quotes, commas, line breaks, BOM, formula defusing), and
// ClaimReview JSON-LD with the documented mapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell } from '../../server/src/cli/export/csv';
import { cli, teamRepo } from './teams-helpers';

/** A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else {
      assert.ok(c !== '"' && c !== '\n' && c !== '\r', `stray ${JSON.stringify(c)} at ${i}`);
      (field += c), i++;
    }
  }
  assert.equal(field, '', 'the last row ends with CRLF');
  return rows;
}

test('export json: every claim with actor, fact, figure, value, unit, as-of, article, source and position', () => {
  const dir = teamRepo();
  const r = cli(dir, ['export', 'articles']);
  assert.equal(r.status, 0, r.stderr);
  const claims = JSON.parse(r.stdout).claims;
  assert.deepEqual(claims.map((c: { figure: string }) => c.figure), ['three', 'about 120', 'over 100', '5', '11']);
  const [three, about120, over100, five] = claims;
  assert.deepEqual(three.actor, { id: 'fire-service', name: 'Riverton Fire Service', role: null, kind: 'organisation', attribution: 'sentence' });
  assert.deepEqual(three.fact, { id: 'people-missing', label: 'People missing after the flood', unit: 'people', kind: 'level' });
  assert.deepEqual(three.value, { low: 3, high: 3, lowInclusive: true, highInclusive: true, kind: 'exact' });
  assert.deepEqual(three.article, { id: 'fire-report', outlet: 'Riverton Post', title: 'Fire service counts the missing', author: null, url: 'https://example.org/post/fire', published: '2024-03-02' });
  assert.deepEqual(three.asof, { from: '2024-03-02', to: '2024-03-02' });
  assert.equal(three.asofSource, 'published');
  assert.deepEqual(three.range, { start: { line: 7, character: 45 }, end: { line: 7, character: 50 } });
  assert.equal(three.sentence, 'The fire service said three people were missing, and about 120 homes were flooded.');
  assert.deepEqual(three.conflicts, [{ file: join('articles', 'gazette.claims.txt'), line: 6, actor: 'gazette', figure: '11', asof: '2024-03-02' }]);
  assert.deepEqual(about120.source, { id: 'council-update', url: 'https://example.org/council/update', publisher: 'Riverton Council', title: 'Flood update', date: '2024-03-02' });
  assert.equal(about120.value.kind, 'approximate');
  assert.deepEqual(over100.value, { low: 100, high: null, lowInclusive: false, highInclusive: false, kind: 'lower-bound' }, 'an unbounded side is null');
  assert.deepEqual(over100.asof, { from: '2024-03-01', to: '2024-03-31' });
  assert.equal(five.actor.id, null);
  assert.equal(five.actor.attribution, 'none');
});

test('export csv: a header, one CRLF row per claim, fields that round-trip, an optional BOM', () => {
  const dir = teamRepo();
  const file = join(dir, 'articles', 'fire.claims.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Fire service counts the missing', 'title: "Fire, \\"flood\\" and =SUM(A1)"'));
  const json = JSON.parse(cli(dir, ['export', 'articles']).stdout).claims;
  const r = cli(dir, ['export', 'articles', '--format', 'csv']);
  assert.equal(r.status, 0);
  assert.ok(!r.stdout.startsWith('\uFEFF'));
  const rows = readCsv(r.stdout);
  const header = rows[0]!;
  assert.deepEqual(header.slice(0, 4), ['file', 'line', 'column', 'article_id']);
  assert.equal(rows.length, 1 + json.length);
  const col = (row: string[], name: string) => row[header.indexOf(name)];
  for (const [i, claim] of json.entries()) {
    const row = rows[i + 1]!;
    assert.equal(row.length, header.length);
    assert.equal(col(row, 'figure'), claim.figure);
    assert.equal(col(row, 'line'), String(claim.range.start.line + 1));
    assert.equal(col(row, 'low'), claim.value?.low === null || !claim.value ? '' : String(claim.value.low));
    assert.equal(col(row, 'sentence'), claim.sentence);
    assert.equal(col(row, 'conflicts'), String(claim.conflicts.length));
  }
  assert.equal(col(rows[1]!, 'title'), 'Fire, "flood" and =SUM(A1)', 'commas and quotes survive; a formula not at the start stays as it is');
  const bom = cli(dir, ['export', 'articles', '--format=csv', '--bom', '-o', 'claims.csv']);
  assert.equal(bom.stdout, '');
  assert.match(bom.stderr, /wrote 5 claim\(s\) to claims\.csv/);
  const written = readFileSync(join(dir, 'claims.csv'), 'utf8');
  assert.ok(written.startsWith('\uFEFFfile,line,'));
  assert.equal(written.slice(1), r.stdout);
});

test('csv cells: formulas are defused, numbers and empty values stay plain', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1 555'), "'+1 555");
  assert.equal(csvCell('-5'), "'-5");
  assert.equal(csvCell('@home'), "'@home");
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(true), 'true');
});

test('export claimreview: schema.org ClaimReview JSON-LD, one review per claim', () => {
  const dir = teamRepo();
  const r = cli(dir, ['export', 'articles', '--format', 'claimreview']);
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc['@context'], 'https://schema.org');
  assert.equal(doc['@graph'].length, 5);
  const [three, about120, over100, five] = doc['@graph'];
  assert.equal(three['@type'], 'ClaimReview');
  assert.equal(three.claimReviewed, 'The fire service said three people were missing, and about 120 homes were flooded.');
  assert.deepEqual(three.itemReviewed.author, { '@type': 'Organization', name: 'Riverton Fire Service', identifier: 'fire-service' });
  assert.deepEqual(three.itemReviewed.about, { '@type': 'Thing', identifier: 'people-missing', name: 'People missing after the flood' });
  assert.deepEqual(three.itemReviewed.appearance, {
    '@type': 'NewsArticle', identifier: 'fire-report', headline: 'Fire service counts the missing', url: 'https://example.org/post/fire',
    datePublished: '2024-03-02', publisher: { '@type': 'Organization', name: 'Riverton Post' },
  });
  assert.equal(three.itemReviewed.temporalCoverage, '2024-03-02');
  assert.deepEqual(three.reviewRating, { '@type': 'Rating', alternateName: 'Conflicts with 1 other report' });
  assert.match(three.reviewBody, /^Figure 'three' for People missing after the flood \(people-missing\) read as exact \[3, 3\], as of 2024-03-02\. Conflicts with: gazette, '11'/);
  assert.deepEqual(about120.itemReviewed.firstAppearance, {
    '@type': 'CreativeWork', identifier: 'council-update', url: 'https://example.org/council/update', name: 'Flood update',
    datePublished: '2024-03-02', publisher: { '@type': 'Organization', name: 'Riverton Council' },
  });
  assert.equal(about120.reviewRating.alternateName, 'Not rated');
  assert.equal(over100.itemReviewed.temporalCoverage, '2024-03-01/2024-03-31');
  assert.match(over100.reviewBody, /read as lower-bound \(100, ∞\)/);
  assert.equal(over100.itemReviewed.author['@type'], 'Person');
  assert.equal(over100.itemReviewed.author.jobTitle, 'Mayor of Riverton');
  assert.equal(five.itemReviewed.author, undefined, 'a claim without an actor has no author');
  assert.equal(JSON.stringify(doc).includes('null'), false, 'unknown fields are left out, not null');
});

test('export keeps going past an unreadable file (exit 1) and reports it', () => {
  const dir = teamRepo();
  writeFileSync(join(dir, 'articles', 'photo.claims.txt'), Buffer.from([0xff, 0xd8, 0x00, 0x10]));
  const r = cli(dir, ['export', 'articles', '--format', 'csv']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /photo\.claims\.txt: skipped: binary file/);
  assert.equal(readCsv(r.stdout).length, 6);
});
